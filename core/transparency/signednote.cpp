// SPDX-License-Identifier: GPL-3.0-or-later
#include "signednote.h"

#include "crypto/digest.h"
#include "crypto/pointchecks.h"


namespace cardinal::transparency {

namespace {

//! "— ": U+2014 EM DASH and a space, as UTF-8.
const QByteArray SignaturePrefix = QByteArrayLiteral("\xE2\x80\x94 ");
constexpr char Ed25519SignatureType = 0x01;

Failure malformed(const QString &what)
{
    return fail(ErrorCode::MalformedInput, QStringLiteral("signed note: ") + what);
}

//! Strict, canonical base64: the text must be exactly what encoding its bytes gives.
std::optional<QByteArray> canonicalBase64(QByteArrayView text)
{
    auto decoded = QByteArray::fromBase64Encoding(text.toByteArray(),
                                                  QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || (*decoded).toBase64() != text)
        return std::nullopt;
    return std::move(decoded.decoded);
}

QByteArray bigEndian(std::uint32_t value)
{
    QByteArray out(4, '\0');
    for (qsizetype i = 0; i < 4; ++i)
        out[i] = char(value >> (24 - 8 * i));
    return out;
}

std::uint32_t fromBigEndian(QByteArrayView bytes)
{
    std::uint32_t value = 0;
    for (qsizetype i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[i]);
    return value;
}

Result<NoteSignature> parseSignatureLine(QByteArrayView line)
{
    if (!line.startsWith(SignaturePrefix))
        return malformed(QStringLiteral("a signature line does not start with an em dash"));
    const QByteArrayView rest = line.sliced(SignaturePrefix.size());
    const qsizetype space = rest.lastIndexOf(' ');
    if (space <= 0)
        return malformed(QStringLiteral("a signature line has no key name"));
    NoteSignature signature;
    signature.keyName = QString::fromUtf8(rest.first(space));
    if (!isValidNoteKeyName(signature.keyName))
        return malformed(QStringLiteral("a signature line has an invalid key name"));
    const std::optional<QByteArray> blob = canonicalBase64(rest.sliced(space + 1));
    if (!blob || blob->size() <= 4)
        return malformed(QStringLiteral("a signature is not base64 of a key ID and signature"));
    signature.keyId = fromBigEndian(*blob);
    signature.signature = blob->sliced(4);
    return signature;
}

//! Whether `text` may be signed: non-empty, newline-terminated, no empty line (which
//! would be taken for the separator), UTF-8 without control characters.
bool isSignableText(QByteArrayView text)
{
    return !text.isEmpty() && text.endsWith('\n') && !text.startsWith('\n') &&
           !text.contains("\n\n") && isNoteText(text);
}

} // namespace

bool isNoteText(QByteArrayView text)
{
    for (const char c : text) {
        if (static_cast<unsigned char>(c) < 0x20 && c != '\n')
            return false;
    }
    return text.isValidUtf8();
}

bool isValidNoteKeyName(const QString &name)
{
    if (name.isEmpty())
        return false;
    for (const QChar c : name) {
        if (c.isSpace() || c == u'+' || c.unicode() < 0x20)
            return false;
    }
    return true;
}

std::uint32_t ed25519NoteKeyId(const QString &name, const crypto::Ed25519PublicKey &key)
{
    const QByteArray prefix = name.toUtf8() + '\n' + Ed25519SignatureType;
    return fromBigEndian(crypto::sha256({prefix, key.view()}).view());
}

Result<SignedNote> SignedNote::parse(QByteArrayView note)
{
    if (note.size() > MaxNoteBytes)
        return fail(ErrorCode::TooLarge,
                    QStringLiteral("a signed note is over %1 bytes").arg(MaxNoteBytes));
    if (!note.endsWith('\n'))
        return malformed(QStringLiteral("it does not end with a newline"));
    if (!isNoteText(note))
        return malformed(QStringLiteral("it is not UTF-8 text without control characters"));
    // The text ends at the last empty line; signature lines contain none.
    const qsizetype separator = note.lastIndexOf("\n\n");
    if (separator < 0)
        return malformed(QStringLiteral("it has no empty line before its signatures"));
    SignedNote out;
    out.text = note.first(separator + 1).toByteArray();
    const QByteArrayView lines = note.sliced(separator + 2);
    qsizetype start = 0;
    while (start < lines.size()) {
        if (out.signatures.size() == MaxNoteSignatures)
            return fail(ErrorCode::TooLarge, QStringLiteral("a signed note has over %1 signatures")
                                                 .arg(MaxNoteSignatures));
        const qsizetype end = lines.indexOf('\n', start);
        Result<NoteSignature> signature = parseSignatureLine(lines.sliced(start, end - start));
        if (!signature)
            return fail(signature.error());
        out.signatures.append(std::move(*signature));
        start = end + 1;
    }
    if (out.signatures.isEmpty())
        return malformed(QStringLiteral("it has no signature"));
    return out;
}

QByteArray SignedNote::encode() const
{
    QByteArray out = text + '\n';
    for (const NoteSignature &signature : signatures) {
        out += SignaturePrefix + signature.keyName.toUtf8() + ' ' +
               QByteArray(bigEndian(signature.keyId) + signature.signature).toBase64() + '\n';
    }
    return out;
}

Result<NoteVerifier> NoteVerifier::parse(QStringView text)
{
    const qsizetype firstPlus = text.indexOf(u'+');
    const qsizetype secondPlus = firstPlus < 0 ? -1 : text.indexOf(u'+', firstPlus + 1);
    if (secondPlus < 0)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("a verifier key is name+keyid+key"));
    NoteVerifier verifier;
    verifier.name = text.first(firstPlus).toString();
    const QStringView idText = text.sliced(firstPlus + 1, secondPlus - firstPlus - 1);
    const std::optional<QByteArray> keyBytes =
        canonicalBase64(text.sliced(secondPlus + 1).toLatin1());
    const QByteArray id = QByteArray::fromHex(idText.toLatin1());
    if (!isValidNoteKeyName(verifier.name) || idText.size() != 8 ||
        id.toHex() != idText.toLatin1() || !keyBytes || keyBytes->size() != 33 ||
        keyBytes->at(0) != Ed25519SignatureType)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("a verifier key is name+keyid+key, with an Ed25519 key"));
    const auto key = crypto::Ed25519PublicKey::fromBytes(keyBytes->sliced(1));
    if (!key || !crypto::checkEd25519PublicKey(*key))
        return fail(ErrorCode::MalformedInput, QStringLiteral("a verifier key's key is weak"));
    verifier.key = *key;
    if (fromBigEndian(id) != verifier.keyId())
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("a verifier key's ID is not its name's and key's"));
    return verifier;
}

