// SPDX-License-Identifier: GPL-3.0-or-later
// HPKE (RFC 9180) base mode: the known answers of Appendix A.1.1 and A.2.1, transcribed by
// hand from the RFC text, and the failure behaviour the envelope code relies on.
#include "crypto/hpke.h"

#include <QTest>

#include <array>
#include <vector>

namespace cardinal::crypto {
// The friend that hpke.h names for tests: reaches the sequence number so that overflow can
// be tested without 2^64 seals.
struct HpkeContextTestAccess
{
    static void setSequenceNumber(HpkeContext &context, std::uint64_t seq) { context.m_seq = seq; }
};
} // namespace cardinal::crypto

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

struct EncryptionVector
{
    std::uint64_t seq;
    const char *aad;
    const char *nonce;
    const char *ct;
};

struct ExportVector
{
    const char *exporterContext;
    std::size_t length;
    const char *exportedValue;
};

struct BaseVector
{
    AeadId aead;
    const char *info, *ikmE, *pkEm, *skEm, *ikmR, *pkRm, *skRm, *enc, *sharedSecret;
    const char *keyScheduleContext, *secret, *key, *baseNonce, *exporterSecret;
    std::array<EncryptionVector, 6> encryptions;
    std::array<ExportVector, 3> exports;
};

// Every encryption in A.1.1.1 and A.2.1.1 has this pt ("Beauty is truth, truth beauty").
constexpr const char *VectorPlaintext =
    "4265617574792069732074727574682c20747275746820626561757479";

// RFC 9180 A.1.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, AES-128-GCM, base mode.
const BaseVector A11 = {
    AeadId::Aes128Gcm,
    "4f6465206f6e2061204772656369616e2055726e",
    "7268600d403fce431561aef583ee1613527cff655c1343f29812e66706df3234",
    "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
    "52c4a758a802cd8b936eceea314432798d5baf2d7e9235dc084ab1b9cfa2f736",
    "6db9df30aa07dd42ee5e8181afdb977e538f5e1fec8a06223f33f7013e525037",
    "3948cfe0ad1ddb695d780e59077195da6c56506b027329794ab02bca80815c4d",
    "4612c550263fc8ad58375df3f557aac531d26850903e55a9f23f21d8534e8ac8",
    "37fda3567bdbd628e88668c3c8d7e97d1d1253b6d4ea6d44c150f741f1bf4431",
    "fe0e18c9f024ce43799ae393c7e8fe8fce9d218875e8227b0187c04e7d2ea1fc",
    "00725611c9d98c07c03f60095cd32d400d8347d45ed670"
    "97bbad50fc56da742d07cb6cffde367bb0565ba28bb02c90744a20f5ef37f3052352"
    "6106f637abb05449",
    "12fff91991e93b48de37e7daddb52981084bd8aa64289c3788471d9a9712f397",
    "4531685d41d65f03dc48f6b8302c05b0",
    "56d890e5accaaf011cff4b7d",
    "45ff1c2e220db587171952c0592d5f5ebe103f1561a2614e38f2ffd47e99e3f8",
    {{
        {0, "436f756e742d30", "56d890e5accaaf011cff4b7d",
         "f938558b5d72f1a23810b4be2ab4f84331acc02fc97babc53a52ae8218a355a9"
         "6d8770ac83d07bea87e13c512a"},
        {1, "436f756e742d31", "56d890e5accaaf011cff4b7c",
         "af2d7e9ac9ae7e270f46ba1f975be53c09f8d875bdc8535458c2494e8a6eab25"
         "1c03d0c22a56b8ca42c2063b84"},
        {2, "436f756e742d32", "56d890e5accaaf011cff4b7f",
         "498dfcabd92e8acedc281e85af1cb4e3e31c7dc394a1ca20e173cb7251649158"
         "8d96a19ad4a683518973dcc180"},
        {4, "436f756e742d34", "56d890e5accaaf011cff4b79",
         "583bd32bc67a5994bb8ceaca813d369bca7b2a42408cddef5e22f880b631215a"
         "09fc0012bc69fccaa251c0246d"},
        {255, "436f756e742d323535", "56d890e5accaaf011cff4b82",
         "7175db9717964058640a3a11fb9007941a5d1757fda1a6935c805c21af32505b"
         "f106deefec4a49ac38d71c9e0a"},
        {256, "436f756e742d323536", "56d890e5accaaf011cff4a7d",
         "957f9800542b0b8891badb026d79cc54597cb2d225b54c00c5238c25d05c30e3"
         "fbeda97d2e0e1aba483a2df9f2"},
    }},
    {{
        {"", 32, "3853fe2b4035195a573ffc53856e77058e15d9ea064de3e59f4961d0095250ee"},
        {"00", 32, "2e8f0b54673c7029649d4eb9d5e33bf1872cf76d623ff164ac185da9e88c21a5"},
        {"54657374436f6e74657874", 32,
         "e9e43065102c3836401bed8c3c3c75ae46be1639869391d62c61f1ec7af54931"},
    }},
};

