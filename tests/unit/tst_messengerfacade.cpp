// SPDX-License-Identifier: GPL-3.0-or-later
// The Messenger as the UI sees it, without a server: creating a profile off the GUI thread,
// its properties, and that every command announces what it changed, carrying the messages.
#include "client/messenger.h"
#include "resultchecks.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace cardinal;
using namespace cardinal::client;
using crypto::SecureBuffer;

namespace {
SecureBuffer pass()
{
    return SecureBuffer::fromByteArray(QByteArrayView("correct horse"));
}

const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");
constexpr int WorkerTimeoutMs = 30'000; // scrypt on a slow, busy machine
} // namespace

class TestMessengerFacade : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Messenger> m_messenger;

    //! createInBackground() into `name`, waited for.
    Result<std::unique_ptr<Messenger>> create(const QString &name)
    {
        std::optional<Result<std::unique_ptr<Messenger>>> outcome;
        QObject context;
        Messenger::createInBackground(m_dir.filePath(name), {Alice, QStringLiteral("laptop"), 0},
                                      pass(), &context,
                                      [&](Result<std::unique_ptr<Messenger>> created) {
                                          outcome.emplace(std::move(created));
                                      });
        if (!QTest::qWaitFor([&] { return outcome.has_value(); }, WorkerTimeoutMs))
            return fail(ErrorCode::Unreachable, QStringLiteral("no answer from the worker"));
        return std::move(*outcome);
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(!Messenger::profileExists(m_dir.filePath(QStringLiteral("alice"))));
        auto created = create(QStringLiteral("alice"));
        QVERIFY_OK(created);
        m_messenger = std::move(*created);
    }

    void createsAProfileOnAWorkerThread()
    {
        const QString directory = m_dir.filePath(QStringLiteral("alice"));
        QVERIFY(Messenger::profileExists(directory));
        QCOMPARE(*Messenger::profileIdentity(directory), Alice);
        QCOMPARE(m_messenger->identity(), Alice);
        QCOMPARE(m_messenger->deviceLabel(), QStringLiteral("laptop"));
        // What was created opens with the same passphrase.
        auto reopened = Messenger::open(directory, pass());
        QVERIFY_OK(reopened);
        QCOMPARE((*reopened)->deviceId(), m_messenger->deviceId());
        // A second profile in the same place is refused, and nothing is overwritten.
        QVERIFY_FAILS(create(QStringLiteral("alice")), ErrorCode::InvalidArgument);
    }

    void dropsTheAnswerOnceTheContextIsGone()
    {
        const QString directory = m_dir.filePath(QStringLiteral("abandoned"));
        bool called = false;
        auto *context = new QObject;
        Messenger::createInBackground(directory, {Alice, QStringLiteral("desk"), 0}, pass(),
                                      context,
                                      [&](Result<std::unique_ptr<Messenger>>) { called = true; });
        delete context;
        // The worker still finishes its file; its answer has nobody to go to.
        QTRY_VERIFY_WITH_TIMEOUT(Messenger::profileExists(directory), WorkerTimeoutMs);
        QTest::qWait(200);
        QVERIFY(!called);
    }

    void showsItsStateAsProperties()
    {
        Messenger &m = *m_messenger;
        QCOMPARE(m.property("identity").toString(), Alice);
        QCOMPARE(m.property("registered").toBool(), false);
        QCOMPARE(m.property("server").toUrl(), QUrl());
        QCOMPARE(m.property("connectionState").value<Connection::State>(),
                 Connection::State::Disconnected);

        QSignalSpy server(&m, &Messenger::serverChanged);
        const QUrl url(QStringLiteral("ws://127.0.0.1:9"));
        QVERIFY_OK(m.setServer(url));
        QCOMPARE(server.size(), 1);
        QCOMPARE(server.first().at(0).toUrl(), url);
        QCOMPARE(m.property("server").toUrl(), url);
        QVERIFY_OK(m.setServer(url)); // the same address: nothing changed
        QCOMPARE(server.size(), 1);
        QVERIFY_FAILS(m.setServer(QUrl(QStringLiteral("http://127.0.0.1:9"))),
                      ErrorCode::InvalidArgument);
        QCOMPARE(server.size(), 1);
    }

    void announcesEveryChangeToAConversation()
    {
        Messenger &m = *m_messenger;
        const ConversationRef withBob = ConversationRef::direct(Bob);
        QSignalSpy started(&m, &Messenger::conversationStarted);
        QSignalSpy drafted(&m, &Messenger::draftSaved);
        QSignalSpy read(&m, &Messenger::conversationRead);
        QSignalSpy opened(&m, &Messenger::conversationOpened);

        QCOMPARE(*m.startConversation(withBob), true);
        QCOMPARE(*m.startConversation(withBob), false); // listed already: nothing to say
        QCOMPARE(started.size(), 1);
        QCOMPARE(started.first().at(0).value<ConversationRef>(), withBob);

        QVERIFY_OK(m.saveDraft(withBob, QStringLiteral("half a thought")));
        QCOMPARE(drafted.size(), 1);
        QCOMPARE(*m.draft(withBob), QStringLiteral("half a thought"));
        QCOMPARE(m.conversations()->first().draft, QStringLiteral("half a thought"));
        // Too long to keep: refused, and nothing announced.
        QVERIFY_FAILS(m.saveDraft(withBob, QString(MaxDraftBytes + 1, u'x')), ErrorCode::TooLarge);
        QCOMPARE(drafted.size(), 1);

        QVERIFY_OK(m.markOpened(withBob));
        QCOMPARE(opened.size(), 1);
        QCOMPARE(**m.lastOpened(), withBob);

        QVERIFY_OK(m.markRead(withBob));
        QCOMPARE(read.size(), 1);
        QCOMPARE(read.first().at(0).value<ConversationRef>(), withBob);
    }

    void carriesTheMessagesItAdds()
    {
        Messenger &m = *m_messenger;
        const ConversationRef withBob = ConversationRef::direct(Bob);
        QSignalSpy added(&m, &Messenger::messagesAdded);
        auto first = m.sendText(withBob, QStringLiteral("one"));
        auto second = m.sendText(withBob, QStringLiteral("two"));
        QVERIFY_OK(first);
        QVERIFY_OK(second);
        QCOMPARE(added.size(), 2);
        const auto one = added.at(0).at(0).value<QList<HistoryMessage>>();
        const auto two = added.at(1).at(0).value<QList<HistoryMessage>>();
        QCOMPARE(one.size(), 1);
        QCOMPARE(two.size(), 1);
        // As stored: with the order key a view sorts by, and what a view shows.
        QCOMPARE(one.first().id, *first);
        QCOMPARE(one.first().body, QByteArray("one"));
        QCOMPARE(one.first().sender, Alice);
        QCOMPARE(one.first().direction, Direction::Outgoing);
        QCOMPARE(one.first().state, MessageState::Queued);
        QVERIFY(one.first().orderKey > 0);
        QVERIFY(two.first().orderKey > one.first().orderKey);
        QCOMPARE(*m.message(*second), two.first());
        // The newest window, newest first, is what the signals carried.
        const auto window = m.messages(withBob, 2);
        QVERIFY_OK(window);
        QCOMPARE(*window, (QList<HistoryMessage>{two.first(), one.first()}));
        // Not yet sent (no server): both wait in the outbox.
        QCOMPARE(m.pendingMessages()->size(), 2);
        // An empty message is refused and announces nothing.
        QVERIFY_FAILS(m.sendText(withBob, QString()), ErrorCode::InvalidArgument);
        QCOMPARE(added.size(), 2);
    }

    void refusesTrustChangesForStrangers()
    {
        Messenger &m = *m_messenger;
        QSignalSpy changed(&m, &Messenger::contactChanged);
        QVERIFY(!m.contact(Bob)->has_value());
        QVERIFY_FAILS(m.markVerified(Bob), ErrorCode::NotFound);
        QVERIFY_FAILS(m.safetyNumber(Bob), ErrorCode::NotFound);
        QCOMPARE(changed.size(), 0);
        QVERIFY(m.contacts()->isEmpty());
    }

    void cleanupTestCase() { m_messenger.reset(); }
};

QTEST_GUILESS_MAIN(TestMessengerFacade)
#include "tst_messengerfacade.moc"
