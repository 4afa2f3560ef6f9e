// SPDX-License-Identifier: GPL-3.0-or-later
// Safety numbers: symmetry, format, sensitivity to every input, and a known answer that is
// checked against an independent reimplementation of the documented construction.
#include "crypto/safetynumber.h"

#include <QCryptographicHash>
#include <QRegularExpression>
#include <QTest>

#include <optional>

using namespace cardinal::crypto;

namespace {

Ed25519PublicKey keyFromSeed(const char *seedHex)
{
    const QByteArray seed = QByteArray::fromHex(seedHex);
    auto secret = SecretBytes<Ed25519SeedSize>::fromBytes(asBytes(seed));
    Q_ASSERT(secret);
    return Ed25519KeyPair::fromSeed(*secret).publicKey();
}

// RFC 8032 §7.1, TEST 1 and TEST 2: the public keys are pinned by the RFC too.
const char SeedA[] = "9d61b19deffd5a60ba844af492ec2cc44449c5697b326919703bac031cae7f60";
const char PublicA[] = "d75a980182b10ab7d54bfed3c964073a0ee172f3daa62325af021a68f707511a";
const char SeedB[] = "4ccd089b28ff96da9db6c346ec114e0f5b8a319f35aba624da8cf6ed4fb8a6fb";
const char PublicB[] = "3d4017c3e843895a92b70aa74d1b7ebc9c982ccf2ec4968cc0cd55f12af4660c";

// Computed once with Python's hashlib from the construction in safetynumber.h.
const char ExpectedDigits[] = "293624501675743434506939623728"
                              "774690152850030733727825194221";
const char ExpectedQr[] = "00925a3ddeb2a4ab834b7838c543125f88b540513a0e189b3e74d7ba1541102e8f"
                          "80bc9ad49debe0e1afb89fc719b20e3dd7d6a4bc6232f6024becc4f8620dcd17";

//! h_5200 for one party, rebuilt with QCryptographicHash and nothing from the library.
QByteArray referenceFingerprint(const SafetyParty &party)
{
    const QByteArray key = party.identityKey.toByteArray();
    const QByteArray first = QByteArray(2, '\0') + key + party.identity.toUtf8();
    QByteArray h = QCryptographicHash::hash(first, QCryptographicHash::Sha512);
    for (int i = 0; i < 5200; ++i)
        h = QCryptographicHash::hash(QByteArray(h + key), QCryptographicHash::Sha512);
    return h;
}

QString referenceDigits(const QByteArray &fingerprint)
{
    QString out;
    for (int chunk = 0; chunk < 6; ++chunk) {
        quint64 value = 0;
        for (int i = 0; i < 5; ++i)
            value = value * 256 + quint8(fingerprint[chunk * 5 + i]);
        out += QString::number(value % 100000).rightJustified(5, u'0');
    }
    return out;
}

} // namespace

class TestSafetyNumber : public QObject
{
    Q_OBJECT

private:
    SafetyParty m_alice;
    SafetyParty m_bob;
    std::optional<SafetyNumber> m_number;

private Q_SLOTS:
    void initTestCase()
    {
        m_alice = {keyFromSeed(SeedA), QStringLiteral("alice@example.org")};
        m_bob = {keyFromSeed(SeedB), QStringLiteral("bob@example.net")};
        QCOMPARE(m_alice.identityKey.toByteArray().toHex(), QByteArray(PublicA));
        QCOMPARE(m_bob.identityKey.toByteArray().toHex(), QByteArray(PublicB));
        m_number = SafetyNumber::compute(m_alice, m_bob);
    }

    void knownAnswer()
    {
        QCOMPARE(m_number->digits(), QString::fromLatin1(ExpectedDigits));
        QCOMPARE(m_number->qrPayload().toHex(), QByteArray(ExpectedQr));
    }

    void matchesIndependentReimplementation()
    {
        const QByteArray fa = referenceFingerprint(m_alice);
        const QByteArray fb = referenceFingerprint(m_bob);
        const QString da = referenceDigits(fa), db = referenceDigits(fb);
        const bool aliceFirst = da < db;
        QCOMPARE(m_number->digits(), aliceFirst ? da + db : db + da);
        const QByteArray qr = QByteArray(1, '\0') + (aliceFirst ? fa : fb).left(32)
                            + (aliceFirst ? fb : fa).left(32);
        QCOMPARE(m_number->qrPayload(), qr);
    }

