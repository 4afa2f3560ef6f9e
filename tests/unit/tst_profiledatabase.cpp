// SPDX-License-Identifier: GPL-3.0-or-later
// The profile database on real SQLite files: the storage key, the file's mode and journal,
// wrong keys and foreign files, tampered rows, indexes, and that no plaintext reaches the disk.
#include "client/historystore.h"
#include "common/fileio.h"
#include "profilestoresupport.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;

class TestProfileDatabase : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void derivesTheStorageKeyAsSpecified()
    {
        std::array<std::uint8_t, 32> scalar{};
        for (std::size_t i = 0; i < scalar.size(); ++i)
            scalar[i] = std::uint8_t(i + 1);
        const auto device = crypto::X25519KeyPair::fromPrivate(*StorageKey::fromBytes(scalar));
        // HKDF-SHA256(salt = "", ikm = scalar, info = "Cardinal profile storage v1", L = 32),
        // computed independently with Python's hmac module.
        const QByteArray expected =
            QByteArray::fromHex("cc003ea0f05e0057ee2ce8deb7cc9ee546910f981e6430846af9b59022c4c359");
        QCOMPARE(crypto::asView(deriveStorageKey(device).span()).toByteArray(), expected);
        QVERIFY(!(deriveStorageKey(crypto::X25519KeyPair::generate()) == deriveStorageKey(device)));
    }

    void createsAnOwnerOnlyWalDatabase()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        QCOMPARE(db->path(), dir.filePath(QStringLiteral("profile.sqlite")));
        const auto permissions = QFile::permissions(db->path());
        QVERIFY(permissions.testFlags(OwnerOnly));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::ReadOther |
                                 QFileDevice::WriteGroup | QFileDevice::WriteOther)));
        db.reset();
        withRawDatabase(dir.path(), [](QSqlDatabase &raw) {
            QSqlQuery query(raw);
            QVERIFY(query.exec(QStringLiteral("PRAGMA journal_mode")) && query.next());
            QCOMPARE(query.value(0).toString(), QStringLiteral("wal"));
            QVERIFY(query.exec(QStringLiteral("SELECT version FROM schema_version")) &&
                    query.next());
            QCOMPARE(query.value(0).toInt(), ProfileDatabase::schemaVersion());
        });
        QVERIFY_FAILS(ProfileDatabase::open(dir.filePath(QStringLiteral("missing")), storageKey(1)),
                      ErrorCode::IoError);
    }

    void refusesAWrongKeyOrForeignFile()
    {
        QTemporaryDir dir;
        {
            auto db = openDatabase(dir.path(), 1);
            QVERIFY(db);
            QVERIFY_OK(
                HistoryStore(*db).addMessage(incoming(1, ConversationRef::direct(bob), "x")));
        }
        const auto wrong = ProfileDatabase::open(dir.path(), storageKey(2));
        QVERIFY_FAILS(wrong, ErrorCode::DecryptionFailed);
        QVERIFY(wrong.error().detail.contains(QStringLiteral("storage key")));
        auto right = openDatabase(dir.path(), 1);
        QVERIFY(right);
        QCOMPARE((*HistoryStore(*right).message(messageId(1)))->body, QByteArray("x"));

        right.reset();
        // Without its key check, a database holding rows is refused, whatever the key.
        withRawDatabase(dir.path(), [](QSqlDatabase &raw) {
            QVERIFY(rawExec(raw, QStringLiteral("DELETE FROM meta")));
        });
        const auto unchecked = ProfileDatabase::open(dir.path(), storageKey(2));
        QVERIFY_FAILS(unchecked, ErrorCode::CorruptFile);
        QVERIFY(unchecked.error().detail.contains(QStringLiteral("key check")));

        // A newer schema, someone else's SQLite file, and not SQLite at all.
        QTemporaryDir newer;
        QVERIFY(openDatabase(newer.path()));
        withRawDatabase(newer.path(), [](QSqlDatabase &raw) {
            QVERIFY(rawExec(raw, QStringLiteral("UPDATE schema_version SET version = 99")));
        });
        QVERIFY_FAILS(ProfileDatabase::open(newer.path(), storageKey(1)),
                      ErrorCode::UnsupportedVersion);
        QTemporaryDir foreign;
        withRawDatabase(foreign.path(), [](QSqlDatabase &raw) {
            QVERIFY(rawExec(raw, QStringLiteral("CREATE TABLE notes (text TEXT)")));
        });
        QVERIFY_FAILS(ProfileDatabase::open(foreign.path(), storageKey(1)), ErrorCode::CorruptFile);
        QTemporaryDir other;
        QFile garbage(other.filePath(QStringLiteral("profile.sqlite")));
        QVERIFY(garbage.open(QIODevice::WriteOnly));
        garbage.write(QByteArray(4096, 'z'));
        garbage.close();
        QVERIFY_FAILS(ProfileDatabase::open(other.path(), storageKey(1)), ErrorCode::CorruptFile);
    }

    void detectsTamperedRows()
    {
        QTemporaryDir dir;
        const ConversationRef withBob = ConversationRef::direct(bob);
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            HistoryStore history(*db);
            QVERIFY_OK(history.addMessage(incoming(1, withBob, "pay carol 10")));
            QVERIFY_OK(history.addMessage(incoming(2, withBob, "pay mallory 1000")));
            QVERIFY_OK(history.addMessage(incoming(3, ConversationRef::direct(carol), "c")));
        }
        // Each tampering on a fresh copy of the closed (checkpointed) file.
        const auto tampered = [&](const QString &sql, auto check) {
            QTemporaryDir copy;
            QVERIFY(QFile::copy(dir.filePath(QStringLiteral("profile.sqlite")),
                                copy.filePath(QStringLiteral("profile.sqlite"))));
            withRawDatabase(copy.path(), [&](QSqlDatabase &raw) {
                // Swaps go through a copy: an UPDATE's subqueries see the rows it changed.
                QVERIFY(
                    rawExec(raw, QStringLiteral("CREATE TEMP TABLE m AS SELECT * FROM messages")));
                QVERIFY(rawExec(raw, QStringLiteral("CREATE TEMP TABLE c AS"
                                                    " SELECT * FROM conversations")));
                QVERIFY(rawExec(raw, sql));
            });
            auto db = openDatabase(copy.path());
            QVERIFY(db);
            HistoryStore history(*db);
            check(history);
        };
        // Swap the sealed bodies of messages 1 and 2 (same conversation, same column).
        tampered(QStringLiteral("UPDATE messages SET body = (SELECT body FROM temp.m"
                                " WHERE temp.m.seq = 3 - messages.seq) WHERE seq IN (1, 2)"),
                 [&](HistoryStore &history) {
                     QVERIFY_FAILS(history.message(messageId(1)), ErrorCode::CorruptFile);
                     QVERIFY_FAILS(history.message(messageId(2)), ErrorCode::CorruptFile);
                     QVERIFY_FAILS(history.messages(withBob, 10), ErrorCode::CorruptFile);
                     QVERIFY_FAILS(history.conversations(), ErrorCode::CorruptFile);
                     QVERIFY_OK(history.message(messageId(3))); // the rest still opens
                 });
        // Move carol's message into bob's conversation; flip its direction; swap columns.
        tampered(QStringLiteral("UPDATE messages SET conversation = 1 WHERE seq = 3"),
                 [&](HistoryStore &history) {
                     QVERIFY_FAILS(history.message(messageId(3)), ErrorCode::CorruptFile);
                     QVERIFY_FAILS(history.messages(withBob, 10), ErrorCode::CorruptFile);
                 });
        tampered(QStringLiteral("UPDATE messages SET direction = 1 WHERE seq = 3"),
                 [&](HistoryStore &history) {
                     QVERIFY_FAILS(history.message(messageId(3)), ErrorCode::CorruptFile);
                 });
        tampered(QStringLiteral("UPDATE messages SET sender = body WHERE seq = 3"),
                 [&](HistoryStore &history) {
                     QVERIFY_FAILS(history.message(messageId(3)), ErrorCode::CorruptFile);
                 });
        // Swap the two conversations' sealed refs.
        tampered(QStringLiteral("UPDATE conversations SET ref = (SELECT ref FROM temp.c"
                                " WHERE temp.c.id = 3 - conversations.id)"),
                 [&](HistoryStore &history) {
                     QVERIFY_FAILS(history.message(messageId(1)), ErrorCode::CorruptFile);
                     QVERIFY_FAILS(history.conversations(), ErrorCode::CorruptFile);
                 });
        // Plaintext columns are not authenticated: a changed state reads back as changed.
        tampered(QStringLiteral("UPDATE messages SET state = 6 WHERE seq = 1"),
                 [&](HistoryStore &history) {
                     QCOMPARE((*history.message(messageId(1)))->state, MessageState::Undecryptable);
                 });
    }

    void writesNoPlaintextToDisk()
    {
        QTemporaryDir dir;
        const QByteArray body = "the eagle lands at midnight";
        const QString title = QStringLiteral("Secret Society");
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            HistoryStore history(*db);
            QVERIFY_OK(history.addMessage(incoming(1, ConversationRef::direct(bob), body)));
            QVERIFY_OK(history.addMessage(outgoing(2, ConversationRef::group(groupId), body)));
            QVERIFY_OK(history.setGroupTitle(groupId, title));
            QVERIFY_OK(history.updateState(
                messageId(2), MessageState::Failed, 0, 1,
                FailureReason::make(FailureKind::RefusedByServer,
                                    {QStringLiteral("refused by carol@example.org")})));
            QVERIFY(QFile::exists(db->path() + QStringLiteral("-wal")));
            const QByteArray open = databaseBytes(dir.path());
            QVERIFY(open.size() > 4096);
            for (const QByteArray &secret : {body, bob.toUtf8(), carol.toUtf8(), title.toUtf8(),
                                             QByteArray("alice@example.org"), groupId})
                QVERIFY2(!open.contains(secret), secret.constData());
            QVERIFY_OK(db->checkpoint());
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("profile.sqlite-wal"))));
        const QByteArray closed = databaseBytes(dir.path());
        for (const QByteArray &secret : {body, bob.toUtf8(), carol.toUtf8(), title.toUtf8(),
                                         QByteArray("example.org"), groupId})
            QVERIFY2(!closed.contains(secret), secret.constData());
    }

    void servesWindowsAndTheOutboxFromIndexes()
    {
        QTemporaryDir dir;
        QVERIFY(openDatabase(dir.path()));
        withRawDatabase(dir.path(), [](QSqlDatabase &raw) {
            const auto plan = [&raw](const QString &sql) {
                QSqlQuery query(raw);
                QString out;
                if (query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + sql))
                    while (query.next())
                        out += query.value(3).toString() + QLatin1Char('\n');
                return out;
            };
            const QString window = plan(QStringLiteral(
                "SELECT m.body FROM messages m WHERE m.conversation = 1 AND m.seq < 99"
                " ORDER BY m.seq DESC LIMIT 50"));
            QVERIFY2(window.contains(QStringLiteral("messages_by_conversation")),
                     qPrintable(window));
            QVERIFY2(!window.contains(QStringLiteral("TEMP B-TREE")), qPrintable(window));
            const QString outbox = plan(QStringLiteral(
                "SELECT m.body FROM messages m JOIN conversations c ON c.id = m.conversation"
                " WHERE m.direction = 1 AND m.state IN (0, 1) ORDER BY m.seq"));
            QVERIFY2(outbox.contains(QStringLiteral("messages_outbox")), qPrintable(outbox));
        });
    }
};

QTEST_GUILESS_MAIN(TestProfileDatabase)
#include "tst_profiledatabase.moc"
