// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktverifier.h"

#include "protocol/api/transparency.h"

#include <QCborValue>
#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QTimeZone>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcTransparency, "cardinal.transparency")

namespace api = protocol::api;
namespace kt = protocol::kt;
using transparency::SignedCheckpoint;

namespace {

//! Whether a failed consistency request is the server's refusal to prove it (bad-frame:
//! no such sizes in its log), rather than anything else that stops an answer (the link,
//! a refused sign-in, the server's load), which says nothing about the log.
bool refusedToProve(const Error &error)
{
    return error.code == ErrorCode::MalformedInput;
}


QString dateOf(std::int64_t seconds)
{
    return QDateTime::fromSecsSinceEpoch(seconds, QTimeZone::utc()).toString(Qt::ISODate);
}

} // namespace

bool KtVerifier::serverBusy(ErrorCode code)
{
    return code == ErrorCode::RateLimited || code == ErrorCode::ServerFailed ||
           code == ErrorCode::IoError;
}

KtVerifier::KtVerifier(Connection &connection, KtStore &store, QString server, QObject *parent)
    : QObject(parent), m_connection(connection), m_store(store), m_server(std::move(server))
{
    connect(&m_connection, &Connection::stateChanged, this, [this](Connection::State state) {
        if (state == Connection::State::Connected)
            retryPendingGossip();
    });
}

Failure KtVerifier::caught(KtEvidence::Kind kind, const QString &subject, const QString &detail,
                           QList<QByteArray> statements)
{
    // The same contradiction met again (the same gossip in every message of a contact, the
    // same answer after a restart) is the alert already raised, not a new one.
    // So is a split view through the same contact while its alert is open: both sides'
    // checkpoints move on every epoch, and each pair would otherwise be a new alert.
    if (const Result<QList<KtEvidence>> held = m_store.evidence(); held) {
        const bool known = std::any_of(held->cbegin(), held->cend(), [&](const KtEvidence &e) {
            const bool sameSplit = kind == KtEvidence::Kind::SplitView && !subject.isEmpty() &&
                                   e.open && e.kind == kind && e.server == m_server &&
                                   e.subject == subject;
            return sameSplit || (e.kind == kind && e.statements == statements);
        });
        if (known)
            return fail(ErrorCode::ProofFailed, detail);
    }
    KtEvidence evidence;
    evidence.foundAtMs = QDateTime::currentMSecsSinceEpoch();
    evidence.kind = kind;
    evidence.server = m_server;
    evidence.subject = subject;
    evidence.detail = detail;
    evidence.statements = std::move(statements);
    const Result<qint64> id = m_store.addEvidence(evidence);
    if (id)
        evidence.id = *id;
    else
        qCWarning(lcTransparency) << "cannot store evidence:" << id.error().message();
    qCWarning(lcTransparency) << "the key-transparency log was caught:" << detail;
    Q_EMIT alertRaised(evidence);
    return fail(ErrorCode::ProofFailed, detail);
}

