// SPDX-License-Identifier: GPL-3.0-or-later
// The VRF (core/crypto/vrf.h), ECVRF-EDWARDS25519-SHA512-TAI: the three examples of RFC 9381
// Appendix B.3 (key, try-and-increment counter and H, the exact proof, beta), the refusals
// (every altered bit of a proof, another key or alpha, s ≥ q, keys of small order or in a
// non-canonical encoding), random round trips, and the edwards25519 arithmetic beneath for
// points outside the prime-order subgroup, which libsodium does not multiply itself.
#include "../common/testdata.h"

#include "common/error.h"
#include "crypto/edwards25519.h"
#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/vrf.h"

#include <QTest>

#include <array>
#include <cstdint>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::crypto;
using namespace cardinal::testdata;

namespace {

// q, little-endian, and q + 1.
QByteArray groupOrder(int plus)
{
    QByteArray bytes = asView(edwards25519::GroupOrder).toByteArray();
    bytes[0] = char(quint8(bytes[0]) + plus); // 0xed + 1: no carry
    return bytes;
}

// 2^255 - 19 + offset with the top bit as given (offset ≤ 18): non-canonical encodings.
QByteArray atLeastP(int offset, bool signBit)
{
    QByteArray bytes(32, char(0xff));
    bytes[0] = char(0xed + offset);
    bytes[31] = char(signBit ? 0xff : 0x7f);
    return bytes;
}

// The edwards25519 points of small order, as pointchecks.cpp lists them: y = 0, 1, the two
// of order 8, and -1.
const QList<QByteArray> &smallOrderPoints()
{
    static const QList<QByteArray> values{
        QByteArray(32, '\0'),
        hexLiteral(u"0100000000000000000000000000000000000000000000000000000000000000"),
        hexLiteral(u"26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        hexLiteral(u"c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        hexLiteral(u"ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f"),
    };
    return values;
}

QByteArray withSignBit(QByteArray bytes)
{
    bytes[31] = char(quint8(bytes[31]) | 0x80);
    return bytes;
}

edwards25519::Point point(const QByteArray &bytes)
{
    edwards25519::Point p{};
    std::copy_n(reinterpret_cast<const std::uint8_t *>(bytes.constData()), p.size(), p.begin());
    return p;
}

QByteArray bytesOf(const edwards25519::Point &p)
{
    return asView(p).toByteArray();
}

// p + (0, -1) = (-x, -y): a point of order 2 added by hand, to make points outside the
// prime-order subgroup without the arithmetic under test. The encoding is p - y with the
// sign bit flipped (x is never 0 for the points used here).
QByteArray plusOrderTwo(const QByteArray &encoding)
{
    const QByteArray p =
        hexLiteral(u"edffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f");
    QByteArray out(32, '\0');
    int borrow = 0;
    for (int i = 0; i < 32; ++i) {
        const int yByte = quint8(encoding[i]) & (i == 31 ? 0x7f : 0xff);
        int difference = int(quint8(p[i])) - yByte - borrow;
        borrow = difference < 0 ? 1 : 0;
        out[i] = char(difference + 256 * borrow);
    }
    out[31] = char(quint8(out[31]) | ((quint8(encoding[31]) & 0x80) ^ 0x80));
    return out;
}

VrfProof proofOf(const QByteArray &bytes)
{
    return fixed<VrfProof>(bytes);
}

} // namespace

class TestVrf : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void rfc9381_data();
    void rfc9381();
    void everyBitFlipIsRefused();
    void anotherKeyOrAlphaIsRefused();
    void sNotBelowQIsMalformed();
    void gammaMustDecode();
    void smallOrderKeysAreRefused();
    void nonCanonicalKeysAreRefused();
    void keysOffTheCurveAreRefused();
    void randomRoundTrips();
    void keyFromItsSecret();
    void mixedOrderPoints();
};

// ---------------------------------------------------------------------------------------------
// RFC 9381 Appendix B.3, Examples 16 to 18. SK and PK are those of RFC 8032 §7.1 TESTs 1-3.

