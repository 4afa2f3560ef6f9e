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

//! Whether the check failed for want of an answer, not for what an answer said.
bool unanswered(ErrorCode code)
{
    return isNetworkFailure(code) || code == ErrorCode::RateLimited ||
           code == ErrorCode::ServerFailed || code == ErrorCode::IoError;
}

} // namespace

QByteArray KtVerifier::gossip() const
{
    if (!m_keys)
        return {};
    const Result<std::optional<QByteArray>> held = m_store.heldCheckpoint();
    return held && *held ? **held : QByteArray();
}

void KtVerifier::checkGossip(const QByteArray &note, const QString &sender,
                             std::function<void(Result<void>)> done)
{
    const auto answer = [done = std::move(done)](Result<void> outcome) {
        if (done)
            done(std::move(outcome));
    };
    if (!m_keys || note.isEmpty())
        return answer({});
    if (m_settledGossip.count(note) > 0)
        return answer({});
    auto checkpoint = transparency::SignedCheckpoint::open(note, m_keys->checkpoints);
    if (!checkpoint) {
        // Another log's checkpoint or a broken one: nothing the server signed, so nothing
        // it can be held to. The sender's client is at fault, not the server.
        qCInfo(lcTransparency) << "ignoring a checkpoint gossiped by" << sender << ":"
                               << checkpoint.error().message();
        return answer({});
    }
    enqueueCheck({*checkpoint, sender,
                  [self = QPointer(this), note, sender, answer](Result<void> outcome) {
                      if (!self)
                          return;
                      self->gossipChecked({note, sender}, outcome);
                      answer(std::move(outcome));
                  }});
}

void KtVerifier::gossipChecked(const PendingGossip &gossip, const Result<void> &outcome)
{
    if (outcome || outcome.error().code == ErrorCode::ProofFailed) {
        if (m_settledGossip.size() >= MaxSettledGossip)
            m_settledGossip.clear();
        m_settledGossip.insert(gossip.note);
    } else if (unanswered(outcome.error().code) && m_pendingGossip.size() < MaxPendingGossip) {
        m_pendingGossip.append(gossip);
    }
}

void KtVerifier::retryPendingGossip()
{
    const QList<PendingGossip> pending = std::exchange(m_pendingGossip, {});
    for (const PendingGossip &gossip : pending)
        checkGossip(gossip.note, gossip.sender);
}

} // namespace cardinal::client
