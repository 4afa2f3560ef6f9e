// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktreplay.h"

namespace cardinal::protocol::kt {

Result<LogEntry> LogReplay::append(const QByteArray &entry)
{
    Result<LogEntry> decoded = decodeEntry(entry);
    if (!decoded)
        return fail(decoded.error());
    const std::uint64_t position = m_tree.size();
    const transparency::MerkleHash leaf = transparency::leafHash(entry);
    if (const auto *change = std::get_if<ChangeEntry>(&*decoded)) {
        const std::optional<transparency::MapValue> previous = m_map.value(change->label);
        if (change->version != (previous ? previous->version : 0) + 1)
            return fail(ErrorCode::ProofFailed,
                        QStringLiteral("entry %1 skips a version of its label").arg(position));
        m_map.set(change->label, {change->version, leaf});
        m_endsWithEpoch = false;
    } else {
        const EpochEntry &closing = std::get<EpochEntry>(*decoded);
        if (closing.epoch != m_epochs + 1 || closing.changes != position ||
            closing.mapRoot != m_map.root())
            return fail(ErrorCode::ProofFailed,
                        QStringLiteral("epoch entry %1 does not follow from the entries before "
                                       "it")
                            .arg(position));
        ++m_epochs;
        m_endsWithEpoch = true;
    }
    m_tree.append(leaf);
    return decoded;
}

Result<transparency::SignedCheckpoint>
LogReplay::checkCheckpoint(QByteArrayView note, const transparency::NoteVerifier &log) const
{
    Result<transparency::SignedCheckpoint> opened = transparency::SignedCheckpoint::open(note, log);
    if (!opened)
        return fail(opened.error());
    if (opened->checkpoint.size != m_tree.size() || opened->checkpoint.root != m_tree.root())
        return fail(ErrorCode::ProofFailed,
                    QStringLiteral("the checkpoint of %1 entries is not the log's")
                        .arg(opened->checkpoint.size));
    if (!m_endsWithEpoch)
        return fail(ErrorCode::ProofFailed,
                    QStringLiteral("a checkpoint of %1 entries, which do not end with an epoch")
                        .arg(m_tree.size()));
    return opened;
}

} // namespace cardinal::protocol::kt
