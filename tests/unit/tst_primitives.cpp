// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for the crypto wrappers in core/crypto, with vectors transcribed from
// the specifications: RFC 8032 §7.1 (Ed25519), RFC 7748 §5.2 and §6.1 (X25519), RFC 5869
// Appendix A (HKDF-SHA256), the GCM specification's test cases (McGrew and Viega), RFC 8439
// §2.8.2 (ChaCha20-Poly1305) and FIPS 180-4 examples (SHA-2). Plus the rejection paths.

#include "../common/testdata.h"

#include "common/error.h"
#include "crypto/aead.h"
#include "crypto/digest.h"
#include "crypto/hkdf.h"
#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/secure.h"

#include <QTest>

#include <array>
#include <type_traits>
#include <utility>

using namespace Qt::StringLiterals;
using namespace cardinal;
using namespace cardinal::crypto;

namespace {

//! Bytes of a hex literal transcribed into this file; a typo in one is a bug in the test.
QByteArray hex(QStringView digits)
{
    auto bytes = testdata::decodeHex(digits);
    if (!bytes)
        qFatal("malformed hex literal in tst_primitives: %s", qPrintable(digits.toString()));
    return *bytes;
}

//! `bytes` with one more byte at the end.
QByteArray appended(QByteArray bytes, char byte)
{
    bytes.append(byte);
    return bytes;
}

QByteArray repeated(char byte, qsizetype count)
{
    return QByteArray(count, byte);
}

//! The bytes from..to inclusive, as RFC 5869 test case 2 writes its inputs.
QByteArray byteRange(int from, int to)
{
    QByteArray out;
    for (int b = from; b <= to; ++b)
        out.append(static_cast<char>(b));
    return out;
}

template<std::size_t N> SecretBytes<N> secret(const QByteArray &bytes)
{
    auto value = SecretBytes<N>::fromBytes(asBytes(bytes));
    if (!value)
        qFatal("secret of the wrong length in tst_primitives");
    return *value;
}

template<typename Fixed> Fixed fixed(const QByteArray &bytes)
{
    auto value = Fixed::fromBytes(bytes);
    if (!value)
        qFatal("fixed-size value of the wrong length in tst_primitives");
    return *value;
}

template<std::size_t N> QByteArray bytesOf(const SecretBytes<N> &value)
{
    return asView(value.span()).toByteArray();
}

//! "ok", or the name of the error code, so that QCOMPARE shows both sides readably.
template<typename T> QString outcome(const Result<T> &result)
{
    return result ? u"ok"_s : errorCodeName(result.error().code);
}

QString name(ErrorCode code)
{
    return errorCodeName(code);
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit = 0)
{
    bytes[index] = static_cast<char>(bytes[index] ^ (1 << bit));
    return bytes;
}

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

class TestPrimitives : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SHA-2
    void sha2KnownAnswers();
    void sha256Parts();

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

    // HKDF
    void hkdfRfc5869_data();
    void hkdfRfc5869();
    void hkdfLimits();
    void hkdfEmptySaltIsZeroSalt();

    // AEAD
    void aeadIds();
    void aeadKnownAnswers_data();
    void aeadKnownAnswers();
    void aeadRejectsTampering_data();
    void aeadRejectsTampering();
    void aeadRejectsBadSizes_data();
    void aeadRejectsBadSizes();

    // Buffers and helpers
    void secureBufferSemantics();
    void fixedAndSecretBytes();
    void constantTimeEqualCases();

    // Randomness
    void deterministicRandomReproducible();
    void systemRandomProducesDistinctOutput();
};

// ---------------------------------------------------------------------------------------------
// SHA-2 (FIPS 180-4 examples; the "abc" and two-block messages of the NIST examples)

