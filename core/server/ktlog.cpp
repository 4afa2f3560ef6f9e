// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktlog.h"

#include "protocol/ktreplay.h"

namespace cardinal::server {

namespace {

using protocol::kt::ChangeEntry;
using protocol::kt::EpochEntry;
using protocol::kt::LogEntry;
using transparency::MapLabel;

QByteArray keyOf(const MapLabel &label)
{
    return label.toByteArray();
}

Failure corrupt(const QString &what)
{
    return fail(ErrorCode::CorruptFile, QStringLiteral("key-transparency log: ") + what);
}

} // namespace

KtLog::KtLog(Keys keys) : m_keys(std::move(keys)) {}

protocol::kt::LogKeys KtLog::publicKeys() const
{
    return {{m_keys.origin, m_keys.checkpoints.publicKey()}, m_keys.labels.publicKey()};
}

Result<std::pair<MapLabel, crypto::VrfProof>> KtLog::labelOf(const QString &identity)
{
    if (const auto cached = m_labelCache.constFind(identity); cached != m_labelCache.constEnd())
        return *cached;
    const Result<crypto::VrfProof> proof = m_keys.labels.prove(identity.toUtf8());
    if (!proof)
        return fail(proof.error());
    const Result<crypto::VrfOutput> output = crypto::vrfProofToHash(*proof);
    if (!output)
        return fail(output.error());
    const std::pair<MapLabel, crypto::VrfProof> made{protocol::kt::labelOf(*output), *proof};
    m_labelCache.insert(identity, made);
    return made;
}

Result<KtLog::Recorded> KtLog::record(protocol::kt::ChangeKind kind, const QString &identity,
                                      const QByteArray &state,
                                      const std::optional<protocol::CardId> &card,
                                      std::int64_t time, crypto::RandomSource &random)
{
    const auto label = labelOf(identity);
    if (!label)
        return fail(label.error());
    LabelState &known = m_labels[keyOf(label->first)];
    QByteArray salt(protocol::kt::SaltSize, '\0');
    random.fill(std::span(reinterpret_cast<std::uint8_t *>(salt.data()), std::size_t(salt.size())));
    const Result<crypto::Sha256Digest> commitment = protocol::kt::stateCommitment(salt, state);
    if (!commitment)
        return fail(commitment.error());
    ++known.pending;
    Recorded recorded{
        {kind, label->first, known.version() + known.pending, *commitment, time}, salt, state, card};
    m_pending.append(recorded);
    return recorded;
}

bool KtLog::isPending(const QString &identity) const
{
    const auto cached = m_labelCache.constFind(identity);
    if (cached == m_labelCache.constEnd())
        return false;
    const auto known = m_labels.constFind(keyOf(cached->first));
    return known != m_labels.constEnd() && known->pending > 0;
}

transparency::MerkleHash KtLog::append(const QByteArray &entry)
{
    const transparency::MerkleHash leaf = transparency::leafHash(entry);
    m_tree.append(leaf);
    m_leaves.append(entry);
    return leaf;
}

Result<transparency::SignedCheckpoint> KtLog::sign()
{
    return transparency::SignedCheckpoint::sign({m_keys.origin, m_tree.size(), m_tree.root(), {}},
                                                m_keys.checkpoints);
}

Result<KtLog::Epoch> KtLog::closeEpoch(std::int64_t time)
{
    Epoch epoch;
    for (const Recorded &recorded : std::as_const(m_pending)) {
        const QByteArray entry = protocol::kt::encodeEntry(recorded.entry);
        LabelState &known = m_labels[keyOf(recorded.entry.label)];
        known.indices.append(m_tree.size());
        known.latestSalt = recorded.salt;
        known.pending = 0;
        epoch.entries.append(
            {qint64(m_tree.size()), entry, recorded.salt, recorded.state, recorded.card});
        m_map.set(recorded.entry.label, {known.version(), append(entry)});
    }
    m_pending.clear();
    const QByteArray closing =
        protocol::kt::encodeEntry(EpochEntry{m_epochs + 1, m_map.root(), m_tree.size(), time});
    epoch.entries.append({qint64(m_tree.size()), closing, {}, {}, {}});
    append(closing);
    ++m_epochs;
    Result<transparency::SignedCheckpoint> signedCheckpoint = sign();
    if (!signedCheckpoint)
        return fail(signedCheckpoint.error());
    m_checkpoint = *signedCheckpoint;
    epoch.checkpoint = std::move(*signedCheckpoint);
    return epoch;
}

Result<void> KtLog::replay(const QList<StoredLogEntry> &entries)
{
    protocol::kt::LogReplay replayed;
    KtLog rebuilt(m_keys);
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const StoredLogEntry &stored = entries.at(i);
        if (stored.index != i)
            return corrupt(QStringLiteral("entry %1 is stored at %2").arg(i).arg(stored.index));
        const Result<LogEntry> decoded = replayed.append(stored.entry);
        if (!decoded)
            return corrupt(decoded.error().message());
        rebuilt.m_leaves.append(stored.entry);
        const auto *change = std::get_if<ChangeEntry>(&*decoded);
        if (!change)
            continue;
        if (stored.salt.size() != protocol::kt::SaltSize)
            return corrupt(QStringLiteral("entry %1 has no salt").arg(i));
        LabelState &known = rebuilt.m_labels[keyOf(change->label)];
        known.indices.append(std::uint64_t(i));
        known.latestSalt = stored.salt;
    }
    if (!entries.isEmpty() && !replayed.endsWithEpoch())
        return corrupt(QStringLiteral("the log does not end with an epoch entry"));
    rebuilt.m_epochs = replayed.epochs();
    rebuilt.m_tree = replayed.takeTree();
    rebuilt.m_map = replayed.takeMap();
    if (!entries.isEmpty()) {
        Result<transparency::SignedCheckpoint> signedCheckpoint = rebuilt.sign();
        if (!signedCheckpoint)
            return fail(signedCheckpoint.error());
        rebuilt.m_checkpoint = std::move(*signedCheckpoint);
    }
    *this = std::move(rebuilt);
    return {};
}

