// SPDX-License-Identifier: GPL-3.0-or-later
// Our own byte formats, pinned: tests/data/v1 holds a card, a device record, a card bundle,
// an envelope, a frame and a keystore as version 1 wrote them, and a failure reason as the
// profile database stores it (before sealing) since its typed form came in (hex, one object
// per file).
// Every file must keep decoding to what it says, and encoding the same objects from the
// same seed must give the same bytes, so a format change cannot slip in unnoticed: it needs
// a new version, and the old files keep opening.
//
// The files come from this test: CARDINAL_REGENERATE_GOLDEN=1 writes them (only for a new
// version's directory; v1's must never change). tests/data/README.md lists every golden
// file and the test that writes it.
#include "client/failurereason.h"
#include "crypto/keystore.h"
#include "crypto/random.h"
#include "protocol/cardbundle.h"
#include "protocol/envelope.h"
#include "protocol/frames.h"

#include <QDir>
#include <QFile>
#include <QTest>

using namespace cardinal;
using namespace cardinal::protocol;

namespace {

//! A checkpoint as a sender gossips it (the signature is not checked at this layer).
const QByteArray GossipedCheckpoint = QByteArrayLiteral(
    "example.org/cardinal-kt/0123456789abcdef\n7\nUdsQ8alrMf56QASIvhv6W/UkDEWbJJqaUqNBMTuuqQs=\n"
    "\n\xE2\x80\x94 example.org/cardinal-kt/0123456789abcdef AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"
    "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAA==\n");


const QString Directory = QStringLiteral(CARDINAL_SOURCE_DIR "/tests/data/v1");
const char *const Passphrase = "golden passphrase, version 1";

//! Every object of the set, made from one seed.
struct Objects
{
    crypto::DeterministicRandom random{seed()};
    crypto::Ed25519KeyPair identity = crypto::Ed25519KeyPair::generate(random);
    crypto::Ed25519KeyPair authority = crypto::Ed25519KeyPair::generate(random);
    crypto::X25519KeyPair deviceKey = crypto::X25519KeyPair::generate(random);
    Card card = makeCard();
    DeviceRecord device = makeDevice();

    static std::array<std::uint8_t, 32> seed()
    {
        std::array<std::uint8_t, 32> bytes{};
        const QByteArray name("cardinal golden files, v1");
        std::copy(name.cbegin(), name.cend(), bytes.begin());
        return bytes;
    }
    Card makeCard()
    {
        Card made = *Card::create({IdentityType::Email, QStringLiteral("alice@example.org"),
                                   identity.publicKey(), 1'767'225'600, std::nullopt},
                                  identity);
        made.countersign(authority);
        return made;
    }
    DeviceRecord makeDevice()
    {
        DeviceId id;
        id.span()[0] = 0x42;
        return *DeviceRecord::create({card.id(), id, QStringLiteral("laptop"), deviceKey.publicKey(),
                                      1'767'225'600},
                                     identity);
    }
    [[nodiscard]] CardBundle bundle() const { return CardBundle{card, {device}}; }
    //! Message format 1, or 2 when `checkpoint` is gossiped.
    [[nodiscard]] QByteArray envelope(const QByteArray &body = QByteArray("Hello, version 1!"),
                                      const QByteArray &checkpoint = {})
    {
        MessageId id;
        id.span()[0] = 0x07;
        const EnvelopeSender sender{card.id(), device.content().deviceId, identity};
        return sealEnvelope(sender, {{device.content().deviceId, deviceKey.publicKey()}},
                            {QByteArray("alice@example.org"), 1, body, 1'767'225'600'000, id,
                             checkpoint},
                            {}, random)
            ->bytes;
    }
    [[nodiscard]] static client::FailureReason failureReason()
    {
        return client::FailureReason::make(
            client::FailureKind::SenderMismatch,
            {QStringLiteral("alice@example.org"), QStringLiteral("mallory@example.org")});
    }
    [[nodiscard]] static QByteArray frame()
    {
        return Frame::request(7, wire::Lookup, {QStringLiteral("bob@example.org")}).encode();
    }
    [[nodiscard]] QByteArray keystore()
    {
        const auto secret = crypto::SecureBuffer::fromByteArray(QByteArrayView("a 32-byte secret for v1 files!!"));
        return *crypto::sealKeystore(secret, crypto::SecureBuffer::fromByteArray(QByteArrayView(Passphrase)),
                                     {}, random);
    }
};

//! The file's bytes (hex in the file), or empty.
QByteArray golden(const QString &name)
{
    QFile file(QDir(Directory).filePath(name + QStringLiteral(".hex")));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QByteArray::fromHex(file.readAll().trimmed());
}

//! The objects in the order they are made (each draws from the shared random stream).
QList<std::pair<QString, QByteArray>> encodeAll()
{
    Objects o;
    QList<std::pair<QString, QByteArray>> all;
    all.append({QStringLiteral("card"), o.card.encode()});
    all.append({QStringLiteral("devicerecord"), o.device.encode()});
    all.append({QStringLiteral("cardbundle"), o.bundle().encode()});
    all.append({QStringLiteral("envelope"), o.envelope()});
    all.append({QStringLiteral("frame"), Objects::frame()});
    all.append({QStringLiteral("keystore"), o.keystore()});
    all.append({QStringLiteral("failurereason"),
                client::encodeFailureReason(Objects::failureReason()).value()});
    // Added with 0.5 (message format 2); last, so that nothing before it draws differently.
    all.append({QStringLiteral("envelope-message-v2"),
                o.envelope(QByteArray("Hello, message format 2!"), GossipedCheckpoint)});
    return all;
}

} // namespace

class TestGolden : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase()
    {
        if (qEnvironmentVariableIntValue("CARDINAL_REGENERATE_GOLDEN") != 1)
            return;
        QVERIFY(QDir().mkpath(Directory));
        for (const auto &[name, bytes] : encodeAll()) {
            QFile file(QDir(Directory).filePath(name + QStringLiteral(".hex")));
            QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
            file.write(bytes.toHex() + '\n');
        }
        QSKIP("wrote the golden files");
    }