void TestVrf::rfc9381_data()
{
    QTest::addColumn<QByteArray>("sk");
    QTest::addColumn<QByteArray>("pk");
    QTest::addColumn<QByteArray>("alpha");
    QTest::addColumn<int>("ctr");
    QTest::addColumn<QByteArray>("h");
    QTest::addColumn<QByteArray>("pi");
    QTest::addColumn<QByteArray>("beta");

    QTest::newRow("Example 16")
        << hexLiteral(u"9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60")
        << hexLiteral(u"d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a")
        << QByteArray() << 0
        << hexLiteral(u"91bbed02a99461df1ad4c6564a5f5d829d0b90cfc7903e7a5797bd658abf3318")
        << hexLiteral(u"8657106690b5526245a92b003bb079ccd1a92130477671f6fc01ad16f26f723f"
                      u"26f8a57ccaed74ee1b190bed1f479d9727d2d0f9b005a6e456a35d4fb0daab12"
                      u"68a1b0db10836d9826a528ca76567805")
        << hexLiteral(u"90cf1df3b703cce59e2a35b925d411164068269d7b2d29f3301c03dd757876ff"
                      u"66b71dda49d2de59d03450451af026798e8f81cd2e333de5cdf4f3e140fdd8ae");
    QTest::newRow("Example 17")
        << hexLiteral(u"4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb")
        << hexLiteral(u"3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c")
        << hexLiteral(u"72") << 1
        << hexLiteral(u"5b659fc3d4e9263fd9a4ed1d022d75eaacc20df5e09f9ea937502396598dc551")
        << hexLiteral(u"f3141cd382dc42909d19ec5110469e4feae18300e94f304590abdced48aed593"
                      u"3bf0864a62558b3ed7f2fea45c92a465301b3bbf5e3e54ddf2d935be3b67926d"
                      u"a3ef39226bbc355bdc9850112c8f4b02")
        << hexLiteral(u"eb4440665d3891d668e7e0fcaf587f1b4bd7fbfe99d0eb2211ccec90496310eb"
                      u"5e33821bc613efb94db5e5b54c70a848a0bef4553a41befc57663b56373a5031");
    QTest::newRow("Example 18")
        << hexLiteral(u"c5aa8df43f9f837bedb7442f31dcb7b166d38535076f094b85ce3a2e0b4458f7")
        << hexLiteral(u"fc51cd8e6218a1a38da47ed00230f0580816ed13ba3303ac5deb911548908025")
        << hexLiteral(u"af82") << 0
        << hexLiteral(u"bf4339376f5542811de615e3313d2b36f6f53c0acfebb482159711201192576a")
        << hexLiteral(u"9bc0f79119cc5604bf02d23b4caede71393cedfbb191434dd016d30177ccbf80"
                      u"96bb474e53895c362d8628ee9f9ea3c0e52c7a5c691b6c18c9979866568add7a"
                      u"2d41b00b05081ed0f58ee5e31b3a970e")
        << hexLiteral(u"645427e5d00c62a23fb703732fa5d892940935942101e456ecca7bb217c61c45"
                      u"2118fec1219202a0edcf038bb6373241578be7217ba85a2687f7a0310b2df19f");
}

void TestVrf::rfc9381()
{
    QFETCH(QByteArray, sk);
    QFETCH(QByteArray, pk);
    QFETCH(QByteArray, alpha);
    QFETCH(int, ctr);
    QFETCH(QByteArray, h);
    QFETCH(QByteArray, pi);
    QFETCH(QByteArray, beta);

    const Result<VrfKeyPair> pair = VrfKeyPair::fromSecret(secret<32>(sk));
    QVERIFY_OK(pair);
    QCOMPARE(pair->publicKey().toByteArray(), pk);

    const Result<VrfEncodedPoint> encoded = vrfEncodeToCurve(pair->publicKey(), alpha);
    QVERIFY_OK(encoded);
    QCOMPARE(encoded->counter, ctr);
    QCOMPARE(encoded->point.toByteArray(), h);

    const Result<VrfProof> proof = pair->prove(alpha);
    QVERIFY_OK(proof);
    QCOMPARE(proof->toByteArray(), pi);

    const Result<VrfOutput> hashed = vrfProofToHash(proofOf(pi));
    QVERIFY_OK(hashed);
    QCOMPARE(hashed->toByteArray(), beta);

    const Result<VrfOutput> verified = vrfVerify(fixed<VrfPublicKey>(pk), alpha, proofOf(pi));
    QVERIFY_OK(verified);
    QCOMPARE(verified->toByteArray(), beta);
}

// ---------------------------------------------------------------------------------------------
// Refusals

void TestVrf::everyBitFlipIsRefused()
{
    const VrfKeyPair pair = VrfKeyPair::generate();
    const QByteArray alpha("alice@example.org");
    const QByteArray pi = pair.prove(alpha)->toByteArray();
    QVERIFY_OK(vrfVerify(pair.publicKey(), alpha, proofOf(pi)));
    for (qsizetype index = 0; index < pi.size(); ++index) {
        for (int bit = 0; bit < 8; ++bit) {
            const Result<VrfOutput> result =
                vrfVerify(pair.publicKey(), alpha, proofOf(flipBit(pi, index, bit)));
            QVERIFY2(!result, qPrintable(QStringLiteral("byte %1 bit %2").arg(index).arg(bit)));
            // Gamma may stop being a point and s may reach q: then it does not decode.
            QVERIFY2(result.error().code == ErrorCode::BadSignature ||
                         result.error().code == ErrorCode::MalformedInput,
                     qPrintable(outcome(result)));
        }
    }
}

