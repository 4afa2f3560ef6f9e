// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: the key-transparency log (docs/key-transparency.md).
#include "sqlitestorage.h"

#include "sqlitesupport.h"

namespace cardinal::server {

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
            change(QStringLiteral("INSERT INTO kt_entries (idx, entry, salt) VALUES (?, ?, ?)"),
                   {entry.index, entry.entry, entry.salt.isNull() ? QByteArray("") : entry.salt});
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
        out.append({row.at(0).toLongLong(), row.at(1).toByteArray(), row.at(2).toByteArray()});
    return out;
}

Result<std::optional<QByteArray>> SqliteStorage::latestCheckpoint()
{
    return optionalBytes(
        QStringLiteral("SELECT note FROM kt_checkpoints ORDER BY size DESC LIMIT 1"));
}

} // namespace cardinal::server
