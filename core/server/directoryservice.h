// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "directoryunits.h"
#include "protocol/api/directory.h"
#include "servercontext.h"

#include <QCborArray>
#include <QObject>

namespace cardinal::server {

//! The card directory: registration (codes, publishing), session authentication, lookups,
//! devices, revocation and key backup. Each handler takes a decoded request (protocol/api)
//! and answers through `reply` once its unit of storage work is done (AsyncStorage): later,
//! from the event loop, and never after the service is destroyed. Signatures are checked
//! on the server's thread before anything is read, so a forgery costs no storage work.
class DirectoryService
{
public:
    explicit DirectoryService(ServerContext &context) : m_context(context) {}

    // Before authentication.
    //! Answers once the code has been handed to the delivery (which may take a mail relay
    //! seconds).
    void requestCode(const Caller &caller, const api::RequestCode &request,
                     Answer<api::RequestCode::Reply> reply);
    void confirmCode(const Caller &caller, const api::ConfirmCode &request,
                     Answer<api::ConfirmCode::Reply> reply);
    void publishCard(const Caller &caller, const api::PublishCard &request,
                     Answer<api::PublishCard::Reply> reply);
    void backupFetch(const Caller &caller, const api::BackupFetch &request,
                     Answer<api::BackupFetch::Reply> reply);

    //! Called with the authenticated caller, or with why not.
    using Authenticated = std::function<void(Result<Caller>)>;
    //! Checks a session proof (an `auth` payload) for `challenge`: the identity key of an
    //! active card signed it for one of the card's active devices, or for a new device whose
    //! signed record comes with it (a restored device joining). Any failure, a malformed
    //! payload included, is Forbidden with no detail; LimitReached when the card has no room
    //! for the new device.
    void authenticate(const Caller &caller, QByteArrayView challenge, const QCborArray &payload,
                      Authenticated done);

    // After authentication.
    void lookup(const Caller &caller, const api::Lookup &request, Answer<api::CardLookup> reply);
    void lookupCard(const Caller &caller, const api::LookupCard &request,
                    Answer<api::CardLookup> reply);
    void addDevice(const Caller &caller, const api::AddDevice &request, Answer<api::Empty> reply);
    //! The revoked device's session ends after this is answered (it may be the caller's).
    void revokeDevice(const Caller &caller, const api::RevokeDevice &request,
                      Answer<api::Empty> reply);
    //! The card's sessions, the caller's included, end after this is answered.
    void revokeCard(const Caller &caller, const api::RevokeCard &request, Answer<api::Empty> reply);
    void backupStore(const Caller &caller, const api::BackupStore &request,
                     Answer<api::Empty> reply);

private:
    //! Answers a lookup of `card` once its key-transparency proof is made.
    void answerWithProof(const units::CardWithDevices &card,
                         std::optional<StoredLogEntry> lastEntry, Answer<api::CardLookup> reply);
    //! Tells the identity's devices and everyone who shares a channel with it (`peers`).
    void announceCardChange(const QString &identity, const protocol::CardId &card, bool revoked,
                            const QStringList &peers);
    //! Runs a unit of storage work for this service (see AsyncStorage::run()).
    template<typename Unit, typename Done>
    void store(Unit unit, Done done);

    ServerContext &m_context;
    QObject m_alive; //!< storage results that arrive after we are gone are dropped
};

} // namespace cardinal::server
