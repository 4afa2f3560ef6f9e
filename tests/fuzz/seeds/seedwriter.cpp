// SPDX-License-Identifier: GPL-3.0-or-later
#include "seedwriter.h"

#include <QCborValue>
#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

//! One line of a libFuzzer dictionary: "\xNN" escapes for everything but plain ASCII.
QByteArray dictionaryLine(const QByteArray &token)
{
    QByteArray line = "\"";
    for (const char c : token) {
        const auto byte = static_cast<unsigned char>(c);
        if (byte >= 0x20 && byte < 0x7f && c != '"' && c != '\\')
            line += c;
        else
            line += "\\x" + QByteArray::number(byte, 16).rightJustified(2, '0');
    }
    return line + "\"\n";
}

} // namespace

void SeedWriter::seed(const QString &target, const QString &name, const QByteArray &bytes)
{
    write(m_root + QStringLiteral("/corpus/") + target + u'/' + name, bytes);
}

void SeedWriter::dictionary(const QString &target, const QList<QByteArray> &tokens)
{
    QByteArray text = "# SPDX-License-Identifier: GPL-3.0-or-later\n"
                      "# Written by cardinal-fuzz-seeds (scripts/fuzz.sh --seeds); do not edit.\n";
    for (const QByteArray &token : tokens)
        text += dictionaryLine(token);
    write(m_root + QStringLiteral("/dict/") + target + QStringLiteral(".dict"), text);
}

void SeedWriter::write(const QString &path, const QByteArray &bytes)
{
    QSaveFile file(path);
    if (!QDir().mkpath(QFileInfo(path).path()) || !file.open(QIODevice::WriteOnly) ||
        file.write(bytes) != bytes.size() || !file.commit()) {
        std::fprintf(stderr, "cannot write %s\n", qUtf8Printable(path));
        std::abort();
    }
    ++m_written;
}

QList<QByteArray> cborTokens()
{
    QList<QByteArray> tokens;
    // Heads: small values, then 1-, 2-, 4- and 8-byte arguments, for all eight major types.
    for (int major = 0; major < 8; ++major) {
        const char type = char(major << 5);
        for (int argument : {0, 1, 2, 3, 4, 16, 24, 25, 26, 27, 31})
            tokens.append(QByteArray(1, char(type | argument)));
    }
    tokens << QByteArray("\x58\x20", 2) << QByteArray("\x58\x40", 2) << QByteArray("\x50", 1)
           << QByteArray("\x59\x01\x00", 3) << QByteArray("\xf6", 1) << QByteArray("\xf5", 1)
           << QByteArray("\xf4", 1) << QByteArray("\xff", 1)
           << QByteArray("\x1b\x00\x1f\xff\xff\xff\xff\xff\xff", 9);
    return tokens;
}

QByteArray cborText(const QString &text)
{
    return QCborValue(text).toCbor();
}

} // namespace cardinal::fuzzing
