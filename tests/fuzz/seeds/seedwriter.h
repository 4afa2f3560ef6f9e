// SPDX-License-Identifier: GPL-3.0-or-later
// Where the seed generator puts what it makes: corpus/<target>/<name> and
// dict/<target>.dict under one directory (tests/fuzz in the source tree).
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

class SeedWriter
{
public:
    explicit SeedWriter(QString root) : m_root(std::move(root)) {}

    //! Writes one seed; aborts when it cannot (a generator that half-wrote is no use).
    void seed(const QString &target, const QString &name, const QByteArray &bytes);
    //! Writes a libFuzzer dictionary of `tokens` for `target`.
    void dictionary(const QString &target, const QList<QByteArray> &tokens);

    [[nodiscard]] int written() const { return m_written; }

private:
    void write(const QString &path, const QByteArray &bytes);

    QString m_root;
    int m_written = 0;
};

//! The value of `result`; aborts naming `what` when there is none (a seed that cannot be
//! made is a broken generator, not a seed to skip).
template<typename T> T made(Result<T> result, const char *what)
{
    if (!result) {
        std::fprintf(stderr, "cannot make %s: %s\n", what,
                     qUtf8Printable(result.error().message()));
        std::abort();
    }
    return std::move(*result);
}

//! The seeds and dictionaries of each group of targets (one file each).
void writeProtocolSeeds(SeedWriter &out);
void writeApiSeeds(SeedWriter &out);
void writeStoreSeeds(SeedWriter &out, const QString &sourceDir);
void writeSessionSeeds(SeedWriter &out);
void writeTransparencySeeds(SeedWriter &out);

//! Tokens of the CBOR encoding: the heads of every major type, simple values, and the
//! indefinite-length and tag forms our decoders must refuse.
[[nodiscard]] QList<QByteArray> cborTokens();
//! `text` as a CBOR text string.
[[nodiscard]] QByteArray cborText(const QString &text);

} // namespace cardinal::fuzzing
