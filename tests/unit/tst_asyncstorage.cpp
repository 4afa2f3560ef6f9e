// SPDX-License-Identifier: GPL-3.0-or-later
// AsyncStorage over a real SQLite file: units run on the storage thread, one at a time and
// in order, and their results come back on the submitting thread; the event loop goes on
// while a unit works; a result whose requester has gone is dropped although its unit ran;
// the storage closes after everything submitted has run; a storage that cannot be opened
// is reported at start.
#include "server/asyncstorage.h"
#include "server/sqlitestorage.h"

#include <QFile>
#include <QSemaphore>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>
#include <QTimer>

#include <memory>

#include "resultchecks.h"
#include "servicetesting.h"
#include "sqlitetestsupport.h"

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::testing;
using server::testing::makeCard;
using server::testing::makeDevice;

class TestAsyncStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1").arg(++m_files)); }

private Q_SLOTS:
    void unitsRunOnTheStorageThreadAndAnswerHere()
    {
        auto storage = startStorage(newPath());
        QVERIFY_OK(storage);
        QThread *here = QThread::currentThread();
        QThread *worker = nullptr;
        QThread *answeredOn = nullptr;
        std::optional<Result<std::optional<StoredCard>>> answer;
        QObject requester;
        (*storage)->run(
            &requester,
            [&worker](Storage &database) {
                worker = QThread::currentThread();
                return database.activeCard(QStringLiteral("alice@example.org"));
            },
            [&](Result<std::optional<StoredCard>> card) {
                answeredOn = QThread::currentThread();
                answer = std::move(card);
            });
        QTRY_VERIFY(answer.has_value());
        QVERIFY(worker != nullptr && worker != here);
        QCOMPARE(answeredOn, here);
        QVERIFY_OK(*answer);
        QVERIFY(!answer->value().has_value());
    }

    void unitsRunOneAtATimeInOrder()
    {
        auto storage = startStorage(newPath());
        QVERIFY_OK(storage);
        QObject requester;
        QList<int> ran;
        QList<int> answered;
        constexpr int Units = 50;
        for (int i = 0; i < Units; ++i)
            (*storage)->run(
                &requester,
                [i, &ran](Storage &database) -> Result<int> {
                    ran.append(i); // only ever touched on the storage thread, one at a time
                    auto stored = database.putBackup(QStringLiteral("alice@example.org"),
                                                     QByteArray::number(i));
                    if (!stored)
                        return fail(stored.error());
                    return i;
                },
                [&answered](Result<int> done) { answered.append(done.value_or(-1)); });
        QTRY_COMPARE(answered.size(), Units);
        QList<int> expected;
        for (int i = 0; i < Units; ++i)
            expected.append(i);
        QCOMPARE(answered, expected);
        QCOMPARE(ran, expected);
        // The last write won: the units were not reordered on their way either.
        auto last = (*storage)->wait([](Storage &database) {
            return database.backup(QStringLiteral("alice@example.org"));
        });
        QVERIFY_OK(last);
        QCOMPARE(last->value(), QByteArray::number(Units - 1));
    }

    void theEventLoopGoesOnWhileAUnitWorks()
    {
        auto storage = startStorage(newPath());
        QVERIFY_OK(storage);
        QObject requester;
        QSemaphore release;
        bool answered = false;
        (*storage)->run(
            &requester,
            [&release](Storage &) -> Result<void> {
                release.acquire(); // a disk that takes its time
                return {};
            },
            [&answered](Result<void>) { answered = true; });
        // A timer on this thread fires while the unit is still waiting.
        bool ticked = false;
        QTimer::singleShot(0, &requester, [&ticked] { ticked = true; });
        QTRY_VERIFY(ticked);
        QVERIFY(!answered);
        QCOMPARE((*storage)->backlog(), 1);
        release.release();
        QTRY_VERIFY(answered);
        QCOMPARE((*storage)->backlog(), 0);
    }

    void aGoneRequesterGetsNoAnswerButItsUnitRan()
    {
        auto storage = startStorage(newPath());
        QVERIFY_OK(storage);
        bool answered = false;
        {
            QObject requester;
            (*storage)->run(
                &requester,
                [](Storage &database) {
                    return database.publishCard(makeCard(QStringLiteral("bob@example.org"), 1),
                                                makeDevice(1, 1));
                },
                [&answered](Result<void>) { answered = true; });
        } // the session closed before storage answered
        auto card = (*storage)->wait([](Storage &database) {
            return database.activeCard(QStringLiteral("bob@example.org"));
        });
        QVERIFY_OK(card);
        QVERIFY(card->has_value()); // stored all the same
        QCoreApplication::sendPostedEvents();
        QVERIFY(!answered);
    }

    void closingRunsWhatWasSubmitted()
    {
        const QString path = newPath();
        {
            auto storage = startStorage(path);
            QVERIFY_OK(storage);
            QObject requester;
            for (quint8 n = 1; n <= 5; ++n)
                (*storage)->run(
                    &requester,
                    [n](Storage &database) {
                        return database.publishCard(
                            makeCard(QStringLiteral("user%1@example.org").arg(n), n),
                            makeDevice(n, n));
                    },
                    [](Result<void>) {});
        } // destroyed at once, with five units submitted
        auto reopened = SqliteStorage::open(path);
        QVERIFY_OK(reopened);
        for (quint8 n = 1; n <= 5; ++n) {
            auto card = (*reopened)->activeCard(QStringLiteral("user%1@example.org").arg(n));
            QVERIFY_OK(card);
            QVERIFY2(card->has_value(), qPrintable(QString::number(n)));
        }
    }

    void aStorageThatCannotOpenIsReported()
    {
        const QString garbage = newPath();
        QFile file(garbage);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(QByteArray(4096, 'x'));
        file.close();
        QVERIFY_FAILS(startStorage(garbage), ErrorCode::CorruptFile);
        QVERIFY_FAILS(startStorage(QString()), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestAsyncStorage)
#include "tst_asyncstorage.moc"
