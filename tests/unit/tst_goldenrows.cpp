// SPDX-License-Identifier: GPL-3.0-or-later
// The profile database's sealed values, version 1, pinned: tests/data/v1 holds a
// conversation's lookup value and the sealed sender, body and failure reason of a message
// and the sealed draft of its conversation, exactly as the history stored them under a
// fixed storage key with nonces from a fixed seed (hex, one value per file).
// Sealing the same rows the same way must give the same bytes, and the pinned bytes,
// put into the rows of a database opened with that key, must still read back through the
// history store as what was written: a change of the sealing (key derivation, associated
// data, row keys, the failure reason's form) cannot slip in unnoticed.
//
// The files come from this test: CARDINAL_REGENERATE_GOLDEN=1 writes them (only for a new
// version's directory; v1's must never change). See tests/data/README.md.
#include "client/historystore.h"
#include "client/profiledatabase.h"
#include "crypto/random.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <array>
#include <memory>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::client;

namespace {

const QString Directory = QStringLiteral(CARDINAL_SOURCE_DIR "/tests/data/v1");

//! The names of the pinned values, in the order rowValues() returns them.
const QStringList Names{QStringLiteral("rows-conversation-lookup"),
                        QStringLiteral("rows-message-sender"), QStringLiteral("rows-message-body"),
                        QStringLiteral("rows-message-failure"),
                        QStringLiteral("rows-conversation-draft")};

const QString Draft = QStringLiteral("A draft, version 1 – not sent yet");

std::array<std::uint8_t, 32> seed(const char *text)
{
    std::array<std::uint8_t, 32> bytes{};
    const QByteArray name(text);
    std::copy(name.cbegin(), name.cend(), bytes.begin());
    return bytes;
}

StorageKey storageKey()
{
    const std::array<std::uint8_t, StorageKeySize> bytes = seed("cardinal golden storage key v1");
    return *StorageKey::fromBytes(bytes);
}

//! The message whose row is pinned: one that could not be opened, so that it has a
//! failure reason as well.
HistoryMessage message()
{
    HistoryMessage m;
    m.id.span()[0] = 0x17;
    m.conversation = ConversationRef::direct(QStringLiteral("bob@example.org"));
    m.direction = Direction::Incoming;
    m.sender = QStringLiteral("bob@example.org");
    m.body = QByteArray("Hello from the golden row, version 1!");
    m.sentAtMs = 1'767'225'600'000;
    m.receivedAtMs = 1'767'225'601'000;
    m.state = MessageState::Undecryptable;
    m.failure =
        FailureReason::make(FailureKind::SenderMismatch, {QStringLiteral("bob@example.org"),
                                                          QStringLiteral("mallory@example.org")});
    return m;
}

//! A database in `directory` with the message and the draft written through the history
//! store, nonces drawn from `random`.
Result<std::unique_ptr<ProfileDatabase>> writeRows(const QString &directory,
                                                   crypto::RandomSource &random)
{
    auto db = ProfileDatabase::open(directory, storageKey(), random);
    if (!db)
        return fail(db.error());
    HistoryStore history(**db);
    if (auto added = history.addMessage(message()); !added)
        return fail(added.error());
    if (auto drafted = history.setDraft(message().conversation, Draft); !drafted)
        return fail(drafted.error());
    return std::move(*db);
}

//! The stored values, in the order of Names.
Result<QByteArrayList> rowValues(ProfileDatabase &db)
{
    auto rows = db.select(
        QStringLiteral(
            "SELECT c.lookup, m.sender, m.body, m.failure, c.draft"
            " FROM messages m JOIN conversations c ON c.id = m.conversation WHERE m.id = ?"),
        {message().id.toByteArray()});
    if (!rows)
        return fail(rows.error());
    if (rows->size() != 1)
        return fail(ErrorCode::CorruptFile, QStringLiteral("expected one message row"));
    QByteArrayList values;
    for (const QVariant &value : rows->first())
        values.append(value.toByteArray());
    return values;
}

//! The pinned value (hex in the file), or empty.
QByteArray golden(const QString &name)
{
    QFile file(QDir(Directory).filePath(name + QStringLiteral(".hex")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromHex(file.readAll().trimmed());
}

} // namespace

class TestGoldenRows : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_databases = 0;

    QString freshDirectory()
    {
        const QString path = m_dir.filePath(QString::number(++m_databases));
        QDir().mkpath(path);
        return path;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        if (qEnvironmentVariableIntValue("CARDINAL_REGENERATE_GOLDEN") != 1)
            return;
        crypto::DeterministicRandom random(seed("cardinal golden rows, v1"));
        auto db = writeRows(freshDirectory(), random);
        QVERIFY_OK(db);
        auto values = rowValues(**db);
        QVERIFY_OK(values);
        QVERIFY(QDir().mkpath(Directory));
        for (qsizetype i = 0; i < Names.size(); ++i) {
            QFile file(QDir(Directory).filePath(Names.at(i) + QStringLiteral(".hex")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(values->at(i).toHex() + '\n');
        }
        QSKIP("wrote the golden row files");
    }

    void sealingGivesTheSameBytes()
    {
        crypto::DeterministicRandom random(seed("cardinal golden rows, v1"));
        auto db = writeRows(freshDirectory(), random);
        QVERIFY_OK(db);
        auto values = rowValues(**db);
        QVERIFY_OK(values);
        for (qsizetype i = 0; i < Names.size(); ++i) {
            const QByteArray pinned = golden(Names.at(i));
            QVERIFY2(!pinned.isEmpty(), qPrintable(Names.at(i) + QStringLiteral(": no file")));
            QVERIFY2(values->at(i) == pinned,
                     qPrintable(Names.at(i) + QStringLiteral(": the stored form changed")));
        }
    }

    void pinnedRowsStillOpen()
    {
        // Written with other nonces, then the pinned values put in their place.
        auto db = writeRows(freshDirectory(), crypto::systemRandom());
        QVERIFY_OK(db);
        auto written = rowValues(**db);
        QVERIFY_OK(written);
        QCOMPARE(written->at(0), golden(Names.at(0))); // the lookup value has no nonce
        QVERIFY(written->at(2) != golden(Names.at(2)));
        const QByteArray id = message().id.toByteArray();
        QVERIFY_OK((*db)->change(
            QStringLiteral("UPDATE messages SET sender = ?, body = ?, failure = ? WHERE id = ?"),
            {golden(Names.at(1)), golden(Names.at(2)), golden(Names.at(3)), id}));
        QVERIFY_OK(
            (*db)->change(QStringLiteral("UPDATE conversations SET draft = ? WHERE lookup = ?"),
                          {golden(Names.at(4)), golden(Names.at(0))}));

        HistoryStore history(**db);
        auto read = history.message(message().id);
        QVERIFY_OK(read);
        QVERIFY(read->has_value());
        HistoryMessage expected = message();
        expected.orderKey = (*read)->orderKey; // the store's own numbering
        QCOMPARE((*read)->body, expected.body);
        QCOMPARE((*read)->sender, expected.sender);
        QVERIFY((*read)->failure == expected.failure);
        QVERIFY(**read == expected);
        auto draft = history.draft(message().conversation);
        QVERIFY_OK(draft);
        QCOMPARE(*draft, Draft);
    }

    void aPinnedValueInAnotherColumnDoesNotOpen()
    {
        // The sealing binds each value to its column: the body where the sender goes fails.
        auto db = writeRows(freshDirectory(), crypto::systemRandom());
        QVERIFY_OK(db);
        QVERIFY_OK((*db)->change(QStringLiteral("UPDATE messages SET sender = ? WHERE id = ?"),
                                 {golden(Names.at(2)), message().id.toByteArray()}));
        HistoryStore history(**db);
        QVERIFY_FAILS(history.message(message().id), ErrorCode::CorruptFile);
    }
};

QTEST_GUILESS_MAIN(TestGoldenRows)
#include "tst_goldenrows.moc"
