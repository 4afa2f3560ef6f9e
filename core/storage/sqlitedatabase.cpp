// SPDX-License-Identifier: GPL-3.0-or-later
#include "sqlitedatabase.h"

#include "common/fileio.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <atomic>

namespace cardinal::storage {

namespace {

Q_LOGGING_CATEGORY(lcSqlite, "cardinal.sqlite", QtInfoMsg)

// SQLite's primary result codes (the low byte of an extended code).
constexpr int SqliteCorrupt = 11;
constexpr int SqliteConstraint = 19;
constexpr int SqliteNotADatabase = 26;

int primaryCode(const QSqlError &error)
{
    bool ok = false;
    const int code = error.nativeErrorCode().toInt(&ok);
    return ok ? (code & 0xff) : -1;
}

Failure sqliteFailure(const QSqlError &error)
{
    const int code = primaryCode(error);
    if (code == SqliteConstraint)
        return fail(ErrorCode::InvalidArgument, error.text());
    if (code == SqliteNotADatabase || code == SqliteCorrupt)
        return fail(
            ErrorCode::CorruptFile,
            QStringLiteral("not an SQLite database, or a damaged one: %1").arg(error.text()));
    return fail(ErrorCode::IoError, error.text());
}

Result<void> createOwnerOnly(const QString &path)
{
    if (QFileInfo::exists(path))
        return {};
    QFile file(path);
    // Losing a race with another process creating it is fine: the file exists either way.
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly, OwnerOnly) &&
        !QFileInfo::exists(path))
        return fail(ErrorCode::IoError,
                    QStringLiteral("cannot create %1: %2").arg(path, file.errorString()));
    return {};
}

} // namespace

Result<std::unique_ptr<SqliteDatabase>> SqliteDatabase::open(const QString &path,
                                                             const SqliteOptions &options)
{
    if (path.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no database path"));
    if (Result<void> created = createOwnerOnly(path); !created)
        return fail(created.error());

    static std::atomic<quint64> instances{0};
    const QString name = QStringLiteral("cardinal.sqlite.%1").arg(++instances);
    std::unique_ptr<SqliteDatabase> database(new SqliteDatabase(name, path, options));
    if (!database->m_db.isValid())
        return fail(ErrorCode::IoError, QStringLiteral("the Qt SQLite driver is not available: %1")
                                            .arg(database->m_db.lastError().text()));
    database->m_db.setDatabaseName(path);
    if (!database->m_db.open())
        return sqliteFailure(database->m_db.lastError());
    if (Result<void> configured = database->configure(); !configured)
        return fail(configured.error());
    return database;
}

SqliteDatabase::SqliteDatabase(const QString &connectionName, QString path, SqliteOptions options)
    : m_connectionName(connectionName), m_path(std::move(path)), m_options(std::move(options)),
      m_log(m_options.log ? m_options.log : &lcSqlite),
      m_db(QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName))
{
}

SqliteDatabase::~SqliteDatabase()
{
    // removeDatabase() wants no query and no QSqlDatabase handle of the connection alive:
    // the statements go first, then our handle, then the connection.
    m_statements.clear();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
}

Result<void> SqliteDatabase::configure()
{
    if (Result<QVariant> timeout =
            execute(QStringLiteral("PRAGMA busy_timeout = %1").arg(m_options.busyTimeout.count()));
        !timeout)
        return fail(timeout.error());
    // The first statement that reads the file, so a file that is not a database fails here,
    // before anything is written to it.
    Result<QVariant> mode = execute(QStringLiteral("PRAGMA journal_mode = WAL"));
    if (!mode)
        return fail(mode.error());
    if (mode->toString().compare(QStringLiteral("wal"), Qt::CaseInsensitive) != 0)
        return fail(ErrorCode::IoError, QStringLiteral("the database cannot use a WAL journal"));
    const bool full = m_options.synchronous == Synchronous::Full;
    const QString sync = full ? QStringLiteral("PRAGMA synchronous = FULL")
                              : QStringLiteral("PRAGMA synchronous = NORMAL");
    for (const QString &sql : {sync, QStringLiteral("PRAGMA foreign_keys = ON")})
        if (Result<QVariant> set = execute(sql); !set)
            return fail(set.error());
    // Both pragmas are silently ignored where they do not apply; we rely on them.
    Result<QVariant> keys = execute(QStringLiteral("PRAGMA foreign_keys"));
    Result<QVariant> synchronous = execute(QStringLiteral("PRAGMA synchronous"));
    if (!keys || !synchronous)
        return fail(keys ? synchronous.error() : keys.error());
    if (keys->toInt() != 1 || synchronous->toInt() != (full ? 2 : 1))
        return fail(ErrorCode::IoError, QStringLiteral("SQLite did not take our settings"));
    return {};
}

