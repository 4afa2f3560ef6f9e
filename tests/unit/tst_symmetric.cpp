// SPDX-License-Identifier: GPL-3.0-or-later
// Known-answer tests for the symmetric crypto wrappers in core/crypto, with vectors
// transcribed from the specifications: FIPS 180-4 examples (SHA-2), RFC 5869 Appendix A
// (HKDF-SHA256), the GCM specification's test cases (McGrew and Viega) and RFC 8439 §2.8.2
// (ChaCha20-Poly1305). Plus the rejection paths: tampered AEAD inputs, bad sizes, HKDF limits.
// Shared helpers (hexLiteral, flipBit, outcome, ...) come from ../common/testdata.h.

#include "../common/testdata.h"

#include "common/error.h"
#include "crypto/aead.h"
#include "crypto/digest.h"
#include "crypto/hkdf.h"
#include "crypto/random.h"
#include "crypto/secure.h"

#include <QTest>

#include <initializer_list>
#include <optional>

using namespace Qt::StringLiterals;
using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::testdata;

namespace {

//! The bytes from..to inclusive, as RFC 5869 test case 2 writes its inputs.
QByteArray byteRange(int from, int to)
{
    QByteArray out;
    for (int b = from; b <= to; ++b)
        out.append(static_cast<char>(b));
    return out;
}

} // namespace

class TestSymmetric : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    // SHA-2
    void sha2KnownAnswers();
    void sha256Parts();

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
};

// ---------------------------------------------------------------------------------------------
// SHA-2 (FIPS 180-4 examples; the "abc" and two-block messages of the NIST examples)

void TestSymmetric::sha2KnownAnswers()
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

void TestSymmetric::sha256Parts()
{
    const QByteArray message = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";
    QCOMPARE(sha256({QByteArrayView(message).first(3), QByteArrayView(message).sliced(3)}),
             sha256(message));
    QCOMPARE(sha256({"a", "", "bc"}), sha256("abc"));
    QCOMPARE(sha256(std::initializer_list<QByteArrayView>{}), sha256(""));
}

// ---------------------------------------------------------------------------------------------
// HKDF-SHA256: RFC 5869 Appendix A

void TestSymmetric::hkdfRfc5869_data()
{
    QTest::addColumn<QByteArray>("ikm");
    QTest::addColumn<QByteArray>("salt");
    QTest::addColumn<QByteArray>("info");
    QTest::addColumn<int>("length");
    QTest::addColumn<QByteArray>("prk");
    QTest::addColumn<QByteArray>("okm");

    QTest::newRow("A.1 basic")
        << repeated('\x0b', 22) << byteRange(0x00, 0x0c) << byteRange(0xf0, 0xf9) << 42
        << hexLiteral(u"077709362c2e32df0ddc3f0dc47bba6390b6c73bb50f9c3122ec844ad7c2b3e5")
        << hexLiteral(u"3cb25f25faacd57a90434f64d0362f2a2d2d0a90cf1a5a4c5db02d56ecc4c5bf"
                      u"34007208d5b887185865");
    QTest::newRow("A.2 longer inputs")
        << byteRange(0x00, 0x4f) << byteRange(0x60, 0xaf) << byteRange(0xb0, 0xff) << 82
        << hexLiteral(u"06a6b88c5853361a06104c9ceb35b45cef760014904671014a193f40c15fc244")
        << hexLiteral(u"b11e398dc80327a1c8e7f78c596a49344f012eda2d4efad8a050cc4c19afa97c"
                      u"59045a99cac7827271cb41c65e590e09da3275600c2f09b8367793a9aca3db71"
                      u"cc30c58179ec3e87c14c01d5c1f3434f1d87");
    QTest::newRow("A.3 empty salt and info")
        << repeated('\x0b', 22) << QByteArray() << QByteArray() << 42
        << hexLiteral(u"19ef24a32c717b167f33a91d6f648bdf96596776afdb6377ac434c1c293ccb04")
        << hexLiteral(u"8da4e775a563c18f715f802a063c5a31b8a11f5c5ee1879ec3454e5f3c738d2d"
                      u"9d201395faa4b61a96c8");
}

void TestSymmetric::hkdfRfc5869()
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

void TestSymmetric::hkdfLimits()
{
    const auto prk = hkdfSha256Extract({}, asBytes("input keying material"));
    const auto maximal = hkdfSha256Expand(prk.span(), {}, HkdfSha256MaxOutput);
    QCOMPARE(outcome(maximal), u"ok"_s);
    QCOMPARE(maximal->size(), std::size_t(255 * 32));
    QCOMPARE(HkdfSha256MaxOutput, std::size_t(8160));

    QCOMPARE(outcome(hkdfSha256Expand(prk.span(), {}, HkdfSha256MaxOutput + 1)),
             errorName(ErrorCode::InvalidArgument));
    QCOMPARE(outcome(hkdfSha256Expand(prk.span(), {}, std::size_t(1) << 40)),
             errorName(ErrorCode::InvalidArgument));

    // A PRK shorter than HashLen is refused; a longer one is an ordinary HMAC key.
    const QByteArray shortPrk(31, '\x01');
    QCOMPARE(outcome(hkdfSha256Expand(asBytes(shortPrk), {}, 32)),
             errorName(ErrorCode::InvalidArgument));
    const QByteArray longPrk(64, '\x01');
    QCOMPARE(outcome(hkdfSha256Expand(asBytes(longPrk), {}, 32)), u"ok"_s);

    const auto empty = hkdfSha256Expand(prk.span(), {}, 0);
    QCOMPARE(outcome(empty), u"ok"_s);
    QVERIFY(empty->isEmpty());
}

