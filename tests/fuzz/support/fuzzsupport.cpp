// SPDX-License-Identifier: GPL-3.0-or-later
#include "fuzzsupport.h"

#include <QDir>
#include <QFileInfo>
#include <QtGlobal>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

void Oracle::failed(const QString &what) const
{
    std::fprintf(stderr, "\n==== ORACLE FAILURE in %s: %s\n", m_target, qUtf8Printable(what));
    std::fflush(stderr);
    std::abort();
}

void Oracle::requireSameBytes(const char *what, QByteArrayView expected,
                              QByteArrayView actual) const
{
    if (expected == actual)
        return;
    const qsizetype common = std::min(expected.size(), actual.size());
    qsizetype first = 0;
    while (first < common && expected[first] == actual[first])
        ++first;
    failed(QStringLiteral("%1 differ (%2 and %3 bytes, first difference at byte %4)\n"
                          "  expected: %5\n  actual:   %6")
               .arg(QString::fromUtf8(what))
               .arg(expected.size())
               .arg(actual.size())
               .arg(first)
               .arg(hexPreview(expected), hexPreview(actual)));
}

std::uint8_t InputReader::takeByte()
{
    return atEnd() ? 0 : std::uint8_t(m_input[m_position++]);
}

std::uint16_t InputReader::takeUint16()
{
    const std::uint16_t high = takeByte();
    return std::uint16_t((high << 8) | takeByte());
}

QByteArray InputReader::take(qsizetype count)
{
    const qsizetype available = std::max<qsizetype>(0, m_input.size() - m_position);
    const qsizetype length = std::min(count, available);
    const QByteArray out = m_input.sliced(m_position, length).toByteArray();
    m_position += length;
    return out;
}

QByteArray InputReader::rest()
{
    return take(m_input.size());
}

QString hexPreview(QByteArrayView bytes, qsizetype limit)
{
    const QString hex = QString::fromLatin1(bytes.first(std::min(bytes.size(), limit))
                                                .toByteArray()
                                                .toHex(' '));
    return bytes.size() > limit ? hex + QStringLiteral(" ...") : hex;
}

QString scratchDirectoryTemplate()
{
    const QFileInfo memory(QStringLiteral("/dev/shm"));
    const QString base = memory.isDir() && memory.isWritable() ? memory.filePath() : QDir::tempPath();
    return base + QStringLiteral("/cardinal-fuzz-XXXXXX");
}

void silenceQtLogging()
{
    qInstallMessageHandler([](QtMsgType type, const QMessageLogContext &, const QString &message) {
        if (type == QtFatalMsg) {
            std::fprintf(stderr, "%s\n", qUtf8Printable(message));
            std::abort();
        }
    });
}

} // namespace cardinal::fuzzing