Result<protocol::kt::LookupEvidence> KtLog::lookup(const QString &identity)
{
    if (!m_checkpoint)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the log has no checkpoint yet"));
    const auto label = labelOf(identity);
    if (!label)
        return fail(label.error());
    const std::uint64_t size = m_tree.size();
    protocol::kt::LookupEvidence evidence;
    evidence.checkpoint = m_checkpoint->note;
    evidence.labelProof = label->second;
    evidence.epochEntry = m_leaves.last();
    evidence.epochInclusion = {size - 1, size, *transparency::makeInclusionProof(m_tree, size - 1, size)};
    evidence.mapProof = m_map.prove(label->first);
    const auto known = m_labels.constFind(keyOf(label->first));
    if (known != m_labels.constEnd() && known->version() > 0) {
        const std::uint64_t latest = known->indices.last();
        evidence.changeEntry = m_leaves.at(qsizetype(latest));
        evidence.changeInclusion = {latest, size,
                                    *transparency::makeInclusionProof(m_tree, latest, size)};
        evidence.salt = known->latestSalt;
    }
    return evidence;
}

Result<transparency::MerkleProof> KtLog::consistency(std::uint64_t oldSize,
                                                     std::uint64_t newSize) const
{
    return transparency::makeConsistencyProof(m_tree, oldSize, newSize ? newSize : m_tree.size());
}

Result<protocol::kt::LogProof> KtLog::inclusion(std::uint64_t index,
                                                 std::uint64_t treeSize) const
{
    const std::uint64_t size = treeSize ? treeSize : m_tree.size();
    Result<transparency::MerkleProof> proof = transparency::makeInclusionProof(m_tree, index, size);
    if (!proof)
        return fail(proof.error());
    return protocol::kt::LogProof{index, size, std::move(*proof)};
}

Result<QList<std::uint64_t>> KtLog::history(const QString &identity, std::uint64_t sinceVersion,
                                            int limit)
{
    const auto label = labelOf(identity);
    if (!label)
        return fail(label.error());
    const auto known = m_labels.constFind(keyOf(label->first));
    if (known == m_labels.constEnd() || sinceVersion >= known->version())
        return QList<std::uint64_t>();
    return known->indices.mid(qsizetype(sinceVersion), limit);
}

QList<QByteArray> KtLog::entries(std::uint64_t from, int count) const
{
    if (from >= std::uint64_t(m_leaves.size()))
        return {};
    return m_leaves.mid(qsizetype(from), count);
}

Result<bool> KtLog::matchesLatest(const QString &identity, const QByteArray &state)
{
    const auto label = labelOf(identity);
    if (!label)
        return fail(label.error());
    const auto known = m_labels.constFind(keyOf(label->first));
    if (known == m_labels.constEnd() || known->version() + known->pending == 0)
        return state.isEmpty();
    if (known->pending > 0) {
        for (auto recorded = m_pending.crbegin(); recorded != m_pending.crend(); ++recorded) {
            if (recorded->entry.label == label->first)
                return recorded->state == state;
        }
    }
    const Result<LogEntry> latest =
        protocol::kt::decodeEntry(m_leaves.at(qsizetype(known->indices.last())));
    const Result<crypto::Sha256Digest> commitment =
        protocol::kt::stateCommitment(known->latestSalt, state);
    if (!latest || !commitment || !std::holds_alternative<ChangeEntry>(*latest))
        return fail(
            ErrorCode::CorruptFile,
            QStringLiteral("key-transparency log: an address's latest entry does not open"));
    return std::get<ChangeEntry>(*latest).commitment == *commitment;
}

} // namespace cardinal::server
