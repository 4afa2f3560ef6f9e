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

//! What the server stores of an epoch: its entries from the log's current end, and the checkpoint.
Result<void> store(Storage &storage, const KtLog::Epoch &epoch, qint64 firstIndex)
{
    QList<StoredLogEntry> entries;
    for (qsizetype i = 0; i < epoch.entries.size(); ++i)
        entries.append({firstIndex + i, epoch.entries.at(i), epoch.salts.at(i)});
    return storage.appendLogEpoch(entries, epoch.checkpoint.note,
                                  qint64(epoch.checkpoint.checkpoint.size));
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
        const QList<StoredLogEntry> first{{0, "change", QByteArray(32, 's')}, {1, "epoch", {}}};
        QVERIFY_OK(storage->appendLogEpoch(first, "note of 2", 2));
        QCOMPARE(*storage->logEntries(0, 10),
                 (QList<StoredLogEntry>{first.at(0), {1, "epoch", ""}}));
        QCOMPARE(**storage->latestCheckpoint(), QByteArray("note of 2"));

        // A gap, an overlap, or a checkpoint of the wrong size: refused, nothing written.
        for (const auto &[entries, size] :
             {std::pair{QList<StoredLogEntry>{{3, "e", {}}}, qint64(4)},
              std::pair{QList<StoredLogEntry>{{1, "e", {}}}, qint64(2)},
              std::pair{QList<StoredLogEntry>{{2, "e", {}}, {3, "e", {}}}, qint64(5)}}) {
            QVERIFY_FAILS(storage->appendLogEpoch(entries, "bad", size), ErrorCode::Conflict);
        }
        QCOMPARE(storage->logEntries(0, 10)->size(), 2);
        QCOMPARE(**storage->latestCheckpoint(), QByteArray("note of 2"));
        QVERIFY_OK(storage->appendLogEpoch({{2, "epoch 2", {}}}, "note of 3", 3));
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
                               generation, random));
                const qint64 end = qint64(log.size());
                const Result<KtLog::Epoch> epoch = log.closeEpoch(generation);
                QVERIFY(epoch);
                QVERIFY_OK(store(*storage, *epoch, end));
            }
            before = log.checkpoint()->checkpoint;
        }
        auto storage = open();
        const Result<QList<StoredLogEntry>> stored = storage->logEntries(0, 1000);
        QVERIFY(stored);
        QList<QByteArray> entries;
        QList<QByteArray> salts;
        for (const StoredLogEntry &entry : *stored) {
            entries.append(entry.entry);
            salts.append(entry.salt);
        }
        KtLog restarted(keys());
        QVERIFY_OK(restarted.replay(entries, salts));
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
