// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddirectory.h"

#include "ktverifier.h"
#include "protocol/cardbundle.h"

#include <QPointer>
#include <QTimer>

namespace cardinal::client {

using namespace cardinal::protocol;
namespace api = protocol::api;

CardDirectory::CardDirectory(Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
}

Result<VerifiedCard> CardDirectory::verifyResponse(const api::CardLookup &lookup,
                                                   const crypto::Ed25519PublicKey &authority)
{
    auto bundle = CardBundle::decode(lookup.cardBundle);
    if (!bundle)
        return fail(bundle.error());
    if (auto ok = bundle->verify(authority); !ok)
        return fail(ok.error());
    return VerifiedCard{std::move(*bundle), lookup.revoked, lookup.revokedDevices};
}

void CardDirectory::lookup(const QString &identity, Reply reply)
{
    auto canonical = Identity::parse(identity);
    if (!canonical)
        return reply(fail(canonical.error()));
    fetch(api::Lookup{*canonical}, QStringLiteral("i:") + canonical->toString(), std::move(reply));
}

void CardDirectory::lookupCard(const CardId &id, Reply reply)
{
    fetch(api::LookupCard{id}, QStringLiteral("c:") + toHex(id), std::move(reply));
}

void CardDirectory::invalidateAll()
{
    m_cache.clear();
}

void CardDirectory::invalidate(const QString &identity)
{
    const auto it = m_cache.constFind(QStringLiteral("i:") + identity);
    if (it != m_cache.constEnd())
        m_cache.remove(QStringLiteral("c:") + toHex(it->card.bundle.card.id()));
    m_cache.remove(QStringLiteral("i:") + identity);
}

template<typename Request>
void CardDirectory::fetch(const Request &request, const QString &cacheKey, Reply reply, int waits)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto it = m_cache.constFind(cacheKey);
        it != m_cache.constEnd() && now - it->fetchedAtMs < CacheLifetimeMs) {
        reply(it->card);
        return;
    }
    m_connection.call(request, [this, request, cacheKey, reply,
                                waits](Result<api::CardLookup> response) {
        if (!response)
            return reply(fail(response.error()));
        const auto authority = m_connection.serverAuthority();
        if (!authority)
            return reply(fail(ErrorCode::Unreachable, QStringLiteral("no server authority key")));
        auto card = verifyResponse(*response, *authority);
        if (!card)
            return reply(fail(card.error()));
        const auto keep = [this, cacheKey, reply](VerifiedCard verified) {
            m_cache.insert(cacheKey, {verified, QDateTime::currentMSecsSinceEpoch()});
            reply(std::move(verified));
        };
        if (!m_verifier)
            return keep(std::move(*card));
        m_verifier->checkLookup(
            *response, card->bundle,
            [self = QPointer(this), request, cacheKey, reply, waits, keep,
             verified = *card](Result<std::optional<qint64>> checked) {
                if (!self)
                    return;
                if (!checked)
                    return reply(fail(checked.error()));
                if (!*checked)
                    return keep(verified);
                // Not in a checkpoint yet: ask again when the next one is due.
                if (waits >= MaxPendingWaits)
                    return reply(fail(ErrorCode::ProofFailed,
                                      QStringLiteral("the card is still not in the server's "
                                                     "key-transparency log")));
                const qint64 waitMs = std::min(**checked * 1000 + 200, MaxPendingWaitMs);
                QTimer::singleShot(std::chrono::milliseconds(waitMs), self,
                                   [self, request, cacheKey, reply, waits] {
                                       self->fetch(request, cacheKey, reply, waits + 1);
                                   });
            });
    });
}

} // namespace cardinal::client
