// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "protocol/api/directory.h"
#include "servercontext.h"

#include <QCborArray>

namespace cardinal::server {

//! The card directory: registration (codes, publishing), session authentication, lookups,
//! devices, revocation and key backup. Each handler takes a decoded request (protocol/api)
//! and returns its reply (requestCode() answers through a callback).
class DirectoryService
{
public:
    explicit DirectoryService(ServerContext &context) : m_context(context) {}

    // Before authentication.
    //! Answers once the code has been handed to the delivery (which may take a mail relay
    //! seconds): `reply` may run later, from the event loop.
    void requestCode(const Caller &caller, const api::RequestCode &request,
                     Answer<api::RequestCode::Reply> reply);
    [[nodiscard]] Result<api::ConfirmCode::Reply> confirmCode(const Caller &caller,
                                                              const api::ConfirmCode &request);
    [[nodiscard]] Result<api::PublishCard::Reply> publishCard(const Caller &caller,
                                                              const api::PublishCard &request);
    [[nodiscard]] Result<api::BackupFetch::Reply> backupFetch(const Caller &caller,
                                                              const api::BackupFetch &request);
    //! Checks a session proof (an `auth` payload) for `challenge`: the identity key of an
    //! active card signed it for one of the card's active devices, or for a new device whose
    //! signed record comes with it (a restored device joining). Any failure, a malformed
    //! payload included, is Forbidden with no detail.
    [[nodiscard]] Result<Caller> authenticate(const Caller &caller, QByteArrayView challenge,
                                              const QCborArray &payload);

    // After authentication.
    [[nodiscard]] Result<api::CardLookup> lookup(const Caller &caller, const api::Lookup &request);
    [[nodiscard]] Result<api::CardLookup> lookupCard(const Caller &caller,
                                                     const api::LookupCard &request);
    [[nodiscard]] Result<api::Empty> addDevice(const Caller &caller, const api::AddDevice &request);
    [[nodiscard]] Result<api::Empty> revokeDevice(const Caller &caller,
                                                  const api::RevokeDevice &request);
    [[nodiscard]] Result<api::Empty> revokeCard(const Caller &caller,
                                                const api::RevokeCard &request);
    [[nodiscard]] Result<api::Empty> backupStore(const Caller &caller,
                                                 const api::BackupStore &request);

private:
    [[nodiscard]] Result<void> storeNewDevice(const protocol::CardId &card,
                                              const crypto::Ed25519PublicKey &identityKey,
                                              QByteArrayView recordBytes);
    //! The identity's active card, as `lookup` answers.
    [[nodiscard]] Result<api::CardLookup> activeCardOf(const QString &identity);
    void announceCardChange(const QString &identity, const protocol::CardId &card, bool revoked);

    ServerContext &m_context;
};

} // namespace cardinal::server
