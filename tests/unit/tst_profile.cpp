// SPDX-License-Identifier: GPL-3.0-or-later
// The profile directory: created once, unlocked only with the passphrase, and refusing a
// public card that does not belong to its keys.
#include "client/profile.h"
#include "common/fileio.h"
#include "crypto/secure.h"

#include <QFile>
#include <QDir>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::client;
using crypto::SecureBuffer;
using crypto::asView;

namespace {
SecureBuffer pass(const char *text)
{
    return SecureBuffer::fromByteArray(QByteArrayView(text));
}
} // namespace

class TestProfile : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void createsAndOpens()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("alice"));
        QVERIFY(!Profile::exists(path));
        const auto created = Profile::create(path, {QStringLiteral(" Alice@Example.org"), QStringLiteral("laptop"), 0},
                                             pass("correct horse"));
        QVERIFY2(created, qPrintable(created ? QString() : created.error().message()));
        QVERIFY(Profile::exists(path));
        QCOMPARE(created->identity(), QStringLiteral("alice@example.org"));
        const auto permissions = QFile::permissions(path + QStringLiteral("/identity.keystore"));
        QVERIFY(permissions.testFlags(OwnerOnly));
        QVERIFY(!(permissions & (QFileDevice::ReadGroup | QFileDevice::WriteGroup |
                                 QFileDevice::ReadOther | QFileDevice::WriteOther)));

        const auto opened = Profile::open(path, pass("correct horse"));
        QVERIFY(opened);
        QCOMPARE(opened->cardId(), created->cardId());
        QCOMPARE(opened->deviceId(), created->deviceId());
        QCOMPARE(opened->identityKey().publicKey(), created->identityKey().publicKey());
        QCOMPARE(opened->deviceKey().publicKey(), created->deviceKey().publicKey());
        QCOMPARE(opened->ownBundle().devices.first().content().label, QStringLiteral("laptop"));

        QCOMPARE(Profile::open(path, pass("wrong horse")).error().code, ErrorCode::WrongPassphrase);
        QCOMPARE(Profile::create(path, {QStringLiteral("alice@example.org"), QStringLiteral("x"), 0},
                                 pass("correct horse")).error().code,
                 ErrorCode::InvalidArgument);
    }

    void refusesBadSetup()
    {
        QTemporaryDir dir;
        QCOMPARE(Profile::create(dir.filePath(QStringLiteral("a")), {QStringLiteral("not-an-email"), QStringLiteral("x"), 0},
                                 pass("correct horse")).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(Profile::create(dir.filePath(QStringLiteral("b")), {QStringLiteral("b@example.org"), QStringLiteral("x"), 0},
                                 pass("short")).error().code,
                 ErrorCode::InvalidArgument);
        QCOMPARE(Profile::create(dir.filePath(QStringLiteral("c")), {QStringLiteral("c@example.org"), QString(), 0},
                                 pass("correct horse")).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(!Profile::exists(dir.filePath(QStringLiteral("c"))));
        QCOMPARE(Profile::open(dir.filePath(QStringLiteral("none")), pass("correct horse")).error().code,
                 ErrorCode::IoError);
    }

    void refusesSomeoneElsesCard()
    {
        QTemporaryDir dir;
        const QString alice = dir.filePath(QStringLiteral("alice"));
        const QString bob = dir.filePath(QStringLiteral("bob"));
        QVERIFY(Profile::create(alice, {QStringLiteral("alice@example.org"), QStringLiteral("a"), 0}, pass("correct horse")));
        QVERIFY(Profile::create(bob, {QStringLiteral("bob@example.org"), QStringLiteral("b"), 0}, pass("correct horse")));
        QFile::remove(alice + QStringLiteral("/card.cbor"));
        QVERIFY(QFile::copy(bob + QStringLiteral("/card.cbor"), alice + QStringLiteral("/card.cbor")));
        QCOMPARE(Profile::open(alice, pass("correct horse")).error().code, ErrorCode::CorruptFile);

        QVERIFY(writeFileAtomically(alice + QStringLiteral("/card.cbor"), QByteArray("garbage")));
        QCOMPARE(Profile::open(alice, pass("correct horse")).error().code, ErrorCode::CorruptFile);
    }

    void readsTheIdentityWithoutThePassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        QCOMPARE(Profile::readIdentity(path).error().code, ErrorCode::IoError);
        QVERIFY(Profile::create(path, {QStringLiteral(" Alice@Example.org"), QStringLiteral("laptop"), 0},
                                pass("correct horse")));
        const auto identity = Profile::readIdentity(path);
        QVERIFY(identity);
        QCOMPARE(*identity, QStringLiteral("alice@example.org"));

        QFile card(QDir(path).filePath(Profile::CardFileName));
        QVERIFY(card.open(QIODevice::WriteOnly | QIODevice::Truncate));
        QVERIFY(card.write("not a card") > 0);
        card.close();
        QCOMPARE(Profile::readIdentity(path).error().code, ErrorCode::CorruptFile);
    }

    void changesPassphrase()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        auto profile = Profile::create(path, {QStringLiteral("p@example.org"), QStringLiteral("pc"), 0}, pass("first passphrase"));
        QVERIFY(profile);
        QCOMPARE(profile->changePassphrase(pass("first passphrase"), pass("short")).error().code,
                 ErrorCode::InvalidArgument);
        QVERIFY(profile->changePassphrase(pass("first passphrase"), pass("second passphrase")));
        QCOMPARE(Profile::open(path, pass("first passphrase")).error().code, ErrorCode::WrongPassphrase);
        const auto reopened = Profile::open(path, pass("second passphrase"));
        QVERIFY(reopened);
        QCOMPARE(reopened->identityKey().publicKey(), profile->identityKey().publicKey());
    }

    void restoresFromKeyBackup()
    {
        QTemporaryDir dir;
        auto laptop = Profile::create(dir.filePath(QStringLiteral("laptop")),
                                      {QStringLiteral("r@example.org"), QStringLiteral("laptop"), 0},
                                      pass("laptop passphrase"));
        QVERIFY(laptop);
        const auto backup = laptop->sealIdentityBackup(pass("backup passphrase"));
        QVERIFY(backup);
        QVERIFY(!backup->contains(asView(laptop->identityKey().seed().span()).toByteArray()));

        const QString phonePath = dir.filePath(QStringLiteral("phone"));
        QCOMPARE(Profile::createFromBackup(phonePath, *backup, pass("not the passphrase"),
                                           laptop->ownBundle(), QStringLiteral("phone"),
                                           pass("phone passphrase")).error().code,
                 ErrorCode::WrongPassphrase);
        auto other = Profile::create(dir.filePath(QStringLiteral("other")),
                                     {QStringLiteral("o@example.org"), QStringLiteral("o"), 0},
                                     pass("other passphrase"));
        QCOMPARE(Profile::createFromBackup(phonePath, *backup, pass("backup passphrase"),
                                           other->ownBundle(), QStringLiteral("phone"),
                                           pass("phone passphrase")).error().code,
                 ErrorCode::InvalidArgument);

        auto phone = Profile::createFromBackup(phonePath, *backup, pass("backup passphrase"),
                                               laptop->ownBundle(), QStringLiteral("phone"),
                                               pass("phone passphrase"));
        QVERIFY2(phone, qPrintable(phone ? QString() : phone.error().message()));
        QCOMPARE(phone->identityKey().publicKey(), laptop->identityKey().publicKey());
        QCOMPARE(phone->cardId(), laptop->cardId());
        QVERIFY(phone->deviceId() != laptop->deviceId());
        QCOMPARE(phone->ownBundle().devices.size(), 2);
        QVERIFY(phone->ownBundle().verify(std::nullopt));
        QCOMPARE(phone->ownDeviceRecord().content().label, QStringLiteral("phone"));
        const auto reopened = Profile::open(phonePath, pass("phone passphrase"));
        QVERIFY(reopened);
        QCOMPARE(reopened->deviceId(), phone->deviceId());
    }

    void storesCountersignedCard()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("p"));
        auto profile = Profile::create(path, {QStringLiteral("p@example.org"), QStringLiteral("pc"), 0}, pass("first passphrase"));
        QVERIFY(profile);
        const auto authority = crypto::Ed25519KeyPair::generate();
        protocol::CardBundle bundle = profile->ownBundle();
        bundle.card.countersign(authority);
        QVERIFY(profile->storeOwnBundle(bundle));
        const auto reopened = Profile::open(path, pass("first passphrase"));
        QVERIFY(reopened);
        QVERIFY(reopened->ownBundle().card.verifyAuthority(authority.publicKey()));

        auto other = Profile::create(dir.filePath(QStringLiteral("o")), {QStringLiteral("o@example.org"), QStringLiteral("oc"), 0},
                                     pass("first passphrase"));
        QCOMPARE(profile->storeOwnBundle(other->ownBundle()).error().code, ErrorCode::InvalidArgument);
    }
};

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