void TestVrf::anotherKeyOrAlphaIsRefused()
{
    DeterministicRandom random(std::array<std::uint8_t, 1>{7});
    const VrfKeyPair pair = VrfKeyPair::generate(random);
    const VrfKeyPair other = VrfKeyPair::generate(random);
    const VrfProof proof = *pair.prove("bob@example.org");
    QVERIFY_FAILS(vrfVerify(other.publicKey(), "bob@example.org", proof), ErrorCode::BadSignature);
    QVERIFY_FAILS(vrfVerify(pair.publicKey(), "bob@example.com", proof), ErrorCode::BadSignature);
    QVERIFY_FAILS(vrfVerify(pair.publicKey(), "", proof), ErrorCode::BadSignature);
    // The other key's proof for the same alpha gives another beta.
    QVERIFY(*vrfProofToHash(*other.prove("bob@example.org")) != *vrfProofToHash(proof));
}

void TestVrf::sNotBelowQIsMalformed()
{
    const VrfKeyPair pair = VrfKeyPair::generate();
    const QByteArray pi = pair.prove("carol@example.org")->toByteArray();
    for (const QByteArray &s : {groupOrder(0), groupOrder(1), QByteArray(32, char(0xff))}) {
        const VrfProof altered = proofOf(pi.left(48) + s);
        QVERIFY_FAILS(vrfVerify(pair.publicKey(), "carol@example.org", altered),
                      ErrorCode::MalformedInput);
        QVERIFY_FAILS(vrfProofToHash(altered), ErrorCode::MalformedInput);
    }
}

void TestVrf::gammaMustDecode()
{
    const VrfKeyPair pair = VrfKeyPair::generate();
    const QByteArray pi = pair.prove("dave@example.org")->toByteArray();
    // Non-canonical encodings of a Gamma, then a Gamma of small order, which decodes (the RFC
    // asks nothing more of Gamma) but cannot verify.
    for (const QByteArray &gamma :
         {atLeastP(0, false), atLeastP(1, true), withSignBit(smallOrderPoints().at(1))}) {
        const VrfProof altered = proofOf(gamma + pi.mid(32));
        QVERIFY_FAILS(vrfProofToHash(altered), ErrorCode::MalformedInput);
        QVERIFY_FAILS(vrfVerify(pair.publicKey(), "dave@example.org", altered),
                      ErrorCode::MalformedInput);
    }
    for (const QByteArray &gamma : smallOrderPoints()) {
        const VrfProof altered = proofOf(gamma + pi.mid(32));
        QVERIFY_OK(vrfProofToHash(altered));
        QVERIFY_FAILS(vrfVerify(pair.publicKey(), "dave@example.org", altered),
                      ErrorCode::BadSignature);
    }
}

void TestVrf::smallOrderKeysAreRefused()
{
    // RFC 9381 §5.4.5: under a key Y with 8Y neutral, proofs say nothing.
    const VrfKeyPair pair = VrfKeyPair::generate();
    const VrfProof proof = *pair.prove("erin@example.org");
    for (const QByteArray &value : smallOrderPoints())
        for (const QByteArray &key : {value, withSignBit(value)})
            QVERIFY_FAILS(vrfVerify(fixed<VrfPublicKey>(key), "erin@example.org", proof),
                          ErrorCode::WeakKey);
}

void TestVrf::nonCanonicalKeysAreRefused()
{
    // y from p to 2^255 - 1 stands for y - p (0 to 18); RFC 8032 decoding refuses them all.
    const VrfKeyPair pair = VrfKeyPair::generate();
    const VrfProof proof = *pair.prove("frank@example.org");
    for (int offset = 0; offset <= 18; ++offset)
        for (bool sign : {false, true})
            QVERIFY_FAILS(
                vrfVerify(fixed<VrfPublicKey>(atLeastP(offset, sign)), "frank@example.org", proof),
                ErrorCode::WeakKey);
}

void TestVrf::keysOffTheCurveAreRefused()
{
    // About half of all y have no x. y = 2 is one of them: (y^2 - 1)/(dy^2 + 1) is not a square.
    const VrfKeyPair pair = VrfKeyPair::generate();
    const VrfProof proof = *pair.prove("grace@example.org");
    QByteArray key(32, '\0');
    key[0] = 2;
    QCOMPARE(edwards25519::decode(point(key)), edwards25519::Decoding::NotOnCurve);
    QVERIFY_FAILS(vrfVerify(fixed<VrfPublicKey>(key), "grace@example.org", proof),
                  ErrorCode::MalformedInput);
}

