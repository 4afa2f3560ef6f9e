// SPDX-License-Identifier: GPL-3.0-or-later
// KtVerifier: checkpoint gossip (docs/key-transparency.md, "Gossip"). Every message carries
// its sender's checkpoint; a receiver that cannot fit it into the log it is shown has caught
// the server showing two people two logs.
#include "ktverifier.h"

#include <QLoggingCategory>
#include <QPointer>

namespace cardinal::client {

Q_DECLARE_LOGGING_CATEGORY(lcTransparency)

namespace {

//! Notes remembered as settled, and gossip kept for the next link, at most: a contact's
//! checkpoint changes once per epoch, and both lists only save work.
constexpr qsizetype MaxSettledGossip = 256;
constexpr qsizetype MaxPendingGossip = 16;
constexpr qsizetype MaxQueuedGossip = 32;
constexpr int MaxGossipAttempts = 3;

} // namespace

QByteArray KtVerifier::gossip() const
{
    if (!m_keys)
        return {};
    const Result<std::optional<QByteArray>> held = m_store.heldCheckpoint();
    // A note too large for a message (a server or its witnesses adding signature lines)
    // must not stop every message from going out: it is then not gossiped.
    if (!held || !*held || (*held)->size() > protocol::MaxGossipCheckpointBytes)
        return {};
    return **held;
}

void KtVerifier::checkGossip(const QByteArray &note, const QString &sender,
                             std::function<void(Result<void>)> done)
{
    checkGossip(PendingGossip{note, sender, 0}, std::move(done));
}

void KtVerifier::checkGossip(PendingGossip gossip, std::function<void(Result<void>)> done)
{
    const QByteArray &note = gossip.note;
    const QString &sender = gossip.sender;
    const auto answer = [done = std::move(done)](Result<void> outcome) {
        if (done)
            done(std::move(outcome));
    };
    if (!m_keys || note.isEmpty())
        return answer({});
    if (m_settledGossip.count(note) > 0)
        return answer({});
    // At most MaxQueuedGossip checks of gossip wait at once, one per sender: a contact who
    // puts another old checkpoint in every message gets one request at a time, not one
    // per message, and cannot push the client's own checks back without limit.
    if (m_gossipInQueue.contains(sender) || m_gossipInQueue.size() >= MaxQueuedGossip)
        return answer({});
    auto checkpoint = transparency::SignedCheckpoint::open(note, m_keys->checkpoints);
    if (!checkpoint) {
        // Another log's checkpoint or a broken one: nothing the server signed, so nothing
        // it can be held to. The sender's client is at fault, not the server.
        qCInfo(lcTransparency) << "ignoring a checkpoint gossiped by" << sender << ":"
                               << checkpoint.error().message();
        return answer({});
    }
    m_gossipInQueue.insert(sender);
    enqueueCheck({*checkpoint, sender,
                  [self = QPointer(this), gossip, answer](Result<void> outcome) {
                      if (!self)
                          return;
                      self->gossipChecked(gossip, outcome);
                      answer(std::move(outcome));
                  }});
}

void KtVerifier::gossipChecked(PendingGossip gossip, const Result<void> &outcome)
{
    m_gossipInQueue.remove(gossip.sender);
    if (outcome || outcome.error().code == ErrorCode::ProofFailed) {
        if (m_settledGossip.size() >= MaxSettledGossip)
            m_settledGossip.clear();
        m_settledGossip.insert(gossip.note);
        return;
    }
    const ErrorCode code = outcome.error().code;
    // Unanswered (no link, or the server busy), as opposed to what an answer said.
    if (!isNetworkFailure(code) && !serverBusy(code))
        return;
    // A dropped link says nothing; "busy, ask later" is asked again a few times, then
    // given up on, loudly: a server that is always busy for exactly these requests is
    // hiding something, but an honest one can be overloaded (docs/key-transparency.md).
    if (!isNetworkFailure(code) && ++gossip.attempts >= MaxGossipAttempts) {
        qCWarning(lcTransparency) << "the server would not prove the checkpoint"
                                  << gossip.sender << "gossiped consistent with ours, after"
                                  << gossip.attempts << "attempts:" << outcome.error().message();
        return;
    }
    if (m_pendingGossip.size() < MaxPendingGossip)
        m_pendingGossip.append(gossip);
}

void KtVerifier::retryPendingGossip()
{
    const QList<PendingGossip> pending = std::exchange(m_pendingGossip, {});
    for (const PendingGossip &gossip : pending)
        checkGossip(gossip, {});
}

} // namespace cardinal::client
