// SPDX-License-Identifier: GPL-3.0-or-later
#include "checkpoint.h"

#include <limits>

namespace cardinal::transparency {

namespace {

Failure malformed(const QString &what)
{
    return fail(ErrorCode::MalformedInput, QStringLiteral("checkpoint: ") + what);
}

//! A line a checkpoint can carry: non-empty, no newline (the note checks the rest).
bool isLine(const QString &line)
{
    return !line.isEmpty() && !line.contains(u'\n');
}

std::optional<std::uint64_t> parseSize(QByteArrayView digits)
{
    if (digits.isEmpty() || digits.size() > 19 || (digits.size() > 1 && digits.front() == '0'))
        return std::nullopt;
    std::uint64_t value = 0;
    for (const char c : digits) {
        if (c < '0' || c > '9')
            return std::nullopt;
        value = value * 10 + std::uint64_t(c - '0');
    }
    // 19 digits fit in 64 bits; sizes stay within what a signed 64-bit count holds.
    if (value > std::uint64_t(std::numeric_limits<std::int64_t>::max()))
        return std::nullopt;
    return value;
}

} // namespace

Result<QByteArray> Checkpoint::text() const
{
    if (!isLine(origin) || origin.toUtf8().size() > MaxCheckpointOriginBytes ||
        !isValidNoteKeyName(origin))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a checkpoint origin"));
    if (extensions.size() > MaxCheckpointExtensions)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("too many checkpoint extensions"));
    QByteArray out = origin.toUtf8() + '\n' + QByteArray::number(size) + '\n' +
                     root.toByteArray().toBase64() + '\n';
    for (const QString &line : extensions) {
        if (!isLine(line))
            return fail(ErrorCode::InvalidArgument, QStringLiteral("not a checkpoint extension"));
        out += line.toUtf8() + '\n';
    }
    return out;
}

Result<Checkpoint> Checkpoint::parse(QByteArrayView text)
{
    if (!text.endsWith('\n'))
        return malformed(QStringLiteral("the text does not end with a newline"));
    // What a signed note may carry; checked here too, because a checkpoint's text is also
    // parsed on its own (found by fuzz_signednote: invalid UTF-8 in an extension line read
    // as U+FFFD and wrote back as other bytes).
    if (!isNoteText(text))
        return malformed(QStringLiteral("the text is not UTF-8 without control characters"));
    const QList<QByteArray> lines = text.chopped(1).toByteArray().split('\n');
    if (lines.size() < 3)
        return malformed(QStringLiteral("fewer than three lines"));
    if (lines.size() > 3 + MaxCheckpointExtensions)
        return malformed(QStringLiteral("too many extension lines"));
    Checkpoint out;
    out.origin = QString::fromUtf8(lines.at(0));
    if (lines.at(0).size() > MaxCheckpointOriginBytes || !isValidNoteKeyName(out.origin))
        return malformed(QStringLiteral("the origin is not a key name"));
    const std::optional<std::uint64_t> size = parseSize(lines.at(1));
    if (!size)
        return malformed(QStringLiteral("the size is not a decimal number"));
    out.size = *size;
    const auto rootBytes = QByteArray::fromBase64Encoding(
        lines.at(2), QByteArray::AbortOnBase64DecodingErrors);
    const auto root = rootBytes ? MerkleHash::fromBytes(*rootBytes) : std::nullopt;
    if (!root || root->toByteArray().toBase64() != lines.at(2))
        return malformed(QStringLiteral("the root is not base64 of 32 bytes"));
    out.root = *root;
    for (qsizetype i = 3; i < lines.size(); ++i) {
        if (lines.at(i).isEmpty())
            return malformed(QStringLiteral("an extension line is empty"));
        out.extensions.append(QString::fromUtf8(lines.at(i)));
    }
    return out;
}

Result<SignedCheckpoint> SignedCheckpoint::sign(const Checkpoint &checkpoint,
                                                const crypto::Ed25519KeyPair &logKey)
{
    const Result<QByteArray> text = checkpoint.text();
    if (!text)
        return fail(text.error());
    Result<QByteArray> note = signNote(*text, checkpoint.origin, logKey);
    if (!note)
        return fail(note.error());
    return SignedCheckpoint{checkpoint, std::move(*note)};
}

Result<SignedCheckpoint> SignedCheckpoint::open(QByteArrayView note, const NoteVerifier &log)
{
    const Result<QByteArray> text = openNote(note, log);
    if (!text)
        return fail(text.error());
    Result<Checkpoint> checkpoint = Checkpoint::parse(*text);
    if (!checkpoint)
        return fail(checkpoint.error());
    if (checkpoint->origin != log.name)
        return fail(ErrorCode::BadSignature,
                    QStringLiteral("a checkpoint of %1 signed as %2").arg(checkpoint->origin,
                                                                         log.name));
    return SignedCheckpoint{std::move(*checkpoint), note.toByteArray()};
}

} // namespace cardinal::transparency
