// SPDX-License-Identifier: GPL-3.0-or-later
#include "transparencyservice.h"

#include "asyncstorage.h"
#include "serverkeys.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcTransparency, "cardinal.transparency")

using protocol::kt::ChangeKind;

namespace {

constexpr int ReplayPageSize = 10'000;

Failure notStored()
{
    return fail(ErrorCode::IoError,
                QStringLiteral("the key-transparency log cannot be stored; try again"));
}

//! Reads the whole stored log, page by page.
Result<QList<StoredLogEntry>> readStoredLog(AsyncStorage &storage)
{
    QList<StoredLogEntry> all;
    for (;;) {
        const qint64 from = all.size();
        Result<QList<StoredLogEntry>> page = storage.wait(
            [from](Storage &database) { return database.logEntries(from, ReplayPageSize); });
        if (!page)
            return fail(page.error());
        if (page->isEmpty())
            return all;
        all.append(std::move(*page));
    }
}

//! The newest stored checkpoint must be the replayed log's: signed by our key, of its size
//! and root. Anything else means the log's tables were changed behind the server's back.
Result<void> checkStoredCheckpoint(AsyncStorage &storage, const KtLog &log)
{
    Result<std::optional<QByteArray>> stored =
        storage.wait([](Storage &database) { return database.latestCheckpoint(); });
    if (!stored)
        return fail(stored.error());
    if (!*stored)
        return log.size() == 0 ? Result<void>()
                               : fail(ErrorCode::CorruptFile,
                                      QStringLiteral("key-transparency log: entries without a "
                                                     "checkpoint"));
    const Result<transparency::SignedCheckpoint> opened =
        transparency::SignedCheckpoint::open(**stored, log.publicKeys().checkpoints);
    if (!opened || !log.checkpoint() || opened->checkpoint != log.checkpoint()->checkpoint)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("key-transparency log: the stored entries do not give the "
                                   "newest stored checkpoint"));
    return {};
}

//! Records an entry for every address whose served state is not the log's latest word on
//! it. How many it recorded.
Result<int> reconcile(AsyncStorage &storage, KtLog &log, std::int64_t now)
{
    auto states = storage.wait([](Storage &database) { return units::directoryStates(database); });
    if (!states)
        return fail(states.error());
    int recorded = 0;
    for (const auto &[identity, state] : std::as_const(*states)) {
        const Result<bool> same = log.matchesLatest(identity, state.bundle);
        if (!same)
            return fail(same.error());
        if (*same)
            continue;
        const ChangeKind kind =
            state.bundle.isEmpty() ? ChangeKind::CardRevoked : ChangeKind::CardPublished;
        if (auto ok =
                log.record(kind, identity, state.bundle, state.card, now, crypto::systemRandom());
            !ok)
            return fail(ok.error());
        ++recorded;
    }
    return recorded;
}

Result<void> storeNow(AsyncStorage &storage, const KtLog::Epoch &epoch)
{
    return storage.wait([&epoch](Storage &database) {
        return database.appendLogEpoch(epoch.entries, epoch.checkpoint.note,
                                       qint64(epoch.checkpoint.checkpoint.size));
    });
}

} // namespace

Result<std::unique_ptr<TransparencyService>>
TransparencyService::start(AsyncStorage &storage, const ServerKeys &keys, Settings settings,
                           std::function<qint64()> nowMs)
{
    KtLog log({settings.origin, keys.transparency, keys.labels});
    Result<QList<StoredLogEntry>> stored = readStoredLog(storage);
    if (!stored)
        return fail(stored.error());
    if (auto replayed = log.replay(*stored); !replayed)
        return fail(replayed.error());
    stored->clear();
    if (auto ok = checkStoredCheckpoint(storage, log); !ok)
        return fail(ok.error());
    const qint64 now = nowMs();
    const Result<int> recorded = reconcile(storage, log, now / 1000);
    if (!recorded)
        return fail(recorded.error());
    if (*recorded > 0)
        qCInfo(lcTransparency) << "logged" << *recorded
                               << "directory changes the log did not have yet";
    if (log.hasPending() || !log.checkpoint()) {
        Result<KtLog::Epoch> epoch = log.closeEpoch(now / 1000);
        if (!epoch)
            return fail(epoch.error());
        if (auto ok = storeNow(storage, *epoch); !ok)
            return fail(ok.error());
    }
    auto service = std::unique_ptr<TransparencyService>(
        new TransparencyService(storage, std::move(log), std::move(settings), std::move(nowMs)));
    service->m_lastEpochMs = now;
    return service;
}

