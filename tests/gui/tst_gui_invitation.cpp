// SPDX-License-Identifier: GPL-3.0-or-later
// A new account with an invitation token instead of an e-mail code, through the real
// onboarding widgets against the real cardinal-server: the identity page's "I have an
// invitation token" leads to the token (no code is asked for), a token for another address
// is refused on the page with the server's reason and the input kept, switching to an
// e-mail code and back works, and the right token completes the registration.
#include "serverprocess.h"
#include "widgetdriving.h"

#include "client/messenger.h"
#include "ui/onboarding/codepage.h"
#include "ui/onboarding/onboardingflow.h"
#include "ui/shell/translations.h"

#include <QCheckBox>
#include <QDir>
#include <QPushButton>
#include <QSignalSpy>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::testing;
using cardinal::client::Connection;
using cardinal::ui::OnboardingFlow;

namespace {

constexpr int NetworkTimeoutMs = 30'000;
const QString Passphrase = QStringLiteral("a long enough passphrase");
const QString Iris = QStringLiteral("iris@example.org");

QString printable(const QByteArray &token)
{
    return QString::fromLatin1(
        token.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

} // namespace

class TestGuiInvitation : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    QTemporaryDir m_dir;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_server.init(), qPrintable(m_server.lastError()));
        QVERIFY2(m_server.start(), qPrintable(m_server.lastError()));
    }

    void anInvitationTokenTakesThePlaceOfTheCode()
    {
        const std::optional<QByteArray> token = m_server.issueToken(Iris);
        const std::optional<QByteArray> othersToken =
            m_server.issueToken(QStringLiteral("someone-else@example.org"));
        QVERIFY2(token && othersToken, qPrintable(m_server.lastError()));

        OnboardingFlow flow(m_dir.filePath(QStringLiteral("iris")), m_server.url());
        flow.resize(900, 700);
        flow.show();
        QSignalSpy completed(&flow, &OnboardingFlow::completed);
        QVERIFY(click(flow, "createAccountButton"));
        QVERIFY(click(flow, "serverContinueButton"));
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "identityEdit"), NetworkTimeoutMs);
        QVERIFY(type(flow, "identityEdit", Iris));
        QVERIFY(click(flow, "invitationCheck"));
        QVERIFY(find<QCheckBox>(flow, "invitationCheck")->isChecked());
        QVERIFY(click(flow, "identityContinueButton"));
        QVERIFY(type(flow, "passphraseEdit", Passphrase));
        QVERIFY(type(flow, "passphraseConfirmEdit", Passphrase));
        QVERIFY(click(flow, "passphraseContinueButton"));

        // The token, not a code: none was asked for.
        QTRY_VERIFY_WITH_TIMEOUT(shows(flow, "tokenEdit"), 10'000);
        QVERIFY(!shows(flow, "codeEdit"));
        QVERIFY(!shows(flow, "resendCodeButton"));
        QVERIFY(!m_server.takeCode(Iris, 500));
        auto *confirm = find<QPushButton>(flow, "confirmCodeButton");
        QVERIFY(!confirm->isEnabled());
        QVERIFY(type(flow, "tokenEdit", QStringLiteral("not a token!")));
        QVERIFY(!confirm->isEnabled());

        // Someone else's invitation: refused on the page, with the server's reason.
        QVERIFY(type(flow, "tokenEdit", printable(*othersToken)));
        QVERIFY(click(flow, "confirmCodeButton"));
        QTRY_VERIFY_WITH_TIMEOUT(!errorText(flow, "codeError").isEmpty(), NetworkTimeoutMs);
        const QString refusal = errorText(flow, "codeError");
        QVERIFY2(refusal.contains(QStringLiteral("invitation token")), qPrintable(refusal));
        QVERIFY2(refusal.contains(QStringLiteral("another address")), qPrintable(refusal));
        QCOMPARE(completed.size(), 0);
        const QString directory = qEnvironmentVariable("CARDINAL_SCREENSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(flow.grab().save(QDir(directory).filePath(QStringLiteral("invitation-en.png"))));

        // An e-mail code after all: one is sent; and back to the token.
        QVERIFY(click(flow, "switchProofButton"));
        QVERIFY(shows(flow, "codeEdit"));
        QVERIFY(!shows(flow, "tokenEdit"));
        QCOMPARE(errorText(flow, "codeError"), QString());
        QVERIFY2(m_server.takeCode(Iris, NetworkTimeoutMs), qPrintable(m_server.lastError()));
        QVERIFY(click(flow, "switchProofButton"));
        QVERIFY(shows(flow, "tokenEdit"));

        // The right one, pasted with the line break a mail program adds.
        QVERIFY(type(flow, "tokenEdit", printable(*token) + u' '));
        QVERIFY(click(flow, "confirmCodeButton"));
        QTRY_COMPARE_WITH_TIMEOUT(completed.size(), 1, NetworkTimeoutMs);
        std::unique_ptr<client::Messenger> messenger = flow.takeMessenger();
        QVERIFY(messenger);
        QVERIFY(messenger->isRegistered());
        QCOMPARE(messenger->identity(), Iris);
        QTRY_COMPARE_WITH_TIMEOUT(messenger->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
    }

    void theTokenPageSpeaksRussian()
    {
        QCOMPARE(ui::Translations::apply(QStringLiteral("ru")), QStringLiteral("ru"));
        const auto english =
            qScopeGuard([] { ui::Translations::apply(QStringLiteral("en")); });
        ui::CodePage page;
        page.setIdentity(Iris);
        page.setTokenMode(true);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY2(shows(page, "tokenEdit"), "no token field");
        const auto *button = find<QPushButton>(page, "switchProofButton");
        QVERIFY2(button->text().contains(QStringLiteral("код")), qPrintable(button->text()));
        const QString directory = qEnvironmentVariable("CARDINAL_SCREENSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(page.grab().save(QDir(directory).filePath(QStringLiteral("invitation-ru.png"))));
    }
};

QTEST_MAIN(TestGuiInvitation)
#include "tst_gui_invitation.moc"