QString NoteVerifier::encode() const
{
    return name + u'+' + QString::fromLatin1(bigEndian(keyId()).toHex()) + u'+' +
           QString::fromLatin1(QByteArray(QByteArray(1, Ed25519SignatureType) + key.toByteArray())
                                   .toBase64());
}

Result<QByteArray> signNote(QByteArrayView text, const QString &name,
                            const crypto::Ed25519KeyPair &key)
{
    if (!isSignableText(text))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a text a note can carry"));
    if (!isValidNoteKeyName(name))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a key name: ") + name);
    const SignedNote note{text.toByteArray(),
                          {{name, ed25519NoteKeyId(name, key.publicKey()),
                            key.sign(text).toByteArray()}}};
    return note.encode();
}

Result<QByteArray> openNote(QByteArrayView note, const NoteVerifier &verifier)
{
    Result<SignedNote> parsed = SignedNote::parse(note);
    if (!parsed)
        return fail(parsed.error());
    const std::uint32_t keyId = verifier.keyId();
    for (const NoteSignature &signature : parsed->signatures) {
        if (signature.keyName != verifier.name || signature.keyId != keyId)
            continue;
        const auto bytes = crypto::Ed25519Signature::fromBytes(signature.signature);
        if (!bytes || !crypto::verifyEd25519(verifier.key, parsed->text, *bytes))
            return fail(ErrorCode::BadSignature,
                        QStringLiteral("the note's signature by %1 does not verify")
                            .arg(verifier.name));
        return std::move(parsed->text);
    }
    return fail(ErrorCode::NotFound,
                QStringLiteral("the note has no signature by %1").arg(verifier.name));
}

} // namespace cardinal::transparency
