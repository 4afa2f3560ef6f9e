// SPDX-License-Identifier: GPL-3.0-or-later
// The SQLite foundation on its own, under a schema of the test's making: the file's mode and
// settings, migrations (order, recorded version, interrupted steps, newer and foreign files),
// transactions, the mapping of SQLite's errors, and the prepared statement cache.
#include "storage/migration.h"
#include "storage/sqlitedatabase.h"

#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <sys/stat.h>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::storage;

namespace {

// Step 1 of every schema here: the version table migrate() reads and writes.
constexpr const char *const createVersionAndLog[] = {
    "CREATE TABLE schema_version ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " version INTEGER NOT NULL)",
    "CREATE TABLE log (seq INTEGER PRIMARY KEY AUTOINCREMENT, step INTEGER NOT NULL)",
    "INSERT INTO log (step) VALUES (1)",
};
constexpr const char *const logTwo[] = {"INSERT INTO log (step) VALUES (2)"};
// Needs the column step 3 adds: applied out of order, it fails.
constexpr const char *const addColumn[] = {"ALTER TABLE log ADD COLUMN note TEXT",
                                           "INSERT INTO log (step, note) VALUES (3, 'three')"};
constexpr const char *const logFourNote[] = {"INSERT INTO log (step, note) VALUES (4, 'four')"};

constexpr Migration threeSteps[] = {{1, createVersionAndLog}, {2, logTwo}, {3, addColumn}};

// A table with every kind of constraint, for the error mapping and the statement cache.
constexpr const char *const createItems[] = {
    "CREATE TABLE schema_version ("
    " id INTEGER PRIMARY KEY CHECK (id = 1),"
    " version INTEGER NOT NULL)",
    "CREATE TABLE owners (id INTEGER PRIMARY KEY)",
    "CREATE TABLE items ("
    " name TEXT PRIMARY KEY,"
    " amount INTEGER NOT NULL CHECK (amount >= 0),"
    " owner INTEGER REFERENCES owners (id))",
};
constexpr Migration itemSchema[] = {{1, createItems}};

} // namespace

