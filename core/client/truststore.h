// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/client (and white-box tests): the UI reads contacts through Messenger.
#include "common/result.h"
#include "contacts.h"
#include "profiledatabase.h"
#include "protocol/cardbundle.h"

#include <QList>
#include <QString>

#include <optional>

namespace cardinal::client {

//! What observe() found, for the UI to show.
enum class TrustEvent {
    None,             //!< nothing the user needs to know
    FirstSeen,        //!< a new contact, pinned (trust on first use)
    DevicesChanged,   //!< same identity key, but the card or its device list changed
    KeyChangedHeld,   //!< a verified contact's key changed: outgoing messages are held
    KeyChangedNotice, //!< an unverified contact's key changed: adopted, show a notice
    Revoked,          //!< the contact's card was revoked
};

//! Whether messages can be encrypted to a contact now. A state, not an error: holding a
//! message is a decision of the user's to wait for, not a refusal of anyone's.
enum class RecipientState : quint8 {
    Usable,  //!< encrypt to Recipient::bundle
    Held,    //!< a verified contact's key changed: messages wait until the user accepts the
             //!< new key (acceptNewKey()) or verifies it
    Revoked, //!< the contact's card was revoked: there is nothing to encrypt to
    Unknown, //!< no card is pinned for the identity: look it up first
};

//! A contact as the recipient of a message: recipient() says what to do.
struct Recipient
{
    RecipientState state = RecipientState::Unknown;
    //! Exactly when Usable: the current card, without the devices remembered as revoked.
    //! Nothing otherwise: nothing of a changed or revoked card is ever encrypted to.
    std::optional<protocol::CardBundle> bundle;
};

//! The contacts' pinned cards and trust states, in the profile's ProfileDatabase.
//!
//! observe() rules, for a bundle of identity I with identity key K:
//!
//!   I unknown                        pin it: Unverified; FirstSeen (Revoked if revoked)
//!   card revoked, it is I's current  Revoked; Revoked (the verified number stays)
//!   card revoked, another card of I  ignored; None (a revoked pending card is dropped
//!                                    and the contact is Verified again)
//!   I Revoked, same card             stays Revoked; None
//!   I Revoked, another card          as below, with the state before the revocation:
//!                                    Verified if a safety number is recorded, else Unverified
//!   K = current key                  current bundle updated; DevicesChanged, or None when
//!                                    the bundle is the same (a Changed contact stays held)
//!   K new, Verified                  Changed, pending = bundle, current kept (nothing is
//!                                    encrypted to K); KeyChangedHeld
//!   K new, Changed                   pending replaced; KeyChangedHeld, or None/
//!                                    DevicesChanged when K is the pending key already
//!   K new, Unverified                bundle adopted, stays Unverified; KeyChangedNotice
//!
//! Each contact is one row: lookup(identity) and a sealed record holding everything else
//! (row key: the lookup), so trust states are authenticated like the rest. Each method is
//! one transaction. Identities passed in are normalised (normalizeEmail()); InvalidArgument
//! when that fails, NotFound for an unknown contact, Forbidden for a change the contact's
//! state does not allow (marking a changed contact verified, say). Whether a contact can be
//! written to is recipient()'s state, never an error.
class TrustStore
{
public:
    //! A store over `database`, which must outlive it.
    explicit TrustStore(ProfileDatabase &database) : m_db(database) {}

    //! Records a bundle the directory returned and verified (authority, self and device
    //! signatures), with whether the directory reports its card revoked; see the rules
    //! above. The bundle's own signatures are checked again (BadSignature).
    [[nodiscard]] Result<TrustEvent> observe(const protocol::CardBundle &verifiedBundle,
                                             bool cardRevoked = false,
                                             const QList<protocol::DeviceId> &revokedDevices = {});

    //! Marks an Unverified contact Verified, recording the safety number the user compared
    //! (60 digits; spaces are ignored, anything else is InvalidArgument).
    [[nodiscard]] Result<void> markVerified(const QString &identity,
                                            const QString &safetyNumberDigits);
    //! Verified -> Unverified; the recorded safety number is cleared.
    [[nodiscard]] Result<void> clearVerification(const QString &identity);
    //! Changed -> Unverified with the pending card as current; the recorded safety number is
    //! cleared (it was for the old key). Held messages may then be encrypted to the new key.
    [[nodiscard]] Result<void> acceptNewKey(const QString &identity);

    //! The contact, if known.
    [[nodiscard]] Result<std::optional<Contact>> contact(const QString &identity);
    //! Every contact, ordered by identity.
    [[nodiscard]] Result<QList<Contact>> contacts();

    //! Whether and to what messages for `identity` can be encrypted: Usable with the current
    //! bundle when Unverified or Verified, Held while Changed, Revoked, or Unknown. Errors
    //! mean only that the question could not be answered (InvalidArgument, CorruptFile,
    //! IoError), never a state of the contact.
    [[nodiscard]] Result<Recipient> recipient(const QString &identity);

private:
    //! The contact's lookup and record, inside the caller's transaction, if known.
    [[nodiscard]] Result<std::optional<Contact>> load(const QString &identity);
    [[nodiscard]] Result<void> store(Contact contact);
    //! Loads a contact by identity for a state change; NotFound when unknown.
    [[nodiscard]] Result<Contact> loadKnown(const QString &identity);
    //! Runs `change` on the contact inside one transaction and stores the result.
    template<typename Change>
    [[nodiscard]] Result<void> modify(const QString &identity, Change change);

    ProfileDatabase &m_db;
};

} // namespace cardinal::client
