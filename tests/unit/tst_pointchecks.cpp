// SPDX-License-Identifier: GPL-3.0-or-later
// Public keys of small order or in a non-canonical encoding are refused: the X25519 list is
// checked through X25519 itself (every listed u gives the all-zero secret under any key),
// the Ed25519 list through the forgery it would allow (R = neutral, S = 0 under the neutral
// key verifies for every message), and keys made the normal way all pass.
#include "crypto/keys.h"
#include "crypto/pointchecks.h"
#include "crypto/random.h"

#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

QByteArray fromHex(const char *hex)
{
    return QByteArray::fromHex(hex);
}

// p = 2^255 - 19 and its neighbours, little-endian.
QByteArray belowP(quint8 lowByte)
{
    QByteArray bytes(32, char(0xff));
    bytes[0] = char(lowByte);
    bytes[31] = char(0x7f);
    return bytes;
}

QByteArray withTopBit(QByteArray bytes)
{
    bytes[31] = char(quint8(bytes[31]) | 0x80);
    return bytes;
}

const QList<QByteArray> &smallOrderMontgomery()
{
    static const QList<QByteArray> values{
        QByteArray(32, '\0'),
        fromHex("0100000000000000000000000000000000000000000000000000000000000000"),
        fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
        belowP(0xec),
    };
    return values;
}

const QList<QByteArray> &smallOrderEdwards()
{
    static const QList<QByteArray> values{
        QByteArray(32, '\0'),
        fromHex("0100000000000000000000000000000000000000000000000000000000000000"),
        fromHex("26e8958fc2b227b045c3f489f2ef98f0d5dfac05d3c63339b13802886d53fc05"),
        fromHex("c7176a703d4dd84fba3c0b760d10670f2a2053fa2c39ccc64ec7fd7792ac037a"),
        belowP(0xec),
    };
    return values;
}

} // namespace

class TestPointChecks : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void listedMontgomeryValuesHaveSmallOrder()
    {
        // X25519 clears the cofactor, so a point of order 1, 2, 4 or 8 gives zero, which
        // agree() reports as WeakKey: the list really is the small-order one.
        const X25519KeyPair ours = X25519KeyPair::generate();
        for (const QByteArray &value : smallOrderMontgomery()) {
            for (const QByteArray &encoding : {value, withTopBit(value)}) {
                const auto key = X25519PublicKey::fromBytes(encoding);
                QVERIFY(key);
                QVERIFY_FAILS(ours.agree(*key), ErrorCode::WeakKey);
                QVERIFY_FAILS(checkX25519PublicKey(*key), ErrorCode::WeakKey);
            }
        }
    }

    void nonCanonicalX25519KeysAreRefused()
    {
        // p itself up to 2^255 - 1 stand for 0 .. 18; every value with the top bit set
        // stands for one without.
        for (int low = 0xed; low <= 0xff; ++low)
            QVERIFY_FAILS(checkX25519PublicKey(*X25519PublicKey::fromBytes(belowP(quint8(low)))),
                          ErrorCode::WeakKey);
        const X25519KeyPair fine = X25519KeyPair::generate();
        const QByteArray flagged = withTopBit(fine.publicKey().toByteArray());
        QVERIFY_FAILS(checkX25519PublicKey(*X25519PublicKey::fromBytes(flagged)),
                      ErrorCode::WeakKey);
        // p - 20, the largest canonical value, is not refused for its encoding.
        QVERIFY_OK(checkX25519PublicKey(*X25519PublicKey::fromBytes(belowP(0xeb))));
    }

    void generatedKeysPass()
    {
        DeterministicRandom random(std::array<std::uint8_t, 1>{42});
        for (int i = 0; i < 200; ++i) {
            QVERIFY_OK(checkX25519PublicKey(X25519KeyPair::generate(random).publicKey()));
            QVERIFY_OK(checkEd25519PublicKey(Ed25519KeyPair::generate(random).publicKey()));
        }
    }

    void smallOrderEd25519KeysAreRefusedEitherSign()
    {
        for (const QByteArray &value : smallOrderEdwards())
            for (const QByteArray &encoding : {value, withTopBit(value)})
                QVERIFY_FAILS(checkEd25519PublicKey(*Ed25519PublicKey::fromBytes(encoding)),
                              ErrorCode::WeakKey);
        for (int low = 0xed; low <= 0xff; ++low)
            QVERIFY_FAILS(checkEd25519PublicKey(*Ed25519PublicKey::fromBytes(belowP(quint8(low)))),
                          ErrorCode::WeakKey);
    }

    void theNeutralKeyForgeryIsRefused()
    {
        // Under the neutral key A, [S]B = R + [k]A holds for R = neutral and S = 0 whatever
        // the message: a "signature" anyone can make. verifyEd25519 must refuse it.
        const auto neutral = Ed25519PublicKey::fromBytes(smallOrderEdwards().at(1));
        QByteArray forged(64, '\0');
        forged[0] = 1; // R = the neutral point's encoding; S = 0
        for (const char *message : {"", "pay mallory", "anything at all"})
            QVERIFY(!verifyEd25519(*neutral, QByteArray(message),
                                   *Ed25519Signature::fromBytes(forged)));
        // A real key still verifies its own signatures.
        const Ed25519KeyPair real = Ed25519KeyPair::generate();
        QVERIFY(verifyEd25519(real.publicKey(), "hello", real.sign("hello")));
    }
};

QTEST_GUILESS_MAIN(TestPointChecks)
#include "tst_pointchecks.moc"