// RFC 9180 A.2.1: DHKEM(X25519, HKDF-SHA256), HKDF-SHA256, ChaCha20Poly1305, base mode.
const BaseVector A21 = {
    AeadId::ChaCha20Poly1305,
    "4f6465206f6e2061204772656369616e2055726e",
    "909a9b35d3dc4713a5e72a4da274b55d3d3821a37e5d099e74a647db583a904b",
    "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a",
    "f4ec9b33b792c372c1d2c2063507b684ef925b8c75a42dbcbf57d63ccd381600",
    "1ac01f181fdf9f352797655161c58b75c656a6cc2716dcb66372da835542e1df",
    "4310ee97d88cc1f088a5576c77ab0cf5c3ac797f3d95139c6c84b5429c59662a",
    "8057991eef8f1f1af18f4a9491d16a1ce333f695d4db8e38da75975c4478e0fb",
    "1afa08d3dec047a643885163f1180476fa7ddb54c6a8029ea33f95796bf2ac4a",
    "0bbe78490412b4bbea4812666f7916932b828bba79942424abb65244930d69a7",
    "00431df6cd95e11ff49d7013563baf7f11588c75a6611e"
    "e2a4404a49306ae4cfc5b69c5718a60cc5876c358d3f7fc31ddb598503f67be58ea1"
    "e798c0bb19eb9796",
    "5b9cd775e64b437a2335cf499361b2e0d5e444d5cb41a8a53336d8fe402282c6",
    "ad2744de8e17f4ebba575b3f5f5a8fa1f69c2a07f6e7500bc60ca6e3e3ec1c91",
    "5c4d98150661b848853b547f",
    "a3b010d4994890e2c6968a36f64470d3c824c8f5029942feb11e7a74b2921922",
    {{
        {0, "436f756e742d30", "5c4d98150661b848853b547f",
         "1c5250d8034ec2b784ba2cfd69dbdb8af406cfe3ff938e131f0def8c8b60b4db"
         "21993c62ce81883d2dd1b51a28"},
        {1, "436f756e742d31", "5c4d98150661b848853b547e",
         "6b53c051e4199c518de79594e1c4ab18b96f081549d45ce015be002090bb119e"
         "85285337cc95ba5f59992dc98c"},
        {2, "436f756e742d32", "5c4d98150661b848853b547d",
         "71146bd6795ccc9c49ce25dda112a48f202ad220559502cef1f34271e0cb4b02"
         "b4f10ecac6f48c32f878fae86b"},
        {4, "436f756e742d34", "5c4d98150661b848853b547b",
         "63357a2aa291f5a4e5f27db6baa2af8cf77427c7c1a909e0b37214dd47db122b"
         "b153495ff0b02e9e54a50dbe16"},
        {255, "436f756e742d323535", "5c4d98150661b848853b5480",
         "18ab939d63ddec9f6ac2b60d61d36a7375d2070c9b683861110757062c52b888"
         "0a5f6b3936da9cd6c23ef2a95c"},
        {256, "436f756e742d323536", "5c4d98150661b848853b557f",
         "7a4a13e9ef23978e2c520fd4d2e757514ae160cd0cd05e556ef692370ca53076"
         "214c0c40d4c728d6ed9e727a5b"},
    }},
    {{
        {"", 32, "4bbd6243b8bb54cec311fac9df81841b6fd61f56538a775e7c80a9f40160606e"},
        {"00", 32, "8c1df14732580e5501b00f82b10a1647b40713191b7c1240ac80e2b68808ba69"},
        {"54657374436f6e74657874", 32,
         "5acb09211139c43b3090489a9da433e8a30ee7188ba8b0a9a1ccf0c229283e53"},
    }},
};

