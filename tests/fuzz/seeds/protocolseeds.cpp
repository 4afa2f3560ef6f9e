// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds of the targets for signed and sealed objects: cards, device records, bundles,
// envelopes, card armour, canonical CBOR, identities. All made by our own code from the
// fixtures, so every seed is an object Cardinal really produces.
#include "seedwriter.h"

#include "fixtures.h"
#include "innerenvelope.h"

#include "forgedkeys.h"

#include "crypto/edwards25519.h"
#include "crypto/vrf.h"
#include "protocol/armor.h"
#include "protocol/endorsement.h"
#include "protocol/envelope.h"

#include <QCborArray>
#include <QCborValue>

#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

using namespace cardinal::protocol;

//! Alice's card countersigned by the fixtures' authority, as a server hands it out.
Card countersigned(const FuzzPerson &person)
{
    Card card = person.bundle.card;
    card.countersign(fixtureAuthority());
    return card;
}

//! Alice's card after a key change: a new key, naming the old card as the one it replaces.
Card replacementCard()
{
    crypto::DeterministicRandom random = fixtureRandom("alice's second key");
    const crypto::Ed25519KeyPair key = crypto::Ed25519KeyPair::generate(random);
    return made(Card::create({IdentityType::Email, alice().identity, key.publicKey(),
                              FixtureTimeSeconds + 86'400, alice().cardId()},
                             key),
                "a replacement card");
}

//! Another device record on alice's card.
DeviceRecord aliceLaptop()
{
    crypto::DeterministicRandom random = fixtureRandom("alice's laptop");
    const crypto::X25519KeyPair key = crypto::X25519KeyPair::generate(random);
    DeviceId device;
    random.fill(device.span());
    return made(DeviceRecord::create({alice().cardId(), device, QStringLiteral("laptop ✓"),
                                      key.publicKey(), FixtureTimeSeconds + 60},
                                     alice().identityKey),
                "a device record");
}

void writeCards(SeedWriter &out)
{
    out.seed(QStringLiteral("fuzz_card"), QStringLiteral("self-signed"),
             alice().bundle.card.encode());
    out.seed(QStringLiteral("fuzz_card"), QStringLiteral("countersigned"),
             countersigned(alice()).encode());
    out.seed(QStringLiteral("fuzz_card"), QStringLiteral("replacing-an-earlier-card"),
             replacementCard().encode());

    out.seed(QStringLiteral("fuzz_devicerecord"), QStringLiteral("desk"),
             alice().bundle.devices.first().encode());
    out.seed(QStringLiteral("fuzz_devicerecord"), QStringLiteral("laptop-unicode-label"),
             aliceLaptop().encode());

    // The holes closed in 0.4, as an attacker would hand them over: a validly signed record
    // with an X25519 key of small order, and a card under the neutral Ed25519 key whose zero
    // self-signature verifies for anything. Neither may decode (the targets' oracles say so).
    DeviceRecordContent weak = alice().bundle.devices.first().content();
    weak.encryptionKey = testing::smallOrderX25519Key();
    out.seed(QStringLiteral("fuzz_devicerecord"), QStringLiteral("small-order-encryption-key"),
             testing::forgeDeviceRecord(weak, alice().identityKey));
    out.seed(QStringLiteral("fuzz_card"), QStringLiteral("neutral-identity-key"),
             testing::forgeCard(alice().identity, testing::neutralEd25519Key()));

    const CardBundle two{countersigned(alice()), {alice().bundle.devices.first(), aliceLaptop()}};
    out.seed(QStringLiteral("fuzz_cardbundle"), QStringLiteral("one-device"),
             alice().bundle.encode());
    out.seed(QStringLiteral("fuzz_cardbundle"), QStringLiteral("countersigned-two-devices"),
             two.encode());
    out.seed(QStringLiteral("fuzz_cardbundle"), QStringLiteral("no-devices"),
             CardBundle{bob().bundle.card, {}}.encode());

    out.seed(QStringLiteral("fuzz_armor"), QStringLiteral("armoured-bundle"),
             armor("CARDINAL CARD", two.encode()));
    out.seed(QStringLiteral("fuzz_armor"), QStringLiteral("armoured-crlf"),
             armor("CARDINAL CARD", alice().bundle.encode()).replace("\n", "\r\n"));
    out.seed(QStringLiteral("fuzz_armor"), QStringLiteral("binary-bundle"), two.encode());
    out.seed(QStringLiteral("fuzz_armor"), QStringLiteral("other-label"),
             armor("CARDINAL KEY", alice().bundle.encode()));
}

//! Envelope seeds carry the target's first byte: 0 for an envelope, 1 for a plaintext.
void writeEnvelopes(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_envelope");
    const auto envelope = [&](const QString &name, const QByteArray &bytes) {
        out.seed(target, name, QByteArray(1, '\0') + bytes);
    };
    envelope(QStringLiteral("alice-to-bob"),
             fixtureEnvelope(alice(), {bob().recipient()}, "hello bob", "to bob"));
    envelope(QStringLiteral("alice-to-bob-and-herself"),
             fixtureEnvelope(alice(), {alice().recipient(), bob().recipient()},
                             QByteArray(300, 'x'), "to both"));
    envelope(QStringLiteral("bob-to-himself-chacha20"),
             fixtureEnvelope(bob(), {bob().recipient()}, "note to self", "chacha",
                             {crypto::KemId::DhKemX25519HkdfSha256, crypto::KdfId::HkdfSha256,
                              crypto::AeadId::ChaCha20Poly1305}));
    envelope(QStringLiteral("alice-to-bob-aes128"),
             fixtureEnvelope(alice(), {bob().recipient()}, "", "aes128",
                             {crypto::KemId::DhKemX25519HkdfSha256, crypto::KdfId::HkdfSha256,
                              crypto::AeadId::Aes128Gcm}));
    envelope(QStringLiteral("not-for-bob"),
             fixtureEnvelope(bob(), {alice().recipient()}, "for alice only", "not for bob"));
    envelope(QStringLiteral("alice-to-bob-gossiping"),
             fixtureEnvelope(alice(), {bob().recipient()}, "hello bob", "gossip", {},
                             fixtureCheckpointNote()));

    const auto plaintext = [&](const QString &name, const QByteArray &bytes) {
        out.seed(target, name, QByteArray(1, '\1') + bytes);
    };
    plaintext(QStringLiteral("plaintext-from-alice"),
              signedMessage(alice(), {bob().device}, "hello bob"));
    plaintext(QStringLiteral("plaintext-from-bob-to-both"),
              signedMessage(bob(), {bob().device, alice().device}, QByteArray(100, '\0')));
    plaintext(QStringLiteral("plaintext-wrong-recipients"),
              signedMessage(alice(), {alice().device}, "re-addressed"));
    plaintext(QStringLiteral("plaintext-gossiping"),
              signedMessage(alice(), {bob().device}, "hello bob", innerMessageId(),
                            fixtureCheckpointNote()));
}

void writeCbor(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_cbor");
    out.seed(target, QStringLiteral("card-content"), alice().bundle.card.contentBytes());
    out.seed(target, QStringLiteral("bundle"), alice().bundle.encode());
    out.seed(target, QStringLiteral("every-type"),
             QCborValue(QCborArray{0, -1, qint64(1) << 40, QByteArray("bytes"), QStringLiteral("text ✓"),
                                   true, false, QCborValue(QCborValue::Null), 1.5,
                                   QCborArray{QCborValue(QCborArray{})}})
                 .toCbor());
    out.seed(target, QStringLiteral("empty"), QCborValue(QCborArray{}).toCbor());
}

void writeIdentities(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_identity");
    const std::pair<const char *, const char *> identities[]{
        {"plain", "alice@example.org"},
        {"mixed-case-and-space", "  Bob.Smith@Example.ORG \t"},
        {"unicode", "ünïcødé@exämple.org"},
        {"dotless-i", "\xc4\xb0stanbul@example.org"},
        {"subdomains", "a+tag@mail.eu.example.org"},
        {"no-dot", "carol@localhost"},
        {"two-ats", "a@b@example.org"},
        {"empty-label", "dave@example..org"},
        {"angle", "<eve@example.org>"},
    };
    for (const auto &[name, identity] : identities)
        out.seed(target, QString::fromLatin1(name), QByteArray(identity));
    out.seed(target, QStringLiteral("longest"),
             QByteArray(254 - 12, 'a') + QByteArray("@example.org"));
}

//! fuzz_vrf seeds are key ‖ proof ‖ alpha: proofs that verify, from a fixed key and from
//! RFC 9381's Example 17, and the same proof under the neutral key.
void writeVrf(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_vrf");
    crypto::DeterministicRandom random = fixtureRandom("the log's vrf key");
    const crypto::VrfKeyPair key = crypto::VrfKeyPair::generate(random);
    const auto seed = [&](const QString &name, const crypto::VrfKeyPair &pair,
                          const QByteArray &alpha) {
        const crypto::VrfProof proof = made(pair.prove(alpha), "a VRF proof");
        out.seed(target, name, pair.publicKey().toByteArray() + proof.toByteArray() + alpha);
    };
    seed(QStringLiteral("label-of-alice"), key, alice().identity.toUtf8());
    seed(QStringLiteral("empty-alpha"), key, QByteArray());
    const QByteArray example17Secret =
        QByteArray::fromHex("4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb");
    const auto secret = crypto::SecretBytes<32>::fromBytes(crypto::asBytes(example17Secret));
    seed(QStringLiteral("rfc9381-example-17"),
         made(crypto::VrfKeyPair::fromSecret(*secret), "the RFC 9381 key"), QByteArray("\x72"));
    const QByteArray neutral = crypto::asView(crypto::edwards25519::Identity).toByteArray();
    out.seed(target, QStringLiteral("neutral-key"),
             neutral + made(key.prove("bob"), "a VRF proof").toByteArray() + "bob");
}

} // namespace