void KtVerifier::checkLookup(const api::CardLookup &lookup, const protocol::CardBundle &bundle,
                             Checked done)
{
    if (!m_keys)
        return done(std::optional<qint64>());
    if (!lookup.transparency)
        return done(fail(ErrorCode::ProofFailed,
                         QStringLiteral("the server sent no key-transparency proof")));
    const api::KtProof &proof = *lookup.transparency;
    if (proof.pendingSeconds)
        return done(std::optional<qint64>(*proof.pendingSeconds));
    const QString identity = bundle.card.content().identity;
    const QList<QByteArray> statements{proof.evidence.checkpoint,
                                       QCborValue(proof.encode()).toCbor(), lookup.cardBundle};
    Result<kt::VerifiedLookup> verified = fail(ErrorCode::ProofFailed);
    if (!proof.cardEntry) {
        verified = kt::verifyLookup(proof.evidence, *m_keys, identity, lookup.cardBundle, &m_labels);
    } else {
        // A card that is no longer its address's current one: its last entry, and a later
        // one as the address's latest.
        verified = kt::verifyLatest(proof.evidence, *m_keys, identity, &m_labels);
        if (verified) {
            const api::KtOpenedEntry &entry = *proof.cardEntry;
            const Result<kt::ChangeEntry> last = kt::verifyOpenedEntry(
                *verified, entry.index, entry.entry, entry.salt, entry.state, entry.inclusion);
            const auto held = protocol::CardBundle::decode(entry.state);
            if (!last)
                verified = fail(last.error());
            else if (!held || held->card.encode() != bundle.card.encode())
                verified = fail(ErrorCode::ProofFailed,
                                QStringLiteral("the card's last entry holds another card"));
            else if (!lookup.revoked || verified->latest->version <= last->version)
                verified = fail(ErrorCode::ProofFailed,
                                QStringLiteral("the log says the card is current, the server "
                                               "that it is not"));
        }
    }
    if (!verified) {
        if (verified.error().code != ErrorCode::ProofFailed)
            return done(fail(verified.error()));
        return done(caught(KtEvidence::Kind::BadProof, identity,
                           QStringLiteral("the directory's answer for %1 contradicts its log: %2")
                               .arg(identity, verified.error().detail),
                           statements));
    }
    checkCheckpoint(verified->checkpoint, [done = std::move(done)](Result<void> consistent) {
        if (!consistent)
            return done(fail(consistent.error()));
        done(std::optional<qint64>());
    });
}

void KtVerifier::checkCheckpoint(const SignedCheckpoint &checkpoint,
                                 std::function<void(Result<void>)> done)
{
    enqueueCheck({checkpoint, {}, std::move(done)});
}

void KtVerifier::whenIdle(std::function<void()> done)
{
    if (!m_checking)
        return done();
    m_idleWaiters.append(std::move(done));
}

void KtVerifier::enqueueCheck(CheckpointCheck check)
{
    m_checks.push_back(std::move(check));
    if (!m_checking)
        runNextCheck();
}

void KtVerifier::runNextCheck()
{
    if (m_checks.empty()) {
        m_checking = false;
        for (const std::function<void()> &waiter : std::exchange(m_idleWaiters, {}))
            waiter();
        return;
    }
    m_checking = true;
    const CheckpointCheck check = m_checks.front();
    compareWithHeld(check, [self = QPointer(this)](Result<void> outcome) {
        if (self)
            self->finishCheck(std::move(outcome));
    });
}

void KtVerifier::finishCheck(Result<void> outcome)
{
    CheckpointCheck check = std::move(m_checks.front());
    m_checks.pop_front();
    check.done(std::move(outcome));
    runNextCheck();
}

