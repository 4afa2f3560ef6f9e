// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardbundle.h"

#include "cborfields.h"

#include <QCborArray>
#include <QCborValue>
#include <QSet>

namespace cardinal::protocol {

Result<CardBundle> CardBundle::decode(QByteArrayView bytes)
{
    auto array = decodeCanonicalArray(bytes, MaxCardBundleBytes, QStringLiteral("card bundle"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("card bundle"), 2);
    const QByteArray cardBytes = fields.bytes(0, 1, MaxCardBytes);
    const QCborArray deviceArray = fields.array(1, MaxDevicesPerCard);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto card = Card::decode(cardBytes);
    if (!card)
        return fail(card.error());
    CardBundle bundle{std::move(*card), {}};
    for (const QCborValue &value : deviceArray) {
        if (!value.isByteArray())
            return fail(ErrorCode::MalformedInput, QStringLiteral("card bundle: device entry"));
        auto device = DeviceRecord::decode(value.toByteArray());
        if (!device)
            return fail(device.error());
        bundle.devices.append(std::move(*device));
    }
    return bundle;
}

QByteArray CardBundle::encode() const
{
    QCborArray deviceArray;
    for (const DeviceRecord &device : devices)
        deviceArray.append(device.encode());
    return QCborValue(QCborArray{card.encode(), deviceArray}).toCbor();
}

Result<void> CardBundle::verify(const std::optional<crypto::Ed25519PublicKey> &authority) const
{
    if (auto ok = card.verifySelfSignature(); !ok)
        return ok;
    if (authority)
        if (auto ok = card.verifyAuthority(*authority); !ok)
            return ok;
    if (devices.isEmpty())
        return fail(ErrorCode::MalformedInput, QStringLiteral("card has no devices"));
    QSet<DeviceId> seen;
    for (const DeviceRecord &device : devices) {
        if (device.content().cardId != card.id())
            return fail(ErrorCode::BadSignature, QStringLiteral("device record of another card"));
        if (auto ok = device.verify(card.content().identityKey); !ok)
            return ok;
        if (seen.contains(device.deviceId()))
            return fail(ErrorCode::MalformedInput, QStringLiteral("duplicate device id"));
        seen.insert(device.deviceId());
    }
    return {};
}

} // namespace cardinal::protocol
