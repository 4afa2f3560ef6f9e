// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "connection.h"
#include "protocol/api/directory.h"
#include "protocol/cardbundle.h"

#include <QDateTime>
#include <QHash>
#include <QObject>

#include <functional>

namespace cardinal::client {

//! A card as the directory returned it, after every check a client must make.
struct VerifiedCard
{
    protocol::CardBundle bundle; //!< authority, self and device signatures all verified
    bool revoked = false;        //!< the card was revoked (by its owner or a key change)
    QList<protocol::DeviceId> revokedDevices;
};

//! Looks up cards on the server and verifies them before anyone uses them: the authority's
//! countersignature under the pinned authority key, the self-signature, and every device
//! record's signature. Answers are cached for `CacheLifetime`; events that say a card
//! changed drop the cache entry. Lives on the connection's thread.
//!
//! With a KtVerifier, every answer is also checked against the server's key-transparency
//! log; an answer whose card is not in a checkpoint yet is asked again once the server says
//! the next checkpoint is due (at most MaxPendingWaits times, MaxPendingWaitMs each).
class KtVerifier;

class CardDirectory : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 CacheLifetimeMs = 5 * 60 * 1000;
    static constexpr int MaxPendingWaits = 3;
    static constexpr qint64 MaxPendingWaitMs = 70'000;
    using Reply = std::function<void(Result<VerifiedCard>)>;

    explicit CardDirectory(Connection &connection, QObject *parent = nullptr);
    //! Checks every answer against the log with `verifier` from now on.
    void setVerifier(KtVerifier *verifier) { m_verifier = verifier; }

    //! The active card of `identity` (NotFound when nobody has it).
    void lookup(const QString &identity, Reply reply);
    //! A card by id, active or revoked (for the sender of an incoming message).
    void lookupCard(const protocol::CardId &id, Reply reply);
    //! Forgets cached answers about `identity` (after a card-changed or device-revoked event).
    void invalidate(const QString &identity);
    //! Forgets every cached answer: after (re)connecting, since card-changed events sent
    //! while we were offline never reached us.
    void invalidateAll();

    //! Checks a card as the directory gave it (lookup, lookup-card, backup-fetch) under
    //! `authority`: the bundle decodes and carries the authority's countersignature.
    [[nodiscard]] static Result<VerifiedCard>
    verifyResponse(const protocol::api::CardLookup &lookup,
                   const crypto::Ed25519PublicKey &authority);

private:
    struct Cached
    {
        VerifiedCard card;
        qint64 fetchedAtMs = 0;
    };
    //! Answers from the cache while fresh, else asks the server with `request`.
    template<typename Request>
    void fetch(const Request &request, const QString &cacheKey, Reply reply, int waits = 0);

    Connection &m_connection;
    KtVerifier *m_verifier = nullptr;
    QHash<QString, Cached> m_cache; //!< by "i:" + identity and "c:" + card id hex
};

} // namespace cardinal::client
