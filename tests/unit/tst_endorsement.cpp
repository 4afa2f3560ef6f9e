// SPDX-License-Identifier: GPL-3.0-or-later
// The endorsement format (protocol/endorsement.h): what alice signs when she vouches for bob
// decodes to exactly that, is checked under the key it names, and nothing else passes: a
// changed byte, another signer, another context, an address not in normalised form, a
// vouch for oneself, an unknown kind or version.
#include "crypto/random.h"
#include "protocol/endorsement.h"
#include "protocol/signing.h"

#include <QCborArray>
#include <QCborValue>
#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::protocol;

namespace {

struct People
{
    crypto::DeterministicRandom random{crypto::asBytes(QByteArrayLiteral("endorsements"))};
    crypto::Ed25519KeyPair alice = crypto::Ed25519KeyPair::generate(random);
    crypto::Ed25519KeyPair bob = crypto::Ed25519KeyPair::generate(random);
    crypto::Ed25519KeyPair mallory = crypto::Ed25519KeyPair::generate(random);
    CardId aliceCard = cardOf(0xa1);
    CardId bobCard = cardOf(0xb0);

    static CardId cardOf(quint8 fill)
    {
        CardId card;
        std::fill(card.span().begin(), card.span().end(), fill);
        return card;
    }

    [[nodiscard]] EndorsementContent aliceVouchesForBob() const
    {
        return {EndorsementKind::Vouch, aliceCard,  alice.publicKey(), QStringLiteral("bob@example.org"),
                bobCard,                bob.publicKey(), 1'796'601'600'000};
    }
};

//! `endorsement` with its content array changed by `change`, signed again by `signer` under
//! `context`: what someone holding that key could send.
QByteArray resigned(const QByteArray &endorsement, const crypto::Ed25519KeyPair &signer,
                    const std::function<void(QCborArray &)> &change,
                    QByteArrayView context = "Cardinal endorsement v1")
{
    const QCborArray outer = QCborValue::fromCbor(endorsement).toArray();
    QCborArray content = QCborValue::fromCbor(outer.at(0).toByteArray()).toArray();
    change(content);
    const QByteArray bytes = QCborValue(content).toCbor();
    const auto signature = signWithContext(signer, context, {bytes});
    return QCborValue(QCborArray{bytes, signature.toByteArray()}).toCbor();
}

} // namespace

class TestEndorsement : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void aVouchRoundTrips()
    {
        const People p;
        const auto made = Endorsement::create(p.aliceVouchesForBob(), p.alice);
        QVERIFY_OK(made);
        const QByteArray bytes = made->encode();
        const auto decoded = Endorsement::decode(bytes);
        QVERIFY_OK(decoded);
        QCOMPARE(decoded->content(), p.aliceVouchesForBob());
        QCOMPARE(decoded->encode(), bytes);
        EndorsementContent withdrawal = p.aliceVouchesForBob();
        withdrawal.kind = EndorsementKind::Withdrawal;
        withdrawal.issuedAtMs += 1000;
        QCOMPARE(Endorsement::decode(Endorsement::create(withdrawal, p.alice)->encode())->content(),
                 withdrawal);
    }

    void onlyTheNamedKeySigns()
    {
        const People p;
        QVERIFY_FAILS(Endorsement::create(p.aliceVouchesForBob(), p.mallory),
                      ErrorCode::InvalidArgument);
        const QByteArray genuine = Endorsement::create(p.aliceVouchesForBob(), p.alice)->encode();
        // mallory signs alice's words: the key named is alice's.
        QVERIFY_FAILS(Endorsement::decode(resigned(genuine, p.mallory, [](QCborArray &) {})),
                      ErrorCode::BadSignature);
        // alice's signature made for something else (another context) does not count.
        QVERIFY_FAILS(Endorsement::decode(resigned(genuine, p.alice, [](QCborArray &) {},
                                                   "Cardinal device record v1")),
                      ErrorCode::BadSignature);
        // Her signature over another subject's key: the key changed, the words do not carry.
        const QByteArray moved = resigned(genuine, p.mallory, [&](QCborArray &content) {
            content[6] = p.mallory.publicKey().toByteArray();
        });
        QVERIFY_FAILS(Endorsement::decode(moved), ErrorCode::BadSignature);
    }

    void everyChangedByteIsCaught()
    {
        const People p;
        const QByteArray genuine = Endorsement::create(p.aliceVouchesForBob(), p.alice)->encode();
        for (qsizetype i = 0; i < genuine.size(); ++i) {
            QByteArray changed = genuine;
            changed[i] = char(changed[i] ^ 0x01);
            QVERIFY2(!Endorsement::decode(changed), qPrintable(QString::number(i)));
        }
        QVERIFY_FAILS(Endorsement::decode(QByteArray(genuine + '\0')), ErrorCode::MalformedInput);
        QVERIFY(!Endorsement::decode(genuine.left(genuine.size() - 1)));
    }

    void contentRules_data()
    {
        QTest::addColumn<int>("field");
        QTest::addColumn<QCborValue>("value");
        QTest::addColumn<int>("expected");
        const People p;
        QTest::newRow("address not normalised")
            << 4 << QCborValue(QStringLiteral("Bob@Example.org")) << int(ErrorCode::MalformedInput);
        QTest::newRow("not an address") << 4 << QCborValue(QStringLiteral("bob")) << int(ErrorCode::MalformedInput);
        QTest::newRow("own card") << 5 << QCborValue(p.aliceCard.toByteArray()) << int(ErrorCode::MalformedInput);
        QTest::newRow("own key") << 6 << QCborValue(p.alice.publicKey().toByteArray()) << int(ErrorCode::MalformedInput);
        QTest::newRow("unknown kind") << 1 << QCborValue(3) << int(ErrorCode::MalformedInput);
        QTest::newRow("negative time") << 7 << QCborValue(-1) << int(ErrorCode::MalformedInput);
        QTest::newRow("later version") << 0 << QCborValue(2) << int(ErrorCode::UnsupportedVersion);
        QTest::newRow("short key") << 6 << QCborValue(QByteArray(31, 'k')) << int(ErrorCode::MalformedInput);
    }
    void contentRules()
    {
        QFETCH(int, field);
        QFETCH(QCborValue, value);
        QFETCH(int, expected);
        const People p;
        const QByteArray genuine = Endorsement::create(p.aliceVouchesForBob(), p.alice)->encode();
        const QByteArray changed =
            resigned(genuine, p.alice, [&](QCborArray &content) { content[field] = value; });
        QVERIFY_FAILS(Endorsement::decode(changed), ErrorCode(expected));
        // create() holds to the same rules.
        EndorsementContent self = p.aliceVouchesForBob();
        self.subjectKey = p.alice.publicKey();
        QVERIFY_FAILS(Endorsement::create(self, p.alice), ErrorCode::InvalidArgument);
        EndorsementContent shouting = p.aliceVouchesForBob();
        shouting.subjectIdentity = QStringLiteral("BOB@example.org");
        QVERIFY_FAILS(Endorsement::create(shouting, p.alice), ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestEndorsement)
#include "tst_endorsement.moc"
