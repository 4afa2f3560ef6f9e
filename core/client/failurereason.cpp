// SPDX-License-Identifier: GPL-3.0-or-later
#include "failurereason.h"

#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QStringDecoder>

#include <algorithm>

namespace cardinal::client {

namespace {

const QString EncodingName = QStringLiteral("a failure reason");

bool isKnown(qint64 kind)
{
    switch (FailureKind(kind)) {
    case FailureKind::Other:
    case FailureKind::NotForThisDevice:
    case FailureKind::DamagedOrAltered:
    case FailureKind::MalformedEnvelope:
    case FailureKind::UnsupportedVersion:
    case FailureKind::SenderMismatch:
    case FailureKind::UnknownSenderDevice:
    case FailureKind::BadSignature:
    case FailureKind::WrongConversation:
    case FailureKind::SenderCardUnusable:
    case FailureKind::KeyChanged:
    case FailureKind::NoDeviceToSendTo:
    case FailureKind::EncryptionFailed:
    case FailureKind::RefusedByServer:
    case FailureKind::NotInGroup:
    case FailureKind::RecipientUnknown:
    case FailureKind::RecipientRevoked:
    case FailureKind::RecipientCardUnusable:
    case FailureKind::RecipientsLeftOut:
        return kind >= 0 && kind <= 0xFF;
    }
    return false;
}

bool hasControlCharacter(const QString &text)
{
    return std::any_of(text.cbegin(), text.cend(),
                       [](QChar c) { return c.category() == QChar::Other_Control; });
}

// `text` without control characters, cut to MaxFailureDetailBytes of UTF-8 at a character
// boundary; passing through UTF-8 also replaces what UTF-8 cannot hold (lone surrogates).
QString bounded(QString text)
{
    for (QChar &c : text)
        if (c.category() == QChar::Other_Control)
            c = u' ';
    QByteArray utf8 = text.toUtf8();
    if (utf8.size() > MaxFailureDetailBytes) {
        qsizetype end = MaxFailureDetailBytes;
        while (end > 0 && (uchar(utf8.at(end)) & 0xC0) == 0x80)
            --end; // utf8[end] continues a character that would be cut: drop all of it
        utf8.truncate(end);
    }
    return QString::fromUtf8(utf8);
}

Failure corrupt(const QString &why)
{
    return fail(ErrorCode::CorruptFile, QStringLiteral("%1: %2").arg(EncodingName, why));
}

} // namespace

FailureReason FailureReason::make(FailureKind kind, QStringList details)
{
    if (details.size() > MaxFailureDetails)
        details.resize(MaxFailureDetails);
    for (QString &detail : details)
        detail = bounded(std::move(detail));
    return FailureReason{kind, std::move(details)};
}

QLatin1StringView failureName(FailureKind kind)
{
    switch (kind) {
    case FailureKind::Other: return QLatin1StringView("other");
    case FailureKind::NotForThisDevice: return QLatin1StringView("not-for-this-device");
    case FailureKind::DamagedOrAltered: return QLatin1StringView("damaged-or-altered");
    case FailureKind::MalformedEnvelope: return QLatin1StringView("malformed-envelope");
    case FailureKind::UnsupportedVersion: return QLatin1StringView("unsupported-version");
    case FailureKind::SenderMismatch: return QLatin1StringView("sender-mismatch");
    case FailureKind::UnknownSenderDevice: return QLatin1StringView("unknown-sender-device");
    case FailureKind::BadSignature: return QLatin1StringView("bad-signature");
    case FailureKind::WrongConversation: return QLatin1StringView("wrong-conversation");
    case FailureKind::SenderCardUnusable: return QLatin1StringView("sender-card-unusable");
    case FailureKind::KeyChanged: return QLatin1StringView("key-changed");
    case FailureKind::NoDeviceToSendTo: return QLatin1StringView("no-device-to-send-to");
    case FailureKind::EncryptionFailed: return QLatin1StringView("encryption-failed");
    case FailureKind::RefusedByServer: return QLatin1StringView("refused-by-server");
    case FailureKind::NotInGroup: return QLatin1StringView("not-in-group");
    case FailureKind::RecipientUnknown: return QLatin1StringView("recipient-unknown");
    case FailureKind::RecipientRevoked: return QLatin1StringView("recipient-revoked");
    case FailureKind::RecipientCardUnusable: return QLatin1StringView("recipient-card-unusable");
    case FailureKind::RecipientsLeftOut: return QLatin1StringView("recipients-left-out");
    }
    return QLatin1StringView("other");
}

QString failureTextEnglish(const FailureReason &reason)
{
    const QString first = reason.details.value(0);
    const QString second = reason.details.value(1);
    switch (reason.kind) {
    case FailureKind::Other:
        return first.isEmpty() ? QStringLiteral("no reason given") : first;
    case FailureKind::NotForThisDevice:
        return QStringLiteral("it was not encrypted for this device");
    case FailureKind::DamagedOrAltered:
        return QStringLiteral("it does not decrypt: it was damaged on the way or altered");
    case FailureKind::MalformedEnvelope:
        return QStringLiteral("it is not a readable message envelope");
    case FailureKind::UnsupportedVersion:
        return QStringLiteral("it needs a newer version of Cardinal");
    case FailureKind::SenderMismatch:
        return QStringLiteral("the server says it is from %1, the card says %2").arg(first, second);
    case FailureKind::UnknownSenderDevice:
        return QStringLiteral("sent from a device that is not on the sender's card");
    case FailureKind::BadSignature:
        return QStringLiteral("the sender's signature does not verify");
    case FailureKind::WrongConversation:
        return QStringLiteral("the server delivered it to another conversation");
    case FailureKind::SenderCardUnusable:
        return QStringLiteral("the sender's card: %1").arg(first);
    case FailureKind::KeyChanged:
        return QStringLiteral("the key of %1 changed: verify it or accept the new key")
            .arg(reason.details.join(QStringLiteral(", ")));
    case FailureKind::NoDeviceToSendTo:
        return QStringLiteral("there is no device to send to");
    case FailureKind::EncryptionFailed:
        return QStringLiteral("it could not be encrypted: %1").arg(first);
    case FailureKind::RefusedByServer:
        return QStringLiteral("the server refused it: %1").arg(first);
    case FailureKind::NotInGroup:
        return QStringLiteral("you are not in this group");
    case FailureKind::RecipientUnknown:
        return QStringLiteral("%1 has no card on this server").arg(first);
    case FailureKind::RecipientRevoked:
        return QStringLiteral("the card of %1 was revoked").arg(first);
    case FailureKind::RecipientCardUnusable:
        return QStringLiteral("the card of %1 does not check out: %2").arg(first, second);
    case FailureKind::RecipientsLeftOut: {
        QStringList whom;
        for (qsizetype i = 0; i + 1 < reason.details.size(); i += 2)
            whom.append(QStringLiteral("%1 (%2)").arg(reason.details.at(i), reason.details.at(i + 1)));
        return QStringLiteral("not sent to %1").arg(whom.join(QStringLiteral(", ")));
    }
    }
    return first;
}

Result<QByteArray> encodeFailureReason(const FailureReason &reason)
{
    if (!isKnown(qint64(reason.kind)))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("an unknown failure kind"));
    if (reason.details.size() > MaxFailureDetails)
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("a failure reason has at most %1 details").arg(MaxFailureDetails));
    QCborArray details;
    for (const QString &detail : reason.details) {
        const QByteArray utf8 = detail.toUtf8();
        if (utf8.size() > MaxFailureDetailBytes || hasControlCharacter(detail) ||
            QString::fromUtf8(utf8) != detail)
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("a failure detail beyond the bounds (use make())"));
        details.append(detail);
    }
    return QByteArray(QByteArray(1, FailureEncodingV1) +
                      QCborValue(QCborArray{qint64(reason.kind), details}).toCbor());
}

