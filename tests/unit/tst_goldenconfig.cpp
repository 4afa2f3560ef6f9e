// SPDX-License-Identifier: GPL-3.0-or-later
// The server's config file format, version 1, pinned: tests/data/v1/server.conf sets every
// key cardinal-server reads (docs/server.md) to a value other than its default, with the
// comments, blank lines and spacing people write. It must keep parsing to exactly these
// values, so that a config file written for version 1 keeps meaning the same.
//
// The file comes from this test: CARDINAL_REGENERATE_GOLDEN=1 writes it from the table
// below (only for a new version's directory; v1's must never change). See
// tests/data/README.md.
#include "server/serverconfig.h"

#include <QDir>
#include <QFile>
#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::server;

namespace {

const QString Directory = QStringLiteral(CARDINAL_SOURCE_DIR "/tests/data/v1");
const QString FileName = QStringLiteral("server.conf");

//! Every key and the text it is set to, in the file's order. mail-from comes before codes
//! on purpose: a later codes line keeps the sender address.
const QList<std::pair<QLatin1StringView, QLatin1StringView>> Settings{
    {QLatin1StringView("listen"), QLatin1StringView("[::1]:4433")},
    {QLatin1StringView("data"), QLatin1StringView("state/data")},
    {QLatin1StringView("tls-cert"), QLatin1StringView("tls/server.pem")},
    {QLatin1StringView("tls-key"), QLatin1StringView("/etc/cardinal/server.key")},
    {QLatin1StringView("server-name"), QLatin1StringView("Cardinal golden v1")},
    {QLatin1StringView("mail-from"), QLatin1StringView("codes@example.org")},
    {QLatin1StringView("codes"), QLatin1StringView("drop:state/codes")},
    {QLatin1StringView("max-frame-bytes"), QLatin1StringView("2097152")},
    {QLatin1StringView("max-recipients"), QLatin1StringView("500")},
    {QLatin1StringView("max-queued-per-device"), QLatin1StringView("20000")},
    {QLatin1StringView("requests-per-second"), QLatin1StringView("25")},
    {QLatin1StringView("request-burst"), QLatin1StringView("75")},
    {QLatin1StringView("max-unauthenticated"), QLatin1StringView("128")},
    {QLatin1StringView("max-connections"), QLatin1StringView("5000")},
    {QLatin1StringView("auth-timeout"), QLatin1StringView("20")},
    {QLatin1StringView("idle-timeout"), QLatin1StringView("300")},
    {QLatin1StringView("max-group-members"), QLatin1StringView("64")},
    {QLatin1StringView("max-backup-bytes"), QLatin1StringView("131072")},
    {QLatin1StringView("max-pending-write-bytes"), QLatin1StringView("4194304")},
    {QLatin1StringView("code-lifetime"), QLatin1StringView("900")},
};

//! The file as version 1 wrote it: a comment, then one setting per line, with a blank line
//! and a commented-out setting among them and uneven spacing around '='.
QByteArray fileText()
{
    QByteArray text("# Cardinal server configuration, file format version 1.\n"
                    "# Written by tests/unit/tst_goldenconfig.cpp; do not edit.\n\n");
    for (qsizetype i = 0; i < Settings.size(); ++i) {
        const auto &[key, value] = Settings.at(i);
        if (key == QLatin1StringView("max-frame-bytes"))
            text += "\n# limits\n# max-recipients = 1000\n";
        text += QByteArray(key.data(), key.size()) + (i % 2 ? "=" : " = ") +
                QByteArray(value.data(), value.size()) + '\n';
    }
    return text;
}

QString inDirectory(const QString &relative)
{
    return QDir::cleanPath(QDir(Directory).filePath(relative));
}

} // namespace

