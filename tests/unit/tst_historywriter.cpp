// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryWriter: batches are written on a thread of its own, over a connection of its own,
// in order, with their answers back on the owner's thread; the owner's connection sees what
// it committed; destroying it mid-way leaves whole batches only; a connection it cannot
// open makes every store fail with the reason.
#include "client/historywriter.h"
#include "historytesting.h"
#include "profilestoresupport.h"

#include <QTemporaryDir>
#include <QThread>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;
using cardinal::testing::idsOf;

namespace {

constexpr int AnswerTimeoutMs = 30'000;
const ConversationRef withBob = ConversationRef::direct(bob);

//! Messages `first` .. `first + count - 1` from bob.
QList<HistoryMessage> batch(quint32 first, quint32 count)
{
    QList<HistoryMessage> messages;
    for (quint32 n = first; n < first + count; ++n)
        messages.append(incoming(n, withBob, QByteArray("message ") + QByteArray::number(n)));
    return messages;
}

//! What the writer answered, in the order it answered.
struct Answers
{
    QList<Result<QList<HistoryMessage>>> results;
    QList<QThread *> threads;

    HistoryWriter::Done recorder()
    {
        return [this](Result<QList<HistoryMessage>> added) {
            results.append(std::move(added));
            threads.append(QThread::currentThread());
        };
    }
};

} // namespace

class TestHistoryWriter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void writesInOrderAndAnswersOnTheOwnersThread()
    {
        QTemporaryDir dir;
        auto owner = openDatabase(dir.path());
        QVERIFY(owner);
        HistoryStore history(*owner);
        HistoryWriter writer(dir.path(), storageKey(1));
        Answers answers;
        writer.store(batch(1, 64), answers.recorder());
        writer.store(batch(65, 64), answers.recorder());
        // Two already stored, one new: as HistoryStore::addMessages().
        writer.store(batch(127, 3), answers.recorder());
        QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 3, AnswerTimeoutMs);
        QVERIFY(!writer.failedToOpen());
        for (QThread *thread : std::as_const(answers.threads))
            QCOMPARE(thread, QThread::currentThread());
        QCOMPARE(answers.results.at(0)->size(), 64);
        QCOMPARE(answers.results.at(0)->first().id, messageId(1));
        QCOMPARE(answers.results.at(1)->first().id, messageId(65));
        QCOMPARE(idsOf(*answers.results.at(2)), QList<protocol::MessageId>{messageId(129)});

        // The owner's connection reads what the writer's committed, in the order written.
        auto stored = history.messages(withBob, 1000);
        QVERIFY_OK(stored);
        QCOMPARE(stored->size(), 129);
        QCOMPARE(stored->first().id, messageId(129));
        QCOMPARE(stored->last().id, messageId(1));
        QCOMPARE(stored->last().body, QByteArray("message 1"));
    }

    void writesWhileTheOwnerWaits()
    {
        QTemporaryDir dir;
        auto owner = openDatabase(dir.path());
        QVERIFY(owner);
        HistoryWriter writer(dir.path(), storageKey(1));
        Answers answers;
        {
            // The owner holds the write lock: a store on its own thread would block here.
            ProfileDatabase::Transaction holding(*owner);
            QVERIFY_OK(holding.begin());
            writer.store(batch(1, 10), answers.recorder());
            QTest::qWait(300);
            QVERIFY(answers.results.isEmpty());
        } // rolled back: the writer gets the lock
        QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, AnswerTimeoutMs);
        QVERIFY_OK(answers.results.first());
        QCOMPARE(answers.results.first()->size(), 10);
    }

    void destroyedMidwayLeavesWholeBatches()
    {
        QTemporaryDir dir;
        auto owner = openDatabase(dir.path());
        QVERIFY(owner);
        HistoryStore history(*owner);
        Answers answers;
        {
            HistoryWriter writer(dir.path(), storageKey(1));
            for (quint32 i = 0; i < 8; ++i)
                writer.store(batch(1 + i * 64, 64), answers.recorder());
        } // waits for the batch being written, drops the rest, answers none
        QVERIFY(answers.results.isEmpty());
        QTest::qWait(50); // nothing posted from the writer is delivered afterwards either
        QVERIFY(answers.results.isEmpty());
        auto count = history.messageCount(withBob);
        QVERIFY_OK(count);
        QCOMPARE(*count % 64, 0);
        QVERIFY(*count <= 8 * 64);
        auto stored = history.messages(withBob, 1000);
        QVERIFY_OK(stored);
        for (qsizetype i = 0; i < stored->size(); ++i) // oldest last: a prefix of what was sent
            QCOMPARE(stored->at(stored->size() - 1 - i).id, messageId(quint32(i + 1)));
    }

    void anUnopenableDatabaseFailsEveryStore()
    {
        QTemporaryDir dir;
        auto owner = openDatabase(dir.path(), 1);
        QVERIFY(owner);
        HistoryWriter writer(dir.path(), storageKey(2)); // not the database's key
        Answers answers;
        writer.store(batch(1, 3), answers.recorder());
        QTRY_COMPARE_WITH_TIMEOUT(answers.results.size(), 1, AnswerTimeoutMs);
        QVERIFY(!answers.results.first());
        QCOMPARE(answers.results.first().error().code, ErrorCode::DecryptionFailed);
        QVERIFY(writer.failedToOpen());
    }
};

QTEST_GUILESS_MAIN(TestHistoryWriter)
#include "tst_historywriter.moc"
