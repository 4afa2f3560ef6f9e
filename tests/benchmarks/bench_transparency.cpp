// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's costs (docs/key-transparency.md), in memory: the server's
// log (server/ktlog.h) and the client's check (protocol/ktlookup.h), without storage or
// network.
//
// - building a log of N entries (default 1,000,000: 100,000 addresses with 10 changes each,
//   in epochs of 1,000 changes);
// - closing one more epoch of 1,000 changes on top: time per change (recording it, with its
//   VRF label computed, and its share of the epoch: appending, the map's new root, signing);
// - a lookup against that log: the evidence's size on the wire, part by part, and the time
//   a client takes to check it (median over 1,000 lookups of different addresses);
// - with storage (unless --no-storage): every epoch stored in a real SQLite database as the
//   server stores it (server/sqlitestorage.h, in a temporary directory), the measured
//   epoch's store timed, the file's size, and the server's start: reading the whole stored
//   log back and replaying it (what TransparencyService does before it listens).
// Goals from issue 13: evidence under 3 KB, checked in under 1 ms, at 10^6 entries.
//
// Usage: bench_transparency [--quick] [--entries N] [--no-storage]. Prints figures; asserts nothing about
// time (the suite runs it with --quick so that it keeps working).
#include "protocol/ktformats.h"
#include "protocol/ktlookup.h"
#include "server/ktlog.h"
#include "server/sqlitestorage.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QTemporaryDir>
#include <QTextStream>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <vector>

using namespace cardinal;
using protocol::kt::ChangeKind;

namespace {

QTextStream out(stdout);

using Clock = std::chrono::steady_clock;

double secondsSince(Clock::time_point start)
{
    return std::chrono::duration<double>(Clock::now() - start).count();
}

QString addressOf(int n)
{
    return QStringLiteral("person%1@bench.example").arg(n);
}

QByteArray stateOf(int n, int generation)
{
    // About the size of a card bundle with one device record.
    QByteArray state(420, char('a' + n % 26));
    state.append(QByteArray::number(generation));
    return state;
}

[[noreturn]] void failed(const QString &what)
{
    out << "bench_transparency: " << what << Qt::endl;
    std::exit(1);
}

template<typename T> T must(Result<T> result, const char *what)
{
    if (!result)
        failed(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message());
    return std::move(*result);
}

void must(Result<void> result, const char *what)
{
    if (!result)
        failed(QString::fromLatin1(what) + QStringLiteral(": ") + result.error().message());
}

//! Bytes of the evidence as it would travel: each part in its wire form.
struct EvidenceSize
{
    qsizetype checkpoint = 0, labelProof = 0, epochEntry = 0, epochInclusion = 0, mapProof = 0,
              changeEntry = 0, changeInclusion = 0, salt = 0;
    [[nodiscard]] qsizetype total() const
    {
        return checkpoint + labelProof + epochEntry + epochInclusion + mapProof + changeEntry +
               changeInclusion + salt;
    }
};

EvidenceSize sizeOf(const protocol::kt::LookupEvidence &evidence)
{
    return {evidence.checkpoint.size(),
            qsizetype(crypto::VrfProof::Size),
            evidence.epochEntry.size(),
            protocol::kt::encodeLogProof(evidence.epochInclusion).size(),
            protocol::kt::encodeMapProof(evidence.mapProof).size(),
            evidence.changeEntry.size(),
            protocol::kt::encodeLogProof(evidence.changeInclusion).size(),
            evidence.salt.size()};
}

//! Stores every epoch the log closes, as the server does, in a database of its own.
class EpochStore
{
public:
    explicit EpochStore(bool enabled)
    {
        if (!enabled)
            return;
        if (!m_dir.isValid())
            failed(QStringLiteral("no temporary directory"));
        m_storage = must(server::SqliteStorage::open(path()), "open the database");
    }
    [[nodiscard]] bool enabled() const { return m_storage != nullptr; }
    [[nodiscard]] QString path() const { return m_dir.filePath(QStringLiteral("bench.db")); }
    [[nodiscard]] server::Storage &storage() { return *m_storage; }

