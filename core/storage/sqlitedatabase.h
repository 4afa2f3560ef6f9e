// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QList>
#include <QLoggingCategory>
#include <QSqlDatabase>
#include <QString>
#include <QVariant>

#include <chrono>
#include <initializer_list>
#include <memory>
#include <unordered_map>

class QSqlError;
class QSqlQuery;

namespace cardinal::storage {

//! How far a commit is durable: SQLite's `synchronous` setting, in WAL mode.
enum class Synchronous {
    //! NORMAL: the WAL is synced at checkpoints only. A commit survives a crash or kill of
    //! the process; a power loss or kernel panic may lose the latest commits, but never
    //! corrupts the file.
    Normal,
    //! FULL: the WAL is synced at every commit, so a commit also survives a power loss, at
    //! the price of an fsync per commit.
    Full,
};

//! What differs between the databases of this program: each owner picks what its data needs.
struct SqliteOptions
{
    //! What the file is, for error details and logs ("profile database").
    QString name = QStringLiteral("database");
    //! Durability of each commit.
    Synchronous synchronous = Synchronous::Full;
    //! How long a statement waits for another connection's lock (a second process on the
    //! same file) before it fails, rather than failing at once.
    std::chrono::milliseconds busyTimeout{5000};
    //! The logging category of the owner, so that its logging rules cover its database too;
    //! "cardinal.sqlite" when null.
    QMessageLogger::CategoryFunction log = nullptr;
};

//! One SQLite file, through QtSql's QSQLITE driver on a connection of its own: several may
//! be open at once, on one file or on many. The file is created with mode 0600 and uses a
//! WAL journal and enforced foreign keys, whatever the owner; SqliteOptions holds the rest.
//!
//! This is only the plumbing. Schemas (see migration.h), the SQL and what rows mean belong
//! to the owners: ProfileDatabase in the client, SqliteStorage in the server.
//!
//! Failures map SQLite's result codes onto ours: a constraint violation is InvalidArgument
//! (the caller should have checked), a file that is not SQLite or is damaged is CorruptFile,
//! anything else IoError. SQLite's messages name tables and columns, never bound values, so
//! details are safe to show and to log.
//!
//! Not thread-safe: use each instance from the thread that opened it.
class SqliteDatabase
{
public:
    //! What a write statement did.
    struct Change
    {
        qint64 rows = 0;      //!< rows inserted, updated or deleted
        qint64 lastRowId = 0; //!< rowid of the last insert
    };
    //! One result row, columns in the order the statement selected them.
    using Row = QList<QVariant>;

    //! An explicit transaction, rolled back unless committed. Transactions do not nest.
    class Transaction
    {
    public:
        enum class Mode {
            //! BEGIN IMMEDIATE: takes the write lock up front (waiting up to the busy
            //! timeout for it), so a writer never fails half-way on a lock upgrade.
            Write,
            //! BEGIN: one snapshot across several reads.
            Read,
        };

        explicit Transaction(SqliteDatabase &database) : m_database(database) {}
        ~Transaction();
        Transaction(const Transaction &) = delete;
        Transaction &operator=(const Transaction &) = delete;

        [[nodiscard]] Result<void> begin(Mode mode = Mode::Write);
        //! Makes the changes durable as far as SqliteOptions::synchronous promises.
        [[nodiscard]] Result<void> commit();

    private:
        SqliteDatabase &m_database;
        bool m_open = false;
    };

    //! Opens the database at `path`, creating the file with mode 0600 if it is missing
    //! (SQLite would follow the umask; it gives its -wal and -shm files the database's mode),
    //! and applies `options`. InvalidArgument for an empty path, CorruptFile when the file is
    //! not an SQLite database or is damaged, IoError otherwise. Nothing is written to a file
    //! that is not SQLite.
    [[nodiscard]] static Result<std::unique_ptr<SqliteDatabase>> open(const QString &path,
                                                                      const SqliteOptions &options);

    //! Closes the connection; SQLite then checkpoints the WAL into the file and deletes it.
    ~SqliteDatabase();
    SqliteDatabase(const SqliteDatabase &) = delete;
    SqliteDatabase &operator=(const SqliteDatabase &) = delete;

    //! The database file's path.
    [[nodiscard]] const QString &path() const { return m_path; }
    //! What the database was opened with.
    [[nodiscard]] const SqliteOptions &options() const { return m_options; }
    //! Where the database logs: the owner's category, or "cardinal.sqlite".
    [[nodiscard]] QMessageLogger::CategoryFunction log() const { return m_log; }

    //! Runs a write statement with `values` bound in order. Statements are prepared once and
    //! reused; `sql` must hold placeholders only, never values (it may be logged).
    [[nodiscard]] Result<Change> change(const QString &sql,
                                        std::initializer_list<QVariant> values = {});
    //! Runs a query with `values` bound in order and returns all its rows, leaving the
    //! statement reset: one left mid-result would pin an old snapshot of the WAL.
    [[nodiscard]] Result<QList<Row>> select(const QString &sql,
                                            std::initializer_list<QVariant> values = {});
    //! Runs a one-off statement without bound values and without keeping it prepared (a
    //! PRAGMA, a schema change); its first row's first value, if it has one.
    [[nodiscard]] Result<QVariant> execute(const QString &sql);

    //! Copies everything in the WAL into the database file and empties the WAL, e.g. before
    //! a backup copies the file. IoError when another connection keeps it from completing.
    [[nodiscard]] Result<void> checkpoint();

    //! How many statements are kept prepared: one per distinct SQL text run by change() or
    //! select(), for as long as the database is open.
    [[nodiscard]] std::size_t preparedStatements() const { return m_statements.size(); }

private:
    SqliteDatabase(const QString &connectionName, QString path, SqliteOptions options);

    [[nodiscard]] Result<void> configure();
    //! The statement for `sql`, prepared on first use and reused after that, with `values`
    //! bound in order: what change() and select() both start from.
    [[nodiscard]] Result<QSqlQuery *> bound(const QString &sql,
                                            std::initializer_list<QVariant> values);
    [[nodiscard]] Failure failed(const QString &sql, const QSqlError &error) const;

    QString m_connectionName;
    QString m_path;
    SqliteOptions m_options;
    QMessageLogger::CategoryFunction m_log;
    QSqlDatabase m_db;
    //! Prepared statements by SQL text. Destroyed before the connection is removed.
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> m_statements;
};

} // namespace cardinal::storage
