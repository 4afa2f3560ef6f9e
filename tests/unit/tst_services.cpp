// SPDX-License-Identifier: GPL-3.0-or-later
// The server's DirectoryService and RelayService driven directly through their request
// entry points, over a real SQLite store on its storage thread, real server keys and a
// real event bus in a temporary directory, with the callers a Session would hand them:
// publishing a card with a token, signing in with a session proof, lookups, a direct
// message stored for the recipient's device before the sender is answered and gone from
// the queue once acknowledged (the sender hears of it), and a group that only its members
// may see or send to.
#include "server/codedelivery.h"
#include "server/directoryservice.h"
#include "server/eventbus.h"
#include "server/identityverifier.h"
#include "server/relayservice.h"
#include "server/serverkeys.h"
#include "server/sqlitestorage.h"
#include "server/validationtoken.h"

#include "protocol/api/directory.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "protocol/sessionproof.h"
#include "testclient.h"
#include "testmessages.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <memory>
#include <optional>

#include "forgedkeys.h"
#include "resultchecks.h"
#include "servicetesting.h"

using namespace cardinal;
using namespace cardinal::server;
using namespace cardinal::testing;
using protocol::Frame;
namespace wire = protocol::wire;
namespace api = protocol::api;

namespace {

const QByteArray Challenge(32, '\x5a');

//! A connected device as the event bus sees it: keeps what it is sent.
class Recorder final : public Subscriber
{
public:
    void deliverEvent(const QByteArray &encodedEvent) override { events.append(encodedEvent); }
    void messageQueued(qint64 seq, const QByteArray &) override { queued.append(seq); }
    void endSubscription(const QString &) override { ended = true; }

    //! The events of `type` received so far.
    [[nodiscard]] QList<Frame> eventsOf(const QString &type) const
    {
        QList<Frame> found;
        for (const QByteArray &bytes : events)
            if (auto frame = Frame::decode(bytes); frame && frame->type == type)
                found.append(*frame);
        return found;
    }

    QList<QByteArray> events;
    QList<qint64> queued;
    bool ended = false;
};

} // namespace

