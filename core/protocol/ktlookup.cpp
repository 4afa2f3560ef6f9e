// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktlookup.h"

namespace cardinal::protocol::kt {

namespace {

using transparency::MerkleHash;

Failure contradiction(const QString &what)
{
    return fail(ErrorCode::ProofFailed, what);
}

//! Checks that `entry` is the leaf at `proof.first` of the checkpoint's tree.
Result<void> requireInLog(QByteArrayView entry, const LogProof &proof,
                          const transparency::Checkpoint &checkpoint, const char *what)
{
    if (proof.size != checkpoint.size)
        return contradiction(QStringLiteral("the %1's proof is for another tree size")
                                 .arg(QString::fromLatin1(what)));
    const Result<void> included = transparency::verifyInclusion(
        transparency::leafHash(entry), proof.first, proof.size, proof.hashes, checkpoint.root);
    if (!included)
        return contradiction(QStringLiteral("the %1 is not in the log: ").arg(QString::fromLatin1(what)) +
                             included.error().detail);
    return {};
}

} // namespace

transparency::MapLabel labelOf(const crypto::VrfOutput &output)
{
    return *transparency::MapLabel::fromBytes(output.view().first(transparency::MapLabel::Size));
}

Result<transparency::MapLabel> verifiedLabel(const crypto::VrfPublicKey &key,
                                             const QString &identity,
                                             const crypto::VrfProof &proof)
{
    const Result<crypto::VrfOutput> output = crypto::vrfVerify(key, identity.toUtf8(), proof);
    if (!output)
        return fail(output.error());
    return labelOf(*output);
}

Result<transparency::MapLabel> LabelCache::label(const crypto::VrfPublicKey &key,
                                                 const QString &identity,
                                                 const crypto::VrfProof &proof)
{
    const QByteArray name = identity.toUtf8();
    // Fixed-size parts first and the address last: no two inputs give one key.
    const QByteArray cacheKey = key.toByteArray() + proof.toByteArray() + name;
    if (const auto known = m_labels.find(cacheKey); known != m_labels.end())
        return known->second;
    Result<transparency::MapLabel> checked = verifiedLabel(key, identity, proof);
    if (!checked)
        return checked;
    if (m_labels.size() >= MaxEntries)
        m_labels.clear();
    m_labels.emplace(cacheKey, *checked);
    return checked;
}

Result<VerifiedLookup> verifyLatest(const LookupEvidence &evidence, const LogKeys &keys,
                                    const QString &identity, LabelCache *labels)
{
    Result<transparency::SignedCheckpoint> checkpoint =
        transparency::SignedCheckpoint::open(evidence.checkpoint, keys.checkpoints);
    if (!checkpoint)
        return fail(checkpoint.error());
    const transparency::Checkpoint &tree = checkpoint->checkpoint;
    if (tree.size == 0)
        return contradiction(QStringLiteral("the checkpoint is of an empty log"));

    // The map root: the epoch entry that ends every checkpoint's tree.
    const Result<LogEntry> epoch = decodeEntry(evidence.epochEntry);
    if (!epoch)
        return fail(epoch.error());
    const auto *epochEntry = std::get_if<EpochEntry>(&*epoch);
    if (!epochEntry)
        return contradiction(QStringLiteral("the checkpoint's last leaf is no epoch entry"));
    if (evidence.epochInclusion.first != tree.size - 1)
        return contradiction(QStringLiteral("the epoch entry is not the checkpoint's last leaf"));
    if (auto in = requireInLog(evidence.epochEntry, evidence.epochInclusion, tree, "epoch entry"); !in)
        return fail(in.error());

    const Result<transparency::MapLabel> label =
        labels ? labels->label(keys.labels, identity, evidence.labelProof)
               : verifiedLabel(keys.labels, identity, evidence.labelProof);
    if (!label)
        return fail(label.error());
    const Result<std::optional<transparency::MapValue>> value =
        transparency::verifyPrefixProof(epochEntry->mapRoot, *label, evidence.mapProof);
    if (!value)
        return fail(value.error());

    VerifiedLookup out{std::move(*checkpoint), *label, std::nullopt, 0, {}};
    if (!value->has_value())
        return out;
    const transparency::MapValue &latest = **value;
    if (transparency::leafHash(evidence.changeEntry) != latest.entryHash)
        return contradiction(QStringLiteral("the change shown is not the latest for %1").arg(identity));
    const Result<LogEntry> decoded = decodeEntry(evidence.changeEntry);
    if (!decoded)
        return fail(decoded.error());
    const auto *change = std::get_if<ChangeEntry>(&*decoded);
    if (!change || change->label != *label || change->version != latest.version)
        return contradiction(QStringLiteral("the latest entry for %1 does not match the map")
                                 .arg(identity));
    if (auto in = requireInLog(evidence.changeEntry, evidence.changeInclusion, out.checkpoint.checkpoint,
                               "latest change");
        !in)
        return fail(in.error());
    out.latest = *change;
    out.latestIndex = evidence.changeInclusion.first;
    out.latestSalt = evidence.salt;
    return out;
}

Result<VerifiedLookup> verifyLookup(const LookupEvidence &evidence, const LogKeys &keys,
                                    const QString &identity, QByteArrayView state,
                                    LabelCache *labels)
{
    Result<VerifiedLookup> verified = verifyLatest(evidence, keys, identity, labels);
    if (!verified)
        return verified;
    if (!verified->latest) {
        if (!state.isEmpty())
            return contradiction(QStringLiteral("the log holds nothing for %1, but a card was "
                                                "served")
                                     .arg(identity));
        return verified;
    }
    const Result<crypto::Sha256Digest> commitment = stateCommitment(verified->latestSalt, state);
    if (!commitment || *commitment != verified->latest->commitment)
        return contradiction(QStringLiteral("the card served for %1 is not the state the log "
                                            "holds")
                                 .arg(identity));
    return verified;
}

Result<ChangeEntry> verifyOpenedEntry(const VerifiedLookup &under, std::uint64_t index,
                                      QByteArrayView entry, QByteArrayView salt,
                                      QByteArrayView state, const LogProof &inclusion)
{
    if (inclusion.first != index)
        return contradiction(QStringLiteral("entry %1 comes with the proof of another").arg(index));
    if (auto in = requireInLog(entry, inclusion, under.checkpoint.checkpoint, "entry"); !in)
        return fail(in.error());
    const Result<LogEntry> decoded = decodeEntry(entry);
    if (!decoded)
        return fail(decoded.error());
    const auto *change = std::get_if<ChangeEntry>(&*decoded);
    if (!change || change->label != under.label)
        return contradiction(QStringLiteral("entry %1 is not a change of this address").arg(index));
    if (!under.latest || change->version > under.latest->version ||
        (change->version == under.latest->version && index != under.latestIndex))
        return contradiction(QStringLiteral("entry %1 is not in this address's history").arg(index));
    const Result<crypto::Sha256Digest> commitment = stateCommitment(salt, state);
    if (!commitment || *commitment != change->commitment)
        return contradiction(QStringLiteral("entry %1 does not open to the state shown").arg(index));
    return *change;
}

} // namespace cardinal::protocol::kt
