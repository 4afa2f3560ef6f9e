// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage's methods against a real database file in a temporary directory, a fresh one
// per test. Opening, reopening and schema versions are in tst_sqlitestoragefiles.cpp.
#include "sqlitetestsupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::server::testing;

class TestSqliteStorage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<SqliteStorage> m_storage;
    int m_files = 0;

    QString newPath() { return m_dir.filePath(QStringLiteral("db%1.sqlite").arg(++m_files)); }

    //! alice: card 1 with devices 1, 2; bob: card 2 with devices 3, 4; carol: card 3, device 5.
    void publishPeople()
    {
        QVERIFY_OK(m_storage->publishCard(makeCard(alice, 1), makeDevice(1, 1)));
        QVERIFY_OK(m_storage->addDevice(makeDevice(2, 1)));
        QVERIFY_OK(m_storage->publishCard(makeCard(bob, 2), makeDevice(3, 2)));
        QVERIFY_OK(m_storage->addDevice(makeDevice(4, 2)));
        QVERIFY_OK(m_storage->publishCard(makeCard(carol, 3), makeDevice(5, 3)));
    }

    NewMessage message(const QByteArray &channel, quint8 id, QList<quint8> devices)
    {
        NewMessage out{channel,
                       makeId<CardId>(1),
                       makeId<DeviceId>(1),
                       alice,
                       makeId<MessageId>(id),
                       "envelope " + QByteArray::number(id),
                       5000 + id,
                       {}};
        for (quint8 device : devices)
            out.queueFor.append(makeId<DeviceId>(device));
        return out;
    }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void init()
    {
        auto opened = SqliteStorage::open(newPath());
        QVERIFY_OK(opened);
        m_storage = std::move(*opened);
    }

    void cleanup() { m_storage.reset(); }

    void publishesAndRevokesCards()
    {
        QVERIFY(!m_storage->activeCard(alice)->has_value());
        QVERIFY(!m_storage->card(makeId<CardId>(1))->has_value());
        QVERIFY_OK(m_storage->publishCard(makeCard(alice, 1), makeDevice(1, 1)));
        QVERIFY_OK(m_storage->addDevice(makeDevice(2, 1)));
        auto active = m_storage->activeCard(alice);
        QVERIFY_OK(active);
        QVERIFY(active->has_value());
        QCOMPARE((*active)->id, makeId<CardId>(1));
        QCOMPARE((*active)->identity, alice);
        QCOMPARE((*active)->card, QByteArray("card 1"));
        QCOMPARE((*active)->createdAt, 1001);
        QVERIFY(!(*active)->revoked);

        // Republishing revokes the old card and both its devices in the same transaction.
        QVERIFY_OK(m_storage->publishCard(makeCard(alice, 2), makeDevice(3, 2)));
        QCOMPARE((*m_storage->activeCard(alice))->id, makeId<CardId>(2));
        QVERIFY((*m_storage->card(makeId<CardId>(1)))->revoked);
        QCOMPARE(m_storage->devices(makeId<CardId>(1), false)->size(), 0);
        const auto old = m_storage->devices(makeId<CardId>(1), true);
        QCOMPARE(old->size(), 2);
        QVERIFY(old->at(0).revoked && old->at(1).revoked);
        QCOMPARE(m_storage->devices(makeId<CardId>(2), false)->size(), 1);

        // A failed publish leaves everything as it was.
        QVERIFY_FAILS(m_storage->publishCard(makeCard(alice, 2), makeDevice(9, 2)),
                      ErrorCode::InvalidArgument);
        QVERIFY(!(*m_storage->card(makeId<CardId>(2)))->revoked);
        QVERIFY(!(*m_storage->device(makeId<DeviceId>(3)))->revoked);
        QVERIFY(!m_storage->device(makeId<DeviceId>(9))->has_value());
        QVERIFY_FAILS(m_storage->publishCard(makeCard(alice, 4), makeDevice(4, 5)),
                      ErrorCode::InvalidArgument);

        QVERIFY_OK(m_storage->revokeCard(makeId<CardId>(2)));
        QVERIFY(!m_storage->activeCard(alice)->has_value());
        QVERIFY((*m_storage->device(makeId<DeviceId>(3)))->revoked);
        QVERIFY_FAILS(m_storage->revokeCard(makeId<CardId>(7)), ErrorCode::InvalidArgument);
    }

    void addsListsAndRevokesDevices()
    {
        QVERIFY_OK(m_storage->publishCard(makeCard(alice, 1), makeDevice(5, 1)));
        for (quint8 n : {3, 9, 1})
            QVERIFY_OK(m_storage->addDevice(makeDevice(n, 1)));
        auto listed = m_storage->devices(makeId<CardId>(1), false);
        QVERIFY_OK(listed);
        QList<DeviceId> order;
        for (const StoredDevice &device : *listed)
            order.append(device.id);
        QCOMPARE(order, (QList<DeviceId>{makeId<DeviceId>(5), makeId<DeviceId>(3),
                                         makeId<DeviceId>(9), makeId<DeviceId>(1)}));
        QCOMPARE(listed->at(1).record, QByteArray("record 3"));
        QCOMPARE(listed->at(1).cardId, makeId<CardId>(1));

        QVERIFY_OK(m_storage->revokeDevice(makeId<DeviceId>(9), "signed revocation"));
        QVERIFY_OK(m_storage->revokeDevice(makeId<DeviceId>(9), "a later one"));
        const auto revoked = m_storage->device(makeId<DeviceId>(9));
        QVERIFY((*revoked)->revoked);
        QCOMPARE((*revoked)->revocation, QByteArray("signed revocation"));
        QCOMPARE(m_storage->devices(makeId<CardId>(1), false)->size(), 3);
        QCOMPARE(m_storage->devices(makeId<CardId>(1), true)->size(), 4);

        // Ids are never reused, not even a revoked one's.
        QVERIFY_FAILS(m_storage->addDevice(makeDevice(3, 1)), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->addDevice(makeDevice(9, 1)), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->addDevice(makeDevice(7, 8)), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->revokeDevice(makeId<DeviceId>(7), "x"),
                      ErrorCode::InvalidArgument);
        QVERIFY_OK(m_storage->revokeCard(makeId<CardId>(1)));
        QVERIFY_FAILS(m_storage->addDevice(makeDevice(7, 1)), ErrorCode::InvalidArgument);
        QVERIFY(!m_storage->device(makeId<DeviceId>(7))->has_value());
    }

    void keepsCodesAndTokens()
    {
        const QString purpose = QStringLiteral("register");
        QVERIFY(!m_storage->code(alice, purpose)->has_value());
        QVERIFY_OK(m_storage->putCode(alice, purpose, PendingCode{"hash 1", 100, 5}));
        QVERIFY_OK(
            m_storage->putCode(alice, QStringLiteral("recover"), PendingCode{"hash 2", 100, 5}));
        QVERIFY_OK(m_storage->putCode(alice, purpose, PendingCode{"hash 3", 300, 4}));
        auto code = m_storage->code(alice, purpose);
        QVERIFY_OK(code);
        QCOMPARE((*code)->codeHash, QByteArray("hash 3"));
        QCOMPARE((*code)->expiresAt, 300);
        QCOMPARE((*code)->attemptsLeft, 4);
        QVERIFY_OK(m_storage->setCodeAttempts(alice, purpose, 2));
        QCOMPARE((*m_storage->code(alice, purpose))->attemptsLeft, 2);
        QVERIFY_FAILS(m_storage->setCodeAttempts(bob, purpose, 2), ErrorCode::InvalidArgument);
        QVERIFY_OK(m_storage->deleteCode(alice, purpose));
        QVERIFY_OK(m_storage->deleteCode(alice, purpose));
        QVERIFY(!m_storage->code(alice, purpose)->has_value());
        QVERIFY(m_storage->code(alice, QStringLiteral("recover"))->has_value());

        QCOMPARE(*m_storage->consumeToken("nonce 1", 100), true);
        QCOMPARE(*m_storage->consumeToken("nonce 1", 100), false);
        QCOMPARE(*m_storage->consumeToken("nonce 2", 200), true);
        QVERIFY_FAILS(m_storage->consumeToken(QByteArray(), 100), ErrorCode::InvalidArgument);
    }

    void purgesExpiredCodesAndTokens()
    {
        const QString purpose = QStringLiteral("register");
        QVERIFY_OK(m_storage->putCode(alice, purpose, PendingCode{"a", 100, 5}));
        QVERIFY_OK(m_storage->putCode(bob, purpose, PendingCode{"b", 150, 5}));
        QVERIFY(*m_storage->consumeToken("old", 100));
        QVERIFY(*m_storage->consumeToken("current", 150));
        QVERIFY_OK(m_storage->purgeExpired(150));
        QVERIFY(!m_storage->code(alice, purpose)->has_value());
        QVERIFY(m_storage->code(bob, purpose)->has_value());  // expiring this very second
        QCOMPARE(*m_storage->consumeToken("old", 100), true); // forgotten
        QCOMPARE(*m_storage->consumeToken("current", 150), false);
    }

    void keepsBackups()
    {
        QVERIFY(!m_storage->backup(alice)->has_value());
        QVERIFY_OK(m_storage->putBackup(alice, "first"));
        QVERIFY_OK(m_storage->putBackup(alice, "second"));
        QVERIFY_OK(m_storage->putBackup(bob, QByteArray()));
        QCOMPARE(**m_storage->backup(alice), QByteArray("second"));
        QVERIFY(m_storage->backup(bob)->has_value());
        QVERIFY((*m_storage->backup(bob))->isEmpty());
    }

    void directChannelsAreDeterministic()
    {
        auto ab = m_storage->directChannel(alice, bob);
        QVERIFY_OK(ab);
        QCOMPARE(ab->id, directId(alice, bob));
        QCOMPARE(ab->kind, ChannelKind::Direct);
        QCOMPARE(ab->members, (QStringList{alice, bob}));
        auto ba = m_storage->directChannel(bob, alice);
        QVERIFY_OK(ba);
        QCOMPARE(ba->id, ab->id);
        QCOMPARE(ba->members, ab->members);
        auto stored = m_storage->channel(ab->id);
        QVERIFY_OK(stored);
        QCOMPARE((*stored)->kind, ChannelKind::Direct);
        QCOMPARE((*stored)->members, (QStringList{alice, bob}));
        QVERIFY(m_storage->directChannel(alice, carol)->id != ab->id);

        QVERIFY_FAILS(m_storage->directChannel(alice, alice), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->addMember(ab->id, carol), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->removeMember(ab->id, bob), ErrorCode::InvalidArgument);
        QVERIFY(!m_storage->channel(QByteArray(16, 'x'))->has_value());
        // A group created under a direct channel's id first does not pass for it.
        QVERIFY_OK(m_storage->createGroup(
            Channel{directId(bob, carol), ChannelKind::Group, {}, carol, {carol}}));
        QVERIFY_FAILS(m_storage->directChannel(bob, carol), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->createGroup(Channel{ab->id, ChannelKind::Group, {}, carol, {}}),
                      ErrorCode::InvalidArgument);
    }

    void managesGroups()
    {
        const QByteArray g1(16, '1'), g2(16, '2');
        QVERIFY_OK(m_storage->createGroup(
            Channel{g1, ChannelKind::Group, QStringLiteral("One"), bob, {carol, bob}}));
        QVERIFY_OK(m_storage->createGroup(
            Channel{g2, ChannelKind::Group, QStringLiteral("Two"), alice, {alice}}));
        QVERIFY_FAILS(m_storage->createGroup(Channel{g1, ChannelKind::Group, {}, bob, {bob}}),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(
            m_storage->createGroup(Channel{QByteArray(16, '3'), ChannelKind::Direct, {}, {}, {}}),
            ErrorCode::InvalidArgument);
        QVERIFY_FAILS(
            m_storage->createGroup(Channel{QByteArray(15, '3'), ChannelKind::Group, {}, {}, {}}),
            ErrorCode::InvalidArgument);
        auto one = m_storage->channel(g1);
        QVERIFY_OK(one);
        QCOMPARE((*one)->name, QStringLiteral("One"));
        QCOMPARE((*one)->owner, bob);
        QCOMPARE((*one)->members, (QStringList{bob, carol}));

        QVERIFY_OK(m_storage->addMember(g1, alice));
        QVERIFY_FAILS(m_storage->addMember(g1, alice), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->addMember(QByteArray(16, '9'), alice), ErrorCode::InvalidArgument);
        QCOMPARE((*m_storage->channel(g1))->members, (QStringList{alice, bob, carol}));
        QVERIFY_OK(m_storage->directChannel(alice, bob));

        auto groups = m_storage->groupsOf(alice);
        QVERIFY_OK(groups);
        QCOMPARE(groups->size(), 2); // not the direct channel
        QCOMPARE(groups->at(0).id, g1);
        QCOMPARE(groups->at(0).members, (QStringList{alice, bob, carol}));
        QCOMPARE(groups->at(1).id, g2);
        QCOMPARE(groups->at(1).members, (QStringList{alice}));
        QCOMPARE(groups->at(1).name, QStringLiteral("Two"));

        QCOMPARE(*m_storage->peersOf(alice), (QStringList{bob, carol}));
        QCOMPARE(*m_storage->peersOf(carol), (QStringList{alice, bob}));
        QVERIFY_OK(m_storage->removeMember(g1, alice));
        QVERIFY_OK(m_storage->removeMember(g1, alice));
        QCOMPARE(*m_storage->peersOf(alice), (QStringList{bob})); // still the direct channel
        QCOMPARE(*m_storage->peersOf(carol), (QStringList{bob}));
        QCOMPARE(m_storage->groupsOf(alice)->size(), 1);
        QVERIFY(m_storage->peersOf(QStringLiteral("nobody@example.org"))->isEmpty());
    }

    void storesQueuesAndAcksMessages()
    {
        publishPeople();
        const QByteArray channel = m_storage->directChannel(alice, bob)->id;
        auto first = m_storage->storeMessage(message(channel, 1, {2, 3, 4}));
        QVERIFY_OK(first);
        QCOMPARE(first->total, 3);
        QCOMPARE(first->delivered, 0);
        QVERIFY(!first->duplicate);
        auto second = m_storage->storeMessage(message(channel, 2, {3}));
        QVERIFY_OK(second);
        QVERIFY(second->seq > first->seq);

        auto queued = m_storage->queue(makeId<DeviceId>(3), 0, 10);
        QVERIFY_OK(queued);
        QCOMPARE(queued->size(), 2);
        QCOMPARE(queued->at(0).seq, first->seq);
        QCOMPARE(queued->at(0).channelId, channel);
        QCOMPARE(queued->at(0).senderIdentity, alice);
        QCOMPARE(queued->at(0).messageId, makeId<MessageId>(1));
        QCOMPARE(queued->at(0).envelope, QByteArray("envelope 1"));
        QCOMPARE(queued->at(0).receivedAtMs, 5001);
        QCOMPARE(queued->at(1).seq, second->seq);
        QCOMPARE(m_storage->queue(makeId<DeviceId>(3), first->seq, 10)->size(), 1);
        QCOMPARE(m_storage->queue(makeId<DeviceId>(3), 0, 1)->size(), 1);
        QCOMPARE(m_storage->queue(makeId<DeviceId>(3), 0, 0)->size(), 0);
        QVERIFY_FAILS(m_storage->queue(makeId<DeviceId>(3), 0, -1), ErrorCode::InvalidArgument);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 2);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(1)), 0);

        // A retry after a lost acknowledgement gets the first answer and queues nothing.
        auto retry = m_storage->storeMessage(message(channel, 1, {2, 3, 4}));
        QVERIFY_OK(retry);
        QVERIFY(retry->duplicate);
        QCOMPARE(retry->seq, first->seq);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 2);

        auto acked = m_storage->ack(makeId<DeviceId>(3), first->seq);
        QVERIFY_OK(acked);
        QVERIFY(acked->has_value());
        QCOMPARE((*acked)->messageId, makeId<MessageId>(1));
        QCOMPARE((*acked)->senderCard, makeId<CardId>(1));
        QCOMPARE((*acked)->senderDevice, makeId<DeviceId>(1));
        QCOMPARE((*acked)->delivered, 1);
        QCOMPARE((*acked)->total, 3);
        QVERIFY(!m_storage->ack(makeId<DeviceId>(3), first->seq)->has_value()); // repeat
        QVERIFY(!m_storage->ack(makeId<DeviceId>(5), first->seq)->has_value()); // foreign
        QCOMPARE(m_storage->storeMessage(message(channel, 1, {2}))->delivered, 1);
        QCOMPARE((*m_storage->ack(makeId<DeviceId>(2), first->seq))->delivered, 2);
        QCOMPARE((*m_storage->ack(makeId<DeviceId>(4), first->seq))->delivered, 3);

        // Delivered everywhere: the message is gone, its seq is not reused.
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 1);
        auto again = m_storage->storeMessage(message(channel, 1, {3}));
        QVERIFY_OK(again);
        QVERIFY(!again->duplicate);
        QVERIFY(again->seq > second->seq);
    }

    void acksABatchInOneCall()
    {
        publishPeople();
        const QByteArray channel = m_storage->directChannel(alice, bob)->id;
        const qint64 first = m_storage->storeMessage(message(channel, 1, {3}))->seq;
        const qint64 second = m_storage->storeMessage(message(channel, 2, {3, 4}))->seq;
        auto acked = m_storage->ack(makeId<DeviceId>(3), QList<qint64>{first, 999, second, first});
        QVERIFY_OK(acked);
        QCOMPARE(acked->size(), 2); // the unknown seq and the repeat are skipped
        QCOMPARE(acked->at(0).messageId, makeId<MessageId>(1));
        QCOMPARE(acked->at(1).messageId, makeId<MessageId>(2));
        QCOMPARE(acked->at(1).delivered, 1);
        QCOMPARE(acked->at(1).total, 2);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 0);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(4)), 1);
    }

    // A revoked device will never acknowledge: its queue is dropped, and a message left
    // queued for nobody goes with it.
    void revocationDropsQueues()
    {
        publishPeople();
        const QByteArray channel = m_storage->directChannel(alice, bob)->id;
        QVERIFY_OK(m_storage->storeMessage(message(channel, 1, {3, 4})));
        QVERIFY_OK(m_storage->storeMessage(message(channel, 2, {4})));
        QVERIFY_OK(m_storage->revokeDevice(makeId<DeviceId>(4), "statement"));
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(4)), 0);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 1);
        // Message 2 was only queued for device 4: it is gone, so its id is new again.
        QVERIFY(!m_storage->storeMessage(message(channel, 2, {3}))->duplicate);
        QVERIFY_OK(m_storage->revokeCard(makeId<CardId>(2)));
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 0);
    }

    void refusesBadMessages()
    {
        publishPeople();
        const QByteArray channel = m_storage->directChannel(alice, bob)->id;
        QVERIFY_FAILS(m_storage->storeMessage(message(channel, 1, {3, 3})),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->storeMessage(message(channel, 1, {3, 42})),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(m_storage->storeMessage(message(QByteArray(16, 'x'), 1, {3})),
                      ErrorCode::InvalidArgument);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), 0); // nothing half-stored

        auto nobody = m_storage->storeMessage(message(channel, 2, {}));
        QVERIFY_OK(nobody);
        QCOMPARE(nobody->total, 0);
        QVERIFY(m_storage->storeMessage(message(channel, 3, {3}))->seq > nobody->seq);
    }

    void storesGroupMessagesInOneTransaction()
    {
        // Ten members with three devices each: 30 queue rows per message.
        QByteArray group(16, 'g');
        QStringList members;
        QList<quint8> devices;
        for (quint8 member = 1; member <= 10; ++member) {
            const QString identity = QStringLiteral("member%1@example.org").arg(member);
            members.append(identity);
            const quint8 first = quint8(member * 3);
            QVERIFY_OK(
                m_storage->publishCard(makeCard(identity, member), makeDevice(first, member)));
            for (quint8 device = first; device < first + 3; ++device) {
                if (device != first)
                    QVERIFY_OK(m_storage->addDevice(makeDevice(device, member)));
                devices.append(device);
            }
        }
        QVERIFY_OK(
            m_storage->createGroup(Channel{group, ChannelKind::Group, {}, members[0], members}));
        QElapsedTimer timer;
        timer.start();
        constexpr int Messages = 200;
        for (int n = 0; n < Messages; ++n) {
            NewMessage next = message(group, 0, devices);
            next.senderDevice = makeId<DeviceId>(3); // member 1's; card 1 is theirs too
            next.messageId =
                *MessageId::fromBytes(QByteArray::number(100000 + n).rightJustified(16, '0'));
            QVERIFY_OK(m_storage->storeMessage(next));
        }
        qInfo("%d messages for 30 devices in %lld ms", Messages, timer.elapsed());
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(3)), Messages);
        QCOMPARE(*m_storage->queueLength(makeId<DeviceId>(32)), Messages);
    }
};

QTEST_GUILESS_MAIN(TestSqliteStorage)
#include "tst_sqlitestorage.moc"