QByteArray hex(const char *text)
{
    return QByteArray::fromHex(QByteArray(text));
}

QByteArray bytes(std::span<const std::uint8_t> data)
{
    return asView(data).toByteArray();
}

X25519PublicKey publicKey(const char *text)
{
    return *X25519PublicKey::fromBytes(hex(text));
}

X25519KeyPair keyPair(const char *privateHex)
{
    return X25519KeyPair::fromPrivate(
        *SecretBytes<X25519KeySize>::fromBytes(asBytes(hex(privateHex))));
}

HpkeSuite suiteWith(AeadId aead)
{
    HpkeSuite suite;
    suite.aead = aead;
    return suite;
}

// The u-coordinates X25519 maps to the all-zero output whatever the scalar (RFC 7748 §6.1):
// 0, 1, the two points of order 8, and p-1, p, p+1.
const char *const LowOrderPoints[] = {
    "0000000000000000000000000000000000000000000000000000000000000000",
    "0100000000000000000000000000000000000000000000000000000000000000",
    "e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800",
    "5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157",
    "ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
    "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f",
};

} // namespace

Q_DECLARE_METATYPE(const BaseVector *)
Q_DECLARE_METATYPE(cardinal::crypto::AeadId)

class TestHpke : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void suiteFromIds();
    void deriveKeyPair_data();
    void deriveKeyPair();
    void rfcVectors_data();
    void rfcVectors();
    void roundTrip_data();
    void roundTrip();
    void everyBitFlipFailsToOpen_data() { roundTrip_data(); }
    void everyBitFlipFailsToOpen();
    void wrongRecipientFails();
    void lowOrderPointsAreWeak();
    void exportRoundTrip();
    void exportLengthBound();
    void sequenceOverflow();
    void contextSequence();
};

void TestHpke::suiteFromIds()
{
    for (std::uint16_t aead = 1; aead <= 3; ++aead) {
        const auto suite = HpkeSuite::fromIds(0x0020, 0x0001, aead);
        QVERIFY(suite);
        QCOMPARE(static_cast<std::uint16_t>(suite->aead), aead);
        QVERIFY(*suite == suiteWith(static_cast<AeadId>(aead)));
    }
    QCOMPARE(HpkeSuite{}.aead, AeadId::Aes256Gcm);
    const std::array<std::array<std::uint16_t, 3>, 5> unsupported = {
        {{0x0010, 1, 1}, {0x0020, 2, 1}, {0x0020, 1, 0}, {0x0020, 1, 4}, {0x0020, 1, 0xffff}}};
    for (const auto &ids : unsupported) {
        const auto suite = HpkeSuite::fromIds(ids[0], ids[1], ids[2]);
        QVERIFY(!suite);
        QCOMPARE(suite.error().code, ErrorCode::UnsupportedVersion);
    }
}

void TestHpke::deriveKeyPair_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<QByteArray>("pk");
    QTest::newRow("A.1.1 E") << hex(A11.ikmE) << hex(A11.skEm) << hex(A11.pkEm);
    QTest::newRow("A.1.1 R") << hex(A11.ikmR) << hex(A11.skRm) << hex(A11.pkRm);
    QTest::newRow("A.2.1 E") << hex(A21.ikmE) << hex(A21.skEm) << hex(A21.pkEm);
    QTest::newRow("A.2.1 R") << hex(A21.ikmR) << hex(A21.skRm) << hex(A21.pkRm);
}