TransparencyService::TransparencyService(AsyncStorage &storage, KtLog log, Settings settings,
                                         std::function<qint64()> nowMs)
    : m_storage(storage), m_log(std::move(log)), m_settings(std::move(settings)),
      m_nowMs(std::move(nowMs))
{
    QObject::connect(&m_timer, &QTimer::timeout, [this] { tick(); });
    m_timer.start(m_settings.epoch);
}

TransparencyService::~TransparencyService() = default;

void TransparencyService::record(ChangeKind kind, const QString &identity,
                                 const units::ServedState &state)
{
    const Result<KtLog::Recorded> recorded = m_log.record(kind, identity, state.bundle, state.card,
                                                          m_nowMs() / 1000, crypto::systemRandom());
    // Only the VRF can fail here, and only on a broken key; the next start logs what the
    // directory holds.
    if (!recorded)
        qCCritical(lcTransparency)
            << "cannot log a directory change:" << recorded.error().message();
}

void TransparencyService::tick()
{
    if (m_unstored) {
        if (!m_storing)
            storeEpoch();
        return;
    }
    const qint64 now = m_nowMs();
    if (m_log.hasPending() || now - m_lastEpochMs >= m_settings.maxEpoch.count())
        closeEpoch();
}

void TransparencyService::closeEpoch()
{
    const qint64 now = m_nowMs();
    Result<KtLog::Epoch> epoch = m_log.closeEpoch(now / 1000);
    if (!epoch) {
        qCCritical(lcTransparency) << "cannot close an epoch:" << epoch.error().message();
        return;
    }
    m_lastEpochMs = now;
    m_unstored = std::move(*epoch);
    storeEpoch();
}

void TransparencyService::storeEpoch()
{
    m_storing = true;
    m_storage.run(
        &m_alive,
        [entries = m_unstored->entries, note = m_unstored->checkpoint.note,
         size = qint64(m_unstored->checkpoint.checkpoint.size)](Storage &database) {
            return database.appendLogEpoch(entries, note, size);
        },
        [this](Result<void> stored) {
            m_storing = false;
            if (stored)
                m_unstored.reset();
            else
                qCCritical(lcTransparency)
                    << "cannot store an epoch of the log (retrying):" << stored.error().message();
            const auto waiting = std::exchange(m_waiting, {});
            for (const auto &work : waiting)
                work(stored ? Result<void>() : notStored());
        });
}

void TransparencyService::whenSettled(std::function<void(Result<void>)> work)
{
    if (m_storing)
        return m_waiting.append(std::move(work));
    work(m_unstored ? notStored() : Result<void>());
}

std::optional<qint64> TransparencyService::pendingSeconds(const QString &identity) const
{
    if (!m_log.isPending(identity))
        return std::nullopt;
    const int remainingMs = std::max(m_timer.remainingTime(), 0);
    return (qint64(remainingMs) + 999) / 1000;
}

Result<protocol::api::KtOpenedEntry> TransparencyService::open(const StoredLogEntry &stored,
                                                               std::uint64_t treeSize) const
{
    Result<protocol::kt::LogProof> inclusion = m_log.inclusion(quint64(stored.index), treeSize);
    if (!inclusion)
        return fail(inclusion.error());
    return protocol::api::KtOpenedEntry{quint64(stored.index), stored.entry, stored.salt,
                                        stored.state, std::move(*inclusion)};
}

void TransparencyService::prove(const QString &identity, std::optional<StoredLogEntry> lastEntry,
                                std::function<void(Result<protocol::api::KtProof>)> done)
{
    whenSettled([this, identity, lastEntry = std::move(lastEntry),
                 done = std::move(done)](Result<void> settled) {
        if (!settled)
            return done(fail(settled.error()));
        Result<protocol::kt::LookupEvidence> evidence = m_log.lookup(identity);
        if (!evidence)
            return done(fail(evidence.error()));
        protocol::api::KtProof proof{std::move(*evidence), pendingSeconds(identity), std::nullopt};
        if (lastEntry) {
            Result<protocol::api::KtOpenedEntry> opened = open(*lastEntry);
            if (!opened)
                return done(fail(opened.error()));
            proof.cardEntry = std::move(*opened);
        }
        done(std::move(proof));
    });
}

