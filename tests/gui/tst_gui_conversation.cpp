// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation view and composer as the app wires them, against the real server: alice
// writes in the app, bob reads and answers with the real cardinal-cli, and the answer
// appears in alice's timeline; her message's ticks follow the server's receipts.
#include "client/messenger.h"
#include "clitesting.h"
#include "resultchecks.h"
#include "serverprocess.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationview.h"
#include "ui/conversation/messagemodel.h"

#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QTest>
#include <QVBoxLayout>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;
using cardinal::ui::MessageModel;

namespace {
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
constexpr int NetworkTimeoutMs = 60'000;
constexpr int ReceiveAttempts = 5;

crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView(CliUsers::Passphrase));
}

//! The last row's `role` of `model`.
QVariant lastRow(const MessageModel *model, int role)
{
    return model && model->rowCount() > 0 ? model->index(model->rowCount() - 1).data(role)
                                          : QVariant();
}
} // namespace

class TestGuiConversation : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
    }

    void chatsWithTheCli()
    {
        auto opened = Messenger::open(m_users.profileDir(Alice), passphrase());
        QVERIFY_OK(opened);
        Messenger &alice = **opened;
        alice.connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(alice.connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);

        // The window as the shell builds it: timeline above, composer below.
        const ConversationRef withBob = ConversationRef::direct(CliUsers::identity(Bob));
        QWidget window;
        auto *view = new ui::ConversationView(&window);
        auto *composer = new ui::Composer(&window);
        auto *layout = new QVBoxLayout(&window);
        layout->addWidget(view, 1);
        layout->addWidget(composer);
        connect(composer, &ui::Composer::sendRequested, &alice,
                [&alice, withBob](const QString &text) {
                    auto sent = alice.sendText(withBob, text);
                    QVERIFY_OK(sent);
                });
        window.resize(520, 640);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        view->setConversation(&alice, withBob);
        MessageModel *model = view->model();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), 0);

        // Alice types and presses Enter.
        // Typed as key presses (QTest types ASCII only; the reply below is not ASCII).
        const QString hello = m_texts.make(QStringLiteral("Lunch by the fountain at noon?"));
        auto *edit = composer->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(edit);
        composer->focusEditor();
        QTest::keyClicks(edit, hello);
        QTest::keyClick(edit, Qt::Key_Return);
        QVERIFY(edit->toPlainText().isEmpty());
        QCOMPARE(model->rowCount(), 1);
        QCOMPARE(lastRow(model, MessageModel::TextRole).toString(), hello);
        QCOMPARE(lastRow(model, MessageModel::DirectionRole).toInt(), int(Direction::Outgoing));
        // The server takes it: the clock becomes a tick.
        QTRY_VERIFY_WITH_TIMEOUT(
            lastRow(model, MessageModel::StateRole).toInt() == int(MessageState::Stored) ||
                lastRow(model, MessageModel::StateRole).toInt() == int(MessageState::Delivered),
            NetworkTimeoutMs);

        // Bob reads it with the CLI.
        QStringList bodies;
        for (int attempt = 0; attempt < ReceiveAttempts && !bodies.contains(hello); ++attempt) {
            CliRun run;
            bodies += bodiesOf(m_users.receive(Bob, &run));
            QVERIFY_CLI_OK(run);
        }
        QVERIFY2(bodies.contains(hello), qPrintable(bodies.join(QLatin1Char('|'))));
        // Bob's device fetched it: the receipt turns the tick into a double tick.
        QTRY_COMPARE_WITH_TIMEOUT(lastRow(model, MessageModel::StateRole).toInt(),
                                  int(MessageState::Delivered), NetworkTimeoutMs);

        // Bob answers; the answer appears in alice's timeline, from bob.
        const QString reply = m_texts.make(QStringLiteral("Grüße! Noon it is — by the fountain"));
        QVERIFY_CLI_OK(m_users.run(Bob, {QStringLiteral("send"), QStringLiteral("--to"),
                                         CliUsers::identity(Alice), reply}));
        QTRY_COMPARE_WITH_TIMEOUT(lastRow(model, MessageModel::TextRole).toString(), reply,
                                  NetworkTimeoutMs);
        QCOMPARE(model->rowCount(), 2);
        QCOMPARE(lastRow(model, MessageModel::DirectionRole).toInt(), int(Direction::Incoming));
        QCOMPARE(lastRow(model, MessageModel::SenderRole).toString(), CliUsers::identity(Bob));
        QVERIFY(lastRow(model, Qt::AccessibleTextRole).toString().endsWith(reply));
        view->clear();
        alice.disconnectFromServer();
    }
};

QTEST_MAIN(TestGuiConversation)
#include "tst_gui_conversation.moc"
