// SPDX-License-Identifier: GPL-3.0-or-later
#include "cardswap.h"

#include "clitesting.h"
#include "serverprocess.h"

#include "crypto/random.h"
#include "protocol/card.h"
#include "protocol/devicerecord.h"
#include "server/serverkeys.h"

#include <QDateTime>

namespace cardinal::testing {

namespace {

bool failWith(QString *error, const QString &reason)
{
    if (error)
        *error = reason;
    return false;
}

} // namespace

bool swapCard(ServerProcess &server, const QString &identity, SwappedCard &replacement,
              QString *error)
{
    if (!server.stop())
        return failWith(error, QStringLiteral("stop: ") + server.lastError());
    auto keys = server::ServerKeys::load(server.dataDir());
    if (!keys)
        return failWith(error, QStringLiteral("server keys: ") + keys.error().message());
    SqliteFile db(server.databasePath());
    if (!db.isOpen())
        return failWith(error, db.lastError());
    const QList<QVariantList> real = db.select(
        QStringLiteral("SELECT id FROM cards WHERE identity = ? AND revoked = 0"), {identity});
    if (real.size() != 1)
        return failWith(error, QStringLiteral("expected one active card of ") + identity);

    const qint64 now = QDateTime::currentSecsSinceEpoch();
    protocol::CardContent content;
    content.identity = identity;
    content.identityKey = replacement.identityKey.publicKey();
    content.createdAt = now;
    content.previousCardId = protocol::CardId::fromBytes(real.first().at(0).toByteArray());
    auto card = protocol::Card::create(content, replacement.identityKey);
    if (!card)
        return failWith(error, card.error().message());
    card->countersign(keys->authority);
    crypto::systemRandom().fill(replacement.deviceId.span());
    auto device = protocol::DeviceRecord::create({card->id(), replacement.deviceId,
                                                  QStringLiteral("phone"),
                                                  replacement.deviceKey.publicKey(), now},
                                                 replacement.identityKey);
    if (!device)
        return failWith(error, device.error().message());

    const bool written =
        db.exec(QStringLiteral("BEGIN"))
        && db.exec(QStringLiteral("UPDATE devices SET revoked = 1 WHERE revoked = 0 AND card_id IN"
                                  " (SELECT id FROM cards WHERE identity = ? AND revoked = 0)"),
                   {identity})
        && db.exec(QStringLiteral("UPDATE cards SET revoked = 1 WHERE identity = ? AND revoked = 0"),
                   {identity})
        && db.exec(QStringLiteral("INSERT INTO cards (id, identity, card, revoked, created_at)"
                                  " VALUES (?, ?, ?, 0, ?)"),
                   {card->id().toByteArray(), identity, card->encode(), now})
        && db.exec(QStringLiteral("INSERT INTO devices (id, card_id, record) VALUES (?, ?, ?)"),
                   {replacement.deviceId.toByteArray(), card->id().toByteArray(),
                    device->encode()})
        && db.exec(QStringLiteral("COMMIT"));
    if (!written)
        return failWith(error, db.lastError());
    if (!server.start(server.port()))
        return failWith(error, QStringLiteral("restart: ") + server.lastError());
    return true;
}

} // namespace cardinal::testing
