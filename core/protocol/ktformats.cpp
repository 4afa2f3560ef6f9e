// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktformats.h"

#include "cborfields.h"

#include <QCborArray>
#include <QCborValue>

#include <limits>

namespace cardinal::protocol::kt {

namespace {

using transparency::MerkleHash;
using transparency::PrefixProof;

constexpr qint64 MaxCount = std::numeric_limits<qint64>::max();
constexpr int EpochKind = 0;
const QByteArray CommitmentContext = QByteArrayLiteral("Cardinal KT state v1");

QByteArray bytesOf(const MerkleHash &hash)
{
    return hash.toByteArray();
}

} // namespace

QByteArray encodeEntry(const LogEntry &entry)
{
    QCborArray array;
    if (const auto *change = std::get_if<ChangeEntry>(&entry)) {
        array = {EntryFormatVersion, int(change->kind), change->label.toByteArray(),
                 qint64(change->version), change->commitment.toByteArray(), qint64(change->time)};
    } else {
        const EpochEntry &epoch = std::get<EpochEntry>(entry);
        array = {EntryFormatVersion, EpochKind, qint64(epoch.epoch), bytesOf(epoch.mapRoot),
                 qint64(epoch.changes), qint64(epoch.time)};
    }
    return QCborValue(array).toCbor();
}

Result<LogEntry> decodeEntry(QByteArrayView bytes)
{
    const Result<QCborArray> array = decodeCanonicalArray(bytes, MaxEntryBytes,
                                                          QStringLiteral("log entry"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("log entry"), 6);
    const qint64 version = fields.integer(0, 0, MaxCount);
    const qint64 kind = fields.integer(1, EpochKind, int(ChangeKind::CardRevoked));
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (version != EntryFormatVersion)
        return fail(ErrorCode::UnsupportedVersion,
                    QStringLiteral("log entry format %1").arg(version));
    if (kind == EpochKind) {
        EpochEntry epoch;
        epoch.epoch = std::uint64_t(fields.integer(2, 0, MaxCount));
        epoch.mapRoot = fields.fixed<MerkleHash>(3);
        epoch.changes = std::uint64_t(fields.integer(4, 0, MaxCount));
        epoch.time = fields.integer(5, 0, MaxCount);
        if (auto ok = fields.status(); !ok)
            return fail(ok.error());
        return LogEntry(epoch);
    }
    ChangeEntry change;
    change.kind = ChangeKind(kind);
    change.label = fields.fixed<transparency::MapLabel>(2);
    change.version = std::uint64_t(fields.integer(3, 1, MaxCount));
    change.commitment = fields.fixed<crypto::Sha256Digest>(4);
    change.time = fields.integer(5, 0, MaxCount);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return LogEntry(change);
}

Result<crypto::Sha256Digest> stateCommitment(QByteArrayView salt, QByteArrayView state)
{
    if (salt.size() != SaltSize)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a commitment salt is %1 bytes").arg(SaltSize));
    const char separator = '\0';
    return crypto::sha256({CommitmentContext, QByteArrayView(&separator, 1), salt, state});
}

QByteArray encodeMapProof(const PrefixProof &proof)
{
    QCborArray steps;
    for (const PrefixProof::Step &step : proof.steps)
        steps.append(QCborArray{step.depth, bytesOf(step.sibling)});
    QCborValue end(nullptr);
    if (proof.end)
        end = QCborArray{proof.end->label.toByteArray(), qint64(proof.end->value.version),
                         bytesOf(proof.end->value.entryHash)};
    return QCborValue(QCborArray{steps, end}).toCbor();
}

Result<PrefixProof> decodeMapProof(QByteArrayView bytes)
{
    const Result<QCborArray> array = decodeCanonicalArray(bytes, MaxMapProofBytes,
                                                          QStringLiteral("map proof"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("map proof"), 2);
    const QCborArray steps = fields.array(0, transparency::MaxPrefixProofSteps);
    const bool absentEnd = fields.isNull(1);
    const QCborArray end = absentEnd ? QCborArray() : fields.array(1, 3);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    PrefixProof proof;
    for (const QCborValue &value : steps) {
        const QCborArray pair = value.toArray();
        CborFields step(pair, QStringLiteral("map proof step"), 2);
        if (!value.isArray())
            step.reject(QStringLiteral("a step is not an array"));
        const int depth = int(step.integer(0, 0, 255));
        const MerkleHash sibling = step.fixed<MerkleHash>(1);
        if (auto ok = step.status(); !ok)
            return fail(ok.error());
        proof.steps.append({depth, sibling});
    }
    if (!absentEnd) {
        CborFields leaf(end, QStringLiteral("map proof leaf"), 3);
        PrefixProof::Leaf out;
        out.label = leaf.fixed<transparency::MapLabel>(0);
        out.value.version = std::uint64_t(leaf.integer(1, 0, MaxCount));
        out.value.entryHash = leaf.fixed<MerkleHash>(2);
        if (auto ok = leaf.status(); !ok)
            return fail(ok.error());
        proof.end = out;
    }
    return proof;
}

QByteArray encodeLogProof(const LogProof &proof)
{
    QCborArray hashes;
    for (const MerkleHash &hash : proof.hashes)
        hashes.append(bytesOf(hash));
    return QCborValue(QCborArray{qint64(proof.first), qint64(proof.size), hashes}).toCbor();
}

Result<LogProof> decodeLogProof(QByteArrayView bytes)
{
    const Result<QCborArray> array = decodeCanonicalArray(bytes, MaxLogProofBytes,
                                                          QStringLiteral("log proof"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("log proof"), 3);
    LogProof proof;
    proof.first = std::uint64_t(fields.integer(0, 0, MaxCount));
    proof.size = std::uint64_t(fields.integer(1, 0, MaxCount));
    const QCborArray hashes = fields.array(2, transparency::MaxProofHashes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    for (qsizetype i = 0; i < hashes.size(); ++i) {
        const auto hash = MerkleHash::fromBytes(hashes.at(i).toByteArray());
        if (!hashes.at(i).isByteArray() || !hash)
            return fail(ErrorCode::MalformedInput,
                        QStringLiteral("log proof: hash %1 is not 32 bytes").arg(i));
        proof.hashes.append(*hash);
    }
    return proof;
}

} // namespace cardinal::protocol::kt
