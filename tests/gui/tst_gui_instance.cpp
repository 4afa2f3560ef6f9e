// SPDX-License-Identifier: GPL-3.0-or-later
// One window per profile: a second start on the same profile hands over to the first and
// exits; other profiles are independent; a socket left by a crash is taken over. In
// process, and with the real `cardinal` binary started twice.
#include "ui/shell/singleinstance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using cardinal::ui::SingleInstance;

class TestGuiInstance : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void secondStartActivatesTheFirst()
    {
        QTemporaryDir dir;
        SingleInstance first(dir.filePath(QStringLiteral("alice")));
        QVERIFY(first.claim());
        QSignalSpy activated(&first, &SingleInstance::activationRequested);
        SingleInstance second(dir.filePath(QStringLiteral("alice")));
        QVERIFY(!second.claim());
        QTRY_COMPARE(activated.size(), 1);
        // Another profile is another instance.
        SingleInstance other(dir.filePath(QStringLiteral("bob")));
        QVERIFY(other.claim());
        QCOMPARE(activated.size(), 1);
    }

    void takesOverWhatACrashLeft()
    {
        QTemporaryDir dir;
        const QString profile = dir.filePath(QStringLiteral("carol"));
        // What a crashed instance leaves: the socket's file, and nobody accepting on it.
        const QString leftover = QDir::temp().filePath(SingleInstance::nameFor(profile));
        QFile stale(leftover);
        QVERIFY(stale.open(QIODevice::WriteOnly));
        stale.close();
        SingleInstance instance(profile);
        QVERIFY(instance.claim());
        SingleInstance again(profile);
        QVERIFY(!again.claim());
    }

    void theRealAppStartsOncePerProfile()
    {
        QTemporaryDir dir;
        QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        environment.insert(QStringLiteral("CARDINAL_SERVER"), QStringLiteral("ws://127.0.0.1:1"));
        const QStringList arguments{QStringLiteral("--profile"), dir.filePath(QStringLiteral("dave"))};
        QProcess first;
        first.setProcessEnvironment(environment);
        first.start(QStringLiteral(CARDINAL_GUI_PATH), arguments);
        QVERIFY(first.waitForStarted(10'000));
        // Up once its socket answers.
        const QString socketFile =
            QDir::temp().filePath(SingleInstance::nameFor(dir.filePath(QStringLiteral("dave"))));
        QVERIFY(QTest::qWaitFor([&] { return QFile::exists(socketFile); }, 20'000));
        QProcess second;
        second.setProcessEnvironment(environment);
        second.start(QStringLiteral(CARDINAL_GUI_PATH), arguments);
        QVERIFY(second.waitForFinished(20'000));
        QCOMPARE(second.exitStatus(), QProcess::NormalExit);
        QCOMPARE(second.exitCode(), 0);
        QVERIFY2(second.readAllStandardOutput().contains("already running"),
                 second.readAllStandardError().constData());
        QCOMPARE(first.state(), QProcess::Running);
        first.terminate();
        if (!first.waitForFinished(10'000)) {
            first.kill();
            first.waitForFinished(5000);
        }
    }
};

QTEST_GUILESS_MAIN(TestGuiInstance)
#include "tst_gui_instance.moc"
