// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "card.h"
#include "devicerecord.h"

#include <QList>

namespace cardinal::protocol {

//! At most this many active devices per card: bounds the work of encrypting to a contact.
inline constexpr qsizetype MaxDevicesPerCard = 32;
inline constexpr qsizetype MaxCardBundleBytes =
    MaxCardBytes + MaxDevicesPerCard * (MaxDeviceRecordBytes + 8) + 64;

//! A card with the records of its active devices: what a directory lookup returns and what
//! `cardinal-cli card export` writes. Encoding: [card bytes, [device record bytes, ...]].
struct CardBundle
{
    Card card;
    QList<DeviceRecord> devices;

    //! Parses a bundle from outside (structure and bounds only).
    [[nodiscard]] static Result<CardBundle> decode(QByteArrayView bytes);
    [[nodiscard]] QByteArray encode() const;

    //! Checks everything a client must check before encrypting to these devices: the card's
    //! self-signature, the authority's signature when `authority` is given, that there is at
    //! least one device, every device record's signature by the card's identity key, that
    //! every record names this card, and that device ids are unique. The first failure is
    //! returned.
    [[nodiscard]] Result<void> verify(const std::optional<crypto::Ed25519PublicKey> &authority) const;
};

} // namespace cardinal::protocol
