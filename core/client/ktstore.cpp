// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktstore.h"

#include "protocol/cborfields.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::client {

using protocol::CborFields;

namespace {

constexpr QByteArrayView StateContext = "kt_state.value";
constexpr QByteArrayView EvidenceContext = "kt_evidence.record";
constexpr const char *CheckpointName = "checkpoint";
constexpr const char *OwnWatchName = "own-watch";
constexpr int EvidenceFormat = 1;
constexpr qsizetype MaxEvidenceBytes = 256 * 1024;
constexpr qsizetype MaxStatements = 16;
constexpr qsizetype MaxStatementBytes = 64 * 1024;
constexpr qsizetype MaxTextBytes = 4096;

QByteArray encodeEvidence(const KtEvidence &evidence)
{
    QCborArray statements;
    for (const QByteArray &statement : evidence.statements)
        statements.append(statement);
    return QCborValue(QCborArray{EvidenceFormat, int(evidence.kind), evidence.server,
                                 evidence.subject, evidence.detail, statements})
        .toCbor();
}

Result<KtEvidence> decodeEvidence(QByteArrayView bytes)
{
    const QString what = QStringLiteral("key-transparency evidence");
    Result<QCborArray> array = protocol::decodeCanonicalArray(bytes, MaxEvidenceBytes, what);
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().message());
    CborFields fields(*array, what, 6);
    KtEvidence evidence;
    if (fields.integer(0, EvidenceFormat, EvidenceFormat) != EvidenceFormat)
        return fail(ErrorCode::CorruptFile, QStringLiteral("evidence of another format"));
    evidence.kind = KtEvidence::Kind(fields.integer(1, 1, 4));
    evidence.server = fields.text(2, MaxTextBytes);
    evidence.subject = fields.text(3, MaxTextBytes);
    evidence.detail = fields.text(4, MaxTextBytes);
    for (const QCborValue &statement : fields.array(5, MaxStatements)) {
        if (!statement.isByteArray() || statement.toByteArray().size() > MaxStatementBytes) {
            fields.reject(QStringLiteral("a statement is not bytes within bounds"));
            break;
        }
        evidence.statements.append(statement.toByteArray());
    }
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    return evidence;
}

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
    const QString what = QStringLiteral("own-address watch");
    Result<QCborArray> array = protocol::decodeCanonicalArray(**stored, 256, what);
    if (!array)
        return fail(ErrorCode::CorruptFile, array.error().message());
    CborFields fields(*array, what, 3);
    KtOwnWatch watch{std::uint64_t(fields.integer(0, 0, INT64_MAX)),
                     std::uint64_t(fields.integer(1, 0, INT64_MAX)),
                     fields.integer(2, 0, INT64_MAX)};
    if (auto ok = fields.status(); !ok)
        return fail(ErrorCode::CorruptFile, ok.error().message());
    return watch;
}

Result<void> KtStore::setOwnWatch(const KtOwnWatch &watch)
{
    return setState(OwnWatchName, QCborValue(QCborArray{qint64(watch.version),
                                                        qint64(watch.baseline),
                                                        watch.checkedAtMs})
                                      .toCbor());
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
        m_db.seal(EvidenceContext, QByteArray::number(id), encodeEvidence(evidence));
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
        Result<KtEvidence> evidence = decodeEvidence(*record);
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
