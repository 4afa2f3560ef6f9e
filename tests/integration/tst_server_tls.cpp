// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-server with a certificate serves wss://: a client that trusts the certificate
// completes the TLS and WebSocket handshakes and receives the hello.
#include "protocol/frames.h"

#include <QCborArray>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QWebSocket>

namespace {
constexpr int TimeoutMs = 30'000;
}

class TestServerTls : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    bool run(const QString &program, const QStringList &arguments, QByteArray *out = nullptr)
    {
        QProcess process;
        process.start(program, arguments);
        if (!process.waitForFinished(TimeoutMs) || process.exitCode() != 0) {
            qWarning() << program << process.readAllStandardError();
            return false;
        }
        if (out)
            *out = process.readAllStandardOutput();
        return true;
    }

private Q_SLOTS:
    void servesWss()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY(run(QStringLiteral("openssl"),
                    {QStringLiteral("req"), QStringLiteral("-x509"), QStringLiteral("-newkey"),
                     QStringLiteral("ec"), QStringLiteral("-pkeyopt"),
                     QStringLiteral("ec_paramgen_curve:prime256v1"), QStringLiteral("-nodes"),
                     QStringLiteral("-keyout"), path(QStringLiteral("key.pem")), QStringLiteral("-out"),
                     path(QStringLiteral("cert.pem")), QStringLiteral("-days"), QStringLiteral("1"),
                     QStringLiteral("-subj"), QStringLiteral("/CN=127.0.0.1"), QStringLiteral("-addext"),
                     QStringLiteral("subjectAltName=IP:127.0.0.1")}));
        const QString server = QStringLiteral(CARDINAL_SERVER_PATH);
        QByteArray initOutput;
        QVERIFY(run(server, {QStringLiteral("init"), QStringLiteral("--data"), path(QStringLiteral("data"))},
                    &initOutput));
        const QRegularExpressionMatch key =
            QRegularExpression(QStringLiteral("authority key: ([0-9a-f]{64})")).match(QString::fromLatin1(initOutput));
        QVERIFY(key.hasMatch());

        QProcess serving;
        serving.start(server, {QStringLiteral("--data"), path(QStringLiteral("data")), QStringLiteral("--listen"),
                               QStringLiteral("127.0.0.1:0"), QStringLiteral("--codes"),
                               QStringLiteral("drop:") + path(QStringLiteral("codes")), QStringLiteral("--tls-cert"),
                               path(QStringLiteral("cert.pem")), QStringLiteral("--tls-key"),
                               path(QStringLiteral("key.pem"))});
        QVERIFY(serving.waitForStarted(TimeoutMs));
        QByteArray printed;
        const QRegularExpression listening(QStringLiteral("listening on (wss://127\\.0\\.0\\.1:\\d+)"));
        QTRY_VERIFY_WITH_TIMEOUT((printed += serving.readAllStandardOutput(),
                                  listening.match(QString::fromLatin1(printed)).hasMatch()),
                                 TimeoutMs);
        const QUrl url(listening.match(QString::fromLatin1(printed)).captured(1));

        QFile certFile(path(QStringLiteral("cert.pem")));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setCaCertificates(QSslCertificate::fromDevice(&certFile));
        QWebSocket socket;
        socket.setSslConfiguration(tls);
        QSignalSpy messages(&socket, &QWebSocket::binaryMessageReceived);
        QSignalSpy sslErrors(&socket, &QWebSocket::sslErrors);
        socket.open(url);
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), 1, TimeoutMs);
        QCOMPARE(sslErrors.size(), 0);
        const auto hello = cardinal::protocol::Frame::decode(messages.first().first().toByteArray());
        QVERIFY(hello);
        QCOMPARE(hello->type, cardinal::protocol::wire::Hello);
        QCOMPARE(hello->payload.at(2).toByteArray().toHex(), key.captured(1).toLatin1());

        // A client that does not trust the certificate gets no hello.
        QWebSocket untrusting;
        QSignalSpy refused(&untrusting, &QWebSocket::sslErrors);
        QSignalSpy nothing(&untrusting, &QWebSocket::binaryMessageReceived);
        untrusting.open(url);
        QTRY_VERIFY_WITH_TIMEOUT(refused.size() > 0, TimeoutMs);
        QCOMPARE(nothing.size(), 0);

        socket.close();
        serving.terminate();
        QVERIFY(serving.waitForFinished(TimeoutMs));
        QCOMPARE(serving.exitCode(), 0);
    }
};

QTEST_GUILESS_MAIN(TestServerTls)
#include "tst_server_tls.moc"
