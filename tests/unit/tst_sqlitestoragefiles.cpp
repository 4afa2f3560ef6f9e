// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage's files: creation mode, data surviving a close and reopen, two instances on one
// file, schema versions (fresh, migrated, too new) and files that are not ours.
#include "server/sqlitemigrations.h"
#include "sqlitetestsupport.h"
#include "storage/sqlitedatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::server::testing;

class TestSqliteStorageFiles : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

    static bool ownerOnly(const QString &path)
    {
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        return QFileInfo::exists(path) && (QFileInfo(path).permissions() & others) == 0;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsOwnerOnlyFileAtCurrentVersion()
    {
        const QString path = newPath();
        {
            auto storage = SqliteStorage::open(path);
            QVERIFY_OK(storage);
            QVERIFY(ownerOnly(path));
            QVERIFY_OK((*storage)->putBackup(alice, "x"));
            QVERIFY(ownerOnly(path + QStringLiteral("-wal"))); // SQLite copies the mode
        }
        withRawDatabase(path, [](QSqlDatabase &db) {
            QCOMPARE(rawInt(db, QStringLiteral("SELECT version FROM schema_version")),
                     SqliteStorage::schemaVersion());
            QSqlQuery mode(db);
            QVERIFY(mode.exec(QStringLiteral("PRAGMA journal_mode")) && mode.next());
            QCOMPARE(mode.value(0).toString(), QStringLiteral("wal")); // recorded in the file
        });
    }

    void survivesReopening()
    {
        const QString path = newPath();
        qint64 seq = 0;
        QByteArray channel;
        {
            auto opened = SqliteStorage::open(path);
            QVERIFY_OK(opened);
            SqliteStorage &storage = **opened;
            QVERIFY_OK(storage.publishCard(makeCard(alice, 1), makeDevice(1, 1)));
            QVERIFY_OK(storage.publishCard(makeCard(bob, 2), makeDevice(2, 2)));
            channel = storage.directChannel(alice, bob)->id;
            auto stored = storage.storeMessage(NewMessage{channel,
                                                          makeId<CardId>(1),
                                                          makeId<DeviceId>(1),
                                                          alice,
                                                          makeId<MessageId>(7),
                                                          "envelope",
                                                          1,
                                                          {makeId<DeviceId>(2)}});
            QVERIFY_OK(stored);
            seq = stored->seq;
            QVERIFY_OK(storage.putCode(alice, QStringLiteral("p"), PendingCode{"h", 100, 3}));
        }

        auto reopened = SqliteStorage::open(path, SqliteStorage::Durability::Full);
        QVERIFY_OK(reopened);
        SqliteStorage &storage = **reopened;
        QCOMPARE((*storage.activeCard(bob))->id, makeId<CardId>(2));
        QCOMPARE(storage.devices(makeId<CardId>(1), false)->size(), 1);
        QCOMPARE((*storage.channel(channel))->members, (QStringList{alice, bob}));
        auto queued = storage.queue(makeId<DeviceId>(2), 0, 10);
        QVERIFY_OK(queued);
        QCOMPARE(queued->size(), 1);
        QCOMPARE(queued->at(0).seq, seq);
        QCOMPARE(queued->at(0).envelope, QByteArray("envelope"));
        QCOMPARE((*storage.code(alice, QStringLiteral("p")))->attemptsLeft, 3);
        QVERIFY((*storage.ack(makeId<DeviceId>(2), seq)).has_value());
    }

    void twoInstancesShareAFile()
    {
        const QString path = newPath();
        auto first = SqliteStorage::open(path);
        QVERIFY_OK(first);
        auto second = SqliteStorage::open(path);
        QVERIFY_OK(second);
        QVERIFY_OK((*first)->putBackup(alice, "seen by both"));
        QCOMPARE(**(*second)->backup(alice), QByteArray("seen by both"));
    }

    void migratesOlderSchemas()
    {
        const QString path = newPath();
        {
            auto storage = SqliteStorage::open(path);
            QVERIFY_OK(storage);
            QVERIFY_OK((*storage)->putBackup(alice, "kept"));
        }

        // A later build's step on top of ours: applied once, data kept, version recorded.
        static constexpr const char *const addColumn[] = {
            "ALTER TABLE backups ADD COLUMN updated_at INTEGER"};
        QList<storage::Migration> steps(sqliteMigrations().begin(), sqliteMigrations().end());
        steps.append(storage::Migration{SqliteStorage::schemaVersion() + 1, addColumn});
        {
            auto db = storage::SqliteDatabase::open(path, storage::SqliteOptions{});
            QVERIFY_OK(db);
            auto before = storage::migrate(**db, steps);
            QVERIFY_OK(before);
            QCOMPARE(*before, SqliteStorage::schemaVersion());
            QCOMPARE(*storage::migrate(**db, steps), SqliteStorage::schemaVersion() + 1);
        }
        withRawDatabase(path, [](QSqlDatabase &db) {
            QCOMPARE(rawInt(db, QStringLiteral("SELECT version FROM schema_version")),
                     SqliteStorage::schemaVersion() + 1);
            QCOMPARE(rawInt(db, QStringLiteral("SELECT count(*) FROM backups"
                                               " WHERE blob = x'6b657074' AND updated_at IS NULL")),
                     1);
        });

        // Which this build then refuses as newer than it knows, leaving the file alone.
        QVERIFY_FAILS(SqliteStorage::open(path), ErrorCode::UnsupportedVersion);
        withRawDatabase(path, [](QSqlDatabase &db) {
            QCOMPARE(rawInt(db, QStringLiteral("SELECT version FROM schema_version")),
                     SqliteStorage::schemaVersion() + 1);
        });

        // An empty file is a database at version 0, brought up to date.
        const QString empty = newPath();
        QFile file(empty);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.close();
        QVERIFY_OK(SqliteStorage::open(empty));
        withRawDatabase(empty, [](QSqlDatabase &db) {
            QCOMPARE(rawInt(db, QStringLiteral("SELECT version FROM schema_version")),
                     SqliteStorage::schemaVersion());
        });
    }

    void refusesFilesThatAreNotOurs()
    {
        const QString garbage = newPath();
        const QByteArray bytes = QByteArray("this is not a database, just text. ").repeated(200);
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY_FAILS(SqliteStorage::open(garbage), ErrorCode::CorruptFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // untouched

        const QString foreign = newPath();
        withRawDatabase(foreign, [](QSqlDatabase &db) {
            QVERIFY(QSqlQuery(db).exec(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        });
        QVERIFY_FAILS(SqliteStorage::open(foreign), ErrorCode::CorruptFile);

        QVERIFY_FAILS(SqliteStorage::open(m_dir.filePath(QStringLiteral("no/such/dir/db"))),
                      ErrorCode::IoError);
        QVERIFY_FAILS(SqliteStorage::open(m_dir.path()), ErrorCode::IoError);
        QVERIFY_FAILS(SqliteStorage::open(QString()), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStorageFiles)
#include "tst_sqlitestoragefiles.moc"