void TestSymmetric::hkdfEmptySaltIsZeroSalt()
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

void TestSymmetric::aeadIds()
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

void TestSymmetric::aeadKnownAnswers_data()
{
    QTest::addColumn<AeadId>("aead");
    QTest::addColumn<QByteArray>("key");
    QTest::addColumn<QByteArray>("nonce");
    QTest::addColumn<QByteArray>("aad");
    QTest::addColumn<QByteArray>("plaintext");
    QTest::addColumn<QByteArray>("sealed"); // ciphertext || tag

    // The GCM specification (McGrew and Viega), test cases 3, 4, 13, 14, 15 and 16.
    const QByteArray gcmKey = hexLiteral(u"feffe9928665731c6d6a8f9467308308");
    const QByteArray gcmNonce = hexLiteral(u"cafebabefacedbaddecaf888");
    const QByteArray gcmPlaintext =
        hexLiteral(u"d9313225f88406e5a55909c5aff5269a86a7a9531534f7da2e4c303d8a318a72"
                   u"1c3c0c95956809532fcf0e2449a6b525b16aedf5aa0de657ba637b391aafd255");
    const QByteArray gcmAad = hexLiteral(u"feedfacedeadbeeffeedfacedeadbeefabaddad2");

    QTest::newRow("GCM test case 3 (AES-128)")
        << AeadId::Aes128Gcm << gcmKey << gcmNonce << QByteArray() << gcmPlaintext
        << hexLiteral(u"42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                      u"21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091473f5985"
                      u"4d5c2af327cd64a62cf35abd2ba6fab4");
    QTest::newRow("GCM test case 4 (AES-128, AAD)")
        << AeadId::Aes128Gcm << gcmKey << gcmNonce << gcmAad << gcmPlaintext.first(60)
        << hexLiteral(u"42831ec2217774244b7221b784d0d49ce3aa212f2c02a4e035c17e2329aca12e"
                      u"21d514b25466931c7d8f6a5aac84aa051ba30b396a0aac973d58e091"
                      u"5bc94fbc3221a5db94fae95ae7121a47");
    QTest::newRow("GCM test case 13 (AES-256, empty)")
        << AeadId::Aes256Gcm << repeated('\0', 32) << repeated('\0', 12) << QByteArray()
        << QByteArray() << hexLiteral(u"530f8afbc74536b9a963b4f1c4cb738b");
    QTest::newRow("GCM test case 14 (AES-256)")
        << AeadId::Aes256Gcm << repeated('\0', 32) << repeated('\0', 12) << QByteArray()
        << repeated('\0', 16)
        << hexLiteral(u"cea7403d4d606b6e074ec5d3baf39d18d0d1c8a799996bf0265b98b5d48ab919");
    QTest::newRow("GCM test case 15 (AES-256)")
        << AeadId::Aes256Gcm << QByteArray(gcmKey + gcmKey) << gcmNonce << QByteArray()
        << gcmPlaintext
        << hexLiteral(u"522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                      u"8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662898015ad"
                      u"b094dac5d93471bdec1a502270e3cc6c");
    QTest::newRow("GCM test case 16 (AES-256, AAD)")
        << AeadId::Aes256Gcm << QByteArray(gcmKey + gcmKey) << gcmNonce << gcmAad
        << gcmPlaintext.first(60)
        << hexLiteral(u"522dc1f099567d07f47f37a32a84427d643a8cdcbfe5c0c97598a2bd2555d1aa"
                      u"8cb08e48590dbb3da7b08b1056828838c5f61e6393ba7a0abcc9f662"
                      u"76fc6ece0f4e1768cddf8853bb2d551b");

    // RFC 8439 §2.8.2.
    QTest::newRow("RFC 8439 2.8.2 (ChaCha20-Poly1305)")
        << AeadId::ChaCha20Poly1305 << byteRange(0x80, 0x9f)
        << hexLiteral(u"070000004041424344454647") << hexLiteral(u"50515253c0c1c2c3c4c5c6c7")
        << QByteArray("Ladies and Gentlemen of the class of '99: If I could offer you only one "
                      "tip for the future, sunscreen would be it.")
        << hexLiteral(u"d31a8d34648e60db7b86afbc53ef7ec2a4aded51296e08fea9e2b5a736ee62d6"
                      u"3dbea45e8ca9671282fafb69da92728b1a71de0a9e060b2905d6a5b67ecd3b36"
                      u"92ddbd7f2d778b8c9803aee328091b58fab324e4fad675945585808b4831d7bc"
                      u"3ff4def08e4b7a9de576d26586cec64b6116"
                      u"1ae10b594f09e26a7e902ecbd0600691");
}

void TestSymmetric::aeadKnownAnswers()
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

void TestSymmetric::aeadRejectsTampering_data()
{
    QTest::addColumn<AeadId>("aead");
    QTest::newRow("AES-128-GCM") << AeadId::Aes128Gcm;
    QTest::newRow("AES-256-GCM") << AeadId::Aes256Gcm;
    QTest::newRow("ChaCha20-Poly1305") << AeadId::ChaCha20Poly1305;
}

void TestSymmetric::aeadRejectsTampering()
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
    const QString failed = errorName(ErrorCode::DecryptionFailed);
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

void TestSymmetric::aeadRejectsBadSizes_data()
{
    aeadRejectsTampering_data();
}

void TestSymmetric::aeadRejectsBadSizes()
{
    QFETCH(AeadId, aead);
    const QString invalid = errorName(ErrorCode::InvalidArgument);
    const QString failed = errorName(ErrorCode::DecryptionFailed);
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

QTEST_GUILESS_MAIN(TestSymmetric)
#include "tst_symmetric.moc"