void TestHpke::deriveKeyPair()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, sk);
    QFETCH(QByteArray, pk);
    const X25519KeyPair pair = hpkeDeriveKeyPair(asBytes(ikm));
    QCOMPARE(bytes(pair.privateKey().span()), sk);
    QCOMPARE(pair.publicKey().toByteArray(), pk);
}

void TestHpke::rfcVectors_data()
{
    QTest::addColumn<const BaseVector *>("vector");
    QTest::newRow("A.1.1 AES-128-GCM") << &A11;
    QTest::newRow("A.2.1 ChaCha20Poly1305") << &A21;
}

void TestHpke::rfcVectors()
{
    QFETCH(const BaseVector *, vector);
    const BaseVector &v = *vector;
    const HpkeSuite suite = suiteWith(v.aead);
    const QByteArray info = hex(v.info);

    HpkeKeySchedule sent;
    auto sender = setupBaseSender(suite, publicKey(v.pkRm), info, keyPair(v.skEm), &sent);
    QVERIFY(sender);
    QCOMPARE(sender->enc().toByteArray(), hex(v.enc));
    HpkeKeySchedule received;
    auto recipient = setupBaseRecipient(suite, keyPair(v.skRm), publicKey(v.enc), info, &received);
    QVERIFY(recipient);

    for (const HpkeKeySchedule *schedule : {&sent, &received}) {
        QCOMPARE(bytes(schedule->sharedSecret.span()), hex(v.sharedSecret));
        QCOMPARE(schedule->keyScheduleContext, hex(v.keyScheduleContext));
        QCOMPARE(bytes(schedule->secret.span()), hex(v.secret));
        QCOMPARE(schedule->key.toByteArray(), hex(v.key));
        QCOMPARE(bytes(schedule->baseNonce.span()), hex(v.baseNonce));
        QCOMPARE(bytes(schedule->exporterSecret.span()), hex(v.exporterSecret));
    }

    // The RFC lists a sample of one run over sequence numbers 0..256 with aad "Count-<seq>";
    // sealing and opening every one in order reaches each listed number the way §5.2 does.
    const QByteArray pt = hex(VectorPlaintext);
    std::size_t next = 0;
    for (std::uint64_t seq = 0; seq <= 256; ++seq) {
        const QByteArray aad = QByteArrayLiteral("Count-") + QByteArray::number(seq);
        QCOMPARE(sender->sequenceNumber(), seq);
        const auto ct = sender->seal(aad, pt);
        QVERIFY(ct);
        const auto opened = recipient->open(aad, *ct);
        QVERIFY(opened);
        QCOMPARE(opened->toByteArray(), pt);
        if (next < v.encryptions.size() && v.encryptions[next].seq == seq) {
            const EncryptionVector &e = v.encryptions[next++];
            QCOMPARE(aad, hex(e.aad));
            // nonce = base_nonce XOR I2OSP(seq, Nn), checked against the listed value.
            QByteArray nonce = hex(v.baseNonce);
            for (int i = 0; i < 8; ++i)
                nonce[nonce.size() - 1 - i] =
                    char(nonce[nonce.size() - 1 - i] ^ char(seq >> (8 * i)));
            QCOMPARE(nonce, hex(e.nonce));
            QCOMPARE(*ct, hex(e.ct));
        }
    }
    QCOMPARE(next, v.encryptions.size());

    for (const ExportVector &e : v.exports) {
        for (const HpkeContext *context : {static_cast<const HpkeContext *>(&*sender),
                                           static_cast<const HpkeContext *>(&*recipient)}) {
            const auto exported = context->exportSecret(hex(e.exporterContext), e.length);
            QVERIFY(exported);
            QCOMPARE(exported->toByteArray(), hex(e.exportedValue));
        }
    }
}

void TestHpke::roundTrip_data()
{
    QTest::addColumn<AeadId>("aead");
    QTest::newRow("AES-128-GCM") << AeadId::Aes128Gcm;
    QTest::newRow("AES-256-GCM") << AeadId::Aes256Gcm;
    QTest::newRow("ChaCha20Poly1305") << AeadId::ChaCha20Poly1305;
}