    void symmetric()
    {
        const SafetyNumber reversed = SafetyNumber::compute(m_bob, m_alice);
        QVERIFY(reversed == *m_number);
        QCOMPARE(reversed.digits(), m_number->digits());
        QCOMPARE(reversed.qrPayload(), m_number->qrPayload());
        QVERIFY(reversed.matchesQrPayload(m_number->qrPayload()));
    }

    void format()
    {
        const QString digits = m_number->digits();
        QCOMPARE(digits.size(), SafetyNumberDigitCount);
        QVERIFY(QRegularExpression(QStringLiteral("^[0-9]{60}$")).match(digits).hasMatch());
        const QStringList groups = m_number->groups();
        QCOMPARE(groups.size(), SafetyNumberGroupCount);
        for (const QString &group : groups)
            QCOMPARE(group.size(), SafetyNumberGroupSize);
        QCOMPARE(groups.join(QString()), digits);
        QCOMPARE(m_number->displayText(), groups.join(u' '));
        QCOMPARE(m_number->displayText(),
                 QStringLiteral("29362 45016 75743 43450 69396 23728 "
                                "77469 01528 50030 73372 78251 94221"));
        QCOMPARE(m_number->qrPayload().size(), SafetyNumberQrPayloadSize);
    }

    void changesWithEveryInput()
    {
        const SafetyParty carolKey{keyFromSeed("00112233445566778899aabbccddeeff"
                                               "00112233445566778899aabbccddeeff"),
                                   m_bob.identity};
        const SafetyParty bobOtherAddress{m_bob.identityKey, QStringLiteral("bob@example.com")};
        const SafetyParty aliceOtherAddress{m_alice.identityKey,
                                            QStringLiteral("alice@example.org ")};
        const SafetyNumber variants[] = {SafetyNumber::compute(m_alice, carolKey),
                                         SafetyNumber::compute(m_alice, bobOtherAddress),
                                         SafetyNumber::compute(aliceOtherAddress, m_bob)};
        for (const SafetyNumber &other : variants) {
            QVERIFY(other != *m_number);
            QVERIFY(other.digits() != m_number->digits());
            QVERIFY(!other.matchesQrPayload(m_number->qrPayload()));
            QVERIFY(!m_number->matchesQrPayload(other.qrPayload()));
        }
        // The unchanged party keeps its 30 digits: only one half moves.
        const QString changed = variants[0].digits();
        const QString aliceHalf = referenceDigits(referenceFingerprint(m_alice));
        QVERIFY(changed.startsWith(aliceHalf) || changed.endsWith(aliceHalf));
    }

    void qrPayloadMatching()
    {
        const QByteArray payload = m_number->qrPayload();
        QVERIFY(m_number->matchesQrPayload(payload));
        QVERIFY(!m_number->matchesQrPayload(QByteArray()));
        QVERIFY(!m_number->matchesQrPayload(payload.chopped(1)));
        QVERIFY(!m_number->matchesQrPayload(QByteArray(payload + '\0')));
        for (qsizetype i : {qsizetype(0), qsizetype(1), payload.size() - 1}) {
            QByteArray altered = payload;
            altered[i] = char(altered[i] ^ 0x01);
            QVERIFY(!m_number->matchesQrPayload(altered));
        }
        // The digits scanned as text are not a payload.
        QVERIFY(!m_number->matchesQrPayload(m_number->digits().toLatin1()));
    }

    void samePartyTwice()
    {
        const SafetyNumber self = SafetyNumber::compute(m_alice, m_alice);
        QCOMPARE(self.digits().left(30), self.digits().mid(30));
        QCOMPARE(self.qrPayload().mid(1, 32), self.qrPayload().mid(33));
    }
};

QTEST_GUILESS_MAIN(TestSafetyNumber)
#include "tst_safetynumber.moc"
