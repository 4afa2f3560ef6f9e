// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminal.h"
#include "translation.h"

#include "common/fileio.h"

#include <QFile>

#include <cstdio>
#include <termios.h>
#include <unistd.h>

namespace cardinal::cli {

using crypto::SecureBuffer;

namespace {

constexpr qint64 MaxPassphraseFileBytes = 4096;

// Reads one line from the controlling terminal with echo off; restores the terminal
// settings whatever happens.
Result<SecureBuffer> promptHidden(const QString &prompt)
{
    FILE *tty = std::fopen("/dev/tty", "r+");
    if (tty == nullptr)
        return fail(ErrorCode::IoError,
                    Cli::tr("no passphrase: set CARDINAL_PASSPHRASE, use --passphrase-file, "
                            "or run in a terminal"));
    const int fd = fileno(tty);
    termios saved{};
    const bool isTerminal = tcgetattr(fd, &saved) == 0;
    if (isTerminal) {
        termios quiet = saved;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(fd, TCSAFLUSH, &quiet);
    }
    std::fputs(prompt.toLocal8Bit().constData(), tty);
    std::fflush(tty);
    char line[1024] = {};
    const bool got = std::fgets(line, sizeof line, tty) != nullptr;
    if (isTerminal)
        tcsetattr(fd, TCSAFLUSH, &saved);
    std::fputs("\n", tty);
    std::fclose(tty);
    std::size_t length = got ? std::strlen(line) : 0;
    while (length > 0 && (line[length - 1] == '\n' || line[length - 1] == '\r'))
        --length;
    SecureBuffer out(std::span<const std::uint8_t>(reinterpret_cast<std::uint8_t *>(line), length));
    crypto::secureWipe(line, sizeof line);
    if (!got)
        return fail(ErrorCode::IoError, Cli::tr("no passphrase was entered"));
    return out;
}

} // namespace

Result<SecureBuffer> readPassphrase(const PassphraseSource &source, const QString &prompt,
                                    bool confirm)
{
    if (qEnvironmentVariableIsSet("CARDINAL_PASSPHRASE"))
        return SecureBuffer::fromByteArray(qgetenv("CARDINAL_PASSPHRASE"));
    if (!source.file.isEmpty()) {
        auto bytes = readFileBounded(source.file, MaxPassphraseFileBytes);
        if (!bytes)
            return fail(bytes.error());
        qsizetype end = bytes->indexOf('\n');
        if (end < 0)
            end = bytes->size();
        if (end > 0 && bytes->at(end - 1) == '\r')
            --end;
        SecureBuffer out = SecureBuffer::fromByteArray(QByteArrayView(*bytes).first(end));
        crypto::secureWipe(bytes->data(), static_cast<std::size_t>(bytes->size()));
        return out;
    }
    auto first = promptHidden(prompt);
    if (!first || !confirm)
        return first;
    auto second = promptHidden(Cli::tr("Repeat the passphrase: "));
    if (!second)
        return second;
    if (!(*first == *second))
        return fail(ErrorCode::InvalidArgument, Cli::tr("the passphrases differ"));
    return first;
}

Result<QByteArray> readInput(const QString &path, qint64 maxBytes)
{
    if (!path.isEmpty() && path != QStringLiteral("-"))
        return readFileBounded(path, maxBytes);
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return fail(ErrorCode::IoError, Cli::tr("cannot read standard input"));
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = in.read(64 * 1024);
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::TooLarge,
                    Cli::tr("input is larger than %n bytes", nullptr, int(maxBytes)));
    return bytes;
}

Result<void> writeOutput(const QString &path, QByteArrayView bytes)
{
    if (!path.isEmpty() && path != QStringLiteral("-"))
        return writeFileAtomically(path, bytes);
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly) || out.write(bytes.data(), bytes.size()) != bytes.size()
        || !out.flush())
        return fail(ErrorCode::IoError, Cli::tr("cannot write standard output"));
    return {};
}

} // namespace cardinal::cli
