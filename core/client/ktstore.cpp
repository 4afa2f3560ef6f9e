// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktstore.h"

#include "ktrecords.h"

namespace cardinal::client {

namespace {

constexpr QByteArrayView StateContext = "kt_state.value";
constexpr QByteArrayView EvidenceContext = "kt_evidence.record";
constexpr const char *CheckpointName = "checkpoint";
constexpr const char *OwnWatchName = "own-watch";

} // namespace

Result<std::optional<QByteArray>> KtStore::state(const char *name)
{
    const QByteArray key(name);
    Result<QList<ProfileDatabase::Row>> rows =
        m_db.select(QStringLiteral("SELECT value FROM kt_state WHERE name = ?"),
                    {QString::fromLatin1(key)});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<QByteArray>();
    Result<QByteArray> value = m_db.unseal(StateContext, key, rows->first().at(0).toByteArray());
    if (!value)
        return fail(value.error());
    return std::optional(std::move(*value));
}

Result<void> KtStore::setState(const char *name, const QByteArray &value)
{
    const QByteArray key(name);
    Result<QByteArray> sealed = m_db.seal(StateContext, key, value);
    if (!sealed)
        return fail(sealed.error());
    Result<ProfileDatabase::Change> stored =
        m_db.change(QStringLiteral("INSERT OR REPLACE INTO kt_state (name, value) VALUES (?, ?)"),
                    {QString::fromLatin1(key), *sealed});
    return stored ? Result<void>() : fail(stored.error());
}

Result<std::optional<QByteArray>> KtStore::heldCheckpoint()
{
    return state(CheckpointName);
}

Result<void> KtStore::holdCheckpoint(const QByteArray &note)
{
    return setState(CheckpointName, note);
}

Result<KtOwnWatch> KtStore::ownWatch()
{
    Result<std::optional<QByteArray>> stored = state(OwnWatchName);
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return KtOwnWatch{};
    return decodeKtOwnWatch(**stored);
}

Result<void> KtStore::setOwnWatch(const KtOwnWatch &watch)
{
    return setState(OwnWatchName, encodeKtOwnWatch(watch));
}

Result<qint64> KtStore::addEvidence(KtEvidence evidence)
{
    ProfileDatabase::Transaction transaction(m_db);
    if (auto begun = transaction.begin(); !begun)
        return fail(begun.error());
    // The row key of the seal is the row's id, which exists only once the row does.
    Result<ProfileDatabase::Change> inserted = m_db.change(
        QStringLiteral("INSERT INTO kt_evidence (found_at_ms, open, record) VALUES (?, 1, x'')"),
        {evidence.foundAtMs});
    if (!inserted)
        return fail(inserted.error());
    const qint64 id = inserted->lastRowId;
    Result<QByteArray> sealed =
        m_db.seal(EvidenceContext, QByteArray::number(id), encodeKtEvidence(evidence));
    if (!sealed)
        return fail(sealed.error());
    Result<ProfileDatabase::Change> stored = m_db.change(
        QStringLiteral("UPDATE kt_evidence SET record = ? WHERE id = ?"), {*sealed, id});
    if (!stored)
        return fail(stored.error());
    if (auto committed = transaction.commit(); !committed)
        return fail(committed.error());
    return id;
}

Result<QList<KtEvidence>> KtStore::evidence()
{
    Result<QList<ProfileDatabase::Row>> rows = m_db.select(
        QStringLiteral("SELECT id, found_at_ms, open, record FROM kt_evidence ORDER BY id"));
    if (!rows)
        return fail(rows.error());
    QList<KtEvidence> out;
    for (const ProfileDatabase::Row &row : std::as_const(*rows)) {
        const qint64 id = row.at(0).toLongLong();
        Result<QByteArray> record =
            m_db.unseal(EvidenceContext, QByteArray::number(id), row.at(3).toByteArray());
        if (!record)
            return fail(record.error());
        Result<KtEvidence> evidence = decodeKtEvidence(*record);
        if (!evidence)
            return fail(evidence.error());
        evidence->id = id;
        evidence->foundAtMs = row.at(1).toLongLong();
        evidence->open = row.at(2).toInt() == 1;
        out.append(std::move(*evidence));
    }
    return out;
}

Result<int> KtStore::openAlerts()
{
    Result<QList<ProfileDatabase::Row>> rows =
        m_db.select(QStringLiteral("SELECT COUNT(*) FROM kt_evidence WHERE open = 1"));
    if (!rows)
        return fail(rows.error());
    return rows->first().at(0).toInt();
}

Result<void> KtStore::acknowledge(qint64 id)
{
    Result<ProfileDatabase::Change> changed =
        m_db.change(QStringLiteral("UPDATE kt_evidence SET open = 0 WHERE id = ?"), {id});
    if (!changed)
        return fail(changed.error());
    if (changed->rows == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("no evidence %1").arg(id));
    return {};
}

} // namespace cardinal::client
