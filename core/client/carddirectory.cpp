// SPDX-License-Identifier: GPL-3.0-or-later
#include "carddirectory.h"

#include "protocol/cborfields.h"

namespace cardinal::client {

using namespace cardinal::protocol;

CardDirectory::CardDirectory(Connection &connection, QObject *parent)
    : QObject(parent), m_connection(connection)
{
}

Result<VerifiedCard> CardDirectory::verifyResponse(const QCborArray &payload,
                                                   const crypto::Ed25519PublicKey &authority)
{
    CborFields fields(payload, QStringLiteral("lookup response"), 3);
    const QByteArray bundleBytes = fields.bytes(0, 1, MaxCardBundleBytes);
    const bool revoked = fields.boolean(1);
    const QCborArray revokedIds = fields.array(2, MaxDevicesPerCard * 64);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto bundle = CardBundle::decode(bundleBytes);
    if (!bundle)
        return fail(bundle.error());
    if (auto ok = bundle->verify(authority); !ok)
        return fail(ok.error());
    VerifiedCard card{std::move(*bundle), revoked, {}};
    for (const QCborValue &value : revokedIds)
        if (auto id = DeviceId::fromBytes(value.toByteArray()))
            card.revokedDevices.append(*id);
    return card;
}

void CardDirectory::lookup(const QString &identity, Reply reply)
{
    fetch(wire::Lookup, identity, QStringLiteral("i:") + identity, std::move(reply));
}

void CardDirectory::lookupCard(const CardId &id, Reply reply)
{
    fetch(wire::LookupCard, id.toByteArray(), QStringLiteral("c:") + toHex(id), std::move(reply));
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

void CardDirectory::fetch(const QString &type, const QCborValue &key, const QString &cacheKey,
                          Reply reply)
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (auto it = m_cache.constFind(cacheKey);
        it != m_cache.constEnd() && now - it->fetchedAtMs < CacheLifetimeMs) {
        reply(it->card);
        return;
    }
    m_connection.request(type, {key}, [this, cacheKey, reply](Result<QCborArray> response) {
        if (!response)
            return reply(fail(response.error()));
        const auto authority = m_connection.serverAuthority();
        if (!authority)
            return reply(fail(ErrorCode::Unreachable, QStringLiteral("no server authority key")));
        auto card = verifyResponse(*response, *authority);
        if (!card)
            return reply(fail(card.error()));
        m_cache.insert(cacheKey, {*card, QDateTime::currentMSecsSinceEpoch()});
        reply(std::move(*card));
    });
}

} // namespace cardinal::client
