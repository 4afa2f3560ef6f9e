// SPDX-License-Identifier: GPL-3.0-or-later
// Code delivery: drop files (content, mode, no escaping the directory), the console line
// (standard output captured with dup2), and sendmail through small shell scripts.
#include "server/codedelivery.h"

#include <QEventLoop>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include "resultchecks.h"

#include <cstdio>
#include <fcntl.h>
#include <optional>
#include <unistd.h>

using namespace cardinal;
using namespace cardinal::server;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

//! A shell script in `dir` with `body`, made executable; returns its path.
QString script(const QTemporaryDir &dir, const QString &name, const QByteArray &body)
{
    const QString path = dir.filePath(name);
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write("#!/bin/sh\n" + body) < 0)
        qFatal("cannot write script");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

//! Hands the code to `delivery` and runs the event loop until it reports (at most 30 s).
Result<void> deliverAndWait(CodeDelivery &delivery, const QString &identity, const QString &purpose,
                            const QString &code)
{
    std::optional<Result<void>> outcome;
    QEventLoop loop;
    delivery.deliver(identity, purpose, code, [&](Result<void> result) {
        outcome = std::move(result);
        loop.quit();
    });
    if (!outcome) {
        QTimer::singleShot(30'000, &loop, &QEventLoop::quit);
        loop.exec();
    }
    if (!outcome)
        return fail(ErrorCode::Unreachable, QStringLiteral("the delivery never reported"));
    return std::move(*outcome);
}

CodeDeliveryConfig config(CodeDeliveryConfig::Kind kind, const QString &argument)
{
    CodeDeliveryConfig c;
    c.kind = kind;
    c.argument = argument;
    return c;
}

} // namespace