void TransparencyService::checkpoint(const Caller &, const api::KtCheckpoint &,
                                     Answer<api::KtCheckpoint::Reply> reply)
{
    whenSettled([this, reply = std::move(reply)](Result<void> settled) {
        if (!settled)
            return reply(fail(settled.error()));
        reply(api::KtCheckpoint::Reply{m_log.checkpoint()->note});
    });
}

void TransparencyService::consistency(const Caller &, const api::KtConsistency &request,
                                      Answer<api::KtConsistency::Reply> reply)
{
    whenSettled([this, from = request.fromSize, to = request.toSize,
                 reply = std::move(reply)](Result<void> settled) {
        if (!settled)
            return reply(fail(settled.error()));
        if (from > to || to > m_log.size())
            return reply(fail(ErrorCode::InvalidArgument,
                              QStringLiteral("no proof from %1 to %2 entries: the log has %3")
                                  .arg(from)
                                  .arg(to)
                                  .arg(m_log.size())));
        Result<transparency::MerkleProof> proof = m_log.consistency(from, to);
        if (!proof)
            return reply(fail(proof.error()));
        reply(api::KtConsistency::Reply{{from, to, std::move(*proof)}});
    });
}

void TransparencyService::history(const Caller &, const api::KtHistory &request,
                                  Answer<api::KtHistory::Reply> reply)
{
    const QString identity = request.identity.toString();
    whenSettled([this, identity, since = request.sinceVersion,
                 reply = std::move(reply)](Result<void> settled) mutable {
        if (!settled)
            return reply(fail(settled.error()));
        // Where the entries are and what proves the address's latest state are taken
        // together, now: an epoch that closes while the entries are read must not give a
        // newer latest state than the entries listed (a client would rightly call the
        // history incomplete), nor proofs against another size than the evidence's.
        const Result<QList<std::uint64_t>> where =
            m_log.history(identity, since, int(api::MaxKtHistoryEntries));
        if (!where)
            return reply(fail(where.error()));
        Result<protocol::kt::LookupEvidence> evidence = m_log.lookup(identity);
        if (!evidence)
            return reply(fail(evidence.error()));
        const std::uint64_t treeSize = evidence->epochInclusion.size; // its checkpoint's
        QList<qint64> indices;
        for (const std::uint64_t index : *where)
            indices.append(qint64(index));
        m_storage.run(
            &m_alive, [indices](Storage &database) { return database.logEntriesAt(indices); },
            [this, treeSize, evidence = std::move(*evidence),
             reply = std::move(reply)](Result<QList<StoredLogEntry>> stored) mutable {
                if (!stored)
                    return reply(fail(stored.error()));
                api::KtHistory::Reply answer{std::move(evidence), {}};
                for (const StoredLogEntry &entry : std::as_const(*stored)) {
                    Result<protocol::api::KtOpenedEntry> opened = open(entry, treeSize);
                    if (!opened)
                        return reply(fail(opened.error()));
                    answer.entries.append(std::move(*opened));
                }
                reply(std::move(answer));
            });
    });
}

void TransparencyService::entries(const Caller &, const api::KtEntries &request,
                                  Answer<api::KtEntries::Reply> reply)
{
    whenSettled([this, from = request.from, count = request.count,
                 reply = std::move(reply)](Result<void> settled) mutable {
        if (!settled)
            return reply(fail(settled.error()));
        QList<QByteArray> entries = m_log.entries(from, int(count));
        const qint64 after = qint64(from);
        const qint64 upTo = after + entries.size();
        m_storage.run(
            &m_alive,
            [after, upTo](Storage &database) {
                return database.checkpoints(after, upTo, int(api::MaxKtEntriesPerRequest));
            },
            [entries = std::move(entries),
             reply = std::move(reply)](Result<QList<QByteArray>> checkpoints) {
                if (!checkpoints)
                    return reply(fail(checkpoints.error()));
                reply(api::KtEntries::Reply{entries, std::move(*checkpoints)});
            });
    });
}

} // namespace cardinal::server
