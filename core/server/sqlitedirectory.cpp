// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: the directory's cards and devices.
#include "sqlitestorage.h"

#include "sqlitesupport.h"

namespace cardinal::server {

Result<std::optional<StoredCard>> SqliteStorage::oneCard(const QString &sql, const QVariant &key)
{
    Result<QList<Row>> rows = select(sql, {key});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredCard>{};
    const Row &row = rows->first();
    Result<protocol::CardId> id = idFromColumn<protocol::CardId>(row.at(0));
    if (!id)
        return fail(id.error());
    return std::optional<StoredCard>{StoredCard{*id, row.at(1).toString(), row.at(2).toByteArray(),
                                                row.at(3).toInt() != 0, row.at(4).toLongLong()}};
}

Result<std::optional<StoredCard>> SqliteStorage::activeCard(const QString &identity)
{
    return oneCard(QStringLiteral("SELECT id, identity, card, revoked, created_at FROM cards"
                                  " WHERE identity = ? AND revoked = 0"),
                   identity);
}

Result<std::optional<StoredCard>> SqliteStorage::card(const protocol::CardId &id)
{
    return oneCard(QStringLiteral("SELECT id, identity, card, revoked, created_at FROM cards"
                                  " WHERE id = ?"),
                   blobOf(id));
}

Result<void> SqliteStorage::publishCard(const StoredCard &card, const StoredDevice &firstDevice)
{
    if (firstDevice.cardId != card.id)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the first device names another card"));
    if (card.revoked || firstDevice.revoked)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("cannot publish a revoked card or device"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    for (const QString &sql :
         {QStringLiteral("UPDATE devices SET revoked = 1 WHERE revoked = 0 AND card_id IN"
                         " (SELECT id FROM cards WHERE identity = ? AND revoked = 0)"),
          QStringLiteral("UPDATE cards SET revoked = 1 WHERE identity = ? AND revoked = 0")})
        if (Result<Change> revoked = change(sql, {card.identity}); !revoked)
            return fail(revoked.error());
    if (Result<Change> inserted =
            change(QStringLiteral("INSERT INTO cards (id, identity, card, revoked, created_at)"
                                  " VALUES (?, ?, ?, 0, ?)"),
                   {blobOf(card.id), card.identity, card.card, card.createdAt});
        !inserted)
        return fail(inserted.error());
    if (Result<Change> inserted =
            change(QStringLiteral("INSERT INTO devices (id, card_id, record) VALUES (?, ?, ?)"),
                   {blobOf(firstDevice.id), blobOf(firstDevice.cardId), firstDevice.record});
        !inserted)
        return fail(inserted.error());
    if (Result<void> dropped = dropQueuesOfRevokedDevices(); !dropped)
        return dropped;
    return transaction.commit();
}

Result<void> SqliteStorage::revokeCard(const protocol::CardId &id)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<Change> card =
        change(QStringLiteral("UPDATE cards SET revoked = 1 WHERE id = ?"), {blobOf(id)});
    if (!card)
        return fail(card.error());
    if (card->rows == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such card"));
    if (Result<Change> devices = change(
            QStringLiteral("UPDATE devices SET revoked = 1 WHERE card_id = ? AND revoked = 0"),
            {blobOf(id)});
        !devices)
        return fail(devices.error());
    if (Result<void> dropped = dropQueuesOfRevokedDevices(); !dropped)
        return dropped;
    return transaction.commit();
}

Result<void> SqliteStorage::dropQueuesOfRevokedDevices()
{
    for (const QString &sql :
         {QStringLiteral("DELETE FROM queue WHERE device_id IN (SELECT id FROM devices WHERE revoked = 1)"),
          QStringLiteral("DELETE FROM messages WHERE NOT EXISTS"
                         " (SELECT 1 FROM queue WHERE queue.seq = messages.seq)")})
        if (Result<Change> dropped = change(sql); !dropped)
            return fail(dropped.error());
    return {};
}

Result<StoredDevice> SqliteStorage::deviceFromRow(const Row &row)
{
    Result<protocol::DeviceId> id = idFromColumn<protocol::DeviceId>(row.at(0));
    if (!id)
        return fail(id.error());
    Result<protocol::CardId> cardId = idFromColumn<protocol::CardId>(row.at(1));
    if (!cardId)
        return fail(cardId.error());
    return StoredDevice{*id, *cardId, row.at(2).toByteArray(), row.at(3).toInt() != 0,
                        row.at(4).toByteArray()};
}

Result<QList<StoredDevice>> SqliteStorage::devices(const protocol::CardId &card,
                                                   bool includeRevoked)
{
    Result<QList<Row>> rows =
        includeRevoked ? select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                                               " FROM devices WHERE card_id = ? ORDER BY added"),
                                {blobOf(card)})
                       : select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                                               " FROM devices WHERE card_id = ? AND revoked = 0"
                                               " ORDER BY added"),
                                {blobOf(card)});
    if (!rows)
        return fail(rows.error());
    QList<StoredDevice> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows)) {
        Result<StoredDevice> device = deviceFromRow(row);
        if (!device)
            return fail(device.error());
        out.append(std::move(*device));
    }
    return out;
}

Result<std::optional<StoredDevice>> SqliteStorage::device(const protocol::DeviceId &id)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT id, card_id, record, revoked, revocation"
                              " FROM devices WHERE id = ?"),
               {blobOf(id)});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredDevice>{};
    Result<StoredDevice> device = deviceFromRow(rows->first());
    if (!device)
        return fail(device.error());
    return std::optional<StoredDevice>{std::move(*device)};
}

Result<void> SqliteStorage::addDevice(const StoredDevice &device)
{
    if (device.revoked)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("cannot add a revoked device"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<QList<Row>> card =
        select(QStringLiteral("SELECT revoked FROM cards WHERE id = ?"), {blobOf(device.cardId)});
    if (!card)
        return fail(card.error());
    if (card->isEmpty() || card->first().at(0).toInt() != 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the device's card is not active"));
    if (Result<Change> inserted =
            change(QStringLiteral("INSERT INTO devices (id, card_id, record) VALUES (?, ?, ?)"),
                   {blobOf(device.id), blobOf(device.cardId), device.record});
        !inserted)
        return fail(inserted.error());
    return transaction.commit();
}

Result<void> SqliteStorage::revokeDevice(const protocol::DeviceId &id, const QByteArray &revocation)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // The first statement recorded stays: any of the owner's signed revocations will do.
    Result<Change> revoked = change(QStringLiteral("UPDATE devices SET revoked = 1,"
                                                   " revocation = coalesce(revocation, ?)"
                                                   " WHERE id = ?"),
                                    {revocation, blobOf(id)});
    if (!revoked)
        return fail(revoked.error());
    if (revoked->rows == 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such device"));
    if (Result<void> dropped = dropQueuesOfRevokedDevices(); !dropped)
        return dropped;
    return transaction.commit();
}

} // namespace cardinal::server
