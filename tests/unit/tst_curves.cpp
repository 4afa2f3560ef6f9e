// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for the elliptic-curve wrappers in core/crypto/keys.h, with vectors
// transcribed from the specifications: RFC 8032 §7.1 (Ed25519) and RFC 7748 §5.2 and §6.1
// (X25519). Plus the rejection paths: altered and non-canonical signatures, low-order points.
// Shared helpers (hexLiteral, secret, fixed, outcome, ...) come from ../common/testdata.h.

#include "../common/testdata.h"

#include "common/error.h"
#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/secure.h"

#include <QTest>

#include <algorithm>
#include <array>
#include <cstdint>
#include <utility>

using namespace Qt::StringLiterals;
using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::testdata;

namespace {

// L, the order of the Ed25519 base point, little-endian (RFC 8032 §5.1:
// 2^252 + 27742317777372353535851937790883648493).
constexpr std::array<std::uint8_t, 32> Ed25519OrderLE = {
    0xed, 0xd3, 0xf5, 0x5c, 0x1a, 0x63, 0x12, 0x58, 0xd6, 0x9c, 0xf7, 0xa2, 0xde, 0xf9, 0xde, 0x14,
    0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x00, 0x10};

//! The signature with S replaced by S + L (little-endian addition; fits as S < L < 2^253).
Ed25519Signature withSPlusL(const Ed25519Signature &signature)
{
    Ed25519Signature out = signature;
    unsigned carry = 0;
    for (std::size_t i = 0; i < 32; ++i) {
        const unsigned sum = unsigned(out.data()[32 + i]) + Ed25519OrderLE[i] + carry;
        out.data()[32 + i] = static_cast<std::uint8_t>(sum & 0xff);
        carry = sum >> 8;
    }
    return out;
}

// RFC 8032 §7.1, TEST 1024: the 1023-byte message.
constexpr char16_t Rfc8032Test1024Message[] =
    u"08b8b2b733424243760fe426a4b54908632110a66c2f6591eabd3345e3e4eb98"
    u"fa6e264bf09efe12ee50f8f54e9f77b1e355f6c50544e23fb1433ddf73be84d8"
    u"79de7c0046dc4996d9e773f4bc9efe5738829adb26c81b37c93a1b270b20329d"
    u"658675fc6ea534e0810a4432826bf58c941efb65d57a338bbd2e26640f89ffbc"
    u"1a858efcb8550ee3a5e1998bd177e93a7363c344fe6b199ee5d02e82d522c4fe"
    u"ba15452f80288a821a579116ec6dad2b3b310da903401aa62100ab5d1a36553e"
    u"06203b33890cc9b832f79ef80560ccb9a39ce767967ed628c6ad573cb116dbef"
    u"efd75499da96bd68a8a97b928a8bbc103b6621fcde2beca1231d206be6cd9ec7"
    u"aff6f6c94fcd7204ed3455c68c83f4a41da4af2b74ef5c53f1d8ac70bdcb7ed1"
    u"85ce81bd84359d44254d95629e9855a94a7c1958d1f8ada5d0532ed8a5aa3fb2"
    u"d17ba70eb6248e594e1a2297acbbb39d502f1a8c6eb6f1ce22b3de1a1f40cc24"
    u"554119a831a9aad6079cad88425de6bde1a9187ebb6092cf67bf2b13fd65f270"
    u"88d78b7e883c8759d2c4f5c65adb7553878ad575f9fad878e80a0c9ba63bcbcc"
    u"2732e69485bbc9c90bfbd62481d9089beccf80cfe2df16a2cf65bd92dd597b07"
    u"07e0917af48bbb75fed413d238f5555a7a569d80c3414a8d0859dc65a46128ba"
    u"b27af87a71314f318c782b23ebfe808b82b0ce26401d2e22f04d83d1255dc51a"
    u"ddd3b75a2b1ae0784504df543af8969be3ea7082ff7fc9888c144da2af58429e"
    u"c96031dbcad3dad9af0dcbaaaf268cb8fcffead94f3c7ca495e056a9b47acdb7"
    u"51fb73e666c6c655ade8297297d07ad1ba5e43f1bca32301651339e22904cc8c"
    u"42f58c30c04aafdb038dda0847dd988dcda6f3bfd15c4b4c4525004aa06eeff8"
    u"ca61783aacec57fb3d1f92b0fe2fd1a85f6724517b65e614ad6808d6f6ee34df"
    u"f7310fdc82aebfd904b01e1dc54b2927094b2db68d6f903b68401adebf5a7e08"
    u"d78ff4ef5d63653a65040cf9bfd4aca7984a74d37145986780fc0b16ac451649"
    u"de6188a7dbdf191f64b5fc5e2ab47b57f7f7276cd419c17a3ca8e1b939ae49e4"
    u"88acba6b965610b5480109c8b17b80e1b7b750dfc7598d5d5011fd2dcc5600a3"
    u"2ef5b52a1ecc820e308aa342721aac0943bf6686b64b2579376504ccc493d97e"
    u"6aed3fb0f9cd71a43dd497f01f17c0e2cb3797aa2a2f256656168e6c496afc5f"
    u"b93246f6b1116398a346f1a641f3b041e989f7914f90cc2c7fff357876e506b5"
    u"0d334ba77c225bc307ba537152f3f1610e4eafe595f6d9d90d11faa933a15ef1"
    u"369546868a7f3a45a96768d40fd9d03412c091c6315cf4fde7cb68606937380d"
    u"b2eaaa707b4c4185c32eddcdd306705e4dc1ffc872eeee475a64dfac86aba41c"
    u"0618983f8741c5ef68d3a101e8a3b8cac60c905c15fc910840b94c00a0b9d0";

} // namespace