Result<FailureReason> decodeFailureReason(QByteArrayView stored)
{
    if (stored.isEmpty())
        return corrupt(QStringLiteral("empty"));
    if (stored.size() > MaxStoredFailureBytes)
        return corrupt(QStringLiteral("%1 bytes, the limit is %2")
                           .arg(stored.size())
                           .arg(MaxStoredFailureBytes));
    if (stored.front() != FailureEncodingV1) {
        // Cardinal 0.1 stored the reason as an English sentence.
        QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString sentence = utf8.decode(stored);
        if (utf8.hasError())
            return corrupt(QStringLiteral("neither text nor a known encoding"));
        return FailureReason::make(FailureKind::Other, {sentence});
    }
    const Result<QCborArray> array =
        protocol::decodeCanonicalArray(stored.sliced(1), MaxStoredFailureBytes, EncodingName);
    if (!array)
        return corrupt(array.error().detail);
    protocol::CborFields fields(*array, EncodingName, 2);
    const qint64 kind = fields.integer(0, 0, 0xFF);
    const QCborArray details = fields.array(1, MaxFailureDetails);
    protocol::CborFields texts(details, QStringLiteral("failure details"), details.size());
    FailureReason reason{FailureKind(kind), {}};
    for (qsizetype i = 0; i < details.size(); ++i)
        reason.details.append(texts.text(i, MaxFailureDetailBytes));
    if (Result<void> ok = fields.status(); !ok)
        return corrupt(ok.error().detail);
    if (Result<void> ok = texts.status(); !ok)
        return corrupt(ok.error().detail);
    if (!isKnown(kind))
        return corrupt(QStringLiteral("unknown kind %1").arg(kind));
    return reason;
}

} // namespace cardinal::client
