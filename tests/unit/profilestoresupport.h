// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the profile database suites: result checks, keys, made-up messages, and raw
// access to the database file behind the stores' back.
#pragma once

#include "client/historystore.h"
#include "client/profiledatabase.h"

#include <QDir>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTest>

#include "resultchecks.h"

namespace cardinal::client::testing {


//! A made-up storage key: 32 bytes of `n`.
inline StorageKey storageKey(quint8 n)
{
    std::array<std::uint8_t, StorageKeySize> bytes{};
    bytes.fill(n);
    return *StorageKey::fromBytes(bytes);
}

//! The database in `directory` under key `n`, or nullptr (after a failed QVERIFY).
inline std::unique_ptr<ProfileDatabase> openDatabase(const QString &directory, quint8 n = 1)
{
    auto opened = ProfileDatabase::open(directory, storageKey(n));
    if (!opened) {
        qWarning("open failed: %s", cardinal::testing::errorText(opened).constData());
        return nullptr;
    }
    return std::move(*opened);
}

//! Runs `body` on a connection of the test's own to the database file in `directory`.
template<typename Body> void withRawDatabase(const QString &directory, Body body)
{
    const QString name = QStringLiteral("test.raw");
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QDir(directory).filePath(ProfileDatabase::FileName));
        QVERIFY(db.open());
        body(db);
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

//! Runs a statement on a raw connection; false when it fails.
inline bool rawExec(QSqlDatabase &db, const QString &sql)
{
    QSqlQuery query(db);
    return query.exec(sql);
}

//! The bytes of the database file and its WAL (when there is one).
inline QByteArray databaseBytes(const QString &directory)
{
    QByteArray all;
    const QString path = QDir(directory).filePath(ProfileDatabase::FileName);
    for (const QString &file : {path, QString(path + QStringLiteral("-wal"))}) {
        QFile f(file);
        if (f.open(QIODevice::ReadOnly))
            all += f.readAll();
    }
    return all;
}

inline const QString bob = QStringLiteral("bob@example.org");
inline const QString carol = QStringLiteral("carol@example.org");
inline const QByteArray groupId = QByteArray(16, 'g');

//! A made-up message id, distinct for each `n`.
inline protocol::MessageId messageId(quint32 n)
{
    std::array<std::uint8_t, 16> bytes{};
    for (int i = 0; i < 4; ++i)
        bytes[std::size_t(i)] = std::uint8_t(n >> (8 * i));
    bytes[15] = 0xA5;
    return protocol::MessageId(bytes);
}

//! Message `n` from the peer (direct) or from carol (group), with times derived from `n`.
inline HistoryMessage incoming(quint32 n, const ConversationRef &ref, const QByteArray &body)
{
    HistoryMessage m;
    m.id = messageId(n);
    m.conversation = ref;
    m.sender = ref.kind == ConversationRef::Kind::Direct ? ref.peer : carol;
    m.body = body;
    m.sentAtMs = 1'700'000'000'000 + n;
    m.receivedAtMs = 1'700'000'001'000 + n;
    return m;
}

//! Message `n` written by alice, in `state`.
inline HistoryMessage outgoing(quint32 n, const ConversationRef &ref, const QByteArray &body,
                               MessageState state = MessageState::Queued)
{
    HistoryMessage m = incoming(n, ref, body);
    m.direction = Direction::Outgoing;
    m.sender = QStringLiteral("alice@example.org");
    m.state = state;
    return m;
}

} // namespace cardinal::client::testing