class TestSqliteDatabase : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

    static std::unique_ptr<SqliteDatabase> openAt(const QString &path,
                                                  const SqliteOptions &options = {})
    {
        auto opened = SqliteDatabase::open(path, options);
        if (!opened) {
            qWarning("open failed: %s", cardinal::testing::errorText(opened).constData());
            return nullptr;
        }
        return std::move(*opened);
    }

    //! The database at a new path with the items schema, or nullptr.
    std::unique_ptr<SqliteDatabase> openItems()
    {
        auto db = openAt(newPath());
        if (db && !migrate(*db, itemSchema))
            return nullptr;
        return db;
    }

    static int scalar(SqliteDatabase &db, const QString &sql)
    {
        Result<QVariant> value = db.execute(sql);
        return value && value->isValid() ? value->toInt() : -1;
    }

    static int version(SqliteDatabase &db)
    {
        return scalar(db, QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
    }

    static QList<int> loggedSteps(SqliteDatabase &db)
    {
        QList<int> steps;
        auto rows = db.select(QStringLiteral("SELECT step FROM log ORDER BY seq"));
        if (rows)
            for (const SqliteDatabase::Row &row : *rows)
                steps.append(row.at(0).toInt());
        return steps;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void createsAnOwnerOnlyFileWithItsSettings()
    {
        // With the usual umask SQLite would make the file readable by everyone.
        const mode_t previous = ::umask(022);
        const QString path = newPath();
        auto db = openAt(path);
        ::umask(previous);
        QVERIFY(db);
        QCOMPARE(db->path(), path);
        const QFileDevice::Permissions others = QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                                QFileDevice::ReadOther | QFileDevice::WriteOther;
        const auto permissions = QFileInfo(path).permissions();
        QVERIFY(permissions.testFlags(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
        QVERIFY(!(permissions & others));
        QVERIFY_OK(db->execute(QStringLiteral("CREATE TABLE t (x)")));
        QVERIFY(!(QFileInfo(path + QStringLiteral("-wal")).permissions() & others));

        QCOMPARE(db->execute(QStringLiteral("PRAGMA journal_mode"))->toString(),
                 QStringLiteral("wal"));
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA foreign_keys")), 1);
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA synchronous")), 2); // FULL by default
        QCOMPARE(scalar(*db, QStringLiteral("PRAGMA busy_timeout")), 5000);

        SqliteOptions relaxed;
        relaxed.synchronous = Synchronous::Normal;
        relaxed.busyTimeout = std::chrono::milliseconds(250);
        auto second = openAt(path, relaxed);
        QVERIFY(second);
        QCOMPARE(scalar(*second, QStringLiteral("PRAGMA synchronous")), 1);
        QCOMPARE(scalar(*second, QStringLiteral("PRAGMA busy_timeout")), 250);

        QVERIFY_FAILS(SqliteDatabase::open(QString(), {}), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(SqliteDatabase::open(m_dir.path(), {}), ErrorCode::IoError);
        QVERIFY_FAILS(SqliteDatabase::open(m_dir.filePath(QStringLiteral("no/such/dir/db")), {}),
                      ErrorCode::IoError);
    }

    void runsMigrationsInOrderAndRecordsTheVersion()
    {
        auto db = openAt(newPath());
        QVERIFY(db);
        Result<int> fresh = migrate(*db, std::span(threeSteps).first(2));
        QVERIFY_OK(fresh);
        QCOMPARE(*fresh, 0);
        QCOMPARE(version(*db), 2);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2}));

        // A later build: only the missing step runs.
        Result<int> older = migrate(*db, threeSteps);
        QVERIFY_OK(older);
        QCOMPARE(*older, 2);
        QCOMPARE(version(*db), 3);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2, 3}));

        // Up to date: nothing runs.
        Result<int> current = migrate(*db, threeSteps);
        QVERIFY_OK(current);
        QCOMPARE(*current, 3);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2, 3}));

        // A gap in the steps is not guessed across.
        const Migration gap[] = {{1, createVersionAndLog}, {3, addColumn}};
        auto gapped = openAt(newPath());
        QVERIFY(gapped);
        QVERIFY_FAILS(migrate(*gapped, gap), ErrorCode::UnsupportedVersion);
        QCOMPARE(version(*gapped), 1);
    }

    void resumesAnInterruptedStep()
    {
        auto db = openAt(newPath());
        QVERIFY(db);
        // Step 3 fails half-way: its first statement ran, its second names a missing table.
        constexpr const char *const broken[] = {"ALTER TABLE log ADD COLUMN note TEXT",
                                                "INSERT INTO nowhere VALUES (3)"};
        const Migration failing[] = {{1, createVersionAndLog}, {2, logTwo}, {3, broken}};
        QVERIFY_FAILS(migrate(*db, failing), ErrorCode::IoError);
        QCOMPARE(version(*db), 2);
        // The half of step 3 that ran was rolled back with it.
        QVERIFY_FAILS(db->select(QStringLiteral("SELECT note FROM log")), ErrorCode::IoError);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2}));

        const Migration fixed[] = {
            {1, createVersionAndLog}, {2, logTwo}, {3, addColumn}, {4, logFourNote}};
        Result<int> resumed = migrate(*db, fixed);
        QVERIFY_OK(resumed);
        QCOMPARE(*resumed, 2);
        QCOMPARE(version(*db), 4);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2, 3, 4}));
    }

    void refusesANewerFile()
    {
        const QString path = newPath();
        {
            auto db = openAt(path);
            QVERIFY(db);
            QVERIFY_OK(migrate(*db, threeSteps));
        }
        auto db = openAt(path);
        QVERIFY(db);
        Result<int> refused = migrate(*db, std::span(threeSteps).first(2));
        QVERIFY_FAILS(refused, ErrorCode::UnsupportedVersion);
        QVERIFY(refused.error().detail.contains(QStringLiteral("newer")));
        QCOMPARE(version(*db), 3);
        QCOMPARE(loggedSteps(*db), QList<int>({1, 2, 3}));
    }

    void refusesAFileThatIsNotSqlite()
    {
        const QString path = newPath();
        const QByteArray bytes = QByteArray("this is not a database, just text. ").repeated(200);
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QVERIFY_FAILS(SqliteDatabase::open(path, {}), ErrorCode::CorruptFile);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), bytes); // untouched
    }

    void refusesTablesWithoutAVersion()
    {
        auto foreign = openAt(newPath());
        QVERIFY(foreign);
        QVERIFY_OK(foreign->execute(QStringLiteral("CREATE TABLE notes (text TEXT)")));
        QVERIFY_FAILS(migrate(*foreign, threeSteps), ErrorCode::CorruptFile);
        QVERIFY_OK(foreign->execute(QStringLiteral("SELECT count(*) FROM notes")));
        QVERIFY_FAILS(foreign->execute(QStringLiteral("SELECT count(*) FROM log")),
                      ErrorCode::IoError); // nothing of ours was added

        // A version table without its row is damage, not a fresh file.
        auto emptied = openAt(newPath());
        QVERIFY(emptied);
        QVERIFY_OK(migrate(*emptied, threeSteps));
        QVERIFY_OK(emptied->change(QStringLiteral("DELETE FROM schema_version")));
        QVERIFY_FAILS(migrate(*emptied, threeSteps), ErrorCode::CorruptFile);
    }

    void rollsBackUncommittedTransactions()
    {
        auto db = openItems();
        QVERIFY(db);
        const QString insert = QStringLiteral("INSERT INTO items (name, amount) VALUES (?, ?)");
        const QString count = QStringLiteral("SELECT count(*) FROM items");
        {
            SqliteDatabase::Transaction transaction(*db);
            QVERIFY_OK(transaction.begin());
            QVERIFY_OK(db->change(insert, {QStringLiteral("dropped"), 1}));
            QCOMPARE(scalar(*db, count), 1); // visible inside the transaction
        }
        QCOMPARE(scalar(*db, count), 0);
        {
            SqliteDatabase::Transaction transaction(*db);
            QVERIFY_OK(transaction.begin());
            QVERIFY_OK(db->change(insert, {QStringLiteral("kept"), 1}));
            QVERIFY_OK(transaction.commit());
        }
        QCOMPARE(scalar(*db, count), 1);
        {
            SqliteDatabase::Transaction transaction(*db);
            QVERIFY_OK(transaction.begin(SqliteDatabase::Transaction::Mode::Read));
            QCOMPARE(scalar(*db, count), 1);
            // Transactions do not nest.
            SqliteDatabase::Transaction nested(*db);
            QVERIFY_FAILS(nested.begin(), ErrorCode::IoError);
        }
        // Every transaction above has ended: a new one can begin.
        SqliteDatabase::Transaction last(*db);
        QVERIFY_OK(last.begin());
        QVERIFY_OK(last.commit());
    }

    void mapsConstraintViolationsToInvalidArgument()
    {
        auto db = openItems();
        QVERIFY(db);
        const QString insert =
            QStringLiteral("INSERT INTO items (name, amount, owner) VALUES (?, ?, ?)");
        QVERIFY_OK(db->change(QStringLiteral("INSERT INTO owners (id) VALUES (7)")));
        QVERIFY_OK(db->change(insert, {QStringLiteral("a"), 1, 7}));
        QVERIFY_FAILS(db->change(insert, {QStringLiteral("a"), 2, 7}),
                      ErrorCode::InvalidArgument); // primary key
        QVERIFY_FAILS(db->change(insert, {QStringLiteral("b"), QVariant(), 7}),
                      ErrorCode::InvalidArgument); // NOT NULL
        QVERIFY_FAILS(db->change(insert, {QStringLiteral("c"), -1, 7}),
                      ErrorCode::InvalidArgument); // CHECK
        QVERIFY_FAILS(db->change(insert, {QStringLiteral("d"), 1, 8}),
                      ErrorCode::InvalidArgument); // foreign key: they are enforced
        // Other failures are IoError.
        QVERIFY_FAILS(db->change(QStringLiteral("INSERT INTO nowhere VALUES (?)"), {1}),
                      ErrorCode::IoError);
        QVERIFY_FAILS(db->select(QStringLiteral("SELEKT 1")), ErrorCode::IoError);
        QCOMPARE(scalar(*db, QStringLiteral("SELECT count(*) FROM items")), 1);
    }

    void reusesPreparedStatementsWithNewValues()
    {
        auto db = openItems();
        QVERIFY(db);
        const QString insert = QStringLiteral("INSERT INTO items (name, amount) VALUES (?, ?)");
        const QString amountOf = QStringLiteral("SELECT amount FROM items WHERE name = ?");
        QVERIFY_OK(db->change(insert, {QStringLiteral("first"), 1}));
        const std::size_t prepared = db->preparedStatements();
        Result<SqliteDatabase::Change> second = db->change(insert, {QStringLiteral("second"), 2});
        QVERIFY_OK(second);
        QCOMPARE(second->rows, 1);
        QCOMPARE(second->lastRowId, 2);
        // A failed run leaves the statement usable for the next values.
        QVERIFY_FAILS(db->change(insert, {QStringLiteral("first"), 9}), ErrorCode::InvalidArgument);
        QVERIFY_OK(db->change(insert, {QStringLiteral("third"), 3}));
        QCOMPARE(db->preparedStatements(), prepared);

        const std::pair<const char *, int> expected[] = {{"second", 2}, {"first", 1}, {"third", 3}};
        for (const auto &[name, amount] : expected) {
            Result<QList<SqliteDatabase::Row>> rows =
                db->select(amountOf, {QString::fromLatin1(name)});
            QVERIFY_OK(rows);
            QCOMPARE(rows->size(), 1);
            QCOMPARE(rows->first().at(0).toInt(), amount);
        }
        Result<QList<SqliteDatabase::Row>> none = db->select(amountOf, {QStringLiteral("fourth")});
        QVERIFY_OK(none);
        QVERIFY(none->isEmpty());
        QCOMPARE(db->preparedStatements(), prepared + 1);

        Result<SqliteDatabase::Change> changed = db->change(
            QStringLiteral("UPDATE items SET amount = amount + ? WHERE amount >= ?"), {10, 2});
        QVERIFY_OK(changed);
        QCOMPARE(changed->rows, 2);
        QCOMPARE(db->select(amountOf, {QStringLiteral("third")})->first().at(0).toInt(), 13);
    }

    void checkpointsTheWal()
    {
        auto db = openItems();
        QVERIFY(db);
        QVERIFY_OK(db->change(QStringLiteral("INSERT INTO items (name, amount) VALUES ('x', 1)")));
        QVERIFY(QFileInfo(db->path() + QStringLiteral("-wal")).size() > 0);
        QVERIFY_OK(db->checkpoint());
        QCOMPARE(QFileInfo(db->path() + QStringLiteral("-wal")).size(), 0);
    }
};

QTEST_GUILESS_MAIN(TestSqliteDatabase)
#include "tst_sqlitedatabase.moc"
