// SPDX-License-Identifier: GPL-3.0-or-later
// Cards, device records, bundles, armour and identities: round trips, verification, and
// every way an outsider can break the encoding.
#include "crypto/digest.h"
#include "crypto/random.h"
#include "protocol/armor.h"
#include "protocol/cardbundle.h"
#include "protocol/cborfields.h"

#include "forgedkeys.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::protocol;

namespace {

std::span<const std::uint8_t> seedBytes(const char *text)
{
    return {reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)};
}

struct Fixture
{
    DeterministicRandom random{seedBytes("tst_card")};
    Ed25519KeyPair identity = Ed25519KeyPair::generate(random);
    Ed25519KeyPair authority = Ed25519KeyPair::generate(random);
    X25519KeyPair deviceKey = X25519KeyPair::generate(random);

    Card card() const
    {
        return *Card::create({IdentityType::Email, QStringLiteral("alice@example.org"),
                              identity.publicKey(), 1'700'000'000, std::nullopt},
                             identity);
    }
    DeviceRecord device(const Card &c, quint8 idByte = 1) const
    {
        DeviceId id;
        id.span()[0] = idByte;
        return *DeviceRecord::create({c.id(), id, QStringLiteral("laptop"), deviceKey.publicKey(),
                                      1'700'000'000},
                                     identity);
    }
    CardBundle bundle() const
    {
        Card c = card();
        c.countersign(authority);
        return CardBundle{c, {device(c, 1), device(c, 2)}};
    }
};

// Every single-byte change of `bytes` must either fail to decode or fail `stillValid`.
template<typename Check>
int countSurvivingFlips(const QByteArray &bytes, Check stillValid)
{
    int survivors = 0;
    for (qsizetype i = 0; i < bytes.size(); ++i) {
        for (char mask : {char(0x01), char(0x80), char(0xff)}) {
            QByteArray tampered = bytes;
            tampered[i] = char(tampered[i] ^ mask);
            if (stillValid(tampered))
                ++survivors;
        }
    }
    return survivors;
}

} // namespace

class TestCard : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void normalizesEmail_data()
    {
        QTest::addColumn<QString>("input");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << QStringLiteral("bob@example.org") << QStringLiteral("bob@example.org");
        QTest::newRow("case and spaces") << QStringLiteral("  Bob@Example.ORG ") << QStringLiteral("bob@example.org");
        QTest::newRow("no at") << QStringLiteral("bob.example.org") << QString();
        QTest::newRow("two ats") << QStringLiteral("a@b@example.org") << QString();
        QTest::newRow("empty local") << QStringLiteral("@example.org") << QString();
        QTest::newRow("no dot") << QStringLiteral("bob@localhost") << QString();
        QTest::newRow("empty label") << QStringLiteral("bob@example..org") << QString();
        QTest::newRow("inner space") << QStringLiteral("bo b@example.org") << QString();
        QTest::newRow("control") << QStringLiteral("bob\u0001@example.org") << QString();
        QTest::newRow("too long") << (QString(250, u'a') + QStringLiteral("@example.org")) << QString();
    }
    void normalizesEmail()
    {
        QFETCH(QString, input);
        QFETCH(QString, expected);
        const auto result = normalizeEmail(input);
        QCOMPARE(result.hasValue(), !expected.isEmpty());
        if (result)
            QCOMPARE(*result, expected);
        else
            QCOMPARE(result.error().code, ErrorCode::InvalidArgument);
    }

