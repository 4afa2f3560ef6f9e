// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktlog.h"

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
                                      QByteArrayView state, std::int64_t time,
                                      crypto::RandomSource &random)
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
    const Recorded recorded{{kind, label->first, known.version + known.pending, *commitment, time},
                            salt};
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
        known.version = recorded.entry.version;
        known.latestIndex = m_tree.size();
        known.latestSalt = recorded.salt;
        known.pending = 0;
        m_map.set(recorded.entry.label, {known.version, append(entry)});
        epoch.entries.append(entry);
        epoch.salts.append(recorded.salt);
    }
    m_pending.clear();
    const QByteArray closing = protocol::kt::encodeEntry(
        EpochEntry{m_epochs + 1, m_map.root(), m_tree.size(), time});
    append(closing);
    ++m_epochs;
    epoch.entries.append(closing);
    epoch.salts.append(QByteArray());
    Result<transparency::SignedCheckpoint> signedCheckpoint = sign();
    if (!signedCheckpoint)
        return fail(signedCheckpoint.error());
    m_checkpoint = *signedCheckpoint;
    epoch.checkpoint = std::move(*signedCheckpoint);
    return epoch;
}

Result<void> KtLog::replay(const QList<QByteArray> &entries, const QList<QByteArray> &salts)
{
    if (entries.size() != salts.size())
        return corrupt(QStringLiteral("entries and salts differ in number"));
    KtLog rebuilt(m_keys);
    bool endsWithEpoch = false;
    for (qsizetype i = 0; i < entries.size(); ++i) {
        const Result<LogEntry> decoded = protocol::kt::decodeEntry(entries.at(i));
        if (!decoded)
            return corrupt(QStringLiteral("entry %1: ").arg(i) + decoded.error().message());
        if (const auto *change = std::get_if<ChangeEntry>(&*decoded)) {
            LabelState &known = rebuilt.m_labels[keyOf(change->label)];
            if (change->version != known.version + 1)
                return corrupt(QStringLiteral("entry %1 skips a version").arg(i));
            known.version = change->version;
            known.latestIndex = rebuilt.m_tree.size();
            known.latestSalt = salts.at(i);
            rebuilt.m_map.set(change->label, {change->version, rebuilt.append(entries.at(i))});
            endsWithEpoch = false;
        } else {
            const EpochEntry &closing = std::get<EpochEntry>(*decoded);
            if (closing.epoch != rebuilt.m_epochs + 1 || closing.changes != rebuilt.m_tree.size() ||
                closing.mapRoot != rebuilt.m_map.root())
                return corrupt(QStringLiteral("epoch entry %1 does not follow from the entries "
                                              "before it").arg(i));
            ++rebuilt.m_epochs;
            rebuilt.append(entries.at(i));
            endsWithEpoch = true;
        }
    }
    if (!entries.isEmpty()) {
        if (!endsWithEpoch)
            return corrupt(QStringLiteral("the log does not end with an epoch entry"));
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
    if (known != m_labels.constEnd() && known->version > 0) {
        evidence.changeEntry = m_leaves.at(qsizetype(known->latestIndex));
        evidence.changeInclusion = {known->latestIndex, size,
                                    *transparency::makeInclusionProof(m_tree, known->latestIndex, size)};
        evidence.salt = known->latestSalt;
    }
    return evidence;
}

Result<transparency::MerkleProof> KtLog::consistency(std::uint64_t oldSize) const
{
    return transparency::makeConsistencyProof(m_tree, oldSize, m_tree.size());
}

} // namespace cardinal::server
