// SPDX-License-Identifier: GPL-3.0-or-later
// The install tree: `cmake --install` of this build into a temporary prefix, then the
// installed programs run from there, every file of the desktop integration, manual pages
// and server unit is where it belongs, and the unit's own commands initialise and start a
// server with the configuration file the package ships.
#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int InstallTimeoutMs = 300'000; // installing copies a few tens of megabytes
constexpr int ProgramTimeoutMs = 60'000;
constexpr int ServerStartTimeoutMs = 30'000;

const QString AppId = QStringLiteral(CARDINAL_APP_ID);
const QString Version = QStringLiteral(CARDINAL_VERSION);
constexpr bool HasGui = CARDINAL_HAS_GUI;
constexpr bool InstallsTranslations = CARDINAL_INSTALLS_TRANSLATIONS;
// Where the unit keeps the server's state; the test substitutes a directory of its own.
const QString UnitDataDir = QStringLiteral("/var/lib/cardinal-server");

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

struct Run
{
    bool finished = false;
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

//! How a program is run: with the offscreen platform, or as on a machine without any
//! display (no platform chosen, no X11 or Wayland to connect to).
enum class Display { Offscreen, None };

Run run(const QString &program, const QStringList &arguments, int timeoutMs = ProgramTimeoutMs,
        Display display = Display::Offscreen)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    if (display == Display::Offscreen) {
        environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    } else {
        for (const char *name : {"QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"})
            environment.remove(QString::fromLatin1(name));
    }
    process.setProcessEnvironment(environment);
    process.start(program, arguments);
    Run result;
    result.finished =
        process.waitForFinished(timeoutMs) && process.exitStatus() == QProcess::NormalExit;
    if (!result.finished) {
        process.kill();
        process.waitForFinished(ProgramTimeoutMs);
    }
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

// The value of the first `key=` line of a unit file.
QString unitValue(const QByteArray &unit, const QString &key)
{
    const QStringList lines = QString::fromUtf8(unit).split(u'\n');
    for (const QString &line : lines)
        if (line.startsWith(key + u'='))
            return line.mid(key.size() + 1);
    return {};
}

} // namespace

