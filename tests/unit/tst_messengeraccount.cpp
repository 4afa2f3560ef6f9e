// SPDX-License-Identifier: GPL-3.0-or-later
// The Messenger's account commands that need no server: exporting our public card (in the
// CLI's armoured format), our identity fingerprint, and changing the profile's passphrase.
#include "client/messenger.h"
#include "client/profile.h"
#include "protocol/armor.h"
#include "protocol/cardbundle.h"
#include "resultchecks.h"

#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace cardinal;
using namespace cardinal::client;
using crypto::SecureBuffer;

namespace {
SecureBuffer pass(const char *text)
{
    return SecureBuffer::fromByteArray(QByteArrayView(text));
}
} // namespace

class TestMessengerAccount : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_bundle;
    QByteArray m_identityKey;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_path = m_dir.filePath(QStringLiteral("alice"));
        const auto created = Profile::create(
            m_path, {QStringLiteral("alice@example.org"), QStringLiteral("laptop"), 0},
            pass("correct horse"));
        QVERIFY_OK(created);
        m_bundle = created->ownBundle().encode();
        m_identityKey = created->identityKey().publicKey().toByteArray();
    }

    void exportsTheArmouredCard()
    {
        auto messenger = Messenger::open(m_path, pass("correct horse"));
        QVERIFY_OK(messenger);
        const QByteArray armoured = (*messenger)->exportCard();
        QVERIFY(armoured.contains("CARDINAL CARD"));
        const auto bytes = protocol::dearmor("CARDINAL CARD", armoured, 1 << 20);
        QVERIFY_OK(bytes);
        QCOMPARE(*bytes, m_bundle);
    }

    void showsTheIdentityFingerprint()
    {
        auto messenger = Messenger::open(m_path, pass("correct horse"));
        QVERIFY_OK(messenger);
        const QString fingerprint = (*messenger)->identityFingerprint();
        static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{4}( [0-9a-f]{4}){15}$"));
        QVERIFY2(shape.match(fingerprint).hasMatch(), qPrintable(fingerprint));
        QCOMPARE(QString(fingerprint).remove(u' ').toLatin1(), m_identityKey.toHex());
    }

    void changesThePassphrase()
    {
        {
            auto messenger = Messenger::open(m_path, pass("correct horse"));
            QVERIFY_OK(messenger);
            QVERIFY_FAILS(
                (*messenger)->changePassphrase(pass("wrong horse"), pass("new passphrase")),
                ErrorCode::WrongPassphrase);
            QVERIFY_FAILS((*messenger)->changePassphrase(pass("correct horse"), pass("short")),
                          ErrorCode::InvalidArgument);
            QVERIFY_OK(
                (*messenger)->changePassphrase(pass("correct horse"), pass("new passphrase")));
            // The open session carries on.
            QVERIFY(!(*messenger)->exportCard().isEmpty());
        }
        QVERIFY_FAILS(Messenger::open(m_path, pass("correct horse")), ErrorCode::WrongPassphrase);
        auto reopened = Messenger::open(m_path, pass("new passphrase"));
        QVERIFY_OK(reopened);
        QCOMPARE((*reopened)->exportCard().isEmpty(), false);
    }
};

QTEST_GUILESS_MAIN(TestMessengerAccount)
#include "tst_messengeraccount.moc"
