// SPDX-License-Identifier: GPL-3.0-or-later
// The multi-recipient envelope: every recipient opens it, nobody else does, and no single
// changed byte goes unnoticed.
#include "crypto/random.h"
#include "protocol/card.h"
#include "protocol/envelope.h"
#include "protocol/signing.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

#include <functional>

using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::protocol;

namespace {

struct Device
{
    DeviceId id;
    X25519KeyPair key;
};

struct Party
{
    Ed25519KeyPair identity;
    CardId card;
    QList<Device> devices;
};

Party makeParty(RandomSource &random, int deviceCount)
{
    Party party{Ed25519KeyPair::generate(random), {}, {}};
    random.fill(party.card.span());
    for (int i = 0; i < deviceCount; ++i) {
        DeviceId id;
        random.fill(id.span());
        party.devices.append({id, X25519KeyPair::generate(random)});
    }
    return party;
}

QList<EnvelopeRecipient> recipientsOf(std::initializer_list<const Party *> parties)
{
    QList<EnvelopeRecipient> out;
    for (const Party *party : parties)
        for (const Device &device : party->devices)
            out.append({device.id, device.key.publicKey()});
    return out;
}

struct Fixture
{
    DeterministicRandom random{std::span<const std::uint8_t>()};
    Party alice = makeParty(random, 2);
    Party bob = makeParty(random, 2);
    Party carol = makeParty(random, 1);
    Party dave = makeParty(random, 1);

    EnvelopeSender sender() const { return {alice.card, alice.devices[0].id, alice.identity}; }

    SenderKeyLookup lookup() const
    {
        return [this](const CardId &id) -> std::optional<Ed25519PublicKey> {
            for (const Party *p : {&alice, &bob, &carol, &dave})
                if (p->card == id)
                    return p->identity.publicKey();
            return std::nullopt;
        };
    }

    OutgoingMessage message() const
    {
        OutgoingMessage m;
        m.conversationId = QByteArray("conversation-1");
        m.body = QByteArray("Meet at the usual place at 7.");
        m.sentAtMs = 1'700'000'000'123;
        return m;
    }

    QByteArray seal(const HpkeSuite &suite = {})
    {
        return sealEnvelope(sender(), recipientsOf({&alice, &bob, &carol}), message(), suite, random)
            ->bytes;
    }
};

//! Opens `envelope` as bob's first device, lets `rewrite` change the signed inner array, signs
//! it again as alice and encrypts it under the same header: what a sender running other code
//! could send. `rewrite` sees the inner array as the sender wrote it.
QByteArray resignedInner(const Fixture &f, const QByteArray &envelope,
                         const std::function<void(QCborArray &)> &rewrite)
{
    const QCborArray outer = QCborValue::fromCbor(envelope).toArray();
    const QByteArray headerBytes = outer.at(0).toByteArray();
    const QCborArray header = QCborValue::fromCbor(headerBytes).toArray();
    const Device &bob = f.bob.devices[0];
    QCborArray bobEntry;
    for (const QCborValue &entry : header.at(5).toArray())
        if (entry.toArray().at(0).toByteArray() == bob.id.toByteArray())
            bobEntry = entry.toArray();
    const auto enc = X25519PublicKey::fromBytes(bobEntry.at(1).toByteArray());
    const QByteArray info =
        QByteArray("Cardinal envelope v1") + '\0' + header.at(4).toByteArray();
    const auto contentKey =
        hpkeOpen({}, bob.key, *enc, info, bob.id.view(), bobEntry.at(2).toByteArray());
    const std::array<std::uint8_t, 12> nonce{};
    const auto plaintext = aeadOpen(AeadId::Aes256Gcm, contentKey->span(), nonce, headerBytes,
                                    outer.at(1).toByteArray());
    const QCborArray signedMessage = QCborValue::fromCbor(asView(plaintext->span()).toByteArray()).toArray();
    QCborArray inner = QCborValue::fromCbor(signedMessage.at(0).toByteArray()).toArray();
    rewrite(inner);
    const QByteArray innerBytes = QCborValue(inner).toCbor();
    const auto signature = signWithContext(f.alice.identity, "Cardinal message v1", {innerBytes});
    const QByteArray resigned =
        QCborValue(QCborArray{innerBytes, signature.toByteArray()}).toCbor();
    const auto ciphertext =
        aeadSeal(AeadId::Aes256Gcm, contentKey->span(), nonce, headerBytes, resigned);
    return QCborValue(QCborArray{headerBytes, *ciphertext}).toCbor();
}

QByteArray someCheckpointNote()
{
    return QByteArrayLiteral("example.org/cardinal-kt/0123456789abcdef\n1000\n"
                             "UdsQ8alrMf56QASIvhv6W/UkDEWbJJqaUqNBMTuuqQs=\n\n"
                             "\xE2\x80\x94 example.org/cardinal-kt/0123456789abcdef "
                             "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA\n");
}

} // namespace