//! alice vouches for bob, and takes it back.
void writeEndorsements(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_endorsement");
    EndorsementContent vouch{EndorsementKind::Vouch,
                             alice().cardId(),
                             alice().identityKey.publicKey(),
                             bob().identity,
                             bob().cardId(),
                             bob().identityKey.publicKey(),
                             FixtureTimeSeconds * 1000};
    out.seed(target, QStringLiteral("alice-vouches-for-bob"),
             made(Endorsement::create(vouch, alice().identityKey), "an endorsement").encode());
    EndorsementContent withdrawal = vouch;
    withdrawal.kind = EndorsementKind::Withdrawal;
    withdrawal.issuedAtMs += 60'000;
    out.seed(target, QStringLiteral("alice-withdraws"),
             made(Endorsement::create(withdrawal, alice().identityKey), "a withdrawal").encode());
}

void writeProtocolSeeds(SeedWriter &out)
{
    writeCards(out);
    writeEndorsements(out);
    writeEnvelopes(out);
    writeCbor(out);
    writeIdentities(out);
    writeVrf(out);

    for (const char *target : {"fuzz_card", "fuzz_devicerecord", "fuzz_cardbundle",
                               "fuzz_envelope", "fuzz_cbor", "fuzz_endorsement"})
        out.dictionary(QString::fromLatin1(target), cborTokens());
    out.dictionary(QStringLiteral("fuzz_armor"),
                   {"-----BEGIN CARDINAL CARD-----", "-----END CARDINAL CARD-----", "\n", "\r\n",
                    "=", "==", "+", "/", "-----"});
    out.dictionary(QStringLiteral("fuzz_identity"),
                   {"@", ".", "example.org", " ", "\t", "<", ">", "\xc4\xb0", "\xe2\x80\xa8",
                    "\xef\xbc\xa0", "\xc2\xa0", "\xe1\xba\x9e", "\xef\xac\x80", "\x7f", QByteArray(1, '\0')});
    // q (s at the bound), the neutral point and y = p - 1 (a point of order 2).
    const QByteArray minusOne =
        QByteArray::fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    out.dictionary(QStringLiteral("fuzz_vrf"),
                   {crypto::asView(crypto::edwards25519::GroupOrder).toByteArray(),
                    crypto::asView(crypto::edwards25519::Identity).toByteArray(), minusOne});
}

} // namespace cardinal::fuzzing