void KtVerifier::compareWithHeld(const CheckpointCheck &check,
                                 std::function<void(Result<void>)> done)
{
    const SignedCheckpoint &checkpoint = check.checkpoint;
    const Result<std::optional<QByteArray>> heldNote = m_store.heldCheckpoint();
    if (!heldNote)
        return done(fail(heldNote.error()));
    const auto held = *heldNote ? SignedCheckpoint::open(**heldNote, m_keys->checkpoints)
                                : Result<SignedCheckpoint>(fail(ErrorCode::NotFound));
    if (!held) // none yet (or of keys no longer pinned): this one is the first
        return done(m_store.holdCheckpoint(checkpoint.note));
    const transparency::Checkpoint &old = held->checkpoint;
    const transparency::Checkpoint &seen = checkpoint.checkpoint;
    const QList<QByteArray> both{held->note, checkpoint.note};
    // Gossip that contradicts us is the server showing the sender another log than us; our
    // own two checkpoints that contradict each other are a log rewritten behind our back.
    const QString &sender = check.gossipedBy;
    const KtEvidence::Kind kind =
        sender.isEmpty() ? KtEvidence::Kind::Inconsistent : KtEvidence::Kind::SplitView;
    // Which of the two logs is the odd one out cannot be told from here (the one held may
    // have come from another contact's message): the server is named, not blamed on anyone.
    const QString shownOther =
        sender.isEmpty() ? QString()
                         : QStringLiteral("the server %1 shows different people different logs, "
                                          "caught through a message from %2: ")
                               .arg(m_server, sender);
    if (old.size == seen.size) {
        if (old.root == seen.root)
            return done({});
        const QString what = sender.isEmpty()
            ? QStringLiteral("two checkpoints of %1 entries with different roots: the server "
                             "shows different logs")
            : QStringLiteral("the checkpoint in their message and yours both hold %1 entries, "
                             "with different roots");
        return done(caught(KtEvidence::Kind::SplitView, sender, shownOther + what.arg(seen.size),
                           both));
    }
    const bool grew = seen.size > old.size;
    const SignedCheckpoint smaller = grew ? *held : checkpoint;
    const SignedCheckpoint larger = grew ? checkpoint : *held;
    const QString broken =
        shownOther +
        (sender.isEmpty()
             ? QStringLiteral("the log of %1 entries does not extend the log of %2 entries it "
                              "signed before: it was rewritten or rolled back")
                   .arg(larger.checkpoint.size)
                   .arg(smaller.checkpoint.size)
             : QStringLiteral("the checkpoint in their message (%1 entries) and yours (%2 "
                              "entries) are not of one log")
                   .arg(seen.size)
                   .arg(old.size));
    m_connection.call(
        api::KtConsistency{smaller.checkpoint.size, larger.checkpoint.size},
        [self = QPointer(this), smaller, larger, grew, both, sender, kind, broken,
         done](Result<api::KtConsistency::Reply> reply) {
            if (!self)
                return;
            if (!reply) {
                // For gossip, two checkpoints the server signed are on the table: any answer
                // but a proof (or "busy, ask later") is a refusal to prove, not only
                // bad-frame; a server must not hide a split view behind "not found".
                const ErrorCode code = reply.error().code;
                const bool refused =
                    refusedToProve(reply.error()) ||
                    (!sender.isEmpty() && !isNetworkFailure(code) && !serverBusy(code));
                if (!refused)
                    return done(fail(reply.error()));
                return done(self->caught(kind, sender,
                                         broken + QStringLiteral(" (no proof: ") +
                                             reply.error().detail + u')',
                                         both));
            }
            const kt::LogProof &proof = reply->proof;
            const bool proven =
                proof.first == smaller.checkpoint.size && proof.size == larger.checkpoint.size &&
                transparency::verifyConsistency(smaller.checkpoint.size, larger.checkpoint.size,
                                                smaller.checkpoint.root, larger.checkpoint.root,
                                                proof.hashes);
            if (!proven)
                return done(self->caught(kind, sender, broken,
                                         both + QList<QByteArray>{kt::encodeLogProof(proof)}));
            done(grew ? self->m_store.holdCheckpoint(larger.note) : Result<void>());
        });
}

void KtVerifier::history(const QString &identity,
                         std::function<void(Result<KtAddressHistory>)> done)
{
    historyFrom(identity, 0, {}, std::move(done));
}

