// SPDX-License-Identifier: GPL-3.0-or-later
// The whole app window against the real server and real cardinal-cli users: unlocking,
// a chat started with the New chat dialog, drafts per conversation, notifications and the
// title's unread count, a contact's key changing (the banner, held messages, "Accept new
// key"), locking by hand and after idling, and unlocking back to where the person was.
#include "cardswap.h"
#include "clitesting.h"
#include "resultchecks.h"
#include "serverprocess.h"

#include "client/messenger.h"
#include "ui/kit/appsettings.h"
#include "ui/shell/appwindow.h"
#include "ui/shell/chatpane.h"
#include "ui/shell/chatworkspace.h"
#include "ui/shell/idlelock.h"
#include "ui/shell/traynotifier.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QTableWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>

using namespace cardinal;
using namespace cardinal::testing;
using namespace std::chrono_literals;

namespace {

const QString Alice = QStringLiteral("alice"); // uses the app
const QString Bob = QStringLiteral("bob");     // uses cardinal-cli
constexpr int NetworkTimeoutMs = 30'000;

//! Whether some row of `view`'s model shows `text`.
bool viewShows(QAbstractItemView *view, const QString &text)
{
    if (!view || !view->model())
        return false;
    const QAbstractItemModel *model = view->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        const QModelIndex index = model->index(row, 0);
        if (index.data(Qt::DisplayRole).toString().contains(text)
            || index.data(Qt::AccessibleTextRole).toString().contains(text))
            return true;
    }
    return false;
}

//! Runs `drive` on the next modal dialog as soon as it is shown; rejects the dialog if it
//! is still open after `limitMs`, so a broken dialog cannot hang the suite.
void driveNextDialog(std::function<void(QDialog *)> drive, int limitMs = NetworkTimeoutMs)
{
    QTimer::singleShot(0, qApp, [drive = std::move(drive), limitMs] {
        auto *dialog = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!dialog) {
            qWarning("no modal dialog to drive");
            return;
        }
        // The dialog is the timer's context: once it is gone, the timer is too.
        QTimer::singleShot(limitMs, dialog, &QDialog::reject);
        drive(dialog);
    });
}

} // namespace

class TestGuiApp : public QObject
{
    Q_OBJECT

    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    TestTexts m_texts;
    std::unique_ptr<ui::AppWindow> m_window;

    QAbstractItemView *messageView() const
    {
        return m_window->findChild<QAbstractItemView *>(QStringLiteral("messageView"));
    }

    void unlock(const QString &passphrase)
    {
        auto *edit = m_window->findChild<QLineEdit *>(QStringLiteral("unlockPassphraseEdit"));
        QVERIFY(edit);
        edit->clear();
        QTest::keyClicks(edit, passphrase);
        auto *button = m_window->findChild<QPushButton *>(QStringLiteral("unlockButton"));
        QVERIFY(button);
        button->click();
    }

    void typeAndSend(const QString &text)
    {
        auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClicks(composer, text);
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(composer->toPlainText().isEmpty(), 5000);
    }

    void waitOnline()
    {
        QVERIFY(m_window->messenger());
        QTRY_COMPARE_WITH_TIMEOUT(m_window->messenger()->connectionState(),
                                  client::Connection::State::Online, NetworkTimeoutMs);
    }

    //! The newest outgoing message of the open conversation.
    client::HistoryMessage lastOutgoing()
    {
        const auto ref = client::ConversationRef::direct(CliUsers::identity(Bob));
        auto messages = m_window->messenger()->messages(ref, 20);
        if (messages)
            for (const client::HistoryMessage &message : *messages)
                if (message.direction == client::Direction::Outgoing)
                    return message;
        return {};
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
        m_window = std::make_unique<ui::AppWindow>(m_users.profileDir(Alice), m_server.url());
        m_window->settings().setAutoLockMinutes(0);
        m_window->start();
        m_window->show();
        QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    }

    void cleanupTestCase() { m_window.reset(); }

    void wrongPassphraseKeepsItLocked()
    {
        QVERIFY(m_window->isLocked());
        // The unlock screen says whose profile it is (from the public card).
        bool named = false;
        for (const QLabel *label : m_window->findChildren<QLabel *>())
            named = named || (label->isVisible() && label->text().contains(CliUsers::identity(Alice)));
        QVERIFY(named);
        unlock(QStringLiteral("not the passphrase"));
        auto *error = m_window->findChild<QWidget *>(QStringLiteral("unlockError"));
        QVERIFY(error);
        QTRY_VERIFY_WITH_TIMEOUT(error->isVisible(), 10'000);
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->messenger());
    }