    void encodingGivesTheSameBytes()
    {
        for (const auto &[name, bytes] : encodeAll()) {
            const QByteArray pinned = golden(name);
            QVERIFY2(!pinned.isEmpty(), qPrintable(name + QStringLiteral(": no golden file")));
            QVERIFY2(bytes == pinned, qPrintable(name + QStringLiteral(": the encoding changed")));
        }
    }

    void goldenFilesStillOpen()
    {
        Objects o;
        const auto card = Card::decode(golden(QStringLiteral("card")));
        QVERIFY(card);
        QCOMPARE(card->content().identity, QStringLiteral("alice@example.org"));
        QVERIFY(card->verifySelfSignature());
        QVERIFY(card->verifyAuthority(o.authority.publicKey()));

        const auto device = DeviceRecord::decode(golden(QStringLiteral("devicerecord")));
        QVERIFY(device);
        QCOMPARE(device->content().label, QStringLiteral("laptop"));
        QCOMPARE(device->content().cardId, card->id());

        const auto bundle = CardBundle::decode(golden(QStringLiteral("cardbundle")));
        QVERIFY(bundle);
        QCOMPARE(bundle->card, *card);
        QCOMPARE(bundle->devices.size(), 1);

        const auto opened = openEnvelope(
            golden(QStringLiteral("envelope")), device->content().deviceId, o.deviceKey,
            [&](const CardId &id) -> std::optional<crypto::Ed25519PublicKey> {
                if (id == card->id())
                    return card->content().identityKey;
                return std::nullopt;
            });
        QVERIFY2(opened, qPrintable(opened ? QString() : opened.error().message()));
        QCOMPARE(opened->body, QByteArray("Hello, version 1!"));
        QVERIFY(opened->checkpoint.isEmpty());
        const auto gossiping = openEnvelope(
            golden(QStringLiteral("envelope-message-v2")), device->content().deviceId,
            o.deviceKey, [&](const CardId &) { return std::optional(card->content().identityKey); });
        QVERIFY2(gossiping, qPrintable(gossiping ? QString() : gossiping.error().message()));
        QCOMPARE(gossiping->body, QByteArray("Hello, message format 2!"));
        QCOMPARE(gossiping->checkpoint, GossipedCheckpoint);

        const auto frame = Frame::decode(golden(QStringLiteral("frame")));
        QVERIFY(frame);
        QCOMPARE(frame->type, wire::Lookup);
        QCOMPARE(frame->payload.at(0).toString(), QStringLiteral("bob@example.org"));

        const auto secret = crypto::openKeystore(golden(QStringLiteral("keystore")),
                                                 crypto::SecureBuffer::fromByteArray(QByteArrayView(Passphrase)));
        QVERIFY(secret);
        QCOMPARE(secret->size(), std::size_t(31));

        const auto reason = client::decodeFailureReason(golden(QStringLiteral("failurereason")));
        QVERIFY(reason);
        QVERIFY(*reason == Objects::failureReason());
    }
};

QTEST_GUILESS_MAIN(TestGolden)
#include "tst_golden.moc"
