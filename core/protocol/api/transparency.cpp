// SPDX-License-Identifier: GPL-3.0-or-later
#include "transparency.h"

#include "protocol/cardbundle.h"
#include "protocol/wirefields.h"

namespace cardinal::protocol::api {

namespace {

//! A checkpoint note with room for witnesses' cosignatures.
constexpr qsizetype MaxCheckpointNoteBytes = 16 * 1024;
//! Room for fields a later version appends to a nested value.
constexpr qsizetype MaxNestedFields = 32;

QString replyName(const QString &type)
{
    return type + QStringLiteral(" reply");
}

QByteArray checkpointAt(CborFields &fields, qsizetype index)
{
    return fields.bytes(index, 1, MaxCheckpointNoteBytes);
}

QByteArray entryAt(CborFields &fields, qsizetype index)
{
    return fields.bytes(index, 1, kt::MaxEntryBytes);
}

kt::LogProof logProofAt(CborFields &fields, qsizetype index)
{
    const QByteArray bytes = fields.bytes(index, 1, kt::MaxLogProofBytes);
    if (bytes.isEmpty())
        return {};
    Result<kt::LogProof> proof = kt::decodeLogProof(bytes);
    if (!proof) {
        fields.reject(QStringLiteral("field %1: ").arg(index) + proof.error().message());
        return {};
    }
    return std::move(*proof);
}

QList<QByteArray> byteListAt(CborFields &fields, qsizetype index, qsizetype maxCount,
                             qsizetype maxBytes)
{
    QList<QByteArray> out;
    for (const QCborValue &value : fields.array(index, maxCount)) {
        if (!value.isByteArray() || value.toByteArray().isEmpty() ||
            value.toByteArray().size() > maxBytes) {
            fields.reject(QStringLiteral("field %1 holds an item of the wrong shape").arg(index));
            return {};
        }
        out.append(value.toByteArray());
    }
    return out;
}

QCborArray byteListToCbor(const QList<QByteArray> &items)
{
    QCborArray out;
    for (const QByteArray &item : items)
        out.append(item);
    return out;
}

//! Decodes nested value T at `index` with T::decode (or `decode`), rejecting in `fields`.
template<typename T, typename Decode>
T nestedValue(CborFields &fields, qsizetype index, Decode decode)
{
    const QCborArray nested = fields.array(index, MaxNestedFields);
    if (!fields.status())
        return {};
    Result<T> decoded = decode(QCborValue(nested));
    if (!decoded) {
        fields.reject(QStringLiteral("field %1: ").arg(index) + decoded.error().message());
        return {};
    }
    return std::move(*decoded);
}

template<typename T> Result<T> rejectNonArray(const QString &what)
{
    return fail(ErrorCode::MalformedInput, QStringLiteral("%1 is not an array").arg(what));
}

} // namespace

QCborArray encodeEvidence(const kt::LookupEvidence &evidence)
{
    const bool hasChange = !evidence.changeEntry.isEmpty();
    return {evidence.checkpoint,
            evidence.labelProof.toByteArray(),
            evidence.epochEntry,
            kt::encodeLogProof(evidence.epochInclusion),
            kt::encodeMapProof(evidence.mapProof),
            hasChange ? QCborValue(evidence.changeEntry) : QCborValue(nullptr),
            hasChange ? QCborValue(kt::encodeLogProof(evidence.changeInclusion))
                      : QCborValue(nullptr),
            hasChange ? QCborValue(evidence.salt) : QCborValue(nullptr)};
}

Result<kt::LookupEvidence> decodeEvidence(const QCborValue &value)
{
    const QString what = QStringLiteral("key-transparency evidence");
    if (!value.isArray())
        return rejectNonArray<kt::LookupEvidence>(what);
    return readTolerant<kt::LookupEvidence>(value.toArray(), what, 8, [](CborFields &f) {
        kt::LookupEvidence evidence;
        evidence.checkpoint = checkpointAt(f, 0);
        evidence.labelProof = f.fixed<crypto::VrfProof>(1);
        evidence.epochEntry = entryAt(f, 2);
        evidence.epochInclusion = logProofAt(f, 3);
        const QByteArray mapProof = f.bytes(4, 1, kt::MaxMapProofBytes);
        if (!mapProof.isEmpty()) {
            Result<transparency::PrefixProof> decoded = kt::decodeMapProof(mapProof);
            if (decoded)
                evidence.mapProof = std::move(*decoded);
            else
                f.reject(QStringLiteral("field 4: ") + decoded.error().message());
        }
        const bool hasChange = !f.isNull(5);
        if (hasChange != !f.isNull(6) || hasChange != !f.isNull(7)) {
            f.reject(QStringLiteral("a change entry comes with its proof and salt"));
            return evidence;
        }
        if (hasChange) {
            evidence.changeEntry = entryAt(f, 5);
            evidence.changeInclusion = logProofAt(f, 6);
            evidence.salt = f.bytes(7, kt::SaltSize, kt::SaltSize);
        }
        return evidence;
    });
}

QCborArray KtOpenedEntry::encode() const
{
    return {qint64(index), entry, salt, state, kt::encodeLogProof(inclusion)};
}

Result<KtOpenedEntry> KtOpenedEntry::decode(const QCborValue &value)
{
    const QString what = QStringLiteral("opened log entry");
    if (!value.isArray())
        return rejectNonArray<KtOpenedEntry>(what);
    return readTolerant<KtOpenedEntry>(value.toArray(), what, 5, [](CborFields &f) {
        return KtOpenedEntry{quint64(f.integer(0, 0, INT64_MAX)), entryAt(f, 1),
                             f.bytes(2, kt::SaltSize, kt::SaltSize),
                             f.bytes(3, 0, MaxCardBundleBytes), logProofAt(f, 4)};
    });
}

QCborArray KtProof::encode() const
{
    return {encodeEvidence(evidence),
            pendingSeconds ? QCborValue(*pendingSeconds) : QCborValue(nullptr),
            cardEntry ? QCborValue(cardEntry->encode()) : QCborValue(nullptr)};
}

Result<KtProof> KtProof::decode(const QCborValue &value)
{
    const QString what = QStringLiteral("key-transparency proof");
    if (!value.isArray())
        return rejectNonArray<KtProof>(what);
    return readTolerant<KtProof>(value.toArray(), what, 3, [](CborFields &f) {
        KtProof proof;
        proof.evidence = nestedValue<kt::LookupEvidence>(f, 0, decodeEvidence);
        if (!f.isNull(1))
            proof.pendingSeconds = f.integer(1, 0, INT32_MAX);
        if (!f.isNull(2))
            proof.cardEntry = nestedValue<KtOpenedEntry>(f, 2, KtOpenedEntry::decode);
        return proof;
    });
}

Result<KtCheckpoint> KtCheckpoint::decode(const QCborArray &payload)
{
    return readRequest<KtCheckpoint>(payload, 0, [](auto &) { return KtCheckpoint{}; });
}

QCborArray KtCheckpoint::Reply::encode() const
{
    return {checkpoint};
}

Result<KtCheckpoint::Reply> KtCheckpoint::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 1,
                               [](auto &f) { return Reply{checkpointAt(f, 0)}; });
}