    //! Stores `epoch`; the seconds it took.
    double store(const server::KtLog::Epoch &epoch)
    {
        if (!m_storage)
            return 0;
        const auto start = Clock::now();
        must(m_storage->appendLogEpoch(epoch.entries, epoch.checkpoint.note,
                                             qint64(epoch.checkpoint.checkpoint.size)),
                   "store an epoch");
        return secondsSince(start);
    }

private:
    QTemporaryDir m_dir;
    std::unique_ptr<server::SqliteStorage> m_storage;
};

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList arguments = app.arguments();
    const bool quick = arguments.contains(QStringLiteral("--quick"));
    QLoggingCategory::setFilterRules(QStringLiteral("cardinal.storage.info=false"));
    EpochStore stored(!arguments.contains(QStringLiteral("--no-storage")));
    int entries = quick ? 20'000 : 1'000'000;
    if (const qsizetype at = arguments.indexOf(QStringLiteral("--entries"));
        at >= 0 && at + 1 < arguments.size())
        entries = std::max(1000, arguments.at(at + 1).toInt());
    constexpr int ChangesPerAddress = 10;
    constexpr int EpochChanges = 1000;
    const int addresses = std::max(1, entries / ChangesPerAddress);

    crypto::DeterministicRandom keyRandom(crypto::asBytes(QByteArrayLiteral("bench keys")));
    auto checkpointKey = crypto::Ed25519KeyPair::generate(keyRandom);
    auto labelKey = crypto::VrfKeyPair::generate(keyRandom);
    server::KtLog log({QStringLiteral("bench.example/kt"), std::move(checkpointKey),
                       std::move(labelKey)});
    crypto::DeterministicRandom random(crypto::asBytes(QByteArrayLiteral("bench salts")));

    // The log: generation by generation, every address changes once per generation.
    const auto built = Clock::now();
    int pending = 0;
    std::int64_t time = 1'700'000'000;
    for (int generation = 1; generation <= ChangesPerAddress; ++generation) {
        for (int n = 0; n < addresses; ++n) {
            (void)must(
                log.record(generation == 1 ? ChangeKind::CardPublished : ChangeKind::DeviceAdded,
                           addressOf(n), stateOf(n, generation), std::nullopt, time, random),
                "record");
            if (++pending == EpochChanges) {
                (void)stored.store(must(log.closeEpoch(++time), "close an epoch"));
                pending = 0;
            }
        }
    }
    if (pending > 0)
        (void)stored.store(must(log.closeEpoch(++time), "close an epoch"));
    const double buildSeconds = secondsSince(built);

    // One more epoch of 1,000 changes, timed whole.
    const auto epochStart = Clock::now();
    for (int i = 0; i < EpochChanges; ++i) {
        const int n = i % addresses;
        (void)must(log.record(ChangeKind::DeviceAdded, addressOf(n), stateOf(n, 1000 + i),
                              std::nullopt, time, random),
                   "record");
    }
    const server::KtLog::Epoch measured = must(log.closeEpoch(++time), "close the measured epoch");
    const double epochSeconds = secondsSince(epochStart);
    const double storeSeconds = stored.store(measured);

    // Lookups of addresses whose latest change is in the older part of the log.
    const protocol::kt::LogKeys keys = log.publicKeys();
    const int lookups = quick ? 100 : 1000;
    std::vector<double> verifyMicros;
    std::vector<double> cachedMicros;
    std::vector<double> labelMicros;
    protocol::kt::LabelCache labels;
    EvidenceSize largest;
    for (int i = 0; i < lookups; ++i) {
        const int n = EpochChanges + (i * 7919) % std::max(1, addresses - EpochChanges);
        const protocol::kt::LookupEvidence evidence = must(log.lookup(addressOf(n)), "lookup");
        const QByteArray state = stateOf(n % addresses, ChangesPerAddress);
        const auto start = Clock::now();
        const auto verified = protocol::kt::verifyLookup(evidence, keys, addressOf(n), state);
        verifyMicros.push_back(secondsSince(start) * 1e6);
        if (!verified)
            failed(QStringLiteral("a lookup does not verify: ") + verified.error().message());
        // Again, as for a contact whose label this client checked before.
        (void)must(labels.label(keys.labels, addressOf(n), evidence.labelProof), "the label");
        const auto cachedStart = Clock::now();
        const auto again = protocol::kt::verifyLookup(evidence, keys, addressOf(n), state, &labels);
        cachedMicros.push_back(secondsSince(cachedStart) * 1e6);
        if (!again)
            failed(QStringLiteral("a lookup does not verify with its label cached"));
        const auto labelStart = Clock::now();
        (void)must(protocol::kt::verifiedLabel(keys.labels, addressOf(n), evidence.labelProof),
                   "the label");
        labelMicros.push_back(secondsSince(labelStart) * 1e6);
        const EvidenceSize size = sizeOf(evidence);
        if (size.total() > largest.total())
            largest = size;
    }
    std::sort(verifyMicros.begin(), verifyMicros.end());
    std::sort(labelMicros.begin(), labelMicros.end());
    std::sort(cachedMicros.begin(), cachedMicros.end());