void TestPrimitives::sha2KnownAnswers()
{
    QCOMPARE(sha256("abc").toByteArray().toHex(),
             "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    QCOMPARE(sha512("abc").toByteArray().toHex(),
             "ddaf35a193617abacc417349ae20413112e6fa4e89a97ea20a9eeee64b55d39a"
             "2192992a274fc1a836ba3c23a3feebbd454d4423643ce80e2a9ac94fa54ca49f");
    QCOMPARE(sha256("").toByteArray().toHex(),
             "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
    QCOMPARE(sha512("").toByteArray().toHex(),
             "cf83e1357eefb8bdf1542850d66d8007d620e4050b5715dc83f4a921d36ce9ce"
             "47d0d13c5d85f2b0ff8318d2877eec2f63b931bd47417a81a538327af927da3e");
    QCOMPARE(
        sha256("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq").toByteArray().toHex(),
        "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

void TestPrimitives::sha256Parts()
{
    const QByteArray message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    QCOMPARE(sha256({QByteArrayView(message).first(3), QByteArrayView(message).sliced(3)}),
             sha256(message));
    QCOMPARE(sha256({"a", "", "bc"}), sha256("abc"));
    QCOMPARE(sha256(std::initializer_list<QByteArrayView>{}), sha256(""));
}

// ---------------------------------------------------------------------------------------------
// Ed25519: RFC 8032 §7.1

void TestPrimitives::ed25519Rfc8032_data()
{
    QTest::addColumn<QByteArray>("seed");
    QTest::addColumn<QByteArray>("publicKey");
    QTest::addColumn<QByteArray>("message");
    QTest::addColumn<QByteArray>("signature");

    QTest::newRow("TEST 1")
        << hex(u"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << hex(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a") << QByteArray()
        << hex(u"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
               u"5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b");
    QTest::newRow("TEST 2")
        << hex(u"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << hex(u"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c") << hex(u"72")
        << hex(u"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
               u"085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    QTest::newRow("TEST 3")
        << hex(u"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << hex(u"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025") << hex(u"af82")
        << hex(u"6291d657deec24024827e69c3abe01a30ce548a284743a445e3680d7db5ac3ac"
               u"18ff9b538d16f290ae67f760984dc6594a7c15e9716ed28dc027beceea1ec40a");
    QTest::newRow("TEST 1024")
        << hex(u"f5e5767cf153319517630f226876b86c8160cc583bc013744c6bf255f5cc0ee5")
        << hex(u"278117fc144c72340f67d0f2316e8386ceffbf2b2428c9c51fef7c597f1d426e")
        << hex(Rfc8032Test1024Message)
        << hex(u"0aab4c900501b3e24d7cdf4663326a3a87df5e4843b2cbdb67cbf6e460fec350"
               u"aa5371b1508f9f4528ecea23c436d94b5e8fcd4f681e30a6ac00a9704a188a03");
}

void TestPrimitives::ed25519Rfc8032()
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

void TestPrimitives::ed25519RejectsAlteredInputs()
{
    // RFC 8032 TEST 2 and TEST 3.
    const auto key2 = fixed<Ed25519PublicKey>(
        hex(u"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c"));
    const QByteArray message2 = hex(u"72");
    const QByteArray signature2 =
        hex(u"92a009a9f0d4cab8720e820b5f642540a2b27b5416503f8fb3762223ebdb69da"
            u"085ac1e43e15996e458f3613d0f11d8c387b2eaeb4302aeeb00d291612bb0c00");
    const auto key3 = fixed<Ed25519PublicKey>(
        hex(u"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025"));

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

void TestPrimitives::ed25519RejectsNonCanonicalS()
{
    // RFC 8032 §5.1.7: S must be below L. S + L passes the curve equation (the scalar only
    // matters mod L), so only the range check stops it; Crypto++ 8.7 alone accepts it.
    const QByteArray seeds[] = {
        hex(u"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60"),
        hex(u"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb"),
        hex(u"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7"),
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
        hex(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a"));
    const auto signature = fixed<Ed25519Signature>(
        hex(u"e5564300c360ac729086e2cc806e828a84877f1eb8e5d974d873e06522490155"
            u"5fb8821590a33bacc61e39701cf9b46bd25bf5f0595bbe24655141438e7a100b"));
    QVERIFY(verifyEd25519(key, QByteArray(), signature));
    QVERIFY(!verifyEd25519(key, QByteArray(), withSPlusL(signature)));
}

void TestPrimitives::ed25519GeneratedKeys()
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

void TestPrimitives::x25519Rfc7748_data()
{
    QTest::addColumn<QByteArray>("scalar");
    QTest::addColumn<QByteArray>("u");
    QTest::addColumn<QByteArray>("expected");

    // §5.2. The second u-coordinate has its top bit set, which X25519 must ignore.
    QTest::newRow("5.2 vector 1")
        << hex(u"a546e36bf0527c9d3b16154b82465edd62144c0ac1fc5a18506a2244ba449ac4")
        << hex(u"e6db6867583030db3594c1a424b15f7c726624ec26b3353b10a903a6d0ab1c4c")
        << hex(u"c3da55379de9c6908e94ea4df28d084f32eccf03491c71f754b4075577a28552");
    QTest::newRow("5.2 vector 2")
        << hex(u"4b66e9d4d1b4673c5ad22691957d6af5c11b6421e0ea01d42ca4169e7918ba0d")
        << hex(u"e5210f12786811d3f4b7959d0538ae2c31dbe7106fc03c3efc4cd549c715a493")
        << hex(u"95cbde9476e8907d7aade45cb4b873f88b595a68799fa152e6f8f7647aac7957");
}

void TestPrimitives::x25519Rfc7748()
{
    QFETCH(QByteArray, scalar);
    QFETCH(QByteArray, u);
    QFETCH(QByteArray, expected);

    const auto pair = X25519KeyPair::fromPrivate(secret<X25519KeySize>(scalar));
    const auto shared = pair.agree(fixed<X25519PublicKey>(u));
    QCOMPARE(outcome(shared), u"ok"_s);
    QCOMPARE(bytesOf(*shared).toHex(), expected.toHex());
}

void TestPrimitives::x25519Iterated()
{
    // RFC 7748 §5.2: k = u = 9; then repeatedly k, u = X25519(k, u), k.
    QByteArray k = hex(u"0900000000000000000000000000000000000000000000000000000000000000");
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

void TestPrimitives::x25519DiffieHellman()
{
    // RFC 7748 §6.1.
    const auto alice = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hex(u"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
    const auto bob = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hex(u"5dab087e624a8a4b79e17f8b83800ee66f3bb1292618b6fd1c2f8b27ff88e0eb")));
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

void TestPrimitives::x25519LowOrderPoints_data()
{
    QTest::addColumn<QByteArray>("u");
    // u = 0 (a point of order 2), u = 1 (order 4), and their non-canonical encodings p and
    // p + 1, which equal them modulo p = 2^255 - 19. Clamped scalars are multiples of 8.
    QTest::newRow("u = 0") << repeated('\0', 32);
    QTest::newRow("u = 1") << hex(
        u"0100000000000000000000000000000000000000000000000000000000000000");
    QTest::newRow("u = p") << hex(
        u"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    QTest::newRow("u = p + 1") << hex(
        u"eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
}

void TestPrimitives::x25519LowOrderPoints()
{
    QFETCH(QByteArray, u);
    const QByteArray seed = "x25519 low order";
    DeterministicRandom random(asBytes(seed));
    for (int i = 0; i < 4; ++i) {
        const auto pair = X25519KeyPair::generate(random);
        QCOMPARE(outcome(pair.agree(fixed<X25519PublicKey>(u))), name(ErrorCode::WeakKey));
    }
    // The RFC 7748 §6.1 private keys too.
    const auto alice = X25519KeyPair::fromPrivate(secret<X25519KeySize>(
        hex(u"77076d0a7318a57d3c16c17251b26645df4c2f87ebc0992ab177fba51db92c2a")));
    QCOMPARE(outcome(alice.agree(fixed<X25519PublicKey>(u))), name(ErrorCode::WeakKey));
}

void TestPrimitives::x25519GeneratedKeysAgree()
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

// ---------------------------------------------------------------------------------------------
// HKDF-SHA256: RFC 5869 Appendix A

void TestPrimitives::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("prk");
    QTest::addColumn<QByteArray>("okm");

    QTest::newRow("A.1 basic")
        << repeated('\x0b', 22) << byteRange(0x00, 0x0c) << byteRange(0xf0, 0xf9) << 42
        << hex(u"077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")
        << hex(u"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
               u"34007208d5b887185865");
    QTest::newRow("A.2 longer inputs")
        << byteRange(0x00, 0x4f) << byteRange(0x60, 0xaf) << byteRange(0xb0, 0xff) << 82
        << hex(u"06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244")
        << hex(u"b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
               u"59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
               u"cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("A.3 empty salt and info")
        << repeated('\x0b', 22) << QByteArray() << QByteArray() << 42
        << hex(u"19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04")
        << hex(u"8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
               u"9d201395faa4b61a96c8");
}

void TestPrimitives::hkdfRfc5869()
{
    QFETCH(QByteArray, ikm);
    QFETCH(QByteArray, salt);
    QFETCH(QByteArray, info);
    QFETCH(int, length);
    QFETCH(QByteArray, prk);
    QFETCH(QByteArray, okm);

    const auto extracted = hkdfSha256Extract(asBytes(salt), asBytes(ikm));
    QCOMPARE(bytesOf(extracted).toHex(), prk.toHex());
    const auto expanded = hkdfSha256Expand(extracted.span(), asBytes(info), std::size_t(length));
    QCOMPARE(outcome(expanded), u"ok"_s);
    QCOMPARE(expanded->toByteArray().toHex(), okm.toHex());

    // Output is a prefix of any longer output.
    const auto longer = hkdfSha256Expand(extracted.span(), asBytes(info), 200);
    QCOMPARE(outcome(longer), u"ok"_s);
    QCOMPARE(longer->toByteArray().first(length).toHex(), okm.toHex());
}

void TestPrimitives::hkdfLimits()
{
    const auto prk = hkdfSha256Extract({}, asBytes("input keying material"));
    const auto maximal = hkdfSha256Expand(prk.span(), {}, HkdfSha256MaxOutput);
    QCOMPARE(outcome(maximal), u"ok"_s);
    QCOMPARE(maximal->size(), std::size_t(255 * 32));
    QCOMPARE(HkdfSha256MaxOutput, std::size_t(8160));

    QCOMPARE(outcome(hkdfSha256Expand(prk.span(), {}, HkdfSha256MaxOutput + 1)),
             name(ErrorCode::InvalidArgument));
    QCOMPARE(outcome(hkdfSha256Expand(prk.span(), {}, std::size_t(1) << 40)),
             name(ErrorCode::InvalidArgument));

    // A PRK shorter than HashLen is refused; a longer one is an ordinary HMAC key.
    const QByteArray shortPrk(31, '\x01');
    QCOMPARE(outcome(hkdfSha256Expand(asBytes(shortPrk), {}, 32)),
             name(ErrorCode::InvalidArgument));
    const QByteArray longPrk(64, '\x01');
    QCOMPARE(outcome(hkdfSha256Expand(asBytes(longPrk), {}, 32)), u"ok"_s);

    const auto empty = hkdfSha256Expand(prk.span(), {}, 0);
    QCOMPARE(outcome(empty), u"ok"_s);
    QVERIFY(empty->isEmpty());
}

void TestPrimitives::hkdfEmptySaltIsZeroSalt()
{
    // RFC 5869 §2.2: no salt means HashLen zero bytes.
    const QByteArray ikm = "ikm";
    const QByteArray zeros(32, '\0');
    QVERIFY(hkdfSha256Extract({}, asBytes(ikm)) == hkdfSha256Extract(asBytes(zeros), asBytes(ikm)));
    const QByteArray other(32, '\x01');
    QVERIFY(
        !(hkdfSha256Extract({}, asBytes(ikm)) == hkdfSha256Extract(asBytes(other), asBytes(ikm))));
}

// ---------------------------------------------------------------------------------------------
// AEAD

void TestPrimitives::aeadIds()
{
    QCOMPARE(aeadIdFromWire(0x0001), std::optional<AeadId>(AeadId::Aes128Gcm));
    QCOMPARE(aeadIdFromWire(0x0002), std::optional<AeadId>(AeadId::Aes256Gcm));
    QCOMPARE(aeadIdFromWire(0x0003), std::optional<AeadId>(AeadId::ChaCha20Poly1305));
    QVERIFY(!aeadIdFromWire(0x0000));
    QVERIFY(!aeadIdFromWire(0x0004));
    QVERIFY(!aeadIdFromWire(0xffff)); // HPKE's export-only id is not an AEAD we implement
    QCOMPARE(aeadKeySize(AeadId::Aes128Gcm), std::size_t(16));
    QCOMPARE(aeadKeySize(AeadId::Aes256Gcm), std::size_t(32));
    QCOMPARE(aeadKeySize(AeadId::ChaCha20Poly1305), std::size_t(32));
}

void TestPrimitives::aeadKnownAnswers_data()
{
    QTest::addColumn<AeadId>("aead");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("sealed"); // ciphertext || tag

    // The GCM specification (McGrew and Viega), test cases 3, 4, 13, 14, 15 and 16.
    const QByteArray gcmKey = hex(u"feffe9928665731c6d6a8f9467308308");
    const QByteArray gcmNonce = hex(u"cafebabefacedbaddecaf888");
    const QByteArray gcmPlaintext =
        hex(u"d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
            u"1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray gcmAad = hex(u"feedfacedeadbeeffeedfacedeadbeefabaddad2");

    QTest::newRow("GCM test case 3 (AES-128)")
        << AeadId::Aes128Gcm << gcmKey << gcmNonce << QByteArray() << gcmPlaintext
        << hex(u"42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
               u"21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985"
               u"4d5c2af327cd64a62cf35abd2ba6fab4");
    QTest::newRow("GCM test case 4 (AES-128, AAD)")
        << AeadId::Aes128Gcm << gcmKey << gcmNonce << gcmAad << gcmPlaintext.first(60)
        << hex(u"42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
               u"21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
               u"5bc94fbc3221a5db94fae95ae7121a47");
    QTest::newRow("GCM test case 13 (AES-256, empty)")
        << AeadId::Aes256Gcm << repeated('\0', 32) << repeated('\0', 12) << QByteArray()
        << QByteArray() << hex(u"530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM test case 14 (AES-256)")
        << AeadId::Aes256Gcm << repeated('\0', 32) << repeated('\0', 12) << QByteArray()
        << repeated('\0', 16)
        << hex(u"cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM test case 15 (AES-256)")
        << AeadId::Aes256Gcm << QByteArray(gcmKey + gcmKey) << gcmNonce << QByteArray()
        << gcmPlaintext
        << hex(u"522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               u"8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
               u"b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM test case 16 (AES-256, AAD)")
        << AeadId::Aes256Gcm << QByteArray(gcmKey + gcmKey) << gcmNonce << gcmAad
        << gcmPlaintext.first(60)
        << hex(u"522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
               u"8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
               u"76fc6ece0f4e1768cddf8853bb2d551b");

    // RFC 8439 §2.8.2.
    QTest::newRow("RFC 8439 2.8.2 (ChaCha20-Poly1305)")
        << AeadId::ChaCha20Poly1305 << byteRange(0x80, 0x9f) << hex(u"070000004041424344454647")
        << hex(u"50515253c0c1c2c3c4c5c6c7")
        << QByteArray("Ladies and Gentlemen of the class of '99: If I could offer you only one "
                      "tip for the future, sunscreen would be it.")
        << hex(u"d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
               u"3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
               u"92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
               u"3ff4def08e4b7a9de576d26586cec64b6116"
               u"1ae10b594f09e26a7e902ecbd0600691");
}

void TestPrimitives::aeadKnownAnswers()
{
    QFETCH(AeadId, aead);
    QFETCH(QByteArray, key);
    QFETCH(QByteArray, nonce);
    QFETCH(QByteArray, aad);
    QFETCH(QByteArray, plaintext);
    QFETCH(QByteArray, sealed);

    const auto ciphertext = aeadSeal(aead, asBytes(key), asBytes(nonce), aad, plaintext);
    QCOMPARE(outcome(ciphertext), u"ok"_s);
    QCOMPARE(ciphertext->toHex(), sealed.toHex());

    const auto opened = aeadOpen(aead, asBytes(key), asBytes(nonce), aad, sealed);
    QCOMPARE(outcome(opened), u"ok"_s);
    QCOMPARE(opened->toByteArray().toHex(), plaintext.toHex());
}

void TestPrimitives::aeadRejectsTampering_data()
{
    QTest::addColumn<AeadId>("aead");
    QTest::newRow("AES-128-GCM") << AeadId::Aes128Gcm;
    QTest::newRow("AES-256-GCM") << AeadId::Aes256Gcm;
    QTest::newRow("ChaCha20-Poly1305") << AeadId::ChaCha20Poly1305;
}

void TestPrimitives::aeadRejectsTampering()
{
    QFETCH(AeadId, aead);
    const QByteArray seed = "aead tampering";
    DeterministicRandom random(asBytes(seed));
    QByteArray key(qsizetype(aeadKeySize(aead)), Qt::Uninitialized);
    QByteArray nonce(qsizetype(AeadNonceSize), Qt::Uninitialized);
    random.fill({reinterpret_cast<std::uint8_t *>(key.data()), std::size_t(key.size())});
    random.fill({reinterpret_cast<std::uint8_t *>(nonce.data()), std::size_t(nonce.size())});
    const QByteArray aad = "header";
    const QByteArray plaintext = "attack at dawn, bring snacks";

    const auto sealedResult = aeadSeal(aead, asBytes(key), asBytes(nonce), aad, plaintext);
    QCOMPARE(outcome(sealedResult), u"ok"_s);
    const QByteArray sealed = *sealedResult;
    QCOMPARE(sealed.size(), plaintext.size() + qsizetype(AeadTagSize));
    QVERIFY(!sealed.contains(plaintext));

    const auto open = [&](const QByteArray &k, const QByteArray &n, const QByteArray &a,
                          const QByteArray &c) {
        return outcome(aeadOpen(aead, asBytes(k), asBytes(n), a, c));
    };
    const QString failed = name(ErrorCode::DecryptionFailed);
    QCOMPARE(open(key, nonce, aad, sealed), u"ok"_s);

    QCOMPARE(open(flipBit(key, 0), nonce, aad, sealed), failed);
    QCOMPARE(open(flipBit(key, key.size() - 1, 7), nonce, aad, sealed), failed);
    QCOMPARE(open(key, flipBit(nonce, 0), aad, sealed), failed);
    QCOMPARE(open(key, flipBit(nonce, nonce.size() - 1, 7), aad, sealed), failed);
    QCOMPARE(open(key, nonce, flipBit(aad, 0), sealed), failed);
    QCOMPARE(open(key, nonce, QByteArray(), sealed), failed);
    QCOMPARE(open(key, nonce, aad + '\0', sealed), failed);
    // Every bit of the ciphertext and the tag.
    for (qsizetype byte = 0; byte < sealed.size(); ++byte) {
        for (int bit = 0; bit < 8; ++bit) {
            if (open(key, nonce, aad, flipBit(sealed, byte, bit)) != failed)
                QFAIL(
                    qPrintable(u"bit %1 of byte %2 flipped was not refused"_s.arg(bit).arg(byte)));
        }
    }
    // Truncated or extended ciphertexts.
    QCOMPARE(open(key, nonce, aad, sealed.chopped(1)), failed);
    QCOMPARE(open(key, nonce, aad, sealed.sliced(1)), failed);
    QCOMPARE(open(key, nonce, aad, sealed + '\0'), failed);
    QCOMPARE(open(key, nonce, aad, sealed.last(qsizetype(AeadTagSize))), failed);

    // The empty plaintext round-trips as a bare tag.
    const auto emptySealed = aeadSeal(aead, asBytes(key), asBytes(nonce), aad, {});
    QCOMPARE(outcome(emptySealed), u"ok"_s);
    QCOMPARE(emptySealed->size(), qsizetype(AeadTagSize));
    const auto emptyOpened = aeadOpen(aead, asBytes(key), asBytes(nonce), aad, *emptySealed);
    QCOMPARE(outcome(emptyOpened), u"ok"_s);
    QVERIFY(emptyOpened->isEmpty());
    QCOMPARE(open(key, nonce, aad, flipBit(*emptySealed, 3)), failed);
}

void TestPrimitives::aeadRejectsBadSizes_data()
{
    aeadRejectsTampering_data();
}

void TestPrimitives::aeadRejectsBadSizes()
{
    QFETCH(AeadId, aead);
    const QString invalid = name(ErrorCode::InvalidArgument);
    const QString failed = name(ErrorCode::DecryptionFailed);
    const auto keySize = qsizetype(aeadKeySize(aead));
    const QByteArray key(keySize, '\x42');
    const QByteArray nonce(qsizetype(AeadNonceSize), '\x24');
    const QByteArray plaintext = "plaintext";
    const auto sealed = aeadSeal(aead, asBytes(key), asBytes(nonce), {}, plaintext);
    QCOMPARE(outcome(sealed), u"ok"_s);

    const auto seal = [&](const QByteArray &k, const QByteArray &n) {
        return outcome(aeadSeal(aead, asBytes(k), asBytes(n), {}, plaintext));
    };
    const auto open = [&](const QByteArray &k, const QByteArray &n, const QByteArray &c) {
        return outcome(aeadOpen(aead, asBytes(k), asBytes(n), {}, c));
    };

    for (qsizetype size : {qsizetype(0), qsizetype(1), qsizetype(15), qsizetype(16), qsizetype(24),
                           qsizetype(31), qsizetype(32), qsizetype(33), qsizetype(64)}) {
        if (size == keySize)
            continue;
        const QByteArray wrongKey(size, '\x42');
        QCOMPARE(seal(wrongKey, nonce), invalid);
        QCOMPARE(open(wrongKey, nonce, *sealed), invalid);
    }
    for (qsizetype size :
         {qsizetype(0), qsizetype(8), qsizetype(11), qsizetype(13), qsizetype(16), qsizetype(24)}) {
        const QByteArray wrongNonce(size, '\x24');
        QCOMPARE(seal(key, wrongNonce), invalid);
        QCOMPARE(open(key, wrongNonce, *sealed), invalid);
    }
    // Anything shorter than the tag cannot be authentic.
    for (qsizetype size = 0; size < qsizetype(AeadTagSize); ++size)
        QCOMPARE(open(key, nonce, sealed->first(size)), failed);
}

// ---------------------------------------------------------------------------------------------
// Buffers

void TestPrimitives::secureBufferSemantics()
{
    static_assert(!std::is_copy_constructible_v<SecureBuffer>);
    static_assert(!std::is_copy_assignable_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_constructible_v<SecureBuffer>);
    static_assert(std::is_nothrow_move_assignable_v<SecureBuffer>);

    const SecureBuffer empty;
    QVERIFY(empty.isEmpty());
    QCOMPARE(empty.size(), std::size_t(0));
    QVERIFY(empty.toByteArray().isEmpty());

    const SecureBuffer zeros(std::size_t(5));
    QCOMPARE(zeros.toByteArray(), QByteArray(5, '\0'));

    const QByteArray content = "secret content";
    SecureBuffer original = SecureBuffer::fromByteArray(content);
    QCOMPARE(original.size(), std::size_t(content.size()));
    QCOMPARE(original.toByteArray(), content);

    // copy() is deep: changing the copy leaves the original alone.
    SecureBuffer duplicate = original.copy();
    QVERIFY(duplicate == original);
    QVERIFY(duplicate.data() != original.data());
    duplicate.data()[0] = 'S';
    QVERIFY(!(duplicate == original));
    QCOMPARE(original.toByteArray(), content);

    // Moving transfers the storage and leaves the source empty.
    const std::uint8_t *storage = original.data();
    SecureBuffer moved(std::move(original));
    QCOMPARE(moved.data(), storage);
    QCOMPARE(moved.toByteArray(), content);
    QVERIFY(original.isEmpty()); // NOLINT(bugprone-use-after-move): the moved-from state
    QCOMPARE(original.data(), static_cast<std::uint8_t *>(nullptr));

    SecureBuffer target = SecureBuffer::fromByteArray("to be replaced");
    target = std::move(moved);
    QCOMPARE(target.data(), storage);
    QCOMPARE(target.toByteArray(), content);
    QVERIFY(moved.isEmpty()); // NOLINT(bugprone-use-after-move)

    // Self-move-assignment keeps the content.
    SecureBuffer &alias = target;
    target = std::move(alias);
    QCOMPARE(target.toByteArray(), content);

    // A moved-from buffer is reusable.
    original = SecureBuffer::fromByteArray("again");
    QCOMPARE(original.toByteArray(), QByteArray("again"));

    // Text is copied as UTF-8.
    const SecureBuffer text = SecureBuffer::fromUtf8(u"pässwörd"_s);
    QCOMPARE(text.toByteArray(), QByteArray("p\xc3\xa4ssw\xc3\xb6rd"));

    // Equality compares content and length.
    QVERIFY(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abc"));
    QVERIFY(!(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abd")));
    QVERIFY(!(SecureBuffer::fromByteArray("abc") == SecureBuffer::fromByteArray("abcd")));
    QVERIFY(SecureBuffer() == SecureBuffer::fromByteArray(""));
}

void TestPrimitives::fixedAndSecretBytes()
{
    const QByteArray bytes32(32, '\x07');
    QVERIFY(X25519PublicKey::fromBytes(bytes32));
    QVERIFY(!X25519PublicKey::fromBytes(bytes32.first(31)));
    QVERIFY(!X25519PublicKey::fromBytes(appended(bytes32, '\0')));
    QVERIFY(!X25519PublicKey::fromBytes({}));
    QCOMPARE(X25519PublicKey::fromBytes(bytes32)->toByteArray(), bytes32);

    QVERIFY((SecretBytes<32>::fromBytes(asBytes(bytes32))));
    QVERIFY(!(SecretBytes<32>::fromBytes(asBytes(bytes32.first(31)))));
    QVERIFY(!(SecretBytes<32>::fromBytes(asBytes(appended(bytes32, '\0')))));
    QVERIFY(!(SecretBytes<32>::fromBytes({})));

    const auto a = secret<32>(bytes32);
    auto b = a;
    QVERIFY(a == b);
    b.data()[31] ^= 1;
    QVERIFY(!(a == b));
    QCOMPARE(bytesOf(a), bytes32);
    QCOMPARE(bytesOf(SecretBytes<4>()), QByteArray(4, '\0'));

    // Typed values: a changed byte makes a different key.
    const auto key = fixed<Ed25519PublicKey>(bytes32);
    QCOMPARE(key, fixed<Ed25519PublicKey>(bytes32));
    QVERIFY(key != fixed<Ed25519PublicKey>(flipBit(bytes32, 0)));
}

void TestPrimitives::constantTimeEqualCases()
{
    const auto eq = [](const QByteArray &x, const QByteArray &y) {
        return constantTimeEqual(asBytes(x), asBytes(y));
    };
    const QByteArray a = "0123456789abcdef0123456789abcdef";
    QVERIFY(eq(a, a));
    QVERIFY(eq(a, QByteArray(a.constData(), a.size()))); // another buffer, same content
    QVERIFY(eq({}, {}));
    QVERIFY(!eq(a, flipBit(a, 0)));
    QVERIFY(!eq(a, flipBit(a, a.size() - 1, 7)));
    QVERIFY(!eq(a, flipBit(a, 16, 3)));
    QVERIFY(!eq(a, a.chopped(1)));
    QVERIFY(!eq(a.chopped(1), a));
    QVERIFY(!eq(a, {}));
    QVERIFY(!eq({}, a));
    QVERIFY(!eq(QByteArray(1, '\0'), {}));
}

// ---------------------------------------------------------------------------------------------
// Randomness

namespace {
QByteArray draw(RandomSource &random, qsizetype size)
{
    QByteArray out(size, Qt::Uninitialized);
    random.fill({reinterpret_cast<std::uint8_t *>(out.data()), std::size_t(size)});
    return out;
}
} // namespace

void TestPrimitives::deterministicRandomReproducible()
{
    const QByteArray seedA = "seed A";
    const QByteArray seedB = "seed B";

    DeterministicRandom first(asBytes(seedA));
    DeterministicRandom second(asBytes(seedA));
    const QByteArray streamA = draw(first, 1000);
    QCOMPARE(draw(second, 1000), streamA);
    QVERIFY(streamA != QByteArray(1000, '\0'));

    // The stream continues: later draws differ from earlier ones and agree across instances.
    const QByteArray nextA = draw(first, 64);
    QCOMPARE(draw(second, 64), nextA);
    QVERIFY(nextA != streamA.first(64));

    // How the stream is cut into fill() calls does not change it.
    DeterministicRandom chunked(asBytes(seedA));
    QByteArray pieces;
    for (qsizetype size : {1, 7, 32, 63, 64, 65, 768})
        pieces += draw(chunked, size);
    QCOMPARE(pieces.toHex(), streamA.toHex());

    // Another seed, even one bit away, gives another stream.
    DeterministicRandom other(asBytes(seedB));
    QVERIFY(draw(other, 1000) != streamA);
    DeterministicRandom empty(std::span<const std::uint8_t>{});
    QVERIFY(draw(empty, 64) != streamA.first(64));

    // Keys from the same seed are the same keys.
    DeterministicRandom keysA(asBytes(seedA));
    DeterministicRandom keysB(asBytes(seedA));
    QCOMPARE(Ed25519KeyPair::generate(keysA).publicKey(),
             Ed25519KeyPair::generate(keysB).publicKey());
    QCOMPARE(X25519KeyPair::generate(keysA).publicKey(),
             X25519KeyPair::generate(keysB).publicKey());

    // fill() of nothing is harmless.
    DeterministicRandom nothing(asBytes(seedA));
    nothing.fill({});
    QCOMPARE(draw(nothing, 1000), streamA);
}

void TestPrimitives::systemRandomProducesDistinctOutput()
{
    const QByteArray a = draw(systemRandom(), 32);
    const QByteArray b = draw(systemRandom(), 32);
    QVERIFY(a != b);
    QVERIFY(a != QByteArray(32, '\0'));
    QCOMPARE(&systemRandom(), &systemRandom());
}

QTEST_GUILESS_MAIN(TestPrimitives)
#include "tst_primitives.moc"