    void cardRoundTripsAndVerifies()
    {
        Fixture f;
        Card card = f.card();
        QVERIFY(card.verifySelfSignature());
        QVERIFY(!card.verifyAuthority(f.authority.publicKey()));
        card.countersign(f.authority);
        QVERIFY(card.verifyAuthority(f.authority.publicKey()));
        QVERIFY(!card.verifyAuthority(f.identity.publicKey()));

        const auto decoded = Card::decode(card.encode());
        QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error().message()));
        QCOMPARE(*decoded, card);
        QCOMPARE(decoded->id(), card.id());
        QCOMPARE(decoded->id(), CardId(sha256(card.contentBytes()).span()));
        QVERIFY(decoded->verifySelfSignature());
        QVERIFY(decoded->verifyAuthority(f.authority.publicKey()));
    }

    void cardIsDeterministic()
    {
        // Two fixtures from the same seeds sign the same content: the same bytes (Ed25519
        // signatures are deterministic); other content gives other bytes.
        Fixture a;
        Fixture b;
        QCOMPARE(a.card().encode(), b.card().encode());
        const CardContent content{IdentityType::Email, QStringLiteral("alice@example.org"),
                                  a.identity.publicKey(), 1, std::nullopt};
        const auto again = Card::create(content, a.identity);
        QVERIFY(again);
        QCOMPARE(again->encode(), Card::create(content, b.identity)->encode());
        const CardContent later{IdentityType::Email, QStringLiteral("alice@example.org"),
                                a.identity.publicKey(), 2, std::nullopt};
        QVERIFY(Card::create(later, a.identity)->encode() != again->encode());
    }

    void cardCreationRejectsBadInput()
    {
        Fixture f;
        Ed25519KeyPair other = Ed25519KeyPair::generate(f.random);
        const CardContent content{IdentityType::Email, QStringLiteral("alice@example.org"),
                                  f.identity.publicKey(), 1, std::nullopt};
        QCOMPARE(Card::create(content, other).error().code, ErrorCode::InvalidArgument);
        CardContent upper = content;
        upper.identity = QStringLiteral("Alice@example.org");
        QCOMPARE(Card::create(upper, f.identity).error().code, ErrorCode::InvalidArgument);
        CardContent negative = content;
        negative.createdAt = -1;
        QCOMPARE(Card::create(negative, f.identity).error().code, ErrorCode::InvalidArgument);
    }

    void previousCardIdRoundTrips()
    {
        Fixture f;
        const Card first = f.card();
        const Card second = *Card::create({IdentityType::Email, QStringLiteral("alice@example.org"),
                                           f.identity.publicKey(), 1'800'000'000, first.id()},
                                          f.identity);
        const auto decoded = Card::decode(second.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->content().previousCardId, std::optional<CardId>(first.id()));
        QVERIFY(decoded->id() != first.id());
    }

    void everyCardByteFlipIsCaught()
    {
        Fixture f;
        Card card = f.card();
        card.countersign(f.authority);
        const int survivors = countSurvivingFlips(card.encode(), [&](const QByteArray &bytes) {
            auto decoded = Card::decode(bytes);
            return decoded && decoded->verifySelfSignature() &&
                   decoded->verifyAuthority(f.authority.publicKey());
        });
        QCOMPARE(survivors, 0);
    }

    void cardDecodingRejectsMalformedInput()
    {
        Fixture f;
        const QByteArray good = f.card().encode();
        QCOMPARE(Card::decode(QByteArray()).error().code, ErrorCode::MalformedInput);
        QCOMPARE(Card::decode(QByteArray(good).append('\0')).error().code, ErrorCode::MalformedInput);
        for (qsizetype cut : {qsizetype(1), qsizetype(10), good.size() - 1})
            QCOMPARE(Card::decode(good.left(cut)).error().code, ErrorCode::MalformedInput);
        QCOMPARE(Card::decode(QByteArray(MaxCardBytes + 1, 'x')).error().code, ErrorCode::TooLarge);
        QCOMPARE(Card::decode(QCborValue(QCborArray{1, 2, 3}).toCbor()).error().code,
                 ErrorCode::MalformedInput);
        QCOMPARE(Card::decode(QCborValue(QCborMap{}).toCbor()).error().code, ErrorCode::MalformedInput);
        // A non-canonical integer: 1 encoded in two bytes (0x18 0x01) instead of one.
        const QByteArray nonCanonical = QByteArray::fromHex("8318014040");
        QCOMPARE(Card::decode(nonCanonical).error().code, ErrorCode::MalformedInput);
        // An indefinite-length array holding the same fields.
        QByteArray indefinite = good;
        indefinite[0] = char(0x9f);
        indefinite.append(char(0xff));
        QCOMPARE(Card::decode(indefinite).error().code, ErrorCode::MalformedInput);
    }

    void cardRejectsFutureVersion()
    {
        Fixture f;
        const QByteArray content = QCborValue(QCborArray{2, 1, QStringLiteral("alice@example.org"),
                                                         f.identity.publicKey().toByteArray(), 1,
                                                         nullptr})
                                       .toCbor();
        const QByteArray card =
            QCborValue(QCborArray{content, f.identity.sign(content).toByteArray(), nullptr}).toCbor();
        QCOMPARE(Card::decode(card).error().code, ErrorCode::UnsupportedVersion);
    }

    void deviceRecordRoundTripsAndVerifies()
    {
        Fixture f;
        const Card card = f.card();
        const DeviceRecord record = f.device(card);
        QVERIFY(record.verify(f.identity.publicKey()));
        QVERIFY(!record.verify(f.authority.publicKey()));
        const auto decoded = DeviceRecord::decode(record.encode());
        QVERIFY(decoded);
        QCOMPARE(*decoded, record);
        QVERIFY(decoded->verify(f.identity.publicKey()));
        const int survivors = countSurvivingFlips(record.encode(), [&](const QByteArray &bytes) {
            auto tampered = DeviceRecord::decode(bytes);
            return tampered && tampered->verify(f.identity.publicKey());
        });
        QCOMPARE(survivors, 0);
    }

    void deviceLabelsAreChecked()
    {
        Fixture f;
        const Card card = f.card();
        for (const QString &label : {QString(), QStringLiteral("   "), QStringLiteral("a\nb"),
                                     QString(MaxDeviceLabelBytes + 1, u'x')}) {
            const auto record = DeviceRecord::create({card.id(), {}, label, f.deviceKey.publicKey(), 1},
                                                     f.identity);
            QCOMPARE(record.error().code, ErrorCode::InvalidArgument);
        }
    }

    void deviceKeysOfSmallOrderAreRefused()
    {
        // Signed by its owner and well formed, but nobody can encrypt to it: refused at
        // decode, so no lookup, publish, add-device or restore lets it in.
        Fixture f;
        const Card card = f.card();
        DeviceRecordContent content{card.id(), {}, QStringLiteral("laptop"),
                                    testing::smallOrderX25519Key(), 1'700'000'000};
        content.deviceId.span()[0] = 9;
        QCOMPARE(DeviceRecord::create(content, f.identity).error().code, ErrorCode::WeakKey);
        const QByteArray forged = testing::forgeDeviceRecord(content, f.identity);
        const auto decoded = DeviceRecord::decode(forged);
        QCOMPARE(decoded.error().code, ErrorCode::WeakKey);
        QVERIFY(decoded.error().detail.contains(QStringLiteral("small order")));
        // Nor inside a bundle, however well the rest checks out.
        Card countersigned = card;
        countersigned.countersign(f.authority);
        const QByteArray bundle = QCborValue(QCborArray{countersigned.encode(),
                                                        QCborArray{f.device(card).encode(), forged}})
                                      .toCbor();
        QCOMPARE(CardBundle::decode(bundle).error().code, ErrorCode::WeakKey);
        // The same record with a real key decodes (the forging helper is faithful).
        content.encryptionKey = f.deviceKey.publicKey();
        QVERIFY(DeviceRecord::decode(testing::forgeDeviceRecord(content, f.identity)));
    }

    void identityKeysOfSmallOrderAreRefused()
    {
        // Under the neutral key, the zero signature "verifies" the card's self-signature
        // and every message; the card is refused before any signature is looked at.
        const QByteArray forged =
            testing::forgeCard(QStringLiteral("mallory@example.org"), testing::neutralEd25519Key());
        const auto decoded = Card::decode(forged);
        QCOMPARE(decoded.error().code, ErrorCode::WeakKey);
        // The forging helper is faithful: with a real key the card decodes (and its zero
        // signature then fails, as it should).
        Fixture f;
        const auto real = Card::decode(
            testing::forgeCard(QStringLiteral("mallory@example.org"), f.identity.publicKey()));
        QVERIFY(real);
        QVERIFY(!real->verifySelfSignature());
    }

    void bundleRoundTripsAndVerifies()
    {
        Fixture f;
        const CardBundle bundle = f.bundle();
        QVERIFY(bundle.verify(f.authority.publicKey()));
        QVERIFY(bundle.verify(std::nullopt));
        QVERIFY(!bundle.verify(f.identity.publicKey()));
        const auto decoded = CardBundle::decode(bundle.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->encode(), bundle.encode());
        const int survivors = countSurvivingFlips(bundle.encode(), [&](const QByteArray &bytes) {
            auto tampered = CardBundle::decode(bytes);
            return tampered && tampered->verify(f.authority.publicKey());
        });
        QCOMPARE(survivors, 0);
    }

    void bundleRejectsForeignAndDuplicateDevices()
    {
        Fixture f;
        CardBundle bundle = f.bundle();
        bundle.devices.append(bundle.devices.first());
        QCOMPARE(bundle.verify(std::nullopt).error().code, ErrorCode::MalformedInput);

        // A device record signed by Mallory for Mallory's card, grafted onto Alice's bundle.
        Ed25519KeyPair mallory = Ed25519KeyPair::generate(f.random);
        const Card malloryCard = *Card::create({IdentityType::Email, QStringLiteral("m@example.org"),
                                                mallory.publicKey(), 1, std::nullopt},
                                               mallory);
        CardBundle grafted = f.bundle();
        grafted.devices.append(*DeviceRecord::create(
            {malloryCard.id(), {}, QStringLiteral("evil"), f.deviceKey.publicKey(), 1}, mallory));
        QCOMPARE(grafted.verify(std::nullopt).error().code, ErrorCode::BadSignature);

        // Mallory signing a record that claims Alice's card id.
        CardBundle forged = f.bundle();
        forged.devices.append(*DeviceRecord::create(
            {forged.card.id(), {}, QStringLiteral("evil"), f.deviceKey.publicKey(), 1}, mallory));
        QCOMPARE(forged.verify(std::nullopt).error().code, ErrorCode::BadSignature);

        CardBundle empty = f.bundle();
        empty.devices.clear();
        QCOMPARE(empty.verify(std::nullopt).error().code, ErrorCode::MalformedInput);
    }

    void bundleRejectsTooManyDevices()
    {
        Fixture f;
        const Card card = f.card();
        QCborArray devices;
        for (int i = 0; i <= MaxDevicesPerCard; ++i)
            devices.append(f.device(card, quint8(i)).encode());
        const QByteArray bytes = QCborValue(QCborArray{card.encode(), devices}).toCbor();
        QVERIFY(!CardBundle::decode(bytes));
    }

    void armorRoundTrips()
    {
        Fixture f;
        const QByteArray bytes = f.bundle().encode();
        const QByteArray text = armor("CARDINAL CARD", bytes);
        QVERIFY(text.startsWith("-----BEGIN CARDINAL CARD-----\n"));
        QVERIFY(text.endsWith("-----END CARDINAL CARD-----\n"));
        for (const QByteArray &line : text.split('\n'))
            QVERIFY(line.size() <= 64 || line.startsWith("-----"));
        QCOMPARE(*dearmor("CARDINAL CARD", text, 1 << 20), bytes);
        QCOMPARE(*dearmor("CARDINAL CARD", bytes, 1 << 20), bytes); // binary passes through
        QByteArray crlf = text;
        crlf.replace("\n", "\r\n");
        QCOMPARE(*dearmor("CARDINAL CARD", crlf, 1 << 20), bytes);
    }

    void armorRejectsDamage()
    {
        const QByteArray text = armor("CARDINAL CARD", QByteArray(100, 'x'));
        QCOMPARE(dearmor("CARDINAL CARD", text.left(text.size() - 10), 1 << 20).error().code,
                 ErrorCode::MalformedInput);
        QByteArray badBase64 = text;
        badBase64[40] = '*';
        QCOMPARE(dearmor("CARDINAL CARD", badBase64, 1 << 20).error().code, ErrorCode::MalformedInput);
        QCOMPARE(dearmor("CARDINAL CARD", text, 10).error().code, ErrorCode::TooLarge);
    }

    void cborFieldsReportFirstProblem()
    {
        const QCborArray array{1, QByteArray("abc"), QStringLiteral("text")};
        CborFields fields(array, QStringLiteral("thing"), 3);
        QCOMPARE(fields.integer(0, 0, 5), 1);
        QCOMPARE(fields.bytes(1, 3, 3), QByteArray("abc"));
        QCOMPARE(fields.text(2, 10), QStringLiteral("text"));
        QVERIFY(fields.status());
        (void)fields.bytes(2, 0, 10); // wrong type
        (void)fields.integer(0, 2, 5); // out of range: second problem, not reported
        const auto status = fields.status();
        QVERIFY(!status);
        QVERIFY(status.error().detail.contains(QStringLiteral("field 2")));
        CborFields missing(array, QStringLiteral("thing"), 4);
        QVERIFY(!missing.status());
    }
};

QTEST_GUILESS_MAIN(TestCard)
#include "tst_card.moc"