class TestServices : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<CodeDelivery> m_codes;
    std::unique_ptr<ServerParts> m_parts;
    std::unique_ptr<DirectoryService> m_directory;
    std::unique_ptr<RelayService> m_relay;
    std::optional<client::Profile> m_alice;
    std::optional<client::Profile> m_bob;
    std::optional<client::Profile> m_carol;
    Caller m_aliceCaller;
    Caller m_bobCaller;
    Caller m_carolCaller;

    static Caller anonymous()
    {
        Caller caller;
        caller.connectionKey = QStringLiteral("192.0.2.9");
        return caller;
    }

    //! A profile for `name`@example.org whose card the directory published (with a token
    //! from the server's application key) and countersigned.
    std::optional<client::Profile> publish(const QString &name)
    {
        const QString identity = name + QStringLiteral("@example.org");
        auto profile = makeProfile(m_dir.filePath(name), identity);
        if (!profile)
            return std::nullopt;
        const ValidationToken token =
            ValidationToken::mint(m_parts->keys->application, identity, wire::PurposeRegister,
                                  QDateTime::currentSecsSinceEpoch(),
                                  ValidationTokenLifetimeSeconds, crypto::systemRandom());
        auto published = ask(*m_directory, &DirectoryService::publishCard, 
            anonymous(), api::PublishCard{token.encode(), profile->ownBundle().encode()});
        if (!published)
            return std::nullopt;
        auto card = protocol::Card::decode(published->countersignedCard);
        if (!card || !profile->storeOwnBundle({*card, profile->ownBundle().devices}))
            return std::nullopt;
        return std::move(*profile);
    }

    //! The auth payload proving `profile`'s device over Challenge, signed by `key`.
    QCborArray proof(const client::Profile &profile, const crypto::Ed25519KeyPair &key) const
    {
        const crypto::Ed25519Signature signature =
            protocol::SessionProof{Challenge, m_parts->keys->authority.publicKey(), profile.cardId(),
                                   profile.deviceId()}
                .sign(key);
        return {profile.cardId().toByteArray(), profile.deviceId().toByteArray(),
                signature.toByteArray(), QCborValue(QCborValue::Null)};
    }

    //! authenticate(), answered.
    Result<Caller> signIn(const Caller &caller, const QByteArray &challenge,
                          const QCborArray &payload)
    {
        return awaitResult<Caller>([&](DirectoryService::Authenticated done) {
            m_directory->authenticate(caller, challenge, payload, std::move(done));
        });
    }

    //! pendingEvents(), answered.
    Result<RelayService::PendingEvents> pendingOf(const protocol::DeviceId &device, qint64 afterSeq,
                                                int limit)
    {
        return awaitResult<RelayService::PendingEvents>(
            [&](std::function<void(Result<RelayService::PendingEvents>)> done) {
                m_relay->pendingEvents(device, afterSeq, limit, this, std::move(done));
            });
    }

    //! An ack payload: [[seq, ...]].
    static api::Ack acks(qint64 seq) { return api::Ack{{seq}}; }
    static protocol::Identity identity(const QString &email)
    {
        return protocol::Identity::parse(email).value_or({});
    }

    //! The seqs queued for `profile`'s device, oldest first.
    QList<qint64> queueOf(const client::Profile &profile)
    {
        QList<qint64> seqs;
        auto pending = pendingOf(profile.deviceId(), 0, 100);
        if (pending)
            for (const auto &[seq, event] : *pending)
                seqs.append(seq);
        return seqs;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_codes = makeCodeDelivery(
            {CodeDeliveryConfig::Kind::Drop, m_dir.filePath(QStringLiteral("codes")), {}});
        auto parts = ServerParts::create(m_dir.path(), *m_codes);
        QVERIFY_OK(parts);
        m_parts = std::move(*parts);
        m_directory = std::make_unique<DirectoryService>(*m_parts->context);
        m_relay = std::make_unique<RelayService>(*m_parts->context);

        m_alice = publish(QStringLiteral("alice"));
        m_bob = publish(QStringLiteral("bob"));
        m_carol = publish(QStringLiteral("carol"));
        QVERIFY(m_alice && m_bob && m_carol);
        QVERIFY(m_alice->ownBundle().card.verifyAuthority(m_parts->keys->authority.publicKey()));
    }

    void cleanupTestCase()
    {
        m_relay.reset();
        m_directory.reset();
        m_parts.reset();
    }

    void signingInTakesAProofOverTheChallenge()
    {
        auto alice = signIn(anonymous(), Challenge,
                                               proof(*m_alice, m_alice->identityKey()));
        QVERIFY_OK(alice);
        QVERIFY(alice->authenticated);
        QCOMPARE(alice->identity, m_alice->identity());
        QCOMPARE(alice->card, m_alice->cardId());
        QCOMPARE(alice->device, m_alice->deviceId());
        m_aliceCaller = *alice;
        auto bob =
            signIn(anonymous(), Challenge, proof(*m_bob, m_bob->identityKey()));
        QVERIFY_OK(bob);
        m_bobCaller = *bob;
        auto carol = signIn(anonymous(), Challenge,
                                               proof(*m_carol, m_carol->identityKey()));
        QVERIFY_OK(carol);
        m_carolCaller = *carol;

        // Alice's card and device, Bob's key: no.
        QVERIFY_FAILS(signIn(anonymous(), Challenge,
                                                proof(*m_alice, m_bob->identityKey())),
                      ErrorCode::Forbidden);
        // The right key over another challenge: no.
        QVERIFY_FAILS(signIn(anonymous(), QByteArray(32, '\x01'),
                                                proof(*m_alice, m_alice->identityKey())),
                      ErrorCode::Forbidden);
    }

    void lookups()
    {
        auto request = api::Lookup::decode({QStringLiteral(" Alice@Example.org ")});
        QVERIFY_OK(request);
        auto found = ask(*m_directory, &DirectoryService::lookup, m_bobCaller, *request);
        QVERIFY_OK(found);
        QVERIFY(!found->revoked);
        auto bundle = protocol::CardBundle::decode(found->cardBundle);
        QVERIFY(bundle);
        QVERIFY(bundle->verify(m_parts->keys->authority.publicKey()));
        QCOMPARE(bundle->card.id(), m_alice->cardId());
        QVERIFY_FAILS(ask(*m_directory, &DirectoryService::lookup, m_bobCaller,
                                          {identity(QStringLiteral("nobody@example.org"))}),
                      ErrorCode::NotFound);
        // An address that is none never reaches the service: its request does not decode.
        QVERIFY_FAILS(api::Lookup::decode({QStringLiteral("not an address")}),
                      ErrorCode::MalformedInput);
    }

    void aDirectMessageIsQueuedUntilAcknowledged()
    {
        Recorder aliceDevice;
        m_parts->events.subscribe(m_alice->deviceId(), m_alice->identity(), &aliceDevice);
        const QByteArray envelope =
            sealMessage(*m_alice, recipientsOf(m_bob->ownBundle()), "hello through the relay");
        auto sent = ask(*m_relay, &RelayService::send, 
            m_aliceCaller,
            api::Send{protocol::SendTarget::direct(identity(m_bob->identity())), envelope});
        QVERIFY_OK(sent);
        const qint64 seq = sent->seq;
        QCOMPARE(sent->total, 1);
        QCOMPARE(sent->delivered, 0);
        // Stored for Bob's device before Alice was answered, and for nobody else.
        QCOMPARE(queueOf(*m_bob), QList<qint64>{seq});
        QVERIFY(queueOf(*m_carol).isEmpty());
        auto pending = pendingOf(m_bob->deviceId(), 0, 10);
        QVERIFY_OK(pending);
        auto message = MessageEvent::fromFrame(pending->first().second);
        QVERIFY(message);
        QCOMPARE(message->envelope, envelope);
        QCOMPARE(message->sender, m_alice->identity());

        // Carol cannot take Bob's message off his queue.
        QVERIFY_OK(ask(*m_relay, &RelayService::ack, m_carolCaller, acks(seq)));
        QCOMPARE(queueOf(*m_bob), QList<qint64>{seq});
        QVERIFY(aliceDevice.eventsOf(wire::Delivery).isEmpty());
        // Bob can, and Alice hears that it arrived.
        QVERIFY_OK(ask(*m_relay, &RelayService::ack, m_bobCaller, acks(seq)));
        QVERIFY(queueOf(*m_bob).isEmpty());
        QCOMPARE(aliceDevice.eventsOf(wire::Delivery).size(), 1);
        m_parts->events.unsubscribe(&aliceDevice);
    }

    void onlyMembersSeeAndUseAGroup()
    {
        auto created = ask(*m_relay, &RelayService::groupCreate, 
            m_aliceCaller,
            api::GroupCreate{QStringLiteral("relay test"), {identity(m_bob->identity())}});
        QVERIFY_OK(created);
        const protocol::GroupId groupId = created->group;
        QVERIFY(groupId != protocol::GroupId());
        const auto target = protocol::SendTarget::group(groupId);

        QVERIFY_OK(ask(*m_relay, &RelayService::groupInfo, m_bobCaller, api::GroupInfo{groupId}));
        QVERIFY(!ask(*m_relay, &RelayService::groupInfo, m_carolCaller, api::GroupInfo{groupId}));
        QVERIFY(!ask(*m_relay, &RelayService::send, 
            m_carolCaller,
            api::Send{target, sealMessage(*m_carol, recipientsOf(m_bob->ownBundle()), "x")}));
        QVERIFY(queueOf(*m_bob).isEmpty());

        QList<protocol::EnvelopeRecipient> members = recipientsOf(m_bob->ownBundle());
        members += recipientsOf(m_alice->ownBundle());
        auto sent =
            ask(*m_relay, &RelayService::send, m_aliceCaller, api::Send{target, sealMessage(*m_alice, members, "all")});
        QVERIFY_OK(sent);
        QCOMPARE(queueOf(*m_bob), QList<qint64>{sent->seq});
        QVERIFY(queueOf(*m_carol).isEmpty());
        QVERIFY_OK(ask(*m_relay, &RelayService::ack, m_bobCaller, acks(sent->seq)));
    }

    void aStoredDeviceThatNoLongerPassesIsLeftOut()
    {
        // As a server before 0.4 could have stored it: a device of bob's whose key is of
        // small order, signed by bob. Lookups leave it out instead of failing for everyone.
        protocol::DeviceRecordContent weak = m_bob->ownBundle().devices.first().content();
        weak.deviceId.span()[0] ^= 0x5a;
        weak.encryptionKey = smallOrderX25519Key();
        const StoredDevice stored{weak.deviceId, m_bob->cardId(),
                                  forgeDeviceRecord(weak, m_bob->identityKey()), false, {}};
        QVERIFY_OK(m_parts->storage->wait(
            [stored](Storage &storage) { return storage.addDevice(stored); }));
        QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral(
                                               "leaving out a stored device record.*small order")));
        auto found = ask(*m_directory, &DirectoryService::lookup, m_aliceCaller,
                         api::Lookup{identity(m_bob->identity())});
        QVERIFY_OK(found);
        auto bundle = protocol::CardBundle::decode(found->cardBundle);
        QVERIFY(bundle);
        QCOMPARE(bundle->devices.size(), 1);
        QCOMPARE(bundle->devices.first().deviceId(), m_bob->deviceId());
    }
};

QTEST_GUILESS_MAIN(TestServices)
#include "tst_services.moc"