void TestHpke::roundTrip()
{
    QFETCH(AeadId, aead);
    const HpkeSuite suite = suiteWith(aead);
    const auto recipient = X25519KeyPair::generate();
    for (const QByteArray &pt : {QByteArray(), QByteArrayLiteral("x"), QByteArray(5000, 'p')}) {
        const auto sealed = hpkeSeal(suite, recipient.publicKey(), "info", "aad", pt);
        QVERIFY(sealed);
        QCOMPARE(sealed->ciphertext.size(), pt.size() + qsizetype(AeadTagSize));
        const auto opened =
            hpkeOpen(suite, recipient, sealed->enc, "info", "aad", sealed->ciphertext);
        QVERIFY(opened);
        QCOMPARE(opened->toByteArray(), pt);
        // A different suite derives different keys (suite_id is in every label).
        const auto otherSuite =
            suiteWith(aead == AeadId::Aes256Gcm ? AeadId::ChaCha20Poly1305 : AeadId::Aes256Gcm);
        QVERIFY(!hpkeOpen(otherSuite, recipient, sealed->enc, "info", "aad", sealed->ciphertext));
    }
    // A long info (and below, a long exporter context) is labeled on the heap, not the stack.
    const QByteArray longInfo(1000, 'i');
    const auto sealedLong = hpkeSeal(suite, recipient.publicKey(), longInfo, "aad", "pt");
    QVERIFY(sealedLong);
    QVERIFY(hpkeOpen(suite, recipient, sealedLong->enc, longInfo, "aad", sealedLong->ciphertext));
    QVERIFY(!hpkeOpen(suite, recipient, sealedLong->enc, longInfo.chopped(1), "aad",
                      sealedLong->ciphertext));
    const QByteArray longContext(5000, 'c');
    const auto sent = hpkeSendExport(suite, recipient.publicKey(), longInfo, longContext, 64);
    QVERIFY(sent);
    const auto received = hpkeReceiveExport(suite, recipient, sent->enc, longInfo, longContext, 64);
    QVERIFY(received && *received == sent->secret);
    // Fresh ephemeral keys: sealing twice never repeats enc or ciphertext.
    const auto a = hpkeSeal(suite, recipient.publicKey(), {}, {}, "same");
    const auto b = hpkeSeal(suite, recipient.publicKey(), {}, {}, "same");
    QVERIFY(a && b);
    QVERIFY(a->enc != b->enc);
    QVERIFY(a->ciphertext != b->ciphertext);
}

void TestHpke::everyBitFlipFailsToOpen()
{
    QFETCH(AeadId, aead);
    const HpkeSuite suite = suiteWith(aead);
    const auto recipient = X25519KeyPair::generate();
    const QByteArray info = "envelope info", aad = "header";
    const auto sealed = hpkeSeal(suite, recipient.publicKey(), info, aad, "secret message");
    QVERIFY(sealed);
    const QByteArray enc = sealed->enc.toByteArray();
    const QByteArray &ct = sealed->ciphertext;
    QVERIFY(hpkeOpen(suite, recipient, sealed->enc, info, aad, ct));

    auto expectFailure = [&](const QByteArray &e, const QByteArray &i, const QByteArray &a,
                             const QByteArray &c) {
        const auto opened = hpkeOpen(suite, recipient, *X25519PublicKey::fromBytes(e), i, a, c);
        // A flipped enc is a different point; X25519 ignores its top bit, but kem_context
        // does not, so even that flip changes the keys.
        return !opened && opened.error().code == ErrorCode::DecryptionFailed;
    };
    auto flipped = [](QByteArray data, qsizetype index, int bit) {
        data[index] = char(data[index] ^ (1 << bit));
        return data;
    };
    int tried = 0;
    for (qsizetype i = 0; i < enc.size(); ++i)
        for (int bit = 0; bit < 8; ++bit, ++tried)
            QVERIFY2(expectFailure(flipped(enc, i, bit), info, aad, ct), "enc flip opened");
    for (qsizetype i = 0; i < ct.size(); ++i)
        for (int bit = 0; bit < 8; ++bit, ++tried)
            QVERIFY2(expectFailure(enc, info, aad, flipped(ct, i, bit)), "ciphertext flip opened");
    for (qsizetype i = 0; i < aad.size(); ++i)
        for (int bit = 0; bit < 8; ++bit, ++tried)
            QVERIFY2(expectFailure(enc, info, flipped(aad, i, bit), ct), "aad flip opened");
    for (qsizetype i = 0; i < info.size(); ++i)
        for (int bit = 0; bit < 8; ++bit, ++tried)
            QVERIFY2(expectFailure(enc, flipped(info, i, bit), aad, ct), "info flip opened");
    // Truncation and extension are tampering too.
    QVERIFY(expectFailure(enc, info, aad, ct.chopped(1)));
    QVERIFY(expectFailure(enc, info, aad, ct + '\0'));
    QVERIFY(expectFailure(enc, info, aad, ct.left(int(AeadTagSize) - 1)));
    QCOMPARE(tried, 8 * (32 + ct.size() + aad.size() + info.size()));
}

