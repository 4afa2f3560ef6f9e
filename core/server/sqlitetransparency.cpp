// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: the key-transparency log (docs/key-transparency.md).
#include "sqlitestorage.h"

#include "sqlitesupport.h"

namespace cardinal::server {

namespace {

constexpr auto EntryColumns = "idx, entry, salt, state, card_id";

QVariant cardColumn(const std::optional<protocol::CardId> &card)
{
    return card ? QVariant(card->toByteArray()) : QVariant(QMetaType(QMetaType::QByteArray));
}

StoredLogEntry entryFromRow(const storage::SqliteDatabase::Row &row)
{
    return {row.at(0).toLongLong(), row.at(1).toByteArray(), row.at(2).toByteArray(),
            row.at(3).toByteArray(),
            row.at(4).isNull() ? std::nullopt
                               : protocol::CardId::fromBytes(row.at(4).toByteArray())};
}

QString selectEntries(const char *where)
{
    return QStringLiteral("SELECT %1 FROM kt_entries WHERE %2")
        .arg(QLatin1StringView(EntryColumns), QLatin1StringView(where));
}

} // namespace

Result<void> SqliteStorage::appendLogEpoch(const QList<StoredLogEntry> &entries,
                                           const QByteArray &checkpoint, qint64 checkpointSize)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Inside the write transaction, so that two epochs cannot both take the same place.
    Result<QList<Row>> last =
        select(QStringLiteral("SELECT COALESCE(MAX(idx) + 1, 0) FROM kt_entries"), {});
    if (!last)
        return fail(last.error());
    qint64 next = last->first().at(0).toLongLong();
    for (const StoredLogEntry &entry : entries) {
        if (entry.index != next)
            return fail(ErrorCode::Conflict,
                        QStringLiteral("log entry %1 does not continue the log at %2")
                            .arg(entry.index)
                            .arg(next));
        Result<Change> inserted =
            change(QStringLiteral("INSERT INTO kt_entries (idx, entry, salt, state, card_id)"
                                  " VALUES (?, ?, ?, ?, ?)"),
                   {entry.index, entry.entry, entry.salt.isNull() ? QByteArray("") : entry.salt,
                    entry.state.isNull() ? QByteArray("") : entry.state, cardColumn(entry.card)});
        if (!inserted)
            return fail(inserted.error());
        ++next;
    }
    if (checkpointSize != next)
        return fail(ErrorCode::Conflict,
                    QStringLiteral("a checkpoint of %1 entries for a log of %2")
                        .arg(checkpointSize)
                        .arg(next));
    Result<Change> stored =
        change(QStringLiteral("INSERT INTO kt_checkpoints (size, note) VALUES (?, ?)"),
               {checkpointSize, checkpoint});
    if (!stored)
        return fail(stored.error());
    return transaction.commit();
}

Result<QList<StoredLogEntry>> SqliteStorage::logEntries(qint64 fromIndex, int limit)
{
    Result<QList<Row>> rows = select(QStringLiteral("SELECT idx, entry, salt FROM kt_entries"
                                                    " WHERE idx >= ? ORDER BY idx LIMIT ?"),
                                     {fromIndex, limit});
    if (!rows)
        return fail(rows.error());
    QList<StoredLogEntry> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows))
        out.append({row.at(0).toLongLong(),
                    row.at(1).toByteArray(),
                    row.at(2).toByteArray(),
                    {},
                    std::nullopt});
    return out;
}

Result<QList<StoredLogEntry>> SqliteStorage::logEntriesAt(const QList<qint64> &indices)
{
    QList<StoredLogEntry> out;
    out.reserve(indices.size());
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(Transaction::Mode::Read); !begun)
        return fail(begun.error());
    for (const qint64 index : indices) {
        Result<QList<Row>> rows = select(selectEntries("idx = ?"), {index});
        if (!rows)
            return fail(rows.error());
        if (rows->isEmpty())
            return fail(ErrorCode::NotFound, QStringLiteral("no log entry %1").arg(index));
        out.append(entryFromRow(rows->first()));
    }
    return out;
}

Result<std::optional<StoredLogEntry>>
SqliteStorage::latestLogEntryOfCard(const protocol::CardId &card)
{
    Result<QList<Row>> rows =
        select(selectEntries("card_id = ? ORDER BY idx DESC LIMIT 1"), {card.toByteArray()});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<StoredLogEntry>();
    return std::optional(entryFromRow(rows->first()));
}

Result<std::optional<QByteArray>> SqliteStorage::latestCheckpoint()
{
    return optionalBytes(
        QStringLiteral("SELECT note FROM kt_checkpoints ORDER BY size DESC LIMIT 1"));
}

Result<QList<QByteArray>> SqliteStorage::checkpoints(qint64 afterSize, qint64 upToSize, int limit)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT note FROM kt_checkpoints WHERE size > ? AND size <= ?"
                              " ORDER BY size LIMIT ?"),
               {afterSize, upToSize, limit});
    if (!rows)
        return fail(rows.error());
    QList<QByteArray> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows))
        out.append(row.at(0).toByteArray());
    return out;
}

Result<QStringList> SqliteStorage::cardIdentities()
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT DISTINCT identity FROM cards ORDER BY identity"));
    if (!rows)
        return fail(rows.error());
    QStringList out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows))
        out.append(row.at(0).toString());
    return out;
}

} // namespace cardinal::server