QCborArray KtConsistency::encode() const
{
    return {qint64(fromSize), qint64(toSize)};
}

Result<KtConsistency> KtConsistency::decode(const QCborArray &payload)
{
    return readRequest<KtConsistency>(payload, 2, [](auto &f) {
        return KtConsistency{quint64(f.integer(0, 1, INT64_MAX)),
                             quint64(f.integer(1, 1, INT64_MAX))};
    });
}

QCborArray KtConsistency::Reply::encode() const
{
    return {kt::encodeLogProof(proof)};
}

Result<KtConsistency::Reply> KtConsistency::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 1,
                               [](auto &f) { return Reply{logProofAt(f, 0)}; });
}

QCborArray KtHistory::encode() const
{
    return {identity.toString(), qint64(sinceVersion)};
}

Result<KtHistory> KtHistory::decode(const QCborArray &payload)
{
    return readRequest<KtHistory>(payload, 2, [](auto &f) {
        return KtHistory{identityAt(f, 0), quint64(f.integer(1, 0, INT64_MAX))};
    });
}

QCborArray KtHistory::Reply::encode() const
{
    QCborArray opened;
    for (const KtOpenedEntry &entry : entries)
        opened.append(entry.encode());
    return {encodeEvidence(evidence), opened};
}

Result<KtHistory::Reply> KtHistory::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 2, [](CborFields &f) {
        Reply reply;
        reply.evidence = nestedValue<kt::LookupEvidence>(f, 0, decodeEvidence);
        for (const QCborValue &value : f.array(1, MaxKtHistoryEntries)) {
            Result<KtOpenedEntry> entry = KtOpenedEntry::decode(value);
            if (!entry) {
                f.reject(QStringLiteral("field 1: ") + entry.error().message());
                break;
            }
            reply.entries.append(std::move(*entry));
        }
        return reply;
    });
}

QCborArray KtEntries::encode() const
{
    return {qint64(from), count};
}

Result<KtEntries> KtEntries::decode(const QCborArray &payload)
{
    return readRequest<KtEntries>(payload, 2, [](auto &f) {
        return KtEntries{quint64(f.integer(0, 0, INT64_MAX)),
                         f.integer(1, 1, MaxKtEntriesPerRequest)};
    });
}

QCborArray KtEntries::Reply::encode() const
{
    return {byteListToCbor(entries), byteListToCbor(checkpoints)};
}

Result<KtEntries::Reply> KtEntries::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, replyName(type()), 2, [](auto &f) {
        return Reply{byteListAt(f, 0, MaxKtEntriesPerRequest, kt::MaxEntryBytes),
                     byteListAt(f, 1, MaxKtEntriesPerRequest, MaxCheckpointNoteBytes)};
    });
}

} // namespace cardinal::protocol::api