void TestHpke::wrongRecipientFails()
{
    const HpkeSuite suite;
    const auto recipient = X25519KeyPair::generate();
    const auto other = X25519KeyPair::generate();
    const auto sealed = hpkeSeal(suite, recipient.publicKey(), {}, {}, "for recipient only");
    QVERIFY(sealed);
    const auto opened = hpkeOpen(suite, other, sealed->enc, {}, {}, sealed->ciphertext);
    QVERIFY(!opened);
    QCOMPARE(opened.error().code, ErrorCode::DecryptionFailed);
}

void TestHpke::lowOrderPointsAreWeak()
{
    const HpkeSuite suite;
    const auto recipient = X25519KeyPair::generate();
    const QByteArray ct(32, 'c');
    for (const char *point : LowOrderPoints) {
        const X25519PublicKey weak = publicKey(point);
        const auto opened = hpkeOpen(suite, recipient, weak, {}, {}, ct);
        QVERIFY2(!opened && opened.error().code == ErrorCode::WeakKey, point);
        const auto exported = hpkeReceiveExport(suite, recipient, weak, {}, {}, 32);
        QVERIFY2(!exported && exported.error().code == ErrorCode::WeakKey, point);
        const auto context = setupBaseRecipient(suite, recipient, weak, {});
        QVERIFY2(!context && context.error().code == ErrorCode::WeakKey, point);
        // Sender side: a low-order recipient key is refused as well.
        const auto sealed = hpkeSeal(suite, weak, {}, {}, "pt");
        QVERIFY2(!sealed && sealed.error().code == ErrorCode::WeakKey, point);
        const auto sent = hpkeSendExport(suite, weak, {}, {}, 32);
        QVERIFY2(!sent && sent.error().code == ErrorCode::WeakKey, point);
    }
}

void TestHpke::exportRoundTrip()
{
    const auto recipient = X25519KeyPair::generate();
    for (std::uint16_t id = 1; id <= 3; ++id) {
        const HpkeSuite suite = suiteWith(static_cast<AeadId>(id));
        for (std::size_t length : {std::size_t(0), std::size_t(1), std::size_t(32), std::size_t(33),
                                   HpkeMaxExportSize}) {
            const auto sent = hpkeSendExport(suite, recipient.publicKey(), "info", "ctx", length);
            QVERIFY(sent);
            QCOMPARE(sent->secret.size(), length);
            const auto received =
                hpkeReceiveExport(suite, recipient, sent->enc, "info", "ctx", length);
            QVERIFY(received);
            QVERIFY(*received == sent->secret);
            if (length == 32) {
                const auto otherContext =
                    hpkeReceiveExport(suite, recipient, sent->enc, "info", "ctX", 32);
                const auto otherInfo =
                    hpkeReceiveExport(suite, recipient, sent->enc, "infO", "ctx", 32);
                QVERIFY(otherContext && otherInfo);
                QVERIFY(!(*otherContext == sent->secret));
                QVERIFY(!(*otherInfo == sent->secret));
            }
        }
    }
}

