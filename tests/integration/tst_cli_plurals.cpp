// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli says counts with the plural form of the user's language: English "it
// expires in 1 minute" and "2 minutes" (from its catalogue of plural forms: without one Qt
// says "1 minutes"), Russian one / few / many ("1 минуту", "3 минуты", "5 минут", and 21
// like 1), German "1 Minute", "2 Minuten"; a message to a single device says "of 1 device".
// The real binary against the real server, whose code lifetime sets the count.
#include "clitesting.h"
#include "serverprocess.h"

#include <QTest>

using namespace cardinal::testing;

namespace {
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
} // namespace

class TestCliPlurals : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_codeServer{QStringLiteral(CARDINAL_SERVER_PATH)};
    ServerProcess m_chatServer{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    int m_newcomers = 0;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QVERIFY2(m_codeServer.init(), qPrintable(m_codeServer.lastError()));
    }

    void codeLifetime_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<int>("minutes");
        QTest::addColumn<QString>("said");
        const auto row = [](const char *language, int minutes, const char *said) {
            QTest::addRow("%s %d", language, minutes)
                << QString::fromLatin1(language) << minutes << QString::fromUtf8(said);
        };
        row("en", 1, "; it expires in 1 minute. ");
        row("en", 2, "; it expires in 2 minutes. ");
        // No catalogue for the language, or none asked for: English, with its plurals.
        row("fr", 1, "; it expires in 1 minute. ");
        row("C", 1, "; it expires in 1 minute. ");
        row("ru", 1, "; он действует 1 минуту. ");
        row("ru", 3, "; он действует 3 минуты. ");
        row("ru", 5, "; он действует 5 минут. ");
        row("ru", 21, "; он действует 21 минуту. ");
        row("de", 1, "; er läuft in 1 Minute ab. ");
        row("de", 2, "; er läuft in 2 Minuten ab. ");
    }

    // `register` says how long the code lasts, in whole minutes of the server's lifetime.
    void codeLifetime()
    {
        QFETCH(QString, language);
        QFETCH(int, minutes);
        QFETCH(QString, said);
        if (m_codeServer.isRunning())
            QVERIFY2(m_codeServer.stop(), qPrintable(m_codeServer.lastError()));
        m_codeServer.setConfig({{QStringLiteral("code-lifetime"), QString::number(minutes * 60)}});
        QVERIFY2(m_codeServer.start(), qPrintable(m_codeServer.lastError()));

        const QString name = QStringLiteral("newcomer%1").arg(++m_newcomers);
        QVERIFY_CLI_OK(m_users.run(name, {QStringLiteral("init"), QStringLiteral("--identity"),
                                          CliUsers::identity(name), QStringLiteral("--device"),
                                          QStringLiteral("desk")}));
        const CliRun registered = m_users.run(
            name, {QStringLiteral("register"), QStringLiteral("--server"),
                   m_codeServer.url().toString()},
            language);
        QVERIFY_CLI_OK(registered);
        const QString out = QString::fromUtf8(registered.out);
        QVERIFY2(out.contains(said), qPrintable(out));
    }

    // Bob has one device: what `send` reports counts it in the singular.
    void sendCountsOneDevice_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("said");
        QTest::newRow("en") << QStringLiteral("en") << QStringLiteral(" of 1 device)");
        QTest::newRow("ru") << QStringLiteral("ru") << QStringLiteral(" из 1 устройства)");
        QTest::newRow("de") << QStringLiteral("de") << QStringLiteral(" von 1 Gerät)");
    }

    void sendCountsOneDevice()
    {
        QFETCH(QString, language);
        QFETCH(QString, said);
        if (!m_chatServer.isRunning()) {
            QString error;
            QVERIFY2(m_users.startWithUsers(m_chatServer, {Alice, Bob}, &error),
                     qPrintable(error));
        }
        const CliRun sent = m_users.run(
            Alice, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(Bob),
                    QStringLiteral("hello")},
            language);
        QVERIFY_CLI_OK(sent);
        const QString out = QString::fromUtf8(sent.out).trimmed();
        QVERIFY2(out.endsWith(said), qPrintable(out));
    }
};

QTEST_GUILESS_MAIN(TestCliPlurals)
#include "tst_cli_plurals.moc"