class TestCodeDelivery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void dropWritesTheCode()
    {
        QTemporaryDir dir;
        const QString codes = dir.filePath(QStringLiteral("codes/sub"));
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Drop, codes));
        QVERIFY(deliverAndWait(*delivery, QStringLiteral("alice@example.org"),
                               QStringLiteral("register"), QStringLiteral("01234567")));
        const QString path = codes + QStringLiteral("/alice@example.org");
        QCOMPARE(readAll(path), QByteArray("01234567\n"));
        QCOMPARE(QFile::permissions(path), QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                               QFileDevice::ReadUser | QFileDevice::WriteUser);
        // A new code replaces the old one.
        QVERIFY(deliverAndWait(*delivery, QStringLiteral("alice@example.org"),
                               QStringLiteral("recover"), QStringLiteral("76543210")));
        QCOMPARE(readAll(path), QByteArray("76543210\n"));
    }

    void dropRefusesEscapes()
    {
        QTemporaryDir dir;
        const QString codes = dir.filePath(QStringLiteral("codes"));
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Drop, codes));
        for (const char *bad : {"../evil@example.org", "a/b@example.org", ".hidden@example.org",
                                "..", ".", "", "a\\b@c.d", "a b@c.d", "a\n@c.d"}) {
            auto result = deliverAndWait(*delivery, QString::fromLatin1(bad),
                                         QStringLiteral("register"), QStringLiteral("12345678"));
            QVERIFY2(!result, bad);
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
        }
        QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("evil@example.org"))));
    }

    void dropReportsIoErrors()
    {
        QTemporaryDir dir;
        const QString blocker = dir.filePath(QStringLiteral("file"));
        QVERIFY(QFile(blocker).open(QIODevice::WriteOnly));
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Drop, blocker));
        auto result = deliverAndWait(*delivery, QStringLiteral("a@b.c"), QStringLiteral("register"),
                                     QStringLiteral("12345678"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::IoError);
    }

    void consolePrintsOneLine()
    {
        QTemporaryDir dir;
        const QString capture = dir.filePath(QStringLiteral("stdout"));
        std::fflush(stdout);
        const int saved = ::dup(STDOUT_FILENO);
        const int fd =
            ::open(QFile::encodeName(capture).constData(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
        QVERIFY(saved >= 0 && fd >= 0);
        ::dup2(fd, STDOUT_FILENO);
        ::close(fd);
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Console, {}));
        auto result = deliverAndWait(*delivery, QStringLiteral("bob@example.org"),
                                     QStringLiteral("recover"), QStringLiteral("00000042"));
        std::fflush(stdout);
        ::dup2(saved, STDOUT_FILENO);
        ::close(saved);
        QVERIFY(result);
        // Qt Test prints its own log (and our info message) to standard output as well; the
        // code appears exactly once, in our line, and the log line does not repeat it.
        const QByteArray captured = readAll(capture);
        QVERIFY(captured.startsWith("code for bob@example.org (recover): 00000042\n"));
        QCOMPARE(captured.count("00000042"), 1);
    }

    void sendmailPipesAMessage()
    {
        QTemporaryDir dir;
        const QString out = dir.filePath(QStringLiteral("mail.txt"));
        const QString args = dir.filePath(QStringLiteral("args.txt"));
        const QString command = script(dir, QStringLiteral("fake sendmail"),
                                       "printf '%s\\n' \"$@\" > \"$ARGS\"\ncat > \"$OUT\"\n");
        qputenv("OUT", QFile::encodeName(out));
        qputenv("ARGS", QFile::encodeName(args));
        CodeDeliveryConfig c =
            config(CodeDeliveryConfig::Kind::Sendmail, QStringLiteral("\"%1\" -t -i").arg(command));
        c.from = QStringLiteral("cardinal@example.org");
        auto delivery = makeCodeDelivery(c);
        auto result = deliverAndWait(*delivery, QStringLiteral("carol@example.org"),
                                     QStringLiteral("register"), QStringLiteral("31415926"));
        QVERIFY_OK(result);

        QCOMPARE(readAll(args), QByteArray("-t\n-i\n"));
        const QByteArray mail = readAll(out);
        const qsizetype split = mail.indexOf("\r\n\r\n");
        QVERIFY(split > 0);
        const QByteArray headers = mail.left(split + 2);
        const QByteArray body = mail.mid(split + 4);
        QVERIFY(headers.startsWith("From: cardinal@example.org\r\n"));
        QVERIFY(headers.contains("\r\nTo: carol@example.org\r\n"));
        QVERIFY(headers.contains("\r\nSubject: Your Cardinal code\r\n"));
        QVERIFY(headers.contains("\r\nDate: "));
        QVERIFY(headers.contains("\r\nMIME-Version: 1.0\r\n"));
        QVERIFY(headers.contains("\r\nContent-Type: text/plain; charset=UTF-8\r\n"));
        QVERIFY(!headers.contains("31415926"));
        QVERIFY(body.contains("31415926"));
        QVERIFY(body.contains("10 minutes"));

        // A configured lifetime is what the mail announces.
        auto shortLived = makeCodeDelivery(c, 90);
        QVERIFY_OK(deliverAndWait(*shortLived, QStringLiteral("carol@example.org"),
                                  QStringLiteral("register"), QStringLiteral("27182818")));
        QVERIFY(readAll(out).contains("It expires in 90 seconds."));
    }

    void sendmailFailures()
    {
        QTemporaryDir dir;
        const QString failing = script(dir, QStringLiteral("fail"), "cat > /dev/null\nexit 3\n");
        auto result = deliverAndWait(
            *makeCodeDelivery(config(CodeDeliveryConfig::Kind::Sendmail, failing)),
            QStringLiteral("a@b.c"), QStringLiteral("register"), QStringLiteral("12345678"));
        QVERIFY(!result);
        QCOMPARE(result.error().code, ErrorCode::IoError);
        QVERIFY(!result.error().detail.contains(QStringLiteral("12345678")));

        const QString missing = dir.filePath(QStringLiteral("no-such-program"));
        auto notStarted = deliverAndWait(
            *makeCodeDelivery(config(CodeDeliveryConfig::Kind::Sendmail, missing)),
            QStringLiteral("a@b.c"), QStringLiteral("register"), QStringLiteral("12345678"));
        QVERIFY(!notStarted);
        QCOMPARE(notStarted.error().code, ErrorCode::IoError);

        // Not reading stdin at all and exiting 0 is fine: the mail is the command's business.
        const QString ignoring = script(dir, QStringLiteral("ignore"), "exit 0\n");
        QVERIFY(deliverAndWait(
            *makeCodeDelivery(config(CodeDeliveryConfig::Kind::Sendmail, ignoring)),
            QStringLiteral("a@b.c"), QStringLiteral("register"), QStringLiteral("12345678")));
    }
    void sendmailDoesNotBlockTheEventLoop()
    {
        QTemporaryDir dir;
        const QString marker = dir.filePath(QStringLiteral("released"));
        // The command finishes only once a file appears, which the event loop creates: if
        // deliver() blocked until the command ended, it would never end (and report IoError
        // after SendmailTimeoutMs).
        const QString slow = script(dir, QStringLiteral("slow"),
                                    "cat > /dev/null\n"
                                    "while [ ! -e \"$MARKER\" ]; do sleep 0.05; done\n");
        qputenv("MARKER", QFile::encodeName(marker));
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Sendmail, slow));
        std::optional<Result<void>> outcome;
        delivery->deliver(QStringLiteral("a@b.c"), QStringLiteral("register"),
                          QStringLiteral("12345678"),
                          [&](Result<void> result) { outcome = std::move(result); });
        QVERIFY(!outcome); // deliver() returned while the command still runs
        bool released = false;
        QTimer::singleShot(100, [&] {
            QFile file(marker);
            released = file.open(QIODevice::WriteOnly);
        });
        QTRY_VERIFY_WITH_TIMEOUT(outcome.has_value(), 20'000);
        QVERIFY(released);
        QVERIFY_OK(*outcome);
    }

    void sendmailRunsBoundedAndIsAbandonedOnDestruction()
    {
        QTemporaryDir dir;
        const QString waiting =
            script(dir, QStringLiteral("waiting"), "cat > /dev/null\nsleep 30\n");
        auto delivery = makeCodeDelivery(config(CodeDeliveryConfig::Kind::Sendmail, waiting));
        int reported = 0;
        for (int i = 0; i < MaxConcurrentSendmails; ++i)
            delivery->deliver(QStringLiteral("a@b.c"), QStringLiteral("register"),
                              QStringLiteral("12345678"), [&](Result<void>) { ++reported; });
        QCOMPARE(reported, 0);
        std::optional<Result<void>> refused;
        delivery->deliver(QStringLiteral("a@b.c"), QStringLiteral("register"),
                          QStringLiteral("12345678"),
                          [&](Result<void> result) { refused = std::move(result); });
        QVERIFY(refused && !*refused);
        QCOMPARE(refused->error().code, ErrorCode::RateLimited);
        // Destroying the delivery stops the commands; their callbacks never run.
        delivery.reset();
        QTest::qWait(50);
        QCOMPARE(reported, 0);
    }
};

QTEST_GUILESS_MAIN(TestCodeDelivery)
#include "tst_codedelivery.moc"