    out << "log: " << log.size() << " entries (" << addresses << " addresses x "
        << ChangesPerAddress << " changes, epochs of " << EpochChanges << "), built in "
        << QString::number(buildSeconds, 'f', 1) << " s\n"
        << "epoch of " << EpochChanges << " changes: " << QString::number(epochSeconds * 1e3, 'f', 1)
        << " ms, " << QString::number(epochSeconds * 1e6 / EpochChanges, 'f', 1)
        << " us per change\n"
        << "lookup evidence (largest of " << lookups << "): " << largest.total() << " bytes = checkpoint "
        << largest.checkpoint << " + VRF proof " << largest.labelProof << " + epoch entry "
        << largest.epochEntry << " + its inclusion " << largest.epochInclusion << " + map proof "
        << largest.mapProof << " + change entry " << largest.changeEntry << " + its inclusion "
        << largest.changeInclusion << " + salt " << largest.salt << "\n"
        << "client check: median " << QString::number(verifyMicros[verifyMicros.size() / 2], 'f', 0)
        << " us, 90th percentile "
        << QString::number(verifyMicros[verifyMicros.size() * 9 / 10], 'f', 0)
        << " us; of which the VRF label check, median "
        << QString::number(labelMicros[labelMicros.size() / 2], 'f', 0)
        << " us; again with the label checked before (client/ktverifier keeps a LabelCache): "
           "median "
        << QString::number(cachedMicros[cachedMicros.size() / 2], 'f', 0) << " us\n"
        << "goals (issue 13): evidence < 3072 bytes, check < 1000 us" << Qt::endl;
    if (!stored.enabled())
        return 0;

    // The server's start: the whole stored log read back, page by page, and replayed.
    const auto startUp = Clock::now();
    QList<server::StoredLogEntry> all;
    for (;;) {
        QList<server::StoredLogEntry> page =
            must(stored.storage().logEntries(all.size(), 10'000), "read the stored log");
        if (page.isEmpty())
            break;
        all.append(std::move(page));
    }
    const double readSeconds = secondsSince(startUp);
    crypto::DeterministicRandom sameKeys(crypto::asBytes(QByteArrayLiteral("bench keys")));
    auto replayCheckpointKey = crypto::Ed25519KeyPair::generate(sameKeys);
    auto replayLabelKey = crypto::VrfKeyPair::generate(sameKeys);
    server::KtLog replayed({QStringLiteral("bench.example/kt"), std::move(replayCheckpointKey),
                            std::move(replayLabelKey)});
    must(replayed.replay(all), "replay the stored log");
    const double startSeconds = secondsSince(startUp);
    if (replayed.size() != log.size())
        failed(QStringLiteral("the replayed log has another size"));
    const qint64 fileBytes = QFileInfo(stored.path()).size() +
                             QFileInfo(stored.path() + QStringLiteral("-wal")).size();
    out << "stored (SQLite, as the server stores it): epoch of " << EpochChanges
        << " changes in " << QString::number(storeSeconds * 1e3, 'f', 1) << " ms ("
        << QString::number(storeSeconds * 1e6 / EpochChanges, 'f', 1) << " us per change); "
        << "database " << QString::number(double(fileBytes) / (1 << 20), 'f', 1) << " MiB ("
        << fileBytes / qint64(std::max<std::uint64_t>(1, log.size())) << " bytes per entry)\n"
        << "server start at this size: read the log in "
        << QString::number(readSeconds, 'f', 1) << " s, replayed (map roots recomputed) in "
        << QString::number(startSeconds - readSeconds, 'f', 1) << " s, "
        << QString::number(startSeconds, 'f', 1) << " s in all" << Qt::endl;
    return 0;
}
