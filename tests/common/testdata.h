// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that read external test data (../shared/testdata): locating files,
// strict hex decoding and defensive JSON field access. The data is treated as hostile:
// every accessor reports a problem through its `error` argument instead of crashing.
// Also small helpers for known-answer tests whose vectors are transcribed into the source.
// A test using this file lists ../common/testdata.cpp among its SOURCES and links
// cardinal_crypto; the target must be created by add_cardinal_test(), which defines
// CARDINAL_SHARED_TESTDATA.

#include "common/error.h"
#include "common/result.h"
#include "crypto/secure.h"

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>
#include <QtGlobal>

#include <cstddef>
#include <optional>

namespace cardinal::testdata {

//! The shared test data directory: the compile-time CARDINAL_SHARED_TESTDATA path.
[[nodiscard]] QString sharedDir();

//! The directory named by the environment variable `envVar` when it is set and not empty,
//! else sharedDir() + "/" + `fallbackSubdir`.
[[nodiscard]] QString directoryFromEnv(const char *envVar, QStringView fallbackSubdir);

//! Decodes an even-length string of hex digits (either case). Anything else, including
//! whitespace, gives nothing. Unlike QByteArray::fromHex, which skips bad characters.
[[nodiscard]] std::optional<QByteArray> decodeHex(QStringView hex);

//! Lowercase hex of `bytes`, for messages.
[[nodiscard]] QString toHex(QByteArrayView bytes);

//! Reads and parses a JSON file whose top level must be an object. Files larger than
//! `maxBytes` are refused.
[[nodiscard]] std::optional<QJsonObject> readJsonObject(const QString &path, QString *error,
                                                        qint64 maxBytes = 64 * 1024 * 1024);

// Field accessors: the value of `key` in `object` with the stated type, or nothing with a
// message in `error` (which names the key) when the field is missing or has another type.
[[nodiscard]] std::optional<QString> stringField(const QJsonObject &object, QStringView key,
                                                 QString *error);
//! A hex string field, strictly decoded.
[[nodiscard]] std::optional<QByteArray> hexField(const QJsonObject &object, QStringView key,
                                                 QString *error);
//! A JSON number that is an integer within ±2^53.
[[nodiscard]] std::optional<qint64> integerField(const QJsonObject &object, QStringView key,
                                                 QString *error);
[[nodiscard]] std::optional<QJsonObject> objectField(const QJsonObject &object, QStringView key,
                                                     QString *error);
[[nodiscard]] std::optional<QJsonArray> arrayField(const QJsonObject &object, QStringView key,
                                                   QString *error);

// ---------------------------------------------------------------------------------------------
// Known-answer test helpers. Vectors written into a test's source are trusted input: a
// malformed one is a bug in the test, so these abort (qFatal) instead of reporting.

//! The bytes of a hex literal transcribed into a test; aborts if it is not strict hex.
[[nodiscard]] QByteArray hexLiteral(QStringView digits);

//! `bytes` with bit `bit` of byte `index` inverted.
[[nodiscard]] QByteArray flipBit(QByteArray bytes, qsizetype index, int bit = 0);

//! `bytes` with one more byte at the end.
[[nodiscard]] QByteArray appended(QByteArray bytes, char byte);

//! `count` copies of `byte`.
[[nodiscard]] QByteArray repeated(char byte, qsizetype count);

//! A secret from bytes of exactly N; aborts on another length.
template<std::size_t N> [[nodiscard]] crypto::SecretBytes<N> secret(const QByteArray &bytes)
{
    auto value = crypto::SecretBytes<N>::fromBytes(crypto::asBytes(bytes));
    if (!value)
        qFatal("secret of the wrong length in a test literal");
    return *value;
}

//! A fixed-size typed value (a key, a signature) from bytes; aborts on the wrong length.
template<typename Fixed> [[nodiscard]] Fixed fixed(const QByteArray &bytes)
{
    auto value = Fixed::fromBytes(bytes);
    if (!value)
        qFatal("fixed-size value of the wrong length in a test literal");
    return *value;
}

//! A copy of a secret's bytes, for comparison and messages.
template<std::size_t N> [[nodiscard]] QByteArray bytesOf(const crypto::SecretBytes<N> &value)
{
    return crypto::asView(value.span()).toByteArray();
}

//! "ok", or the name of the error code, so that QCOMPARE shows both sides readably.
template<typename T> [[nodiscard]] QString outcome(const Result<T> &result)
{
    return result ? QStringLiteral("ok") : errorCodeName(result.error().code);
}

//! The name of `code` as outcome() reports it.
[[nodiscard]] inline QString errorName(ErrorCode code)
{
    return errorCodeName(code);
}

} // namespace cardinal::testdata
