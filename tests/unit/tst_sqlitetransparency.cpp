// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log in the server's SQLite storage: epochs are appended whole or
// not at all, only where the log ends; entries and the newest checkpoint read back; and a
// server that reopens its database rebuilds the same log (KtLog::replay) that clients
// checked before the restart.
#include "server/ktlog.h"
#include "server/sqlitestorage.h"

#include <QTemporaryDir>
#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::server;
using protocol::kt::ChangeKind;

namespace {

crypto::DeterministicRandom seeded(const char *seed)
{
    const QByteArray bytes(seed);
    return crypto::DeterministicRandom(crypto::asBytes(bytes));
}

KtLog::Keys keys()
{
    crypto::DeterministicRandom random = seeded("server");
    auto checkpoints = crypto::Ed25519KeyPair::generate(random);
    auto labels = crypto::VrfKeyPair::generate(random);
    return {QStringLiteral("chat.example.org/cardinal-kt"), std::move(checkpoints),
            std::move(labels)};
}

//! What the server stores of an epoch: its entries and the checkpoint.
Result<void> store(Storage &storage, const KtLog::Epoch &epoch)
{
    return storage.appendLogEpoch(epoch.entries, epoch.checkpoint.note,
                                  qint64(epoch.checkpoint.checkpoint.size));
}

//! An entry as storage keeps it, with neither state nor card.
StoredLogEntry bare(qint64 index, const char *entry, QByteArray salt = {})
{
    return {index, entry, std::move(salt), {}, std::nullopt};
}

//! A card id per generation.
std::optional<protocol::CardId> cardOf(int generation)
{
    return protocol::CardId::fromBytes(QByteArray(32, char('a' + generation)));
}

} // namespace

class TestSqliteTransparency : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    //! The database of the running test function (each has its own).
    std::unique_ptr<SqliteStorage> open()
    {
        auto opened = SqliteStorage::open(
            m_dir.filePath(QString::fromLatin1(QTest::currentTestFunction()) + u".db"));
        if (!opened)
            qFatal("cannot open the database: %s", qPrintable(opened.error().message()));
        return std::move(*opened);
    }

private Q_SLOTS:
    void epochsAppendWholeAndOnlyAtTheEnd()
    {
        auto storage = open();
        QVERIFY(!storage->latestCheckpoint()->has_value());
        QVERIFY(storage->logEntries(0, 10)->isEmpty());
        const QList<StoredLogEntry> first{bare(0, "change", QByteArray(32, 's')), bare(1, "epoch")};
        QVERIFY_OK(storage->appendLogEpoch(first, "note of 2", 2));
        QCOMPARE(*storage->logEntries(0, 10),
                 (QList<StoredLogEntry>{first.at(0), bare(1, "epoch", "")}));
        QCOMPARE(**storage->latestCheckpoint(), QByteArray("note of 2"));

        // A gap, an overlap, or a checkpoint of the wrong size: refused, nothing written.
        for (const auto &[entries, size] :
             {std::pair{QList<StoredLogEntry>{bare(3, "e")}, qint64(4)},
              std::pair{QList<StoredLogEntry>{bare(1, "e")}, qint64(2)},
              std::pair{QList<StoredLogEntry>{bare(2, "e"), bare(3, "e")}, qint64(5)}}) {
            QVERIFY_FAILS(storage->appendLogEpoch(entries, "bad", size), ErrorCode::Conflict);
        }
        QCOMPARE(storage->logEntries(0, 10)->size(), 2);
        QCOMPARE(**storage->latestCheckpoint(), QByteArray("note of 2"));
        QVERIFY_OK(storage->appendLogEpoch({bare(2, "epoch 2")}, "note of 3", 3));
        QCOMPARE(**storage->latestCheckpoint(), QByteArray("note of 3"));
        QCOMPARE(storage->logEntries(1, 1)->first().entry, QByteArray("epoch"));
    }

    void aReopenedServerRebuildsTheLogItsClientsChecked()
    {
        const QString alice = QStringLiteral("alice@example.org");
        crypto::DeterministicRandom random = seeded("salts");
        transparency::Checkpoint before;
        {
            auto storage = open();
            KtLog log(keys());
            for (int generation = 1; generation <= 3; ++generation) {
                QVERIFY(
                    log.record(ChangeKind::CardPublished, alice,
                               QByteArray(QByteArray("bundle ") + QByteArray::number(generation)),
                               cardOf(generation), generation, random));
                const Result<KtLog::Epoch> epoch = log.closeEpoch(generation);
                QVERIFY(epoch);
                QVERIFY_OK(store(*storage, *epoch));
            }
            before = log.checkpoint()->checkpoint;
        }
        auto storage = open();
        const Result<QList<StoredLogEntry>> stored = storage->logEntries(0, 1000);
        QVERIFY(stored);
        // A replay reads no states; the entries of one address read them.
        QVERIFY(std::all_of(stored->cbegin(), stored->cend(),
                            [](const StoredLogEntry &entry) { return entry.state.isEmpty(); }));
        KtLog restarted(keys());
        QVERIFY_OK(restarted.replay(*stored));
        const QList<std::uint64_t> where = *restarted.history(alice, 0, 10);
        QCOMPARE(where, (QList<std::uint64_t>{0, 2, 4}));
        const Result<QList<StoredLogEntry>> opened = storage->logEntriesAt({4, 0});
        QVERIFY(opened);
        QCOMPARE(opened->at(0).state, QByteArray("bundle 3"));
        QCOMPARE(opened->at(0).card, cardOf(3));
        QCOMPARE(opened->at(1).state, QByteArray("bundle 1"));
        QVERIFY_FAILS(storage->logEntriesAt({0, 99}), ErrorCode::NotFound);
        // A card's last entry: where its state was recorded last.
        const Result<std::optional<StoredLogEntry>> ofCard =
            storage->latestLogEntryOfCard(*cardOf(2));
        QVERIFY(ofCard && *ofCard);
        QCOMPARE((*ofCard)->index, qint64(2));
        QVERIFY(!storage->latestLogEntryOfCard(protocol::CardId{})->has_value());
        // Checkpoints by size: one per epoch, at sizes 2, 4 and 6.
        QCOMPARE(storage->checkpoints(0, 6, 10)->size(), qsizetype(3));
        QCOMPARE(storage->checkpoints(2, 4, 10)->size(), qsizetype(1));
        QCOMPARE(storage->checkpoints(0, 6, 2)->size(), qsizetype(2));
        QCOMPARE(restarted.checkpoint()->checkpoint, before);
        const auto verified = protocol::kt::verifyLookup(*restarted.lookup(alice),
                                                         restarted.publicKeys(), alice, "bundle 3");
        QVERIFY(verified && verified->latest && verified->latest->version == 3);
        const Result<transparency::SignedCheckpoint> latest = transparency::SignedCheckpoint::open(
            **storage->latestCheckpoint(), restarted.publicKeys().checkpoints);
        QVERIFY(latest);
        QCOMPARE(latest->checkpoint, before);
    }
};

QTEST_GUILESS_MAIN(TestSqliteTransparency)
#include "tst_sqlitetransparency.moc"
