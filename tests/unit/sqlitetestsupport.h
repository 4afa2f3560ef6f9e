// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the SqliteStorage test suites: result checks, made-up ids, cards and devices, and
// raw access to a database file behind the storage's back.
#pragma once

#include "server/sqlitestorage.h"

#include <QCryptographicHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "resultchecks.h"

namespace cardinal::server::testing {

using protocol::CardId;
using protocol::DeviceId;
using protocol::MessageId;


template<typename Id>
Id makeId(quint8 n)
{
    std::array<std::uint8_t, Id::Size> bytes{};
    bytes.fill(n);
    return Id(bytes);
}

inline StoredCard makeCard(const QString &identity, quint8 n)
{
    return StoredCard{makeId<CardId>(n), identity, "card " + QByteArray::number(n), false,
                      1000 + n};
}

inline StoredDevice makeDevice(quint8 n, quint8 card)
{
    return StoredDevice{
        makeId<DeviceId>(n), makeId<CardId>(card), "record " + QByteArray::number(n), false, {}};
}

inline const QString alice = QStringLiteral("alice@example.org");
inline const QString bob = QStringLiteral("bob@example.org");
inline const QString carol = QStringLiteral("carol@example.org");

//! The direct channel id as specified, computed independently of the storage.
inline QByteArray directId(const QString &a, const QString &b)
{
    const QByteArray input = QByteArray("cardinal direct channel") + '\0' + qMin(a, b).toUtf8() +
                             '\0' + qMax(a, b).toUtf8();
    return QCryptographicHash::hash(input, QCryptographicHash::Sha256).left(16);
}

//! Runs `body` on a connection of the test's own to `path`, outside any SqliteStorage.
template<typename Body>
void withRawDatabase(const QString &path, Body body)
{
    const QString name = QStringLiteral("test.raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        QVERIFY(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

inline int rawInt(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    if (!query.exec(sql) || !query.next())
        return -1;
    return query.value(0).toInt();
}

} // namespace cardinal::server::testing