Result<QVariant> SqliteDatabase::execute(const QString &sql)
{
    QSqlQuery query(m_db);
    if (!query.exec(sql))
        return sqliteFailure(query.lastError());
    return query.next() ? query.value(0) : QVariant();
}

Result<void> SqliteDatabase::checkpoint()
{
    Result<QVariant> busy = execute(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
    if (!busy)
        return fail(busy.error());
    if (busy->toInt() != 0)
        return fail(ErrorCode::IoError,
                    QStringLiteral("another connection kept the checkpoint from completing"));
    return {};
}

Failure SqliteDatabase::failed(const QString &sql, const QSqlError &error) const
{
    // A constraint violation is the caller's mistake, reported to it as InvalidArgument,
    // and a server's client can provoke it at will: not worth a warning. Statement texts
    // hold placeholders only, and SQLite's messages name columns, not values.
    if (primaryCode(error) == SqliteConstraint)
        qCDebug(m_log) << "constraint violated:" << sql << ":" << error.text();
    else
        qCWarning(m_log) << "statement failed:" << sql << ":" << error.text();
    return sqliteFailure(error);
}

Result<QSqlQuery *> SqliteDatabase::bound(const QString &sql,
                                          std::initializer_list<QVariant> values)
{
    QSqlQuery *query = nullptr;
    if (auto found = m_statements.find(sql); found != m_statements.end()) {
        query = found->second.get();
    } else {
        auto prepared = std::make_unique<QSqlQuery>(m_db);
        prepared->setForwardOnly(true);
        if (!prepared->prepare(sql))
            return failed(sql, prepared->lastError());
        query = prepared.get();
        m_statements.emplace(sql, std::move(prepared));
    }
    int index = 0;
    for (const QVariant &value : values)
        query->bindValue(index++, value);
    return query;
}

Result<SqliteDatabase::Change> SqliteDatabase::change(const QString &sql,
                                                      std::initializer_list<QVariant> values)
{
    Result<QSqlQuery *> query = bound(sql, values);
    if (!query)
        return fail(query.error());
    QSqlQuery &q = **query;
    if (!q.exec()) {
        const QSqlError error = q.lastError();
        q.finish();
        return failed(sql, error);
    }
    const Change out{q.numRowsAffected(), q.lastInsertId().toLongLong()};
    q.finish();
    return out;
}

Result<QList<SqliteDatabase::Row>> SqliteDatabase::select(const QString &sql,
                                                          std::initializer_list<QVariant> values)
{
    Result<QSqlQuery *> query = bound(sql, values);
    if (!query)
        return fail(query.error());
    QSqlQuery &q = **query;
    QList<Row> rows;
    if (q.exec()) {
        const int columns = q.record().count();
        while (q.next()) {
            Row row;
            row.reserve(columns);
            for (int column = 0; column < columns; ++column)
                row.append(q.value(column));
            rows.append(std::move(row));
        }
    }
    // Reset at once: a statement left mid-result would pin an old snapshot of the WAL.
    const QSqlError error = q.lastError();
    q.finish();
    if (error.isValid())
        return failed(sql, error);
    return rows;
}

SqliteDatabase::Transaction::~Transaction()
{
    if (!m_open)
        return;
    if (Result<Change> rolledBack = m_database.change(QStringLiteral("ROLLBACK")); !rolledBack)
        qCWarning(m_database.m_log) << "rollback failed:" << rolledBack.error().detail;
}

Result<void> SqliteDatabase::Transaction::begin(Mode mode)
{
    Result<Change> begun = m_database.change(mode == Mode::Write ? QStringLiteral("BEGIN IMMEDIATE")
                                                                 : QStringLiteral("BEGIN"));
    if (!begun)
        return fail(begun.error());
    m_open = true;
    return {};
}

Result<void> SqliteDatabase::Transaction::commit()
{
    if (Result<Change> committed = m_database.change(QStringLiteral("COMMIT")); !committed)
        return fail(committed.error());
    m_open = false;
    return {};
}

} // namespace cardinal::storage
