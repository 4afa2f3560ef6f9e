// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the oracle's way of stopping a run, a reader that splits
// the fuzzer's bytes into the parts a target needs, and quiet Qt logging.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>

#include <cstddef>
#include <cstdint>

namespace cardinal::fuzzing {

//! The fuzzer's input as Qt bytes, without copying.
[[nodiscard]] inline QByteArrayView bytesOf(const std::uint8_t *data, std::size_t size)
{
    return {reinterpret_cast<const char *>(data), qsizetype(size)};
}

//! A target's checks beyond "did not crash". A failed check prints what was expected, names
//! the target, and aborts, so that libFuzzer keeps the input as a crash like any other.
class Oracle
{
public:
    explicit constexpr Oracle(const char *target) : m_target(target) {}

    //! Stops the run: `what` is a bug the target found.
    [[noreturn]] void failed(const QString &what) const;
    void require(bool condition, const char *what) const
    {
        if (!condition)
            failed(QString::fromUtf8(what));
    }
    //! Stops the run unless `actual` is `expected`, showing both and where they part.
    void requireSameBytes(const char *what, QByteArrayView expected, QByteArrayView actual) const;

private:
    const char *m_target;
};

//! Reads the fuzzer's bytes front to back. Past the end, every read gives zeros or nothing,
//! so a target never has to check lengths before reading.
class InputReader
{
public:
    InputReader(const std::uint8_t *data, std::size_t size) : m_input(bytesOf(data, size)) {}

    [[nodiscard]] bool atEnd() const { return m_position >= m_input.size(); }
    [[nodiscard]] std::uint8_t takeByte();
    //! Two bytes, big-endian.
    [[nodiscard]] std::uint16_t takeUint16();
    //! Up to `count` bytes.
    [[nodiscard]] QByteArray take(qsizetype count);
    //! Everything not read yet.
    [[nodiscard]] QByteArray rest();

private:
    QByteArrayView m_input;
    qsizetype m_position = 0;
};

//! Hex of at most the first `limit` bytes, for oracle messages.
[[nodiscard]] QString hexPreview(QByteArrayView bytes, qsizetype limit = 96);

//! A QTemporaryDir template in memory (/dev/shm) where there is one: targets that write
//! files on every input would otherwise wait for the disk.
[[nodiscard]] QString scratchDirectoryTemplate();

//! Drops Qt's debug, info and warning messages: a target that logs every refused input
//! spends its time formatting them. Fatal messages still abort.
void silenceQtLogging();

} // namespace cardinal::fuzzing