class TestCurves : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // Ed25519
    void ed25519Rfc8032_data();
    void ed25519Rfc8032();
    void ed25519RejectsAlteredInputs();
    void ed25519RejectsNonCanonicalS();
    void ed25519GeneratedKeys();

    // X25519
    void x25519Rfc7748_data();
    void x25519Rfc7748();
    void x25519Iterated();
    void x25519DiffieHellman();
    void x25519LowOrderPoints_data();
    void x25519LowOrderPoints();
    void x25519GeneratedKeysAgree();
};

// ---------------------------------------------------------------------------------------------
// Ed25519: RFC 8032 §7.1

void TestCurves::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("TEST 1")
        << hexLiteral(u"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << hexLiteral(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray()
        << hexLiteral(u"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                      u"5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << hexLiteral(u"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << hexLiteral(u"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << hexLiteral(u"72")
        << hexLiteral(u"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                      u"085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << hexLiteral(u"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << hexLiteral(u"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << hexLiteral(u"af82")
        << hexLiteral(u"6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
                      u"18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    QTest::newRow("TEST 1024")
        << hexLiteral(u"f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
        << hexLiteral(u"278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e")
        << hexLiteral(Rfc8032Test1024Message)
        << hexLiteral(u"0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350"
                      u"aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03");
}

void TestCurves::ed25519Rfc8032()
{
    QFETCH(QByteArray, seed);
    QFETCH(QByteArray, publicKey);
    QFETCH(QByteArray, message);
    QFETCH(QByteArray, signature);

    const Ed25519KeyPair pair = Ed25519KeyPair::fromSeed(secret<Ed25519SeedSize>(seed));
    QCOMPARE(pair.publicKey().toByteArray().toHex(), publicKey.toHex());
    QCOMPARE(bytesOf(pair.seed()).toHex(), seed.toHex());
    QCOMPARE(pair.sign(message).toByteArray().toHex(), signature.toHex());
    QVERIFY(verifyEd25519(fixed<Ed25519PublicKey>(publicKey), message,
                          fixed<Ed25519Signature>(signature)));
}

void TestCurves::ed25519RejectsAlteredInputs()
{
    // RFC 8032 TEST 2 and TEST 3.
    const auto key2 = fixed<Ed25519PublicKey>(
        hexLiteral(u"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));
    const QByteArray message2 = hexLiteral(u"72");
    const QByteArray signature2 =
        hexLiteral(u"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
                   u"085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const auto key3 = fixed<Ed25519PublicKey>(
        hexLiteral(u"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"));

    QVERIFY(verifyEd25519(key2, message2, fixed<Ed25519Signature>(signature2)));

    // Every single-bit change of the signature, in R and in S.
    for (qsizetype byte = 0; byte < signature2.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            const auto altered = fixed<Ed25519Signature>(flipBit(signature2, byte, bit));
            if (verifyEd25519(key2, message2, altered))
                QFAIL(qPrintable(u"accepted with bit %1 of byte %2 flipped"_s.arg(bit).arg(byte)));
        }
    }
    // Another message: a changed bit, an extra byte, the empty message.
    QVERIFY(!verifyEd25519(key2, flipBit(message2, 0), fixed<Ed25519Signature>(signature2)));
    QVERIFY(!verifyEd25519(key2, appended(message2, '\0'), fixed<Ed25519Signature>(signature2)));
    QVERIFY(!verifyEd25519(key2, QByteArray(), fixed<Ed25519Signature>(signature2)));
    // Another key.
    QVERIFY(!verifyEd25519(key3, message2, fixed<Ed25519Signature>(signature2)));
    // A changed key bit.
    const auto alteredKey = fixed<Ed25519PublicKey>(flipBit(key2.toByteArray(), 5));
    QVERIFY(!verifyEd25519(alteredKey, message2, fixed<Ed25519Signature>(signature2)));
    // Keys and signatures of the wrong length never become typed values.
    QVERIFY(!Ed25519Signature::fromBytes(signature2.first(63)));
    QVERIFY(!Ed25519Signature::fromBytes(appended(signature2, '\0')));
    QVERIFY(!Ed25519PublicKey::fromBytes(key2.toByteArray().first(31)));
}

void TestCurves::ed25519RejectsNonCanonicalS()
{
    // RFC 8032 §5.1.7: S must be below L. S + L passes the curve equation (the scalar only
    // matters mod L), so only the range check stops it; Crypto++ 8.7 alone accepts it.
    const QByteArray seeds[] = {
        hexLiteral(u"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
        hexLiteral(u"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
        hexLiteral(u"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
    };
    const QByteArray message = "S must be reduced";
    for (const QByteArray &seed : seeds) {
        const auto pair = Ed25519KeyPair::fromSeed(secret<Ed25519SeedSize>(seed));
        const Ed25519Signature signature = pair.sign(message);
        QVERIFY(verifyEd25519(pair.publicKey(), message, signature));
        QVERIFY(!verifyEd25519(pair.publicKey(), message, withSPlusL(signature)));

        // S == L exactly, and S with the top bit set.
        Ed25519Signature sIsL = signature;
        std::copy(Ed25519OrderLE.begin(), Ed25519OrderLE.end(), sIsL.data() + 32);
        QVERIFY(!verifyEd25519(pair.publicKey(), message, sIsL));
        Ed25519Signature highBit = signature;
        highBit.data()[63] |= 0x80;
        QVERIFY(!verifyEd25519(pair.publicKey(), message, highBit));
    }

    // RFC 8032 TEST 1's own signature with S + L.
    const auto key = fixed<Ed25519PublicKey>(
        hexLiteral(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const auto signature = fixed<Ed25519Signature>(
        hexLiteral(u"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
                   u"5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    QVERIFY(verifyEd25519(key, QByteArray(), signature));
    QVERIFY(!verifyEd25519(key, QByteArray(), withSPlusL(signature)));
}

void TestCurves::ed25519GeneratedKeys()
{
    const QByteArray seed = "ed25519 generated keys";
    DeterministicRandom random(asBytes(seed));
    const auto a = Ed25519KeyPair::generate(random);
    const auto b = Ed25519KeyPair::generate(random);
    QVERIFY(a.publicKey() != b.publicKey());
    // The generated key is the one its seed describes.
    QCOMPARE(Ed25519KeyPair::fromSeed(a.seed()).publicKey(), a.publicKey());

    const QByteArray message = "a message";
    const Ed25519Signature signature = a.sign(message);
    QCOMPARE(a.sign(message), signature); // deterministic
    QVERIFY(verifyEd25519(a.publicKey(), message, signature));
    QVERIFY(!verifyEd25519(b.publicKey(), message, signature));

    const auto fromSystem = Ed25519KeyPair::generate();
    QVERIFY(verifyEd25519(fromSystem.publicKey(), message, fromSystem.sign(message)));
}

// ---------------------------------------------------------------------------------------------
// X25519: RFC 7748

void TestCurves::x25519Rfc7748_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("u");
    QTest::addColumn<QByteArray>("expected");

    // §5.2. The second u-coordinate has its top bit set, which X25519 must ignore.
    QTest::newRow("5.2 vector 1")
        << hexLiteral(u"a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4")
        << hexLiteral(u"e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")
        << hexLiteral(u"c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    QTest::newRow("5.2 vector 2")
        << hexLiteral(u"4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d")
        << hexLiteral(u"e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")
        << hexLiteral(u"95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
}

void TestCurves::x25519Rfc7748()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, u);
    QFETCH(QByteArray, expected);

    const auto pair = X25519KeyPair::fromPrivate(secret<X25519KeySize>(scalar));
    const auto shared = pair.agree(fixed<X25519PublicKey>(u));
    QCOMPARE(outcome(shared), u"ok"_s);
    QCOMPARE(bytesOf(*shared).toHex(), expected.toHex());
}

void TestCurves::x25519Iterated()
{
    // RFC 7748 §5.2: k = u = 9; then repeatedly k, u = X25519(k, u), k.
    QByteArray k = hexLiteral(u"0900000000000000000000000000000000000000000000000000000000000000");
    QByteArray u = k;
    const auto step = [&k, &u]() -> bool {
        const auto result =
            X25519KeyPair::fromPrivate(secret<X25519KeySize>(k)).agree(fixed<X25519PublicKey>(u));
        if (!result)
            return false;
        u = std::exchange(k, bytesOf(*result));
        return true;
    };
    QVERIFY(step());
    QCOMPARE(k.toHex(), "422c8e7a6227d7bca1350b3e2bb7279f7897b87bb6854b783c60e80311ae3079");
    for (int i = 1; i < 1000; ++i)
        QVERIFY(step());
    QCOMPARE(k.toHex(), "684cf59ba83309552800ef566f2f4d3c1c3887c49360e3875f2eb94d99532c51");
}

void TestCurves::x25519DiffieHellman()
{
    // RFC 7748 §6.1.
    const auto alice = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hexLiteral(u"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
    const auto bob = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hexLiteral(u"5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")));
    QCOMPARE(alice.publicKey().toByteArray().toHex(),
             "8520f0098930a754748b7ddcb43ef75a0dbf3a0d26381af4eba4a98eaa9b4e6a");
    QCOMPARE(bob.publicKey().toByteArray().toHex(),
             "de9edb7d7b7dc1b4d35b61c2ece435373f8343c85b78674dadfc7e146f882b4f");

    const auto aliceShared = alice.agree(bob.publicKey());
    const auto bobShared = bob.agree(alice.publicKey());
    QCOMPARE(outcome(aliceShared), u"ok"_s);
    QCOMPARE(outcome(bobShared), u"ok"_s);
    const QByteArray k = "4a5d9d5ba4ce2de1728e3bf480350f25e07e21c947d19e3376f09b3c1e161742";
    QCOMPARE(bytesOf(*aliceShared).toHex(), k);
    QCOMPARE(bytesOf(*bobShared).toHex(), k);
}

void TestCurves::x25519LowOrderPoints_data()
{
    QTest::addColumn<QByteArray>("u");
    // u = 0 (a point of order 2), u = 1 (order 4), and their non-canonical encodings p and
    // p + 1, which equal them modulo p = 2^255 - 19. Clamped scalars are multiples of 8.
    QTest::newRow("u = 0") << repeated('\0', 32);
    QTest::newRow("u = 1") << hexLiteral(
        u"0100000000000000000000000000000000000000000000000000000000000000");
    QTest::newRow("u = p") << hexLiteral(
        u"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    QTest::newRow("u = p + 1") << hexLiteral(
        u"eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
}

void TestCurves::x25519LowOrderPoints()
{
    QFETCH(QByteArray, u);
    const QByteArray seed = "x25519 low order";
    DeterministicRandom random(asBytes(seed));
    for (int i = 0; i < 4; ++i) {
        const auto pair = X25519KeyPair::generate(random);
        QCOMPARE(outcome(pair.agree(fixed<X25519PublicKey>(u))), errorName(ErrorCode::WeakKey));
    }
    // The RFC 7748 §6.1 private keys too.
    const auto alice = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hexLiteral(u"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
    QCOMPARE(outcome(alice.agree(fixed<X25519PublicKey>(u))), errorName(ErrorCode::WeakKey));
}

void TestCurves::x25519GeneratedKeysAgree()
{
    const QByteArray seed = "x25519 generated keys";
    DeterministicRandom random(asBytes(seed));
    const auto a = X25519KeyPair::generate(random);
    const auto b = X25519KeyPair::generate();
    QVERIFY(a.publicKey() != b.publicKey());
    QCOMPARE(X25519KeyPair::fromPrivate(a.privateKey()).publicKey(), a.publicKey());
    const auto ab = a.agree(b.publicKey());
    const auto ba = b.agree(a.publicKey());
    QVERIFY(ab && ba);
    QVERIFY(*ab == *ba);
}

QTEST_GUILESS_MAIN(TestCurves)
#include "tst_curves.moc"
