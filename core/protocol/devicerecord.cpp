// SPDX-License-Identifier: GPL-3.0-or-later
#include "devicerecord.h"

#include "cborfields.h"
#include "crypto/pointchecks.h"
#include "signing.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::protocol {

namespace {

constexpr QByteArrayView RecordContext = "Cardinal device record v1";
constexpr qint64 MaxTimestamp = qint64(1) << 40;

bool isValidLabel(const QString &label)
{
    if (label.trimmed().isEmpty() || label.toUtf8().size() > MaxDeviceLabelBytes)
        return false;
    for (QChar c : label)
        if (c.category() == QChar::Other_Control)
            return false;
    return true;
}

} // namespace

Result<DeviceRecord> DeviceRecord::create(const DeviceRecordContent &content,
                                          const crypto::Ed25519KeyPair &identityKey)
{
    if (!isValidLabel(content.label))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a device name needs 1 to %1 bytes of printable text")
                        .arg(MaxDeviceLabelBytes));
    if (content.createdAt < 0 || content.createdAt > MaxTimestamp)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("creation time out of range"));
    if (auto usable = crypto::checkX25519PublicKey(content.encryptionKey); !usable)
        return fail(usable.error());
    DeviceRecord record;
    record.m_content = content;
    const QCborArray array{DeviceRecordFormatVersion,       content.cardId.toByteArray(),
                           content.deviceId.toByteArray(),  content.label,
                           content.encryptionKey.toByteArray(), content.createdAt};
    record.m_contentBytes = QCborValue(array).toCbor();
    record.m_signature = signWithContext(identityKey, RecordContext, {record.m_contentBytes});
    return record;
}

Result<DeviceRecord> DeviceRecord::decode(QByteArrayView bytes)
{
    auto outer = decodeCanonicalArray(bytes, MaxDeviceRecordBytes, QStringLiteral("device record"));
    if (!outer)
        return fail(outer.error());
    CborFields recordFields(*outer, QStringLiteral("device record"), 2);
    DeviceRecord record;
    record.m_contentBytes = recordFields.bytes(0, 1, MaxDeviceRecordContentBytes);
    record.m_signature = recordFields.fixed<crypto::Ed25519Signature>(1);
    if (auto ok = recordFields.status(); !ok)
        return fail(ok.error());

    auto inner = decodeCanonicalArray(record.m_contentBytes, MaxDeviceRecordContentBytes,
                                      QStringLiteral("device record content"));
    if (!inner)
        return fail(inner.error());
    CborFields fields(*inner, QStringLiteral("device record content"), 6);
    if (fields.integer(0, 0, INT32_MAX) != DeviceRecordFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("device record version"));
    DeviceRecordContent &content = record.m_content;
    content.cardId = fields.fixed<CardId>(1);
    content.deviceId = fields.fixed<DeviceId>(2);
    content.label = fields.text(3, MaxDeviceLabelBytes);
    content.encryptionKey = fields.fixed<crypto::X25519PublicKey>(4);
    content.createdAt = fields.integer(5, 0, MaxTimestamp);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (!isValidLabel(content.label))
        return fail(ErrorCode::MalformedInput, QStringLiteral("device record: invalid label"));
    // Refused here, where every device key enters (lookups, publishing, adding a device,
    // restoring): one device nobody can encrypt to would fail every envelope that includes it.
    if (auto usable = crypto::checkX25519PublicKey(content.encryptionKey); !usable)
        return fail(usable.error().code, QStringLiteral("device record: ") + usable.error().detail);
    return record;
}

QByteArray DeviceRecord::encode() const
{
    return QCborValue(QCborArray{m_contentBytes, m_signature.toByteArray()}).toCbor();
}

Result<void> DeviceRecord::verify(const crypto::Ed25519PublicKey &identityKey) const
{
    if (!verifyWithContext(identityKey, RecordContext, {m_contentBytes}, m_signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("device record signature"));
    return {};
}

} // namespace cardinal::protocol
