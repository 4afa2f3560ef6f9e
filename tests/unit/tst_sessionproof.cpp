// SPDX-License-Identifier: GPL-3.0-or-later
// The login statement (protocol::SessionProof) and the one table of what may be asked
// before logging in: a proof verifies only for exactly its parts, and the table is the
// registration steps and `auth`, nothing else.
#include "crypto/secure.h"
#include "protocol/frames.h"
#include "protocol/sessionproof.h"
#include "protocol/signing.h"

#include <QTest>

using namespace cardinal;
using namespace cardinal::protocol;

namespace {

crypto::DeterministicRandom seeded(const char *name)
{
    QByteArray seed(32, '\0');
    seed.replace(0, qsizetype(qstrlen(name)), name);
    std::array<std::uint8_t, 32> bytes{};
    std::copy(seed.cbegin(), seed.cbegin() + 32, bytes.begin());
    return crypto::DeterministicRandom(bytes);
}

} // namespace

class TestSessionProof : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void verifiesOnlyItsOwnParts()
    {
        auto random = seeded("tst_sessionproof");
        const crypto::Ed25519KeyPair identity = crypto::Ed25519KeyPair::generate(random);
        const crypto::Ed25519KeyPair other = crypto::Ed25519KeyPair::generate(random);
        const crypto::Ed25519KeyPair authority = crypto::Ed25519KeyPair::generate(random);
        const crypto::Ed25519KeyPair otherServer = crypto::Ed25519KeyPair::generate(random);
        CardId card;
        card.span()[0] = 1;
        DeviceId device;
        device.span()[0] = 2;
        const SessionProof proof{QByteArray(32, 'c'), authority.publicKey(), card, device};
        const crypto::Ed25519Signature signature = proof.sign(identity);
        QVERIFY(proof.verify(identity.publicKey(), signature));
        // The same bytes as the documented construction (docs/protocol.md, Session).
        QCOMPARE(signature, signWithContext(identity, SessionProofContext,
                                            {proof.challenge, authority.publicKey().view(),
                                             card.view(), device.view()}));

        QVERIFY(!proof.verify(other.publicKey(), signature));
        SessionProof changed = proof;
        changed.challenge[0] = 'd';
        QVERIFY(!changed.verify(identity.publicKey(), signature));
        changed = proof;
        changed.authority = otherServer.publicKey();
        QVERIFY(!changed.verify(identity.publicKey(), signature));
        changed = proof;
        changed.card.span()[0] = 9;
        QVERIFY(!changed.verify(identity.publicKey(), signature));
        changed = proof;
        changed.device.span()[0] = 9;
        QVERIFY(!changed.verify(identity.publicKey(), signature));
        // Another context's signature over the same parts is no login.
        const auto elsewhere = signWithContext(identity, DeviceRevocationContext,
                                               {proof.challenge, authority.publicKey().view(),
                                                card.view(), device.view()});
        QVERIFY(!proof.verify(identity.publicKey(), elsewhere));
    }

    void onlyRegistrationStepsComeBeforeLogin()
    {
        for (const QString &type : {wire::RequestCode, wire::ConfirmCode, wire::PublishCard,
                                    wire::BackupFetch, wire::Auth})
            QVERIFY2(wire::allowedBeforeAuthentication(type), qPrintable(type));
        for (const QString &type :
             {wire::Lookup, wire::LookupCard, wire::AddDevice, wire::RevokeDevice, wire::RevokeCard,
              wire::BackupStore, wire::GroupCreate, wire::GroupAdd, wire::GroupRemove,
              wire::GroupRename, wire::GroupInfo, wire::Groups, wire::Send, wire::Ack,
              QStringLiteral("frobnicate"), QString(), QStringLiteral("Auth"),
              QStringLiteral(" auth")})
            QVERIFY2(!wire::allowedBeforeAuthentication(type), qPrintable(type));
    }
};

QTEST_GUILESS_MAIN(TestSessionProof)
#include "tst_sessionproof.moc"
