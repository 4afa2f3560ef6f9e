// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "servercontext.h"

#include <QCborArray>

namespace cardinal::server {

//! The card directory: registration (codes, publishing), session authentication, lookups,
//! devices, revocation and key backup. Each handler takes a request's payload and returns
//! the response payload (requestCode() answers through a callback); payload layouts are in
//! docs/protocol.md.
class DirectoryService
{
public:
    explicit DirectoryService(ServerContext &context) : m_context(context) {}

    // Before authentication.
    //! Answers once the code has been handed to the delivery (which may take a mail relay
    //! seconds): `reply` may run later, from the event loop.
    void requestCode(const Caller &caller, const QCborArray &payload, ServiceReply reply);
    [[nodiscard]] Result<QCborArray> confirmCode(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> publishCard(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> backupFetch(const Caller &caller, const QCborArray &payload);
    //! Checks a session proof for `challenge`: the identity key of an active card signed it
    //! for one of the card's active devices, or for a new device whose signed record comes
    //! with it (a restored device joining). Any failure is Forbidden with no detail.
    [[nodiscard]] Result<Caller> authenticate(const Caller &caller, QByteArrayView challenge,
                                              const QCborArray &payload);

    // After authentication.
    [[nodiscard]] Result<QCborArray> lookup(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> lookupCard(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> addDevice(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> revokeDevice(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> revokeCard(const Caller &caller, const QCborArray &payload);
    [[nodiscard]] Result<QCborArray> backupStore(const Caller &caller, const QCborArray &payload);

private:
    [[nodiscard]] Result<void> storeNewDevice(const protocol::CardId &card,
                                              const crypto::Ed25519PublicKey &identityKey,
                                              QByteArrayView recordBytes);
    void announceCardChange(const QString &identity, const protocol::CardId &card, bool revoked);

    ServerContext &m_context;
};

} // namespace cardinal::server
