// SPDX-License-Identifier: GPL-3.0-or-later
#include "migration.h"

#include "sqlitedatabase.h"

#include <algorithm>
#include <optional>

namespace cardinal::storage {

namespace {

//! The schema version inside the current transaction: 0 for a database without tables.
Result<int> readVersion(SqliteDatabase &database)
{
    Result<QVariant> tables =
        database.execute(QStringLiteral("SELECT count(*) FROM sqlite_master WHERE type = 'table'"
                                        " AND name = 'schema_version'"));
    if (!tables)
        return fail(tables.error());
    if (tables->toInt() == 1) {
        Result<QVariant> version =
            database.execute(QStringLiteral("SELECT version FROM schema_version WHERE id = 1"));
        if (!version)
            return fail(version.error());
        if (!version->isValid())
            return fail(ErrorCode::CorruptFile, QStringLiteral("the schema version is missing"));
        return version->toInt();
    }
    // No version table: fresh, unless someone else's tables are there.
    Result<QVariant> others =
        database.execute(QStringLiteral("SELECT count(*) FROM sqlite_master"
                                        " WHERE name NOT LIKE 'sqlite\\_%' ESCAPE '\\'"));
    if (!others)
        return fail(others.error());
    if (others->toInt() != 0)
        return fail(ErrorCode::CorruptFile,
                    QStringLiteral("the file is an SQLite database but not a Cardinal %1")
                        .arg(database.options().name));
    return 0;
}

//! Applies `step` and records its version, inside the caller's transaction.
Result<void> apply(SqliteDatabase &database, const Migration &step)
{
    for (const char *statement : step.statements)
        if (Result<QVariant> applied = database.execute(QString::fromLatin1(statement)); !applied)
            return fail(applied.error());
    Result<SqliteDatabase::Change> recorded =
        database.change(QStringLiteral("INSERT OR REPLACE INTO schema_version (id, version)"
                                       " VALUES (1, ?)"),
                        {step.version});
    return recorded ? Result<void>() : fail(recorded.error());
}

} // namespace

Result<int> migrate(SqliteDatabase &database, std::span<const Migration> steps)
{
    const int target = steps.empty() ? 0 : steps.back().version;
    std::optional<int> found;
    for (;;) {
        SqliteDatabase::Transaction transaction(database);
        if (Result<void> begun = transaction.begin(); !begun)
            return fail(begun.error());
        Result<int> version = readVersion(database);
        if (!version)
            return fail(version.error());
        if (!found)
            found = *version;
        if (*version > target)
            return fail(ErrorCode::UnsupportedVersion,
                        QStringLiteral("%1 schema %2 is newer than this version of Cardinal (%3)")
                            .arg(database.options().name)
                            .arg(*version)
                            .arg(target));
        if (*version == target) {
            if (Result<void> done = transaction.commit(); !done)
                return fail(done.error());
            return *found;
        }
        const auto step = std::find_if(steps.begin(), steps.end(), [&](const Migration &m) {
            return m.version == *version + 1;
        });
        if (step == steps.end())
            return fail(ErrorCode::UnsupportedVersion,
                        QStringLiteral("no migration from schema %1").arg(*version));
        if (Result<void> applied = apply(database, *step); !applied)
            return fail(applied.error());
        if (Result<void> done = transaction.commit(); !done)
            return fail(done.error());
        qCInfo(database.log()).nospace().noquote()
            << "migrated the " << database.options().name << " to schema " << step->version;
    }
}

} // namespace cardinal::storage
