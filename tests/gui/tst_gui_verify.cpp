// SPDX-License-Identifier: GPL-3.0-or-later
// VerifyDialog against the real server and the real cardinal-cli: it shows the digits the
// CLI prints for the same pair, encodes the safety number's QR payload, and its buttons
// change the trust state the way the CLI then reports it.
#include "client/messenger.h"
#include "clitesting.h"
#include "resultchecks.h"
#include "serverprocess.h"
#include "ui/dialogs/safetynumberqr.h"
#include "ui/dialogs/verifydialog.h"
#include "ui/kit/wording.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QDir>
#include <QTest>
#include <QTreeWidget>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;
using cardinal::ui::SafetyNumberQr;
using cardinal::ui::VerifyDialog;

namespace {
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
constexpr int NetworkTimeoutMs = 30'000;

crypto::SecureBuffer passphrase()
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView(CliUsers::Passphrase));
}

QString withoutSpace(QString text)
{
    static const QRegularExpression space(QStringLiteral("\\s"));
    return text.remove(space);
}
} // namespace

class TestGuiVerify : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    QString m_cliDigits;
    std::unique_ptr<Messenger> m_alice;

    //! Alice's profile opened by the app, connected.
    void openAlice()
    {
        auto opened = Messenger::open(m_users.profileDir(Alice), passphrase());
        QVERIFY_OK(opened);
        m_alice = std::move(*opened);
        m_alice->connectToServer();
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
    }

    //! Bob's trust state as `cardinal-cli contacts` on alice's profile reports it (run with
    //! the app's messenger closed, so the CLI has the profile to itself).
    QString cliTrustOfBob()
    {
        const CliRun contacts = m_users.json(Alice, {QStringLiteral("contacts")});
        if (contacts.exitCode != 0)
            return QString::fromUtf8(contacts.describe());
        for (const QJsonObject &contact : contacts.json(QStringLiteral("contact")))
            if (field(contact, "identity") == CliUsers::identity(Bob))
                return field(contact, "trust");
        return QStringLiteral("(bob not listed)");
    }

    VerifyDialog *findState(VerifyDialog &dialog, QLabel **state, QPushButton **mark,
                            QPushButton **clear)
    {
        *state = dialog.findChild<QLabel *>(QStringLiteral("trustStateLabel"));
        *mark = dialog.findChild<QPushButton *>(QStringLiteral("markVerifiedButton"));
        *clear = dialog.findChild<QPushButton *>(QStringLiteral("clearVerificationButton"));
        return &dialog;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob}, &error), qPrintable(error));
        // The CLI first, with the profile to itself: it looks bob up and prints the number.
        const CliRun verify =
            m_users.json(Alice, {QStringLiteral("verify"), CliUsers::identity(Bob)});
        QVERIFY_CLI_OK(verify);
        const QList<QJsonObject> numbers = verify.json(QStringLiteral("safety-number"));
        QCOMPARE(numbers.size(), 1);
        m_cliDigits = field(numbers.first(), "digits");
        QCOMPARE(m_cliDigits.size(), crypto::SafetyNumberDigitCount);

        openAlice();
        if (QTest::currentTestFailed())
            return;
        // The app looks bob up too, as the new-chat dialog would.
        std::optional<Result<Contact>> found;
        m_alice->lookupContact(CliUsers::identity(Bob), this,
                               [&](Result<Contact> contact) { found = contact; });
        QTRY_VERIFY_WITH_TIMEOUT(found.has_value(), NetworkTimeoutMs);
        QVERIFY_OK(*found);
    }

    void init() { QVERIFY2(m_alice, "alice's messenger did not reopen"); }
    void cleanupTestCase() { m_alice.reset(); }

    void showsTheKeyHistoryFromTheLog_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("published");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("Card published");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral("Опубликована карточка");
    }
    void showsTheKeyHistoryFromTheLog()
    {
        QFETCH(QString, language);
        QFETCH(QString, published);
        QCOMPARE(ui::Translations::apply(language), language);
        const auto english = qScopeGuard([] { ui::Translations::apply(QStringLiteral("en")); });
        VerifyDialog dialog(*m_alice, CliUsers::identity(Bob));
        dialog.show();
        auto *button = dialog.findChild<QPushButton *>(QStringLiteral("keyHistoryButton"));
        QVERIFY(button);
        button->click();
        auto *history = dialog.findChild<QDialog *>(QStringLiteral("keyHistoryDialog"));
        QVERIFY(history);
        auto *entries = history->findChild<QTreeWidget *>(QStringLiteral("keyHistoryEntries"));
        QTRY_COMPARE_WITH_TIMEOUT(entries->topLevelItemCount(), 1, NetworkTimeoutMs);
        const QTreeWidgetItem *first = entries->topLevelItem(0);
        QCOMPARE(first->text(1), published);
        const auto bob = m_alice->contact(CliUsers::identity(Bob));
        QVERIFY(bob && *bob);
        const QString hex = QString::fromLatin1(
            (*bob)->currentBundle.card.content().identityKey.toByteArray().toHex().left(4));
        QVERIFY2(first->text(2).startsWith(hex), qPrintable(first->text(2)));
        QCOMPARE(first->text(3), QStringLiteral("1"));
        const QString directory = qEnvironmentVariable("CARDINAL_SCREENSHOT_DIR");
        if (!directory.isEmpty())
            QVERIFY(history->grab().save(
                QDir(directory).filePath(QStringLiteral("kt-history-%1.png").arg(language))));
        history->close();
    }

    void showsTheDigitsTheCliPrints()
    {
        VerifyDialog dialog(*m_alice, CliUsers::identity(Bob));
        dialog.show();
        auto *digits = dialog.findChild<QLabel *>(QStringLiteral("safetyNumberLabel"));
        QVERIFY(digits);
        QCOMPARE(withoutSpace(digits->text()), m_cliDigits);
        // 12 groups of 5, three rows of four.
        const QStringList rows = digits->text().split(u'\n');
        QCOMPARE(rows.size(), 3);
        for (const QString &row : rows)
            QCOMPARE(row.split(u' ').size(), 4);
        QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("verifyInstructions"))
                    ->text()
                    .contains(CliUsers::identity(Bob)));

        QLabel *state = nullptr;
        QPushButton *mark = nullptr;
        QPushButton *clear = nullptr;
        findState(dialog, &state, &mark, &clear);
        QVERIFY(state && mark && clear);
        QCOMPARE(state->text(), ui::Wording::trustState(TrustState::Unverified));
        QVERIFY(mark->isEnabled());
        QVERIFY(!clear->isEnabled());
    }

    void encodesTheQrPayload()
    {
        VerifyDialog dialog(*m_alice, CliUsers::identity(Bob));
        dialog.show();
        auto *qr = dialog.findChild<SafetyNumberQr *>(QStringLiteral("safetyNumberQr"));
        QVERIFY(qr);
        const auto number = m_alice->safetyNumber(CliUsers::identity(Bob));
        QVERIFY_OK(number);
        QCOMPARE(number->digits(), m_cliDigits);
        QCOMPARE(qr->payload(), number->qrPayload());
        QCOMPARE(qr->payload().size(), crypto::SafetyNumberQrPayloadSize);

        // A real symbol: at least version 4 for 65 bytes at level M, with both colours well
        // represented and the finder pattern's dark corner.
        QVERIFY2(qr->moduleCount() >= 33, qPrintable(QString::number(qr->moduleCount())));
        QVERIFY(qr->isDark(0, 0));
        QVERIFY(qr->isDark(6, 6));
        QVERIFY(!qr->isDark(1, 1));
        const int moduleSize = 4;
        const QImage image = qr->toImage(moduleSize);
        const int side = (qr->moduleCount() + 2 * SafetyNumberQr::QuietZoneModules) * moduleSize;
        QCOMPARE(image.size(), QSize(side, side));
        qsizetype dark = 0;
        for (int y = 0; y < image.height(); ++y)
            for (int x = 0; x < image.width(); ++x)
                dark += qGray(image.pixel(x, y)) < 128 ? 1 : 0;
        const double share = double(dark) / double(image.width() * image.height());
        QVERIFY2(share > 0.2 && share < 0.7, qPrintable(QString::number(share)));
        // The quiet zone is light.
        for (int i = 0; i < SafetyNumberQr::QuietZoneModules * moduleSize; ++i)
            QCOMPARE(qGray(image.pixel(i, i)), 255);
        // And the widget paints it.
        const QImage painted = qr->grab().toImage();
        QVERIFY(!painted.isNull());
        bool sawDark = false;
        for (int y = 0; y < painted.height() && !sawDark; ++y)
            for (int x = 0; x < painted.width() && !sawDark; ++x)
                sawDark = qGray(painted.pixel(x, y)) < 64;
        QVERIFY(sawDark);
    }

    void markAndClearChangeTheTrustState()
    {
        {
            VerifyDialog dialog(*m_alice, CliUsers::identity(Bob));
            QSignalSpy changed(&dialog, &VerifyDialog::trustChanged);
            QLabel *state = nullptr;
            QPushButton *mark = nullptr;
            QPushButton *clear = nullptr;
            findState(dialog, &state, &mark, &clear);
            QTest::mouseClick(mark, Qt::LeftButton);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(changed.first().first().toString(), CliUsers::identity(Bob));
            QCOMPARE(state->text(), ui::Wording::trustState(TrustState::Verified));
            QVERIFY(!mark->isEnabled());
            QVERIFY(clear->isEnabled());
        }
        const auto contact = m_alice->contact(CliUsers::identity(Bob));
        QVERIFY_OK(contact);
        QCOMPARE((*contact)->state, TrustState::Verified);
        QCOMPARE((*contact)->verifiedSafetyNumber, m_cliDigits);
        m_alice.reset();
        QCOMPARE(cliTrustOfBob(), QStringLiteral("verified"));

        openAlice();
        if (QTest::currentTestFailed())
            return;
        {
            VerifyDialog dialog(*m_alice, CliUsers::identity(Bob));
            QSignalSpy changed(&dialog, &VerifyDialog::trustChanged);
            QLabel *state = nullptr;
            QPushButton *mark = nullptr;
            QPushButton *clear = nullptr;
            findState(dialog, &state, &mark, &clear);
            QCOMPARE(state->text(), ui::Wording::trustState(TrustState::Verified));
            QTest::mouseClick(clear, Qt::LeftButton);
            QCOMPARE(changed.size(), 1);
            QCOMPARE(state->text(), ui::Wording::trustState(TrustState::Unverified));
            QVERIFY(mark->isEnabled());
            QVERIFY(!clear->isEnabled());
        }
        m_alice.reset();
        QCOMPARE(cliTrustOfBob(), QStringLiteral("unverified"));
        openAlice();
    }

    void unknownContactIsExplained()
    {
        VerifyDialog dialog(*m_alice, QStringLiteral("stranger@example.org"));
        auto *error = dialog.findChild<QLabel *>(QStringLiteral("verifyError"));
        QVERIFY(error);
        QVERIFY(!error->isHidden());
        QVERIFY(error->text().contains(QStringLiteral("stranger@example.org")));
        QVERIFY(
            !dialog.findChild<QPushButton *>(QStringLiteral("markVerifiedButton"))->isEnabled());
        QVERIFY(dialog.findChild<SafetyNumberQr *>(QStringLiteral("safetyNumberQr"))
                    ->payload()
                    .isEmpty());
    }
};

QTEST_MAIN(TestGuiVerify)
#include "tst_gui_verify.moc"