class TestEnvelope : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyRecipientOpens_data()
    {
        QTest::addColumn<int>("aead");
        QTest::newRow("AES-256-GCM") << int(AeadId::Aes256Gcm);
        QTest::newRow("AES-128-GCM") << int(AeadId::Aes128Gcm);
        QTest::newRow("ChaCha20-Poly1305") << int(AeadId::ChaCha20Poly1305);
    }
    void everyRecipientOpens()
    {
        QFETCH(int, aead);
        Fixture f;
        HpkeSuite suite;
        suite.aead = AeadId(aead);
        const QByteArray envelope = f.seal(suite);
        for (const Party *party : {&f.alice, &f.bob, &f.carol}) {
            for (const Device &device : party->devices) {
                const auto opened = openEnvelope(envelope, device.id, device.key, f.lookup());
                QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
                QCOMPARE(opened->body, f.message().body);
                QCOMPARE(opened->conversationId, f.message().conversationId);
                QCOMPARE(opened->sentAtMs, f.message().sentAtMs);
                QCOMPARE(opened->senderCard, f.alice.card);
                QCOMPARE(opened->senderDevice, f.alice.devices[0].id);
                QCOMPARE(opened->recipients.size(), 5);
            }
        }
        const auto header = readEnvelopeHeader(envelope);
        QVERIFY(header);
        QCOMPARE(header->suite.aead, AeadId(aead));
        QCOMPARE(header->recipients.size(), 5);
    }

    void outsidersCannotOpen()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const Device &dave = f.dave.devices[0];
        QCOMPARE(openEnvelope(envelope, dave.id, dave.key, f.lookup()).error().code,
                 ErrorCode::NotARecipient);
        // Dave claiming Bob's device id still lacks Bob's key.
        QCOMPARE(openEnvelope(envelope, f.bob.devices[0].id, dave.key, f.lookup()).error().code,
                 ErrorCode::DecryptionFailed);
    }

    void senderMustBeKnownAndGenuine()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const Device &bob = f.bob.devices[0];
        const SenderKeyLookup nobody = [](const CardId &) { return std::optional<Ed25519PublicKey>(); };
        QCOMPARE(openEnvelope(envelope, bob.id, bob.key, nobody).error().code, ErrorCode::UnknownSender);
        const SenderKeyLookup impostor = [&](const CardId &) {
            return std::optional<Ed25519PublicKey>(f.dave.identity.publicKey());
        };
        QCOMPARE(openEnvelope(envelope, bob.id, bob.key, impostor).error().code, ErrorCode::BadSignature);
        const auto unverified = decryptEnvelope(envelope, bob.id, bob.key);
        QVERIFY(unverified);
        QVERIFY(unverified->verifySender(f.alice.identity.publicKey()));
    }

    void everySingleByteChangeFailsToOpen()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const Device &bob = f.bob.devices[1];
        QVERIFY(openEnvelope(envelope, bob.id, bob.key, f.lookup()));
        int opened = 0;
        for (qsizetype i = 0; i < envelope.size(); ++i) {
            for (char mask : {char(0x01), char(0x80)}) {
                QByteArray tampered = envelope;
                tampered[i] = char(tampered[i] ^ mask);
                if (openEnvelope(tampered, bob.id, bob.key, f.lookup()))
                    ++opened;
            }
        }
        QCOMPARE(opened, 0);
    }

    void truncationAndExtensionFail()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const Device &bob = f.bob.devices[0];
        for (qsizetype cut = 0; cut < envelope.size(); cut += 7)
            QVERIFY(!openEnvelope(envelope.left(cut), bob.id, bob.key, f.lookup()));
        QCOMPARE(openEnvelope(QByteArray(envelope).append('\0'), bob.id, bob.key, f.lookup()).error().code,
                 ErrorCode::MalformedInput);
        QCOMPARE(openEnvelope(QByteArray(MaxEnvelopeBytes + 1, '\0'), bob.id, bob.key, f.lookup())
                     .error()
                     .code,
                 ErrorCode::TooLarge);
    }

    // A recipient re-wraps the content key and strips other recipients from the header: the
    // signed recipient list no longer matches, so the forgery is refused.
    void strippedRecipientListIsRefused()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const QCborArray outer = QCborValue::fromCbor(envelope).toArray();
        QCborArray header = QCborValue::fromCbor(outer.at(0).toByteArray()).toArray();
        QCborArray entries = header.at(5).toArray();
        entries.removeLast(); // drop carol
        header[5] = entries;
        const QByteArray newHeader = QCborValue(header).toCbor();

        // Bob knows the content key; he re-encrypts the same signed plaintext under it.
        const Device &bob = f.bob.devices[0];
        const QCborArray bobEntry = entries.at(2).toArray();
        const auto enc = X25519PublicKey::fromBytes(bobEntry.at(1).toByteArray());
        const QByteArray info = QByteArray("Cardinal envelope v1") + '\0' +
                                header.at(4).toByteArray();
        const auto contentKey = hpkeOpen({}, bob.key, *enc, info, bob.id.view(),
                                         bobEntry.at(2).toByteArray());
        QVERIFY(contentKey);
        const std::array<std::uint8_t, 12> nonce{};
        const auto plaintext = aeadOpen(AeadId::Aes256Gcm, contentKey->span(), nonce,
                                        outer.at(0).toByteArray(), outer.at(1).toByteArray());
        QVERIFY(plaintext);
        const auto reencrypted = aeadSeal(AeadId::Aes256Gcm, contentKey->span(), nonce, newHeader,
                                          asView(plaintext->span()));
        const QByteArray forged = QCborValue(QCborArray{newHeader, *reencrypted}).toCbor();
        const Device &alice = f.alice.devices[1];
        QCOMPARE(openEnvelope(forged, alice.id, alice.key, f.lookup()).error().code,
                 ErrorCode::MalformedInput);
    }

    void sealingRejectsBadInput()
    {
        Fixture f;
        const auto none = sealEnvelope(f.sender(), {}, f.message(), {}, f.random);
        QCOMPARE(none.error().code, ErrorCode::InvalidArgument);
        QList<EnvelopeRecipient> twice = recipientsOf({&f.bob});
        twice.append(twice.first());
        QCOMPARE(sealEnvelope(f.sender(), twice, f.message(), {}, f.random).error().code,
                 ErrorCode::InvalidArgument);
        OutgoingMessage big = f.message();
        big.body = QByteArray(MaxMessageBodyBytes + 1, 'x');
        QCOMPARE(sealEnvelope(f.sender(), recipientsOf({&f.bob}), big, {}, f.random).error().code,
                 ErrorCode::TooLarge);
        QList<EnvelopeRecipient> crowd;
        for (int i = 0; i <= MaxRecipients; ++i) {
            DeviceId id;
            id.span()[0] = quint8(i);
            id.span()[1] = quint8(i >> 8);
            crowd.append({id, f.bob.devices[0].key.publicKey()});
        }
        QCOMPARE(sealEnvelope(f.sender(), crowd, f.message(), {}, f.random).error().code,
                 ErrorCode::TooLarge);
    }

    void largestEnvelopeOpens()
    {
        Fixture f;
        QList<EnvelopeRecipient> crowd;
        for (int i = 0; i < MaxRecipients - 1; ++i) {
            DeviceId id;
            id.span()[0] = quint8(i);
            id.span()[1] = quint8(i >> 8);
            id.span()[2] = 0xee;
            crowd.append({id, f.dave.devices[0].key.publicKey()});
        }
        crowd.append({f.bob.devices[0].id, f.bob.devices[0].key.publicKey()});
        OutgoingMessage big = f.message();
        big.body = QByteArray(MaxMessageBodyBytes, 'x');
        big.conversationId = QByteArray(MaxConversationIdBytes, 'c');
        const auto envelope = sealEnvelope(f.sender(), crowd, big, {}, f.random);
        QVERIFY(envelope);
        QVERIFY(envelope->bytes.size() <= MaxEnvelopeBytes);
        const auto opened = openEnvelope(envelope->bytes, f.bob.devices[0].id, f.bob.devices[0].key, f.lookup());
        QVERIFY(opened);
        QCOMPARE(opened->body.size(), MaxMessageBodyBytes);
    }

    void unknownSuiteIsUnsupported()
    {
        Fixture f;
        const QByteArray envelope = f.seal();
        const QCborArray outer = QCborValue::fromCbor(envelope).toArray();
        QCborArray header = QCborValue::fromCbor(outer.at(0).toByteArray()).toArray();
        header[3] = 0x7777;
        const QByteArray changed =
            QCborValue(QCborArray{QCborValue(header).toCbor(), outer.at(1)}).toCbor();
        QCOMPARE(readEnvelopeHeader(changed).error().code, ErrorCode::UnsupportedVersion);
    }

    void aRecipientWithAnUnusableKeyIsLeftOutAlone()
    {
        // One device of small order among many: the others still get the message, the
        // signed recipient list names only them, and the caller learns whom it left out.
        Fixture f;
        QList<EnvelopeRecipient> recipients = recipientsOf({&f.bob, &f.carol});
        DeviceId weakDevice;
        weakDevice.span()[0] = 0x77;
        recipients.insert(1, {weakDevice, *X25519PublicKey::fromBytes(QByteArray::fromHex(
                                              "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866"
                                              "205165f49b800"))});
        const auto sealed = sealEnvelope(f.sender(), recipients, f.message(), {}, f.random);
        QVERIFY(sealed);
        QCOMPARE(sealed->skipped.size(), 1);
        QCOMPARE(sealed->skipped.first().deviceId, weakDevice);
        QCOMPARE(sealed->skipped.first().reason.code, ErrorCode::WeakKey);
        const auto header = readEnvelopeHeader(sealed->bytes);
        QVERIFY(header);
        QCOMPARE(header->recipients.size(), 3);
        QVERIFY(!header->recipients.contains(weakDevice));
        for (const Device &device : {f.bob.devices[0], f.bob.devices[1], f.carol.devices[0]}) {
            const auto opened = openEnvelope(sealed->bytes, device.id, device.key, f.lookup());
            QVERIFY(opened);
            QCOMPARE(opened->recipients, header->recipients);
        }
        // Nobody usable at all: nothing to seal.
        const auto none = sealEnvelope(f.sender(), {recipients.at(1)}, f.message(), {}, f.random);
        QCOMPARE(none.error().code, ErrorCode::WeakKey);
    }

    // The sender's checkpoint of the key-transparency log travels inside the signed message
    // (version 2); a sender holding none writes version 1, which every client reads.
    void gossipedCheckpointTravelsSigned()
    {
        Fixture f;
        OutgoingMessage m = f.message();
        m.checkpoint = someCheckpointNote();
        const auto gossiping = sealEnvelope(f.sender(), recipientsOf({&f.bob}), m, {}, f.random);
        QVERIFY(gossiping);
        const Device &bob = f.bob.devices[0];
        const auto opened = openEnvelope(gossiping->bytes, bob.id, bob.key, f.lookup());
        QVERIFY(opened);
        QCOMPARE(opened->checkpoint, m.checkpoint);
        QCOMPARE(opened->body, m.body);
        qint64 version = 0;
        (void)resignedInner(f, gossiping->bytes,
                            [&](QCborArray &inner) { version = inner.at(0).toInteger(); });
        QCOMPARE(version, MessageFormatVersionGossip);

        const auto plain = sealEnvelope(f.sender(), recipientsOf({&f.bob}), f.message(), {}, f.random);
        (void)resignedInner(f, plain->bytes,
                            [&](QCborArray &inner) { version = inner.at(0).toInteger(); });
        QCOMPARE(version, MessageFormatVersionPlain);
        QVERIFY(openEnvelope(plain->bytes, bob.id, bob.key, f.lookup())->checkpoint.isEmpty());

        m.checkpoint = QByteArray(MaxGossipCheckpointBytes + 1, 'c');
        QCOMPARE(sealEnvelope(f.sender(), recipientsOf({&f.bob}), m, {}, f.random).error().code,
                 ErrorCode::TooLarge);
        m.checkpoint = QByteArray(MaxGossipCheckpointBytes, 'c');
        const auto largest = sealEnvelope(f.sender(), recipientsOf({&f.bob}), m, {}, f.random);
        QCOMPARE(openEnvelope(largest->bytes, bob.id, bob.key, f.lookup())->checkpoint,
                 m.checkpoint);
    }

    // Each version has exactly its fields, a present checkpoint is never empty (one content,
    // one encoding), and a later version is named as such, even when correctly signed.
    void messageVersionsAreStrict_data()
    {
        QTest::addColumn<int>("version");
        QTest::addColumn<int>("checkpointBytes"); // -1: no checkpoint field
        QTest::addColumn<int>("expected"); // -1: it opens
        QTest::newRow("v2 as written") << 2 << 40 << -1;
        QTest::newRow("v1 as written") << 1 << -1 << -1;
        QTest::newRow("v2 without the field") << 2 << -1 << int(ErrorCode::MalformedInput);
        QTest::newRow("v2 with an empty one") << 2 << 0 << int(ErrorCode::MalformedInput);
        QTest::newRow("v1 with the field") << 1 << 40 << int(ErrorCode::MalformedInput);
        QTest::newRow("v2 oversized") << 2 << int(MaxGossipCheckpointBytes + 1)
                                      << int(ErrorCode::MalformedInput);
        QTest::newRow("v3") << 3 << 40 << int(ErrorCode::UnsupportedVersion);
        QTest::newRow("v0") << 0 << -1 << int(ErrorCode::UnsupportedVersion);
    }
    void messageVersionsAreStrict()
    {
        QFETCH(int, version);
        QFETCH(int, checkpointBytes);
        QFETCH(int, expected);
        Fixture f;
        OutgoingMessage m = f.message();
        m.checkpoint = someCheckpointNote();
        const auto sealed = sealEnvelope(f.sender(), recipientsOf({&f.bob}), m, {}, f.random);
        const QByteArray forged = resignedInner(f, sealed->bytes, [&](QCborArray &inner) {
            inner[0] = version;
            inner.removeLast();
            if (checkpointBytes >= 0)
                inner.append(QByteArray(checkpointBytes, 'c'));
        });
        const Device &bob = f.bob.devices[0];
        const auto opened = openEnvelope(forged, bob.id, bob.key, f.lookup());
        if (expected < 0)
            QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        else
            QCOMPARE(opened.error().code, ErrorCode(expected));
    }

    void explicitMessageIdIsKept()
    {
        Fixture f;
        OutgoingMessage m = f.message();
        m.messageId = MessageId::fromBytes(QByteArray(16, '\x42'));
        const auto envelope = sealEnvelope(f.sender(), recipientsOf({&f.bob}), m, {}, f.random);
        QVERIFY(envelope);
        QCOMPARE(readEnvelopeHeader(envelope->bytes)->messageId, *m.messageId);
        const auto opened = openEnvelope(envelope->bytes, f.bob.devices[0].id, f.bob.devices[0].key, f.lookup());
        QCOMPARE(opened->messageId, *m.messageId);
    }
};

QTEST_GUILESS_MAIN(TestEnvelope)
#include "tst_envelope.moc"
