// SPDX-License-Identifier: GPL-3.0-or-later
// The server's in-process event bus: who gets what is published by identity or device, one
// subscriber per device (a newer one replaces the older and tells it), and frames encoded
// once for all who get them.
#include "server/eventbus.h"

#include <QTest>

using namespace cardinal;
using namespace cardinal::server;

namespace {

protocol::DeviceId device(char fill)
{
    return *protocol::DeviceId::fromBytes(QByteArray(16, fill));
}

//! Records what reaches it.
class Recorder final : public Subscriber
{
public:
    void deliverEvent(const QByteArray &encodedEvent) override { events.append(encodedEvent); }
    void messageQueued(qint64 seq, const QByteArray &encodedEvent) override
    {
        queued.append({seq, encodedEvent});
    }
    void endSubscription(const QString &reason) override { ended.append(reason); }

    QList<QByteArray> events;
    QList<std::pair<qint64, QByteArray>> queued;
    QStringList ended;
};

const QString Alice = QStringLiteral("alice@example.org");
const QString Bob = QStringLiteral("bob@example.org");

} // namespace

class TestEventBus : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void eventsReachEveryDeviceOfTheIdentityOnly()
    {
        LocalEventBus bus;
        Recorder laptop, phone, bob;
        bus.subscribe(device('a'), Alice, &laptop);
        bus.subscribe(device('b'), Alice, &phone);
        bus.subscribe(device('c'), Bob, &bob);
        const protocol::Frame event = protocol::Frame::event(protocol::wire::CardChanged, {Alice});
        bus.publishToIdentity(Alice, event);
        QCOMPARE(laptop.events, QList<QByteArray>{event.encode()});
        QCOMPARE(phone.events, QList<QByteArray>{event.encode()});
        QVERIFY(bob.events.isEmpty());
        // Encoded once: both hold the very same bytes.
        QCOMPARE(laptop.events.first().constData(), phone.events.first().constData());
        bus.publishToIdentity(QStringLiteral("nobody@example.org"), event);
        QCOMPARE(laptop.events.size(), 1);
    }

    void queuedMessagesGoToTheNamedConnectedDevices()
    {
        LocalEventBus bus;
        Recorder laptop, phone, bob;
        bus.subscribe(device('a'), Alice, &laptop);
        bus.subscribe(device('b'), Alice, &phone);
        bus.subscribe(device('c'), Bob, &bob);
        const protocol::Frame event = protocol::Frame::event(protocol::wire::Message, {42});
        bus.publishQueued({device('a'), device('c'), device('z')}, 42, event);
        QCOMPARE(laptop.queued.size(), 1);
        QCOMPARE(laptop.queued.first().first, 42);
        QCOMPARE(laptop.queued.first().second, event.encode());
        QVERIFY(phone.queued.isEmpty());
        QCOMPARE(bob.queued.size(), 1);
        QCOMPARE(bob.queued.first().second.constData(), laptop.queued.first().second.constData());
    }

    void aNewConnectionOfADeviceReplacesTheOld()
    {
        LocalEventBus bus;
        Recorder stale, fresh;
        bus.subscribe(device('a'), Alice, &stale);
        bus.subscribe(device('a'), Alice, &fresh);
        QCOMPARE(stale.ended, QStringList{QStringLiteral("replaced by a new connection")});
        QVERIFY(fresh.ended.isEmpty());
        QCOMPARE(bus.subscriberCount(), 1);
        bus.publishToIdentity(Alice, protocol::Frame::event(protocol::wire::CardChanged, {Alice}));
        QVERIFY(stale.events.isEmpty());
        QCOMPARE(fresh.events.size(), 1);
        // The stale one unsubscribing late (its socket closes) does not drop the fresh one.
        bus.unsubscribe(&stale);
        bus.publishQueued({device('a')}, 7, protocol::Frame::event(protocol::wire::Message, {7}));
        QCOMPARE(fresh.queued.size(), 1);
    }

    void revokedDevicesAreDisconnectedAndForgotten()
    {
        LocalEventBus bus;
        Recorder laptop, phone;
        bus.subscribe(device('a'), Alice, &laptop);
        bus.subscribe(device('b'), Alice, &phone);
        bus.disconnectDevice(device('b'), QStringLiteral("device revoked"));
        QCOMPARE(phone.ended, QStringList{QStringLiteral("device revoked")});
        QVERIFY(laptop.ended.isEmpty());
        bus.publishToIdentity(Alice, protocol::Frame::event(protocol::wire::CardChanged, {Alice}));
        QVERIFY(phone.events.isEmpty());
        QCOMPARE(laptop.events.size(), 1);
        bus.disconnectDevice(device('b'), QStringLiteral("again")); // nothing left to end
        QCOMPARE(phone.ended.size(), 1);
        bus.unsubscribe(&laptop);
        QCOMPARE(bus.subscriberCount(), 0);
    }
};

QTEST_GUILESS_MAIN(TestEventBus)
#include "tst_eventbus.moc"