class TestGoldenConfig : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("CARDINAL_REGENERATE_GOLDEN") != 1)
            return;
        QVERIFY(QDir().mkpath(Directory));
        QFile file(QDir(Directory).filePath(FileName));
        QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
        const QByteArray text = fileText();
        QCOMPARE(file.write(text), text.size());
        QSKIP("wrote the golden config file");
    }

    void theFileStillReadsTheSame()
    {
        ServerConfig config;
        QVERIFY_OK(config.loadFile(QDir(Directory).filePath(FileName)));

        QCOMPARE(config.listenAddress, QHostAddress(QStringLiteral("::1")));
        QCOMPARE(config.listenPort, quint16(4433));
        // Relative paths are relative to the file.
        QCOMPARE(config.dataDir, inDirectory(QStringLiteral("state/data")));
        QCOMPARE(config.tlsCertificate, inDirectory(QStringLiteral("tls/server.pem")));
        QCOMPARE(config.tlsKey, QStringLiteral("/etc/cardinal/server.key"));
        QCOMPARE(config.serverName, QStringLiteral("Cardinal golden v1"));
        QCOMPARE(config.codes.kind, CodeDeliveryConfig::Kind::Drop);
        QCOMPARE(config.codes.argument, inDirectory(QStringLiteral("state/codes")));
        QCOMPARE(config.codes.from, QStringLiteral("codes@example.org"));

        const ServerLimits &limits = config.limits;
        QCOMPARE(limits.maxFrameBytes, qint64(2) * 1024 * 1024);
        QCOMPARE(limits.maxRecipients, 500); // the commented-out line counts for nothing
        QCOMPARE(limits.maxQueuedPerDevice, 20'000);
        QCOMPARE(limits.requestsPerSecond, 25);
        QCOMPARE(limits.requestBurst, 75);
        QCOMPARE(limits.maxUnauthenticated, 128);
        QCOMPARE(limits.maxConnections, 5000);
        QCOMPARE(limits.authTimeoutSeconds, 20);
        QCOMPARE(limits.idleTimeoutSeconds, 300);
        QCOMPARE(limits.maxGroupMembers, 64);
        QCOMPARE(limits.maxBackupBytes, qint64(128) * 1024);
        QCOMPARE(limits.maxPendingWriteBytes, qint64(4) * 1024 * 1024);
        QCOMPARE(limits.codeLifetimeSeconds, 900);
    }

    void everySettingDiffersFromItsDefault()
    {
        // Otherwise a key the parser stopped reading would go unnoticed.
        ServerConfig defaults;
        ServerConfig config;
        QVERIFY_OK(config.loadFile(QDir(Directory).filePath(FileName)));
        QVERIFY(config.listenAddress != defaults.listenAddress);
        QVERIFY(config.listenPort != defaults.listenPort);
        QVERIFY(config.serverName != defaults.serverName);
        QVERIFY(config.codes.kind != defaults.codes.kind);
        QVERIFY(config.codes.from != defaults.codes.from);
        const ServerLimits &a = config.limits;
        const ServerLimits &b = defaults.limits;
        QVERIFY(a.maxFrameBytes != b.maxFrameBytes);
        QVERIFY(a.maxRecipients != b.maxRecipients);
        QVERIFY(a.maxQueuedPerDevice != b.maxQueuedPerDevice);
        QVERIFY(a.requestsPerSecond != b.requestsPerSecond);
        QVERIFY(a.requestBurst != b.requestBurst);
        QVERIFY(a.maxUnauthenticated != b.maxUnauthenticated);
        QVERIFY(a.maxConnections != b.maxConnections);
        QVERIFY(a.authTimeoutSeconds != b.authTimeoutSeconds);
        QVERIFY(a.idleTimeoutSeconds != b.idleTimeoutSeconds);
        QVERIFY(a.maxGroupMembers != b.maxGroupMembers);
        QVERIFY(a.maxBackupBytes != b.maxBackupBytes);
        QVERIFY(a.maxPendingWriteBytes != b.maxPendingWriteBytes);
        QVERIFY(a.codeLifetimeSeconds != b.codeLifetimeSeconds);
    }
};

QTEST_GUILESS_MAIN(TestGoldenConfig)
#include "tst_goldenconfig.moc"