// ---------------------------------------------------------------------------------------------
// Round trips and keys

void TestVrf::randomRoundTrips()
{
    DeterministicRandom random(std::array<std::uint8_t, 1>{42});
    for (int keyIndex = 0; keyIndex < 2; ++keyIndex) {
        const VrfKeyPair pair = VrfKeyPair::generate(random);
        for (int i = 0; i < 50; ++i) {
            std::array<std::uint8_t, 1> length{};
            random.fill(length);
            QByteArray alpha(length[0] % 80, '\0');
            random.fill(std::span(reinterpret_cast<std::uint8_t *>(alpha.data()),
                                  std::size_t(alpha.size())));
            const Result<VrfProof> proof = pair.prove(alpha);
            QVERIFY_OK(proof);
            QCOMPARE(pair.prove(alpha)->toByteArray(), proof->toByteArray()); // deterministic
            const Result<VrfOutput> beta = vrfVerify(pair.publicKey(), alpha, *proof);
            QVERIFY_OK(beta);
            QCOMPARE(*beta, *vrfProofToHash(*proof));
        }
    }
}

void TestVrf::keyFromItsSecret()
{
    const VrfKeyPair pair = VrfKeyPair::generate();
    const Result<VrfKeyPair> restored = VrfKeyPair::fromSecret(pair.secret());
    QVERIFY_OK(restored);
    QCOMPARE(restored->publicKey(), pair.publicKey());
    QCOMPARE(restored->prove("heidi@example.org")->toByteArray(),
             pair.prove("heidi@example.org")->toByteArray());
    // The public key is the RFC 8032 one of the same secret (computed here by Crypto++).
    QCOMPARE(Ed25519KeyPair::fromSeed(pair.secret()).publicKey().toByteArray(),
             pair.publicKey().toByteArray());
}

void TestVrf::mixedOrderPoints()
{
    // A key or Gamma may have a component of small order: RFC 9381 refuses neither (only
    // 8Y neutral), and libsodium does not multiply such points, so edwards25519::mulAny
    // splits them. Checked against repeated addition, then through the VRF.
    using namespace edwards25519;
    const VrfKeyPair pair = VrfKeyPair::generate();
    const Point y = point(pair.publicKey().toByteArray());
    const Point mixed = point(plusOrderTwo(pair.publicKey().toByteArray()));
    QCOMPARE(decode(mixed), Decoding::Valid);
    QCOMPARE(bytesOf(*timesCofactor(mixed)), bytesOf(*timesCofactor(y)));
    const Point orderTwo = point(smallOrderPoints().at(4));
    QCOMPARE(bytesOf(*add(y, orderTwo)), bytesOf(mixed));

    const Point orderEight = point(withSignBit(smallOrderPoints().at(2)));
    const QList<Point> points{mixed, *add(y, orderEight), orderEight, y,
                              point(smallOrderPoints().at(0))};
    for (const Point &p : points) {
        std::optional<Point> sum = Identity;
        for (unsigned n = 0; n < 20; ++n) {
            Scalar scalar{};
            scalar[0] = std::uint8_t(n);
            const std::optional<Point> product = mulAny(scalar, p);
            QVERIFY(product && sum);
            QCOMPARE(bytesOf(*product), bytesOf(*sum));
            sum = add(*sum, p);
        }
    }
    // A large n: n(Y + T) = nY + (n mod 2)T for T of order 2.
    DeterministicRandom random(std::array<std::uint8_t, 1>{3});
    for (int i = 0; i < 16; ++i) {
        Scalar n{};
        random.fill(std::span(n).first(16));
        const Point torsionPart = (n[0] & 1) != 0 ? orderTwo : Identity;
        QCOMPARE(bytesOf(*mulAny(n, mixed)), bytesOf(*add(*mulAny(n, y), torsionPart)));
    }

    // Under the mixed key (valid by RFC 9381) a proof under Y does not verify; and a Gamma
    // moved by a point of order 2 keeps beta (proof_to_hash clears the cofactor).
    const QByteArray pi = pair.prove("ivan@example.org")->toByteArray();
    QVERIFY_FAILS(vrfVerify(VrfPublicKey(mixed), "ivan@example.org", proofOf(pi)),
                  ErrorCode::BadSignature);
    const VrfProof moved = proofOf(plusOrderTwo(pi.left(32)) + pi.mid(32));
    QCOMPARE(*vrfProofToHash(moved), *vrfProofToHash(proofOf(pi)));
    QVERIFY_FAILS(vrfVerify(pair.publicKey(), "ivan@example.org", moved), ErrorCode::BadSignature);
}

QTEST_GUILESS_MAIN(TestVrf)
#include "tst_vrf.moc"
