// SPDX-License-Identifier: GPL-3.0-or-later
// Notifications through a real D-Bus: a private dbus-daemon (started and stopped here) with
// a notification server of the test's own on it, recording what the app asks to show, as
// GNOME's or KDE's would. The app's side is the real TrayNotifier over a local profile.
#include "conversationtesting.h"
#include "ui/kit/appsettings.h"
#include "ui/shell/desktopnotifications.h"
#include "ui/shell/traynotifier.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <QWidget>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;

namespace {

//! What a notification server received.
struct Shown
{
    uint replaces = 0;
    QString summary;
    QString body;
    QStringList actions;
    QVariantMap hints;
};

} // namespace

//! The test's notification server: the methods of the specification that clients call.
class RecordingServer : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    QList<Shown> shown;
    uint nextId = 41;

public Q_SLOTS:
    QStringList GetCapabilities() { return {QStringLiteral("body"), QStringLiteral("body-markup"),
                                            QStringLiteral("actions")}; }
    uint Notify(const QString &, uint replaces, const QString &, const QString &summary,
                const QString &body, const QStringList &actions, const QVariantMap &hints, int)
    {
        shown.append({replaces, summary, body, actions, hints});
        return replaces != 0 ? replaces : ++nextId;
    }
    void CloseNotification(uint) {}
    QString GetServerInformation(QString &vendor, QString &version, QString &spec)
    {
        vendor = QStringLiteral("test");
        version = QStringLiteral("1");
        spec = QStringLiteral("1.2");
        return QStringLiteral("recording");
    }

Q_SIGNALS:
    void ActionInvoked(uint id, const QString &action);
};

class TestGuiNotifications : public QObject
{
    Q_OBJECT

private:
    QProcess m_daemon;
    QString m_address;
    QTemporaryDir m_dir;
    std::unique_ptr<Messenger> m_messenger;

private Q_SLOTS:
    void initTestCase()
    {
        m_daemon.start(QStringLiteral("dbus-daemon"),
                       {QStringLiteral("--session"), QStringLiteral("--nofork"),
                        QStringLiteral("--nopidfile"), QStringLiteral("--print-address=1"),
                        QStringLiteral("--address=unix:dir=") + m_dir.path()});
        if (!m_daemon.waitForStarted(5000))
            QSKIP("dbus-daemon is not installed (scripts/install-deps.sh installs it)");
        QVERIFY(QTest::qWaitFor([this] { return m_daemon.canReadLine(); }, 10'000));
        m_address = QString::fromUtf8(m_daemon.readLine()).trimmed();
        QVERIFY2(!m_address.isEmpty(), "dbus-daemon printed no address");
        m_messenger = createLocalMessenger(m_dir.filePath(QStringLiteral("profile")));
        QVERIFY(m_messenger);
    }

    void cleanupTestCase()
    {
        m_messenger.reset();
        QDBusConnection::disconnectFromBus(QStringLiteral("desktop"));
        QDBusConnection::disconnectFromBus(QStringLiteral("app"));
        m_daemon.terminate();
        if (!m_daemon.waitForFinished(5000))
            m_daemon.kill();
    }

    void goesToTheDesktopsNotificationServer()
    {
        QDBusConnection app = QDBusConnection::connectToBus(m_address, QStringLiteral("app"));
        QVERIFY(app.isConnected());
        ui::AppSettings settings(m_dir.filePath(QStringLiteral("profile")));
        settings.setNotificationsEnabled(true);
        settings.setNotificationShowsText(true);
        QWidget window;
        ui::TrayNotifier notifier(settings, &window);
        notifier.useNotificationBus(app);
        // No server on the bus yet: a tray balloon or a window alert instead.
        QVERIFY(notifier.channel() != ui::TrayNotifier::Channel::Desktop);

        QDBusConnection desktop = QDBusConnection::connectToBus(m_address, QStringLiteral("desktop"));
        RecordingServer server;
        QVERIFY(desktop.registerObject(QString::fromLatin1(ui::DesktopNotifications::Path), &server,
                                       QDBusConnection::ExportAllSlots | QDBusConnection::ExportAllSignals));
        QVERIFY(desktop.registerService(QString::fromLatin1(ui::DesktopNotifications::Service)));
        notifier.useNotificationBus(app);
        QTRY_COMPARE(notifier.channel(), ui::TrayNotifier::Channel::Desktop);

        notifier.setMessenger(m_messenger.get(), [](const ConversationRef &) { return false; });
        const ConversationRef withBob = ConversationRef::direct(PeerIdentity);
        HistoryMessage hostile = madeUpMessage(1, withBob, QDateTime::currentMSecsSinceEpoch(), 9);
        hostile.direction = Direction::Incoming;
        hostile.sender = PeerIdentity;
        hostile.state = MessageState::Received;
        hostile.body = "<img src=\"http://tracker.example/x.png\"> & <b>bold</b>";
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessage(hostile));
        MessengerInternals::announceAdded(*m_messenger, {hostile.id});
        QTRY_COMPARE(server.shown.size(), 1);
        const Shown first = server.shown.first();
        QCOMPARE(first.replaces, 0u);
        QCOMPARE(first.summary, QStringLiteral("New message from %1").arg(PeerIdentity));
        // The server renders markup: the text arrives escaped, nothing for it to load.
        QVERIFY2(!first.body.contains(QStringLiteral("<img")), qPrintable(first.body));
        QVERIFY2(first.body.contains(QStringLiteral("&lt;img")), qPrintable(first.body));
        QCOMPARE(first.hints.value(QStringLiteral("category")).toString(), QStringLiteral("im.received"));
        QVERIFY(first.actions.contains(QStringLiteral("default")));

        // The next one from the same conversation replaces it.
        const protocol::MessageId second = arriveNow(*m_messenger, 2, withBob);
        Q_UNUSED(second);
        QTRY_COMPARE(server.shown.size(), 2);
        QCOMPARE(server.shown.at(1).replaces, server.nextId);

        // Clicking it opens that conversation.
        QSignalSpy requested(&notifier, &ui::TrayNotifier::conversationRequested);
        Q_EMIT server.ActionInvoked(server.nextId, QStringLiteral("default"));
        QTRY_COMPARE(requested.size(), 1);
        QCOMPARE(requested.first().first().value<ConversationRef>(), withBob);
        desktop.unregisterService(QString::fromLatin1(ui::DesktopNotifications::Service));
    }
};

QTEST_MAIN(TestGuiNotifications)
#include "tst_gui_notifications.moc"