class TestInstall : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_prefix;

    QString installed(const QString &relative) const { return m_prefix.filePath(relative); }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_prefix.isValid());
        const Run install = run(QStringLiteral(CARDINAL_CMAKE_COMMAND),
                                {QStringLiteral("--install"), QStringLiteral(CARDINAL_BUILD_DIR),
                                 QStringLiteral("--prefix"), m_prefix.path()},
                                InstallTimeoutMs);
        QVERIFY2(install.finished && install.exitCode == 0,
                 QByteArray(install.out + install.err).constData());
    }

    void programsRunFromThePrefix_data()
    {
        QTest::addColumn<QString>("program");
        QTest::newRow("cardinal-cli") << QStringLiteral("cardinal-cli");
        QTest::newRow("cardinal-server") << QStringLiteral("cardinal-server");
        if (HasGui)
            QTest::newRow("cardinal") << QStringLiteral("cardinal");
    }

    void programsRunFromThePrefix()
    {
        QFETCH(QString, program);
        const QString path = installed(QStringLiteral("bin/") + program);
        QVERIFY2(QFileInfo(path).isExecutable(), qPrintable(path));
        const Run version = run(path, {QStringLiteral("--version")});
        QVERIFY2(version.finished && version.exitCode == 0, version.err.constData());
        // QCommandLineParser prints "<application name> <version>".
        const QString line = QString::fromUtf8(version.out).trimmed();
        QVERIFY2(line.endsWith(QString(u' ' + Version)), qPrintable(line));
    }

    // Help and version need no display: over SSH, in a terminal without a desktop.
    void helpNeedsNoDisplay()
    {
        if (!HasGui)
            QSKIP("built without the desktop app");
        const QString path = installed(QStringLiteral("bin/cardinal"));
        const Run help = run(path, {QStringLiteral("--help")}, ProgramTimeoutMs, Display::None);
        QVERIFY2(help.finished && help.exitCode == 0, help.err.constData());
        QVERIFY2(help.out.contains("--profile"), help.out.constData());
        QVERIFY2(help.out.contains("--server"), help.out.constData());
        const Run version = run(path, {QStringLiteral("--version")}, ProgramTimeoutMs, Display::None);
        QVERIFY2(version.finished && version.exitCode == 0, version.err.constData());
        QVERIFY(QString::fromUtf8(version.out).trimmed().endsWith(QString(u' ' + Version)));
    }

    void filesAreInPlace_data()
    {
        QTest::addColumn<QString>("path");
        const QStringList files{
            QStringLiteral("share/applications/%1.desktop").arg(AppId),
            QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId),
            QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId),
            QStringLiteral("share/man/man1/cardinal.1"),
            QStringLiteral("share/man/man1/cardinal-cli.1"),
            QStringLiteral("share/man/man1/cardinal-server.1"),
            QStringLiteral("share/doc/cardinal/server.md"),
            QStringLiteral("share/doc/cardinal/packaging.md"),
            QStringLiteral("share/doc/cardinal/cardinal-server.conf.sample"),
            // The .deb is this tree with the prefix /usr: lintian looks for the licence here.
            QStringLiteral("share/doc/cardinal/copyright"),
            QStringLiteral("lib/systemd/system/cardinal-server.service"),
            // Not /etc: a prefix other than /usr keeps its configuration inside itself.
            QStringLiteral("etc/cardinal/cardinal-server.conf"),
        };
        for (const QString &file : files)
            QTest::newRow(qPrintable(file)) << file;
    }

    void filesAreInPlace()
    {
        QFETCH(QString, path);
        const QFileInfo info(installed(path));
        QVERIFY2(info.isFile() && info.size() > 0, qPrintable(info.filePath()));
    }

    // Debian's machine-readable format (copyright-format 1.0): the licence named, its
    // notice, and the full text left to /usr/share/common-licenses.
    void copyrightIsMachineReadable()
    {
        const QString copyright =
            QString::fromUtf8(readAll(installed(QStringLiteral("share/doc/cardinal/copyright"))));
        QVERIFY(copyright.startsWith(QStringLiteral(
            "Format: https://www.debian.org/doc/packaging-manuals/copyright-format/1.0/\n")));
        for (const char *part : {"\nUpstream-Name: Cardinal\n", "\n\nFiles: *\n",
                                 "\nCopyright: the Cardinal authors\n", "\nLicense: GPL-3+\n",
                                 "either version 3 of the License, or\n (at your option) any "
                                 "later version.\n",
                                 "\n version 3 can be found in the file "
                                 "`/usr/share/common-licenses/GPL-3'.\n"})
            QVERIFY2(copyright.contains(QString::fromUtf8(part)), part);
        QVERIFY(!copyright.contains(QStringLiteral("@CARDINAL_"))); // every placeholder filled in
        QVERIFY(!copyright.contains(QStringLiteral("TERMS AND CONDITIONS")));

        // The sources carry the licence itself.
        const QByteArray license = readAll(QStringLiteral(CARDINAL_SOURCE_DIR "/LICENSE"));
        QVERIFY(license.contains("GNU GENERAL PUBLIC LICENSE\n                       Version 3"));
        QVERIFY(license.contains("END OF TERMS AND CONDITIONS"));
    }

    void translationsWhenRegistered()
    {
        const QDir dir(installed(QStringLiteral(CARDINAL_TRANSLATIONS_INSTALL_DIR)));
        if (!InstallsTranslations) {
            QVERIFY2(!dir.exists(), "translations installed although none are registered");
            return;
        }
        const QStringList catalogues = dir.entryList({QStringLiteral("*.qm")}, QDir::Files);
        QVERIFY2(!catalogues.isEmpty(), qPrintable(dir.path()));
    }

    void desktopEntryNamesTheAppAndIcon()
    {
        const QByteArray desktop =
            readAll(installed(QStringLiteral("share/applications/%1.desktop").arg(AppId)));
        QVERIFY(desktop.contains("\nExec=cardinal\n"));
        QVERIFY(desktop.contains(QByteArray("\nIcon=" + AppId.toUtf8() + '\n')));
        const QByteArray metainfo =
            readAll(installed(QStringLiteral("share/metainfo/%1.metainfo.xml").arg(AppId)));
        QVERIFY(metainfo.contains(QByteArray("<id>" + AppId.toUtf8() + "</id>")));
        QVERIFY(metainfo.contains(QByteArray(">" + AppId.toUtf8() + ".desktop</launchable>")));
        QVERIFY(metainfo.contains(QByteArray("<release version=\"" + Version.toUtf8() + '"')));
        QCOMPARE(readAll(installed(
                     QStringLiteral("share/icons/hicolor/scalable/apps/%1.svg").arg(AppId))),
                 readAll(QStringLiteral(CARDINAL_SOURCE_DIR "/resources/icons/cardinal.svg")));
    }

    // The unit names the installed binary and configuration of this prefix, not the
    // configure-time prefix.
    void unitNamesThePrefix()
    {
        const QByteArray unit =
            readAll(installed(QStringLiteral("lib/systemd/system/cardinal-server.service")));
        const QString start = unitValue(unit, QStringLiteral("ExecStart"));
        QVERIFY2(start.startsWith(installed(QStringLiteral("bin/cardinal-server "))),
                 qPrintable(start));
        QVERIFY2(
            start.contains(QString(QStringLiteral("--config ") +
                                   installed(QStringLiteral("etc/cardinal/cardinal-server.conf")))),
            qPrintable(start));
        QVERIFY(unitValue(unit, QStringLiteral("ExecStartPre"))
                    .contains(installed(QStringLiteral("bin/cardinal-server init"))));
        QCOMPARE(unitValue(unit, QStringLiteral("DynamicUser")), QStringLiteral("yes"));
        QCOMPARE(unitValue(unit, QStringLiteral("StateDirectory")),
                 QStringLiteral("cardinal-server"));
    }

    void unitVerifies()
    {
        const QString analyze = QStandardPaths::findExecutable(QStringLiteral("systemd-analyze"));
        if (analyze.isEmpty())
            QSKIP("systemd-analyze is not installed");
        // --man=no: the man page is in the prefix, not where man(1) looks.
        const Run verify =
            run(analyze, {QStringLiteral("verify"), QStringLiteral("--man=no"),
                          installed(QStringLiteral("lib/systemd/system/cardinal-server.service"))});
        QVERIFY2(verify.finished && verify.exitCode == 0,
                 QByteArray(verify.out + verify.err).constData());
        QVERIFY2(verify.err.isEmpty(), verify.err.constData());
    }

    // What the unit does on its first and every later start, with its own command lines
    // (run by sh, as they are shell-compatible) and the installed configuration file.
    void unitCommandsInitialiseOnceAndServe()
    {
        QTemporaryDir state;
        QVERIFY(state.isValid());
        const QString data = state.filePath(QStringLiteral("cardinal-server"));
        const QByteArray unit =
            readAll(installed(QStringLiteral("lib/systemd/system/cardinal-server.service")));
        const QString pre =
            unitValue(unit, QStringLiteral("ExecStartPre")).replace(UnitDataDir, data);
        const QString start =
            unitValue(unit, QStringLiteral("ExecStart")).replace(UnitDataDir, data);
        QVERIFY(!pre.isEmpty() && !start.isEmpty());

        const Run first = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), pre});
        QVERIFY2(first.finished && first.exitCode == 0, first.err.constData());
        QVERIFY2(first.out.contains("authority fingerprint: "), first.out.constData());
        QVERIFY(QFileInfo::exists(QString(data + QStringLiteral("/server-keys.cbor"))));
        const QByteArray keys = readAll(data + QStringLiteral("/server-keys.cbor"));

        const Run second = run(QStringLiteral("/bin/sh"), {QStringLiteral("-c"), pre});
        QVERIFY2(second.finished && second.exitCode == 0, second.err.constData());
        QVERIFY2(second.out.isEmpty(), second.out.constData());
        QCOMPARE(readAll(data + QStringLiteral("/server-keys.cbor")), keys);

        // The shipped file listens on 127.0.0.1:8443; any free port here.
        QProcess server;
        server.start(QStringLiteral("/bin/sh"),
                     {QStringLiteral("-c"), QString(QStringLiteral("exec ") + start +
                                                    QStringLiteral(" --listen 127.0.0.1:0"))});
        QVERIFY(server.waitForStarted(ServerStartTimeoutMs));
        QByteArray out;
        QTRY_VERIFY_WITH_TIMEOUT(
            (out += server.readAllStandardOutput()).contains("listening on ws://127.0.0.1:") ||
                server.state() == QProcess::NotRunning,
            ServerStartTimeoutMs);
        QVERIFY2(out.contains("listening on ws://127.0.0.1:"),
                 server.readAllStandardError().constData());
        server.terminate();
        QVERIFY(server.waitForFinished(ServerStartTimeoutMs));
        QCOMPARE(server.exitStatus(), QProcess::NormalExit);
        QCOMPARE(server.exitCode(), 0);
        QVERIFY(QFileInfo::exists(QString(data + QStringLiteral("/cardinal.sqlite"))));
    }

    void manualPagesFormatCleanly_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *page : {"cardinal", "cardinal-cli", "cardinal-server"})
            QTest::newRow(page) << QString::fromLatin1(page);
    }

    void manualPagesFormatCleanly()
    {
        QFETCH(QString, page);
        const QString groff = QStandardPaths::findExecutable(QStringLiteral("groff"));
        if (groff.isEmpty())
            QSKIP("groff is not installed");
        // -ww: every warning; -z: format, print nothing. Warnings go to stderr.
        const Run format = run(groff, {QStringLiteral("-man"), QStringLiteral("-ww"),
                                       QStringLiteral("-z"), QStringLiteral("-Tutf8"),
                                       installed(QStringLiteral("share/man/man1/%1.1").arg(page))});
        QVERIFY2(format.finished && format.exitCode == 0, format.err.constData());
        QVERIFY2(format.err.isEmpty(), format.err.constData());
        const QByteArray source =
            readAll(installed(QStringLiteral("share/man/man1/%1.1").arg(page)));
        QVERIFY(source.contains(QByteArray("\"Cardinal " + Version.toUtf8() + '"')));
    }
};

QTEST_GUILESS_MAIN(TestInstall)
#include "tst_install.moc"