void KtVerifier::historyFrom(const QString &identity, std::uint64_t since,
                             KtAddressHistory sofar,
                             std::function<void(Result<KtAddressHistory>)> done)
{
    if (!m_keys)
        return done(fail(ErrorCode::UnsupportedVersion,
                         QStringLiteral("the server keeps no key-transparency log")));
    const auto address = protocol::Identity::parse(identity);
    if (!address)
        return done(fail(address.error()));
    m_connection.call(
        api::KtHistory{*address, since},
        [self = QPointer(this), identity, since, sofar = std::move(sofar),
         done = std::move(done)](Result<api::KtHistory::Reply> reply) mutable {
            if (!self)
                return;
            if (!reply)
                return done(fail(reply.error()));
            const auto refuted = [&](const QString &why) {
                return self->caught(KtEvidence::Kind::BadProof, identity,
                                    QStringLiteral("the log's history of %1 contradicts itself: ")
                                            .arg(identity) +
                                        why,
                                    {reply->evidence.checkpoint,
                                     QCborValue(reply->encode()).toCbor()});
            };
            const Result<kt::VerifiedLookup> latest =
                kt::verifyLatest(reply->evidence, *self->m_keys, identity, &self->m_labels);
            if (!latest)
                return done(latest.error().code == ErrorCode::ProofFailed
                                ? refuted(latest.error().detail)
                                : fail(latest.error()));
            std::uint64_t version = since;
            for (const api::KtOpenedEntry &opened : reply->entries) {
                const Result<kt::ChangeEntry> change = kt::verifyOpenedEntry(
                    *latest, opened.index, opened.entry, opened.salt, opened.state,
                    opened.inclusion);
                if (!change)
                    return done(change.error().code == ErrorCode::ProofFailed
                                    ? refuted(change.error().detail)
                                    : fail(change.error()));
                if (change->version != ++version)
                    return done(refuted(QStringLiteral("version %1 is missing").arg(version)));
                KtHistoryEntry entry{opened.index, *change, std::nullopt, opened.entry,
                                     opened.state};
                if (!opened.state.isEmpty()) {
                    auto bundle = protocol::CardBundle::decode(opened.state);
                    if (!bundle)
                        return done(refuted(QStringLiteral("version %1 holds no card bundle")
                                                .arg(version)));
                    entry.bundle = std::move(*bundle);
                }
                sofar.entries.append(std::move(entry));
            }
            const std::uint64_t newest = latest->latest ? latest->latest->version : 0;
            if (version < newest && !reply->entries.isEmpty())
                return self->historyFrom(identity, version, std::move(sofar), std::move(done));
            if (version != newest)
                return done(refuted(QStringLiteral("the history stops at version %1 of %2")
                                        .arg(version)
                                        .arg(newest)));
            sofar.checkpoint = latest->checkpoint.note;
            self->checkCheckpoint(latest->checkpoint, [sofar = std::move(sofar),
                                                       done](Result<void> consistent) mutable {
                if (!consistent)
                    return done(fail(consistent.error()));
                done(std::move(sofar));
            });
        });
}

void KtVerifier::watchOwnAddress(const QString &identity, const protocol::CardId &ownCard,
                                 std::function<void(Result<int>)> done)
{
    const Result<KtOwnWatch> watch = m_store.ownWatch();
    if (!watch)
        return done(fail(watch.error()));
    historyFrom(
        identity, watch->version, {},
        [self = QPointer(this), identity, ownCard, watch = *watch,
         done = std::move(done)](Result<KtAddressHistory> history) {
            if (!self)
                return;
            if (!history)
                return done(fail(history.error()));
            KtOwnWatch next = watch;
            int alerts = 0;
            for (const KtHistoryEntry &entry : std::as_const(history->entries)) {
                next.version = entry.change.version;
                const bool ours = entry.bundle && entry.bundle->card.id() == ownCard;
                if (!next.baseline) {
                    // Before this profile's card: history, not judged.
                    if (ours)
                        next.baseline = entry.change.version;
                    continue;
                }
                if (ours)
                    continue;
                const QString when = dateOf(entry.change.time);
                const QString what =
                    entry.bundle ? QStringLiteral("a key you did not create was published for "
                                                  "your address on %1")
                                       .arg(when)
                                 : QStringLiteral("your card was removed from the directory "
                                                  "on %1")
                                       .arg(when);
                (void)self->caught(KtEvidence::Kind::ForeignKey, identity, what,
                                   {history->checkpoint, entry.entry, entry.state});
                ++alerts;
            }
            next.checkedAtMs = QDateTime::currentMSecsSinceEpoch();
            if (auto stored = self->m_store.setOwnWatch(next); !stored)
                return done(fail(stored.error()));
            done(alerts);
        });
}

} // namespace cardinal::client
