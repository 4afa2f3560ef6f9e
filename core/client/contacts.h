// SPDX-License-Identifier: GPL-3.0-or-later
// Public: contacts, their trust states and groups as values (no storage; see Messenger).
#pragma once

#include "crypto/keys.h"
#include "protocol/cardbundle.h"
#include "protocol/ids.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace cardinal::client {

//! How far we trust a contact's identity key. The numbers are stored; never renumber.
enum class TrustState : quint8 {
    Unverified = 0, //!< pinned on first use; no safety number compared yet
    Verified = 1,   //!< the user compared the safety number of the current key
    Changed = 2,    //!< a verified contact presented a new key: held until the user decides
    Revoked = 3,    //!< the current card was revoked: never encrypted to again
};

//! A contact as the trust store knows it.
struct Contact
{
    QString identity;                     //!< canonical identity (e-mail address)
    protocol::CardId cardId;              //!< of currentBundle
    crypto::Ed25519PublicKey identityKey; //!< of currentBundle
    TrustState state = TrustState::Unverified;
    //! The 60 digits the user compared when marking the contact verified; kept while
    //! Changed or Revoked (it records that the contact had been verified), cleared by
    //! clearVerification() and acceptNewKey().
    QString verifiedSafetyNumber;
    std::optional<protocol::CardBundle> pendingBundle; //!< the new card while Changed
    protocol::CardBundle currentBundle; //!< the card we encrypt to (unless Changed or Revoked)
    qint64 updatedAt = 0;               //!< last change of this entry, ms since the Unix epoch
    //! Devices of this identity we will never encrypt to again: the directory reported them
    //! revoked, or they left the card's active list (devices leave it only by revocation).
    //! Remembered so that a server cannot slip a revoked, still validly signed, record back
    //! in. At most MaxRememberedRevokedDevices, newest kept.
    QList<protocol::DeviceId> revokedDevices;
};

//! Bound on Contact::revokedDevices.
inline constexpr qsizetype MaxRememberedRevokedDevices = 256;

//! A group as the server describes it.
struct GroupInfo
{
    QByteArray id;
    QString name;
    QString owner;
    QStringList members;
};

} // namespace cardinal::client
