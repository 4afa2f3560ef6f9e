// SPDX-License-Identifier: GPL-3.0-or-later
// First run and unlock through the real widgets, against the real cardinal-server: a new
// account from the welcome page to an online, registered Messenger; the unlock screen on
// that profile; a wrong code explained inline; an unfinished profile resumed at the code
// page; unusable servers named on the server page, and a failed code request that says no
// code was sent; an account restored from the key backup that cardinal-cli uploaded. Every wait is
// bounded; each test gets a server of its own, so code-request limits never carry over.
#include "clitesting.h"
#include "loopbackfakes.h"
#include "serverprocess.h"
#include "widgetdriving.h"

#include "client/messenger.h"
#include "client/profile.h"
#include "ui/onboarding/onboardingflow.h"
#include "ui/onboarding/unlockscreen.h"

#include <QAbstractButton>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;
using cardinal::client::Connection;
using cardinal::ui::OnboardingFlow;
using cardinal::ui::UnlockScreen;

namespace {

constexpr int NetworkTimeoutMs = 30'000;
const QString Passphrase = QStringLiteral("a long enough passphrase");

QString identity(const QString &name)
{
    return CliUsers::identity(name);
}

} // namespace

class TestGuiOnboarding : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<ServerProcess> m_server;
    QTemporaryDir m_dir;

    [[nodiscard]] QString profileDir(const QString &name) const { return m_dir.filePath(name); }

    //! Whether the label of the line edit `name` sits above it (as on every page).
    static bool labelIsAbove(const QWidget &root, const char *name)
    {
        const auto *edit = find<QLineEdit>(root, name);
        for (const QLabel *label : root.findChildren<QLabel *>()) {
            if (edit && label->buddy() == edit && label->isVisible())
                return label->mapTo(&root, label->rect().bottomLeft()).y() <=
                       edit->mapTo(&root, QPoint(0, 0)).y();
        }
        qWarning("%s has no visible label", name);
        return false;
    }

    //! A new account for `name` from the welcome page to the code page, the code sent.
    void reachCodePage(OnboardingFlow &flow, const QString &name)
    {
        QVERIFY(click(flow, "createAccountButton"));
        QVERIFY(shows(flow, "serverEdit"));
        QCOMPARE(find<QLineEdit>(flow, "serverEdit")->text(), m_server->url().toString());
        QVERIFY(click(flow, "serverContinueButton"));
        // The server is checked first.
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "identityEdit"), NetworkTimeoutMs);
        QVERIFY(!find<QLineEdit>(flow, "deviceNameEdit")->text().isEmpty());
        QVERIFY(type(flow, "identityEdit", identity(name)));
        QVERIFY(type(flow, "deviceNameEdit", QStringLiteral("Desk")));
        QVERIFY(labelIsAbove(flow, "identityEdit"));
        QVERIFY(click(flow, "identityContinueButton"));
        QVERIFY(shows(flow, "passphraseEdit"));
        QVERIFY(labelIsAbove(flow, "passphraseEdit"));
        QVERIFY(labelIsAbove(flow, "passphraseConfirmEdit"));
        QVERIFY(!find<QPushButton>(flow, "passphraseContinueButton")->isEnabled());
        QVERIFY(type(flow, "passphraseEdit", Passphrase));
        QVERIFY(type(flow, "passphraseConfirmEdit", Passphrase));
        // Enter in the last field moves on, as the primary button would.
        QTest::keyClick(find<QLineEdit>(flow, "passphraseConfirmEdit"), Qt::Key_Return);
        // The keys are made and sealed (scrypt) on a worker thread: until then the page says
        // so and takes no input, and the event loop goes on.
        QVERIFY(anyShown(flow, "onboardingProgress"));
        QVERIFY(!find<QLineEdit>(flow, "passphraseEdit")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "codeEdit"), 10'000);
        QVERIFY(!anyShown(flow, "onboardingProgress"));
        QVERIFY(client::Profile::exists(profileDir(name)));
        QVERIFY(!shows(flow, "backupPassphraseEdit"));
        // Once a code is out, asking for another waits for the server's gap (a countdown).
        const auto *resend = find<QPushButton>(flow, "resendCodeButton");
        QVERIFY(resend && !resend->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(resend->text().contains(u'('), NetworkTimeoutMs);
        QVERIFY(!resend->isEnabled());
        QCOMPARE(errorText(flow, "codeError"), QString());
    }

    //! Types `code` and confirms it with Enter.
    [[nodiscard]] static bool enterCode(OnboardingFlow &flow, const QString &code)
    {
        if (!type(flow, "codeEdit", code))
            return false;
        QTest::keyClick(find<QLineEdit>(flow, "codeEdit"), Qt::Key_Return);
        return true;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        m_server = std::make_unique<ServerProcess>(QStringLiteral(CARDINAL_SERVER_PATH));
        QVERIFY2(m_server->init(), qPrintable(m_server->lastError()));
        QVERIFY2(m_server->start(), qPrintable(m_server->lastError()));
    }

    void cleanup() { m_server.reset(); }

    void newAccountRegistersAndUnlocks()
    {
        const QString name = QStringLiteral("carol");
        std::unique_ptr<client::Messenger> messenger;
        {
            OnboardingFlow flow(profileDir(name), m_server->url());
            flow.resize(900, 700);
            flow.show();
            QSignalSpy completed(&flow, &OnboardingFlow::completed);
            reachCodePage(flow, name);
            if (QTest::currentTestFailed())
                return;
            const std::optional<QString> code =
                m_server->takeCode(identity(name), NetworkTimeoutMs);
            QVERIFY2(code, qPrintable(m_server->lastError()));
            QVERIFY(!flow.takeMessenger()); // nothing to take before completion
            QVERIFY(enterCode(flow, *code));
            QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, NetworkTimeoutMs);
            messenger = flow.takeMessenger();
            QVERIFY(messenger);
            QVERIFY(!flow.takeMessenger());
        }
        QVERIFY(messenger->isRegistered());
        QCOMPARE(messenger->identity(), identity(name));
        QTRY_COMPARE_WITH_TIMEOUT(messenger->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
        messenger.reset();

        UnlockScreen unlock(profileDir(name));
        unlock.resize(900, 700);
        unlock.show();
        QSignalSpy unlocked(&unlock, &UnlockScreen::unlocked);
        QVERIFY(!find<QPushButton>(unlock, "unlockButton")->isEnabled());
        QVERIFY(type(unlock, "unlockPassphraseEdit", QStringLiteral("not the passphrase")));
        QVERIFY(click(unlock, "unlockButton"));
        // scrypt runs on a worker thread: until it answers, the card says so and takes no input.
        auto *progress = unlock.findChild<QWidget *>(QStringLiteral("onboardingProgress"));
        QVERIFY(progress && progress->isVisible());
        QVERIFY(!find<QLineEdit>(unlock, "unlockPassphraseEdit")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(unlock, "unlockError").isEmpty(), 10'000);
        QVERIFY(!progress->isVisible());
        QVERIFY(find<QLineEdit>(unlock, "unlockPassphraseEdit")->isEnabled());
        QCOMPARE(unlocked.size(), 0);
        QVERIFY(!unlock.takeMessenger());
        QCOMPARE(find<QLineEdit>(unlock, "unlockPassphraseEdit")->text(), QString());

        QVERIFY(type(unlock, "unlockPassphraseEdit", Passphrase));
        QTest::keyClick(find<QLineEdit>(unlock, "unlockPassphraseEdit"), Qt::Key_Return);
        QTRY_COMPARE_WITH_TIMEOUT(unlocked.size(), 1, 10'000);
        messenger = unlock.takeMessenger();
        QVERIFY(messenger);
        QVERIFY(messenger->isRegistered());
        QCOMPARE(messenger->identity(), identity(name));

        // Locking again: the shell resets the screen, which forgets the error.
        unlock.reset();
        QCOMPARE(errorText(unlock, "unlockError"), QString());
    }

    void wrongCodeIsExplainedOnTheCodePage()
    {
        const QString name = QStringLiteral("dave");
        OnboardingFlow flow(profileDir(name), m_server->url());
        flow.resize(900, 700);
        flow.show();
        QSignalSpy completed(&flow, &OnboardingFlow::completed);
        reachCodePage(flow, name);
        if (QTest::currentTestFailed())
            return;
        const std::optional<QString> code = m_server->takeCode(identity(name), NetworkTimeoutMs);
        QVERIFY2(code, qPrintable(m_server->lastError()));
        QString wrong = *code;
        wrong.back() = QChar(u'0' + (wrong.back().unicode() - u'0' + 1) % 10); // any other digit

        QVERIFY(enterCode(flow, wrong));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(flow, "codeError").isEmpty(), NetworkTimeoutMs);
        // One sentence in the person's words, not the server's detail after it.
        QCOMPARE(errorText(flow, "codeError"), QStringLiteral("That code is not correct: 4 attempts left."));
        QVERIFY(shows(flow, "codeEdit"));
        QCOMPARE(find<QLineEdit>(flow, "codeEdit")->text(), wrong); // kept, to be corrected
        QCOMPARE(completed.size(), 0);

        QVERIFY(enterCode(flow, *code));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, NetworkTimeoutMs);
        QVERIFY(flow.takeMessenger()->isRegistered());
    }

    void invalidInputIsExplainedInline()
    {
        OnboardingFlow flow(profileDir(QStringLiteral("erin")), m_server->url());
        flow.resize(900, 700);
        flow.show();
        QVERIFY(click(flow, "createAccountButton"));

        QVERIFY(type(flow, "serverEdit", QStringLiteral("http://chat.example.org")));
        QVERIFY(click(flow, "serverContinueButton"));
        QVERIFY(!errorText(flow, "serverError").isEmpty());
        QVERIFY(shows(flow, "serverEdit"));
        QCOMPARE(find<QLineEdit>(flow, "serverEdit")->text(),
                 QStringLiteral("http://chat.example.org"));

        QVERIFY(type(flow, "serverEdit", m_server->url().toString()));
        QVERIFY(!shows(flow, "authorityEdit"));
        QVERIFY(click(flow, "advancedButton"));
        QVERIFY(type(flow, "authorityEdit", QStringLiteral("12 34 zz")));
        QVERIFY(click(flow, "serverContinueButton"));
        QVERIFY(!errorText(flow, "serverError").isEmpty());
        QVERIFY(shows(flow, "authorityEdit"));

        // The key as `cardinal-server init` prints it, here split into groups by spaces.
        QVERIFY(m_server->authorityKey());
        const QString hex = QString::fromLatin1(m_server->authorityKey()->toByteArray().toHex(' '));
        QVERIFY(type(flow, "authorityEdit", hex));
        QVERIFY(click(flow, "serverContinueButton"));
        // The server is checked first.
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "identityEdit"), NetworkTimeoutMs);

        QVERIFY(type(flow, "identityEdit", QStringLiteral("not an address")));
        QVERIFY(click(flow, "identityContinueButton"));
        QVERIFY(!errorText(flow, "identityError").isEmpty());
        QCOMPARE(find<QLineEdit>(flow, "identityEdit")->text(), QStringLiteral("not an address"));
        QVERIFY(type(flow, "identityEdit", QStringLiteral(" Erin@Example.org ")));
        QVERIFY(click(flow, "identityContinueButton"));
        QVERIFY(shows(flow, "passphraseEdit"));

        // Too short, or not matching: Continue stays disabled.
        QVERIFY(type(flow, "passphraseEdit", QStringLiteral("short")));
        QVERIFY(type(flow, "passphraseConfirmEdit", QStringLiteral("short")));
        QVERIFY(!find<QPushButton>(flow, "passphraseContinueButton")->isEnabled());
        QVERIFY(type(flow, "passphraseEdit", Passphrase));
        QVERIFY(!find<QPushButton>(flow, "passphraseContinueButton")->isEnabled());

        // Back all the way; nothing was created.
        QVERIFY(click(flow, "passphraseBackButton"));
        QVERIFY(shows(flow, "identityEdit"));
        QVERIFY(click(flow, "identityBackButton"));
        QVERIFY(shows(flow, "serverEdit"));
        QVERIFY(click(flow, "serverBackButton"));
        QVERIFY(shows(flow, "createAccountButton"));
        QVERIFY(!OnboardingFlow::profileExists(profileDir(QStringLiteral("erin"))));
    }

    void unusableServersAreNamedOnTheServerPage()
    {
        OnboardingFlow flow(profileDir(QStringLiteral("ivan")), m_server->url());
        flow.resize(900, 700);
        flow.show();
        QVERIFY(click(flow, "createAccountButton"));

        // Nothing listens: said at once, on this page, naming the address.
        const quint16 closed = closedLoopbackPort();
        QVERIFY(closed != 0);
        QVERIFY(type(flow, "serverEdit", QStringLiteral("ws://127.0.0.1:%1").arg(closed)));
        QVERIFY(click(flow, "serverContinueButton"));
        QVERIFY(anyShown(flow, "onboardingProgress")); // "Checking …" while it waits
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(flow, "serverError").isEmpty(), NetworkTimeoutMs);
        const QString refused = errorText(flow, "serverError");
        QVERIFY2(refused.contains(QStringLiteral("127.0.0.1:%1").arg(closed)) &&
                     refused.contains(QStringLiteral("refused the connection")),
                 qPrintable(refused));
        QVERIFY(!refused.contains(QStringLiteral("file")));
        QVERIFY(shows(flow, "serverEdit"));
        QVERIFY(!anyShown(flow, "onboardingProgress"));

        // A web server, not ours.
        QTcpServer web;
        QVERIFY(web.listen(QHostAddress::LocalHost));
        answerLikeAWebServer(web);
        QVERIFY(type(flow, "serverEdit", QStringLiteral("ws://127.0.0.1:%1").arg(web.serverPort())));
        QVERIFY(click(flow, "serverContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(errorText(flow, "serverError").contains(
                                     QStringLiteral("not a Cardinal server")),
                                 NetworkTimeoutMs);

        // Our server, but not the key the operator gave out.
        QVERIFY(type(flow, "serverEdit", m_server->url().toString()));
        QVERIFY(click(flow, "advancedButton"));
        QVERIFY(type(flow, "authorityEdit", QString(64, u'a')));
        QVERIFY(click(flow, "serverContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(errorText(flow, "serverError").contains(
                                     QStringLiteral("not the one whose key you entered")),
                                 NetworkTimeoutMs);
        QVERIFY(!OnboardingFlow::profileExists(profileDir(QStringLiteral("ivan"))));

        // Fixed: on to the next step.
        QVERIFY(type(flow, "authorityEdit", QString()));
        QVERIFY(click(flow, "serverContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "identityEdit"), NetworkTimeoutMs);
    }

    void aFailedCodeRequestSaysNoCodeWasSent()
    {
        const QString name = QStringLiteral("judy");
        const auto passphrase = crypto::SecureBuffer::fromUtf8(Passphrase);
        QVERIFY(client::Profile::create(profileDir(name), {identity(name), QStringLiteral("Desk")},
                                        passphrase)
                    .hasValue());
        auto opened = client::Messenger::open(profileDir(name), passphrase);
        QVERIFY(opened);
        // The server it was set up for is gone.
        const QUrl gone = m_server->url();
        QVERIFY((*opened)->setServer(gone).hasValue());
        QVERIFY(m_server->stop());

        OnboardingFlow flow(profileDir(name), gone);
        flow.resize(900, 700);
        flow.show();
        flow.resume(std::move(*opened));
        QVERIFY(shows(flow, "codeEdit"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(flow, "codeError").isEmpty(), NetworkTimeoutMs);
        const QString error = errorText(flow, "codeError");
        QVERIFY2(error.contains(QStringLiteral("refused the connection")) ||
                     error.contains(QStringLiteral("does not answer")),
                 qPrintable(error));
        bool saysNone = false;
        for (const QLabel *label : flow.findChildren<QLabel *>(QStringLiteral("onboardingExplanation")))
            saysNone = saysNone || (label->isVisible() &&
                                    label->text().startsWith(QStringLiteral("No code was sent")));
        QVERIFY(saysNone);
        // Asking again is possible at once.
        QVERIFY(find<QPushButton>(flow, "resendCodeButton")->isEnabled());
    }

    void unfinishedProfileResumesAtTheCodePage()
    {
        const QString name = QStringLiteral("frank");
        const auto passphrase = crypto::SecureBuffer::fromUtf8(Passphrase);
        QVERIFY(client::Profile::create(profileDir(name), {identity(name), QStringLiteral("Desk")},
                                        passphrase)
                    .hasValue());
        QVERIFY(OnboardingFlow::profileExists(profileDir(name)));
        auto opened = client::Messenger::open(profileDir(name), passphrase);
        QVERIFY(opened);
        QVERIFY(!(*opened)->isRegistered());
        QVERIFY((*opened)->setServer(m_server->url()).hasValue());

        OnboardingFlow flow(profileDir(name), QUrl(QStringLiteral("ws://127.0.0.1:1")));
        flow.resize(900, 700);
        flow.show();
        QSignalSpy completed(&flow, &OnboardingFlow::completed);
        flow.resume(std::move(*opened));
        QVERIFY(shows(flow, "codeEdit"));
        const std::optional<QString> code = m_server->takeCode(identity(name), NetworkTimeoutMs);
        QVERIFY2(code, qPrintable(m_server->lastError()));
        QVERIFY(enterCode(flow, *code));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, NetworkTimeoutMs);
        auto messenger = flow.takeMessenger();
        QVERIFY(messenger && messenger->isRegistered());
        QTRY_COMPARE_WITH_TIMEOUT(messenger->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
    }

    void profileWithoutServerResumesAtTheServerPage()
    {
        const QString name = QStringLiteral("grace");
        const auto passphrase = crypto::SecureBuffer::fromUtf8(Passphrase);
        QVERIFY(client::Profile::create(profileDir(name), {identity(name), QStringLiteral("Desk")},
                                        passphrase)
                    .hasValue());
        auto opened = client::Messenger::open(profileDir(name), passphrase);
        QVERIFY(opened);

        OnboardingFlow flow(profileDir(name), m_server->url());
        flow.resize(900, 700);
        flow.show();
        flow.resume(std::move(*opened));
        QVERIFY(shows(flow, "serverEdit"));
        QVERIFY(click(flow, "serverContinueButton"));
        // The server is checked first.
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "codeEdit"), NetworkTimeoutMs);
        const std::optional<QString> code = m_server->takeCode(identity(name), NetworkTimeoutMs);
        QVERIFY2(code, qPrintable(m_server->lastError()));
        // Back leads to the server page: the address belongs to the profile by now.
        QVERIFY(click(flow, "codeBackButton"));
        QVERIFY(shows(flow, "serverEdit"));
        QVERIFY(click(flow, "serverBackButton"));
        QVERIFY(shows(flow, "codeEdit"));
    }

    void accountIsRestoredFromTheKeyBackup()
    {
        CliUsers users;
        QVERIFY(users.isValid());
        const QString name = QStringLiteral("heidi");
        QString error;
        QVERIFY2(users.registerUser(*m_server, name, &error), qPrintable(error));
        // The CLI seals the backup under the profile's own passphrase.
        QVERIFY_CLI_OK(users.run(name, {QStringLiteral("backup"), QStringLiteral("upload")}));
        // The server allows one code per address every 30 s and keeps that count in memory
        // only: a restart lets the restore ask at once, as it could a minute later.
        QVERIFY2(m_server->restart(), qPrintable(m_server->lastError()));

        const QString directory = profileDir(QStringLiteral("heidi-laptop"));
        OnboardingFlow flow(directory, m_server->url());
        flow.resize(900, 700);
        flow.show();
        QSignalSpy completed(&flow, &OnboardingFlow::completed);
        QVERIFY(click(flow, "restoreButton"));
        QVERIFY(click(flow, "serverContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "identityEdit"), NetworkTimeoutMs);
        QVERIFY(type(flow, "identityEdit", identity(name)));
        QVERIFY(type(flow, "deviceNameEdit", QStringLiteral("Laptop")));
        QVERIFY(click(flow, "identityContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "codeEdit"), NetworkTimeoutMs);
        QCOMPARE(errorText(flow, "identityError"), QString());
        QVERIFY(shows(flow, "backupPassphraseEdit"));
        std::optional<QString> code = m_server->takeCode(identity(name), NetworkTimeoutMs);
        QVERIFY2(code, qPrintable(m_server->lastError()));
        QVERIFY(type(flow, "codeEdit", *code));
        QVERIFY(!find<QPushButton>(flow, "confirmCodeButton")->isEnabled()); // no passphrase yet

        // A wrong backup passphrase: back on the code page, told why, the input still there.
        const QString wrongBackup = QStringLiteral("not the backup passphrase");
        QVERIFY(type(flow, "backupPassphraseEdit", wrongBackup));
        QVERIFY(click(flow, "confirmCodeButton"));
        QVERIFY(shows(flow, "passphraseEdit"));
        QVERIFY(!OnboardingFlow::profileExists(directory));
        QVERIFY(type(flow, "passphraseEdit", Passphrase));
        QVERIFY(type(flow, "passphraseConfirmEdit", Passphrase));
        QVERIFY(click(flow, "passphraseContinueButton"));
        // Fetching and opening the backup (scrypt, on a worker thread) shows progress.
        QVERIFY(anyShown(flow, "onboardingProgress"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(flow, "codeError").isEmpty(), NetworkTimeoutMs);
        QVERIFY(!anyShown(flow, "onboardingProgress"));
        QVERIFY2(errorText(flow, "codeError").contains(QStringLiteral("backup passphrase")),
                 qPrintable(errorText(flow, "codeError")));
        QVERIFY(shows(flow, "codeEdit"));
        QCOMPARE(find<QLineEdit>(flow, "backupPassphraseEdit")->text(), wrongBackup);
        QCOMPARE(completed.size(), 0);
        QVERIFY(!OnboardingFlow::profileExists(directory));

        // Fetching the backup used the code up: ask for a new one from the address page
        // (a restart again spares the test the server's 30 s between two codes).
        QVERIFY2(m_server->restart(), qPrintable(m_server->lastError()));
        QVERIFY(click(flow, "codeBackButton"));
        QVERIFY(shows(flow, "identityEdit"));
        QVERIFY(click(flow, "identityContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "codeEdit"), NetworkTimeoutMs);
        QCOMPARE(errorText(flow, "codeError"), QString());
        code = m_server->takeCode(identity(name), NetworkTimeoutMs);
        QVERIFY2(code, qPrintable(m_server->lastError()));
        QVERIFY(type(flow, "codeEdit", *code));
        QVERIFY(type(flow, "backupPassphraseEdit", QString::fromLatin1(CliUsers::Passphrase)));
        QVERIFY(click(flow, "confirmCodeButton"));

        // The new passphrase typed before is still there.
        QVERIFY(shows(flow, "passphraseEdit"));
        QVERIFY(click(flow, "passphraseContinueButton"));
        QVERIFY(anyShown(flow, "onboardingProgress"));
        QVERIFY(!find<QLineEdit>(flow, "passphraseEdit")->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(completed.size() == 1 || !errorText(flow, "codeError").isEmpty() ||
                                     !errorText(flow, "passphraseError").isEmpty(),
                                 NetworkTimeoutMs);
        QVERIFY2(completed.size() == 1,
                 qPrintable(errorText(flow, "codeError") + errorText(flow, "passphraseError")));

        auto messenger = flow.takeMessenger();
        QVERIFY(messenger);
        QCOMPARE(messenger->identity(), identity(name));
        QVERIFY(messenger->isRegistered());
        QTRY_COMPARE_WITH_TIMEOUT(messenger->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
        messenger.reset();

        // The new device joined the card: the first one sees two devices now.
        const CliRun devices = users.json(name, {QStringLiteral("devices")});
        QVERIFY_CLI_OK(devices);
        QCOMPARE(devices.json(QStringLiteral("device")).size(), 2);
        QVERIFY(fieldOf(devices.json(QStringLiteral("device")), "label")
                    .contains(QStringLiteral("Laptop")));
    }
};

QTEST_MAIN(TestGuiOnboarding)
#include "tst_gui_onboarding.moc"