void TestHpke::exportLengthBound()
{
    const HpkeSuite suite;
    const auto recipient = X25519KeyPair::generate();
    const std::size_t tooLong = HpkeMaxExportSize + 1;
    QCOMPARE(HpkeMaxExportSize, std::size_t(255 * 32));
    const auto sent = hpkeSendExport(suite, recipient.publicKey(), {}, {}, tooLong);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, ErrorCode::InvalidArgument);
    const auto good = hpkeSendExport(suite, recipient.publicKey(), {}, {}, 16);
    QVERIFY(good);
    const auto received = hpkeReceiveExport(suite, recipient, good->enc, {}, {}, tooLong);
    QVERIFY(!received);
    QCOMPARE(received.error().code, ErrorCode::InvalidArgument);
    const auto context = setupBaseSender(suite, recipient.publicKey(), {});
    QVERIFY(context);
    QVERIFY(!context->exportSecret({}, tooLong));
    QVERIFY(!context->exportSecret({}, std::size_t(1) << 20));
}

void TestHpke::sequenceOverflow()
{
    const HpkeSuite suite;
    const auto recipient = X25519KeyPair::generate();
    auto sender = setupBaseSender(suite, recipient.publicKey(), "info");
    QVERIFY(sender);
    auto receiver = setupBaseRecipient(suite, recipient, sender->enc(), "info");
    QVERIFY(receiver);
    const std::uint64_t last = std::numeric_limits<std::uint64_t>::max() - 1;
    HpkeContextTestAccess::setSequenceNumber(*sender, last);
    HpkeContextTestAccess::setSequenceNumber(*receiver, last);

    const auto ct = sender->seal("aad", "the last message");
    QVERIFY(ct);
    const auto pt = receiver->open("aad", *ct);
    QVERIFY(pt);
    QCOMPARE(pt->toByteArray(), QByteArrayLiteral("the last message"));

    // The next message would need seq = 2^64 - 1 and IncrementSeq would overflow (§5.2).
    const auto more = sender->seal("aad", "one too many");
    QVERIFY(!more);
    QCOMPARE(more.error().code, ErrorCode::TooLarge);
    const auto reopened = receiver->open("aad", *ct);
    QVERIFY(!reopened);
    QCOMPARE(reopened.error().code, ErrorCode::TooLarge);
    // Exporting does not use the sequence number and still works.
    QVERIFY(sender->exportSecret("ctx", 32));
}

void TestHpke::contextSequence()
{
    const HpkeSuite suite = suiteWith(AeadId::ChaCha20Poly1305);
    const auto recipient = X25519KeyPair::generate();
    auto sender = setupBaseSender(suite, recipient.publicKey(), {});
    QVERIFY(sender);
    auto receiver = setupBaseRecipient(suite, recipient, sender->enc(), {});
    QVERIFY(receiver);
    const auto first = sender->seal({}, "first");
    const auto second = sender->seal({}, "second");
    QVERIFY(first && second);
    // Out of order, the second ciphertext meets the first nonce and fails, which leaves the
    // sequence number where it was (§5.2).
    QVERIFY(!receiver->open({}, *second));
    QCOMPARE(receiver->sequenceNumber(), std::uint64_t(0));
    QCOMPARE(receiver->open({}, *first)->toByteArray(), QByteArrayLiteral("first"));
    QCOMPARE(receiver->open({}, *second)->toByteArray(), QByteArrayLiteral("second"));
    QCOMPARE(receiver->sequenceNumber(), std::uint64_t(2));
    QVERIFY(!receiver->open({}, *first)); // a replay meets a later nonce

    // A moved-from context must not seal again under a nonce the new owner will use.
    HpkeSenderContext moved = std::move(*sender);
    QVERIFY(moved.seal({}, "third"));
    QVERIFY(!sender->seal({}, "reuse"));
    QVERIFY(!sender->exportSecret({}, 32));
    QCOMPARE(receiver->open({}, *moved.seal({}, "fourth")).error().code,
             ErrorCode::DecryptionFailed); // "third" was skipped
}

QTEST_APPLESS_MAIN(TestHpke)
#include "tst_hpke.moc"