    void unlockingOpensTheWorkspace()
    {
        QSignalSpy unlocked(m_window.get(), &ui::AppWindow::unlocked);
        unlock(QString::fromLatin1(CliUsers::Passphrase));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10'000);
        QVERIFY(!m_window->isLocked());
        QVERIFY(m_window->windowTitle().contains(CliUsers::identity(Alice)));
        waitOnline();
    }

    void chatStartedInTheAppReachesTheCli()
    {
        driveNextDialog([](QDialog *dialog) {
            auto *identity = dialog->findChild<QLineEdit *>(QStringLiteral("newChatIdentity"));
            auto *start = dialog->findChild<QPushButton *>(QStringLiteral("startChatButton"));
            if (!identity || !start)
                return dialog->reject();
            QTest::keyClicks(identity, CliUsers::identity(Bob));
            start->click();
        });
        m_window->workspace()->newChat();
        const auto open = m_window->workspace()->currentConversation();
        QVERIFY(open.has_value());
        QCOMPARE(open->peer, CliUsers::identity(Bob));
        // Listed (and selected) before its first message.
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QVERIFY(viewShows(list, CliUsers::identity(Bob)));
        QVERIFY(list->currentIndex().isValid());

        const QString hello = m_texts.make(QStringLiteral("Hello from the desktop app"));
        typeAndSend(hello);
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(messageView(), hello), 5000);
        QTRY_VERIFY_WITH_TIMEOUT(lastOutgoing().state == client::MessageState::Stored
                                     || lastOutgoing().state == client::MessageState::Delivered,
                                 NetworkTimeoutMs);
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{hello});
    }

    void replyFromTheCliAppearsInTheView()
    {
        const QString reply = m_texts.make(QStringLiteral("Hello back from the command line"));
        QVERIFY_CLI_OK(m_users.run(Bob, {QStringLiteral("send"), QStringLiteral("--to"),
                                         CliUsers::identity(Alice), reply}));
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(messageView(), reply), NetworkTimeoutMs);
    }

    void draftsStayWithTheirConversation()
    {
        const auto withBob = client::ConversationRef::direct(CliUsers::identity(Bob));
        const auto withCarol = client::ConversationRef::direct(QStringLiteral("carol@example.org"));
        QVERIFY_OK(m_window->messenger()->startConversation(withCarol));
        ui::ChatWorkspace *workspace = m_window->workspace();
        workspace->openConversation(withBob);
        auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClicks(composer, QStringLiteral("half-typed for bob"));

        // Another conversation starts empty; bob's row says what waits there.
        workspace->openConversation(withCarol);
        QCOMPARE(composer->toPlainText(), QString());
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QTRY_VERIFY(viewShows(list, QStringLiteral("Draft: half-typed for bob")));
        QTest::keyClicks(composer, QStringLiteral("and one for carol"));
        workspace->openConversation(withBob);
        QCOMPARE(composer->toPlainText(), QStringLiteral("half-typed for bob"));
        // Kept in the profile (sealed), so that it outlives a lock or a restart.
        QCOMPARE(*m_window->messenger()->draft(withCarol),
                 QStringLiteral("and one for carol"));

        // Sending it removes the draft.
        QTest::keyClick(composer, Qt::Key_Return);
        QTRY_VERIFY_WITH_TIMEOUT(viewShows(messageView(), QStringLiteral("half-typed for bob")), 5000);
        QCOMPARE(*m_window->messenger()->draft(withBob), QString());
        QTRY_VERIFY(!viewShows(list, QStringLiteral("Draft: half-typed")));
        QTRY_VERIFY_WITH_TIMEOUT(lastOutgoing().state == client::MessageState::Stored
                                     || lastOutgoing().state == client::MessageState::Delivered,
                                 NetworkTimeoutMs);
        QCOMPARE(bodiesOf(m_users.receive(Bob)), QStringList{QStringLiteral("half-typed for bob")});
    }

    void notificationHidesTextWhenAsked()
    {
        // Not looking at the conversation: a notification is due.
        m_window->workspace()->chatPane()->closeConversation();
        m_window->settings().setNotificationsEnabled(true);
        m_window->settings().setNotificationShowsText(false);
        QSignalSpy notified(m_window->notifier(), &ui::TrayNotifier::notified);
        const QString secret = m_texts.make(QStringLiteral("Not for the notification area"));
        QVERIFY_CLI_OK(m_users.run(Bob, {QStringLiteral("send"), QStringLiteral("--to"),
                                         CliUsers::identity(Alice), secret}));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 1, NetworkTimeoutMs);
        const QString shown = m_window->notifier()->lastNotification();
        QVERIFY2(shown.contains(CliUsers::identity(Bob)), qPrintable(shown));
        QVERIFY2(!shown.contains(secret), qPrintable(shown));
        QTRY_VERIFY_WITH_TIMEOUT(m_window->notifier()->unreadCount() >= 1, 5000);
        // The title names the profile once and counts what is unread, also after the
        // language changed (that rebuilds the workspace).
        const QString counted = QStringLiteral("(%1) %2")
                                    .arg(m_window->notifier()->unreadCount())
                                    .arg(CliUsers::identity(Alice));
        QCOMPARE(m_window->windowTitle(), counted);
        // The language applies while the settings are open: the dialog rewords itself.
        QString titleInGerman;
        QString windowTitleInGerman;
        driveNextDialog([&](QDialog *dialog) {
            auto *language = dialog->findChild<QComboBox *>(QStringLiteral("languageCombo"));
            if (!language)
                return dialog->reject();
            language->setCurrentIndex(language->findData(QStringLiteral("de")));
            // LanguageChange is posted: give it its turn.
            (void)QTest::qWaitFor([dialog] { return dialog->windowTitle() != u"Settings"; }, 5000);
            titleInGerman = dialog->windowTitle();
            windowTitleInGerman = m_window->windowTitle();
            language->setCurrentIndex(language->findData(QString()));
            dialog->reject();
        });
        m_window->openSettings();
        QCOMPARE(titleInGerman, QStringLiteral("Einstellungen"));
        QCOMPARE(windowTitleInGerman, counted);
        QCOMPARE(m_window->settings().language(), QString());
        QCOMPARE(m_window->windowTitle(), counted);
        QVERIFY(m_window->workspace());

        m_window->settings().setNotificationShowsText(true);
        const QString visible = m_texts.make(QStringLiteral("Fine to show"));
        QVERIFY_CLI_OK(m_users.run(Bob, {QStringLiteral("send"), QStringLiteral("--to"),
                                         CliUsers::identity(Alice), visible}));
        QTRY_COMPARE_WITH_TIMEOUT(notified.count(), 2, NetworkTimeoutMs);
        QVERIFY(m_window->notifier()->lastNotification().contains(visible));
        m_window->workspace()->openConversation(client::ConversationRef::direct(CliUsers::identity(Bob)));
    }

    void keyChangeHoldsMessagesUntilAccepted()
    {
        const QString bob = CliUsers::identity(Bob);
        client::Messenger *messenger = m_window->messenger();
        QVERIFY(messenger->markVerified(bob));
        auto *banner = m_window->findChild<QWidget *>(QStringLiteral("keyChangeBanner"));
        QVERIFY(banner);
        QVERIFY(!banner->isVisible());

        SwappedCard newKey;
        QString error;
        QVERIFY2(swapCard(m_server, bob, newKey, &error), qPrintable(error));
        waitOnline();

        const QString held = m_texts.make(QStringLiteral("Typed after the key changed"));
        typeAndSend(held);
        QTRY_VERIFY_WITH_TIMEOUT(banner->isVisible(), NetworkTimeoutMs);
        QTRY_COMPARE_WITH_TIMEOUT(lastOutgoing().state, client::MessageState::Held,
                                  NetworkTimeoutMs);
        QVERIFY(lastOutgoing().body == held.toUtf8());
        // Held means held: it does not leave on its own.
        QTest::qWait(500);
        QCOMPARE(lastOutgoing().state, client::MessageState::Held);

        // The timeline's newest lines (the notice, the held message) are on screen below
        // the banner that pushed them up.
        QAbstractItemView *view = messageView();
        const QModelIndex newest = view->model()->index(view->model()->rowCount() - 1, 0);
        QTRY_VERIFY(view->viewport()->rect().contains(view->visualRect(newest).bottomLeft()));

        // Accepting asks first; Cancel (the default) changes nothing.
        auto *accept = m_window->findChild<QPushButton *>(QStringLiteral("acceptNewKeyButton"));
        QVERIFY(accept && accept->isVisible());
        bool asked = false;
        driveNextDialog([&asked](QDialog *dialog) {
            asked = dialog->objectName() == QStringLiteral("confirmAcceptKeyDialog");
            dialog->reject();
        });
        accept->click();
        QVERIFY(asked);
        QCOMPARE(lastOutgoing().state, client::MessageState::Held);
        QVERIFY(banner->isVisible());
        driveNextDialog([](QDialog *dialog) {
            auto *confirm = dialog->findChild<QPushButton *>(QStringLiteral("confirmAcceptKeyButton"));
            if (!confirm)
                return dialog->reject();
            confirm->click();
        });
        accept->click();
        QTRY_VERIFY_WITH_TIMEOUT(lastOutgoing().state == client::MessageState::Stored
                                     || lastOutgoing().state == client::MessageState::Delivered,
                                 NetworkTimeoutMs);
        QTRY_VERIFY_WITH_TIMEOUT(!banner->isVisible(), 5000);
        auto contact = messenger->contact(bob);
        QVERIFY(contact && contact->has_value());
        QCOMPARE((*contact)->identityKey, newKey.identityKey.publicKey());
        // The decision is on the record, in the timeline.
        QTRY_VERIFY(viewShows(view, QStringLiteral("You accepted the new key of %1.").arg(bob)));
    }

    void lockingForgetsTheMessenger()
    {
        QSignalSpy locked(m_window.get(), &ui::AppWindow::locked);
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(composer);
        composer->setFocus();
        QTest::keyClick(composer, Qt::Key_L, Qt::ControlModifier);
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 5000);
        QVERIFY(m_window->isLocked());
        QVERIFY(!m_window->messenger());
        QVERIFY(!m_window->findChild<QAbstractItemView *>(QStringLiteral("messageView")));
    }

    void unlockingResumesWhereItLeftOff()
    {
        QSignalSpy unlocked(m_window.get(), &ui::AppWindow::unlocked);
        unlock(QString::fromLatin1(CliUsers::Passphrase));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10'000);
        // The conversation that was open is open again, with the focus in its composer.
        const auto open = m_window->workspace()->currentConversation();
        QVERIFY(open.has_value());
        QCOMPARE(open->peer, CliUsers::identity(Bob));
        auto *composer = m_window->findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        QVERIFY(composer);
        QTRY_COMPARE(m_window->focusWidget(), composer);

        // The shortcuts work wherever the focus is, even nowhere at all.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        composer->clearFocus();
        bool dialogShown = false;
        driveNextDialog([&dialogShown](QDialog *dialog) {
            dialogShown = true;
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_N, Qt::ControlModifier);
        QTRY_VERIFY(dialogShown);

        // F1 lists the shortcuts, read from the window's own actions.
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QStringList listed;
        driveNextDialog([&listed](QDialog *dialog) {
            if (auto *table = dialog->findChild<QTableWidget *>(QStringLiteral("shortcutTable")))
                for (int row = 0; row < table->rowCount(); ++row)
                    listed.append(table->item(row, 0)->text() + u'=' + table->item(row, 1)->text());
            dialog->reject();
        });
        QTest::keyClick(m_window.get(), Qt::Key_F1);
        QTRY_VERIFY(!listed.isEmpty());
        const QString ctrlN = QKeySequence(Qt::CTRL | Qt::Key_N).toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(QStringLiteral("New chat=") + ctrlN), qPrintable(listed.join(u'|')));
        QVERIFY2(listed.contains(QStringLiteral("Quit=") +
                                 QKeySequence(Qt::CTRL | Qt::Key_Q).toString(QKeySequence::NativeText)),
                 qPrintable(listed.join(u'|')));
        // The menu has what a desktop app's menu has.
        auto *menu = m_window->findChild<QMenu *>(QStringLiteral("mainMenu"));
        QVERIFY(menu);
        QStringList entries;
        for (const QAction *action : menu->actions())
            entries.append(QString(action->text()).remove(u'&'));
        for (const QString &entry : {QStringLiteral("Keyboard shortcuts"), QStringLiteral("About Cardinal"),
                                     QStringLiteral("Lock"), QStringLiteral("Quit")})
            QVERIFY2(entries.contains(entry), qPrintable(entries.join(u'|')));

        // Enter on a conversation in the list moves on to writing in it.
        auto *list = m_window->findChild<QAbstractItemView *>(QStringLiteral("conversationList"));
        QVERIFY(list);
        list->setFocus();
        QVERIFY(list->currentIndex().isValid());
        QTest::keyClick(list, Qt::Key_Return);
        QCOMPARE(m_window->focusWidget(), composer);
        m_window->lock();
        QVERIFY(m_window->isLocked());
    }

    void idleTimeLocksTheApp()
    {
        QSignalSpy unlocked(m_window.get(), &ui::AppWindow::unlocked);
        unlock(QString::fromLatin1(CliUsers::Passphrase));
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.count(), 1, 10'000);
        QSignalSpy locked(m_window.get(), &ui::AppWindow::locked);
        m_window->idleLock()->setTimeout(200ms);
        m_window->idleLock()->start();
        QTRY_COMPARE_WITH_TIMEOUT(locked.count(), 1, 10'000);
        QVERIFY(!m_window->messenger());
    }
};

QTEST_MAIN(TestGuiApp)
#include "tst_gui_app.moc"
