// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli's offline commands, run as a user would run them: real processes, real
// profile directories, files passed between them. Card files are checked as far as the
// profile allows (against its pinned server key when it has one), and the command says
// which checks it made.
#include "client/messenger.h"
#include "forgedkeys.h"
#include "protocol/armor.h"
#include "protocol/cardbundle.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

namespace {

constexpr int ProcessTimeoutMs = 60'000;

struct Run
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

} // namespace

class TestCliOffline : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;

    QString path(const QString &name) const { return m_dir.filePath(name); }

    Run cli(const QStringList &arguments, const QByteArray &passphrase = "correct horse battery",
            const QByteArray &stdinData = {})
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.remove(QStringLiteral("CARDINAL_PASSPHRASE"));
        // Messages in English whatever the machine's locale: the checks below match them.
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
        if (!passphrase.isNull())
            env.insert(QStringLiteral("CARDINAL_PASSPHRASE"), QString::fromUtf8(passphrase));
        process.setProcessEnvironment(env);
        process.start(QStringLiteral(CARDINAL_CLI_PATH), arguments);
        if (!process.waitForStarted(ProcessTimeoutMs))
            return {};
        process.write(stdinData);
        process.closeWriteChannel();
        if (!process.waitForFinished(ProcessTimeoutMs)) {
            process.kill();
            process.waitForFinished();
            return {};
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                process.readAllStandardOutput(), process.readAllStandardError()};
    }

    QStringList profile(const QString &name) const
    {
        return {QStringLiteral("--profile"), path(name)};
    }

    static bool isOneLine(const QByteArray &text)
    {
        return text.endsWith('\n') && text.count('\n') == 1;
    }

    //! The card bundle in the armoured card file `name`.
    std::optional<cardinal::protocol::CardBundle> readCard(const QString &name) const
    {
        QFile file(path(name));
        if (!file.open(QIODevice::ReadOnly))
            return std::nullopt;
        auto bytes = cardinal::protocol::dearmor("CARDINAL CARD", file.readAll(), 64 * 1024);
        if (!bytes)
            return std::nullopt;
        auto bundle = cardinal::protocol::CardBundle::decode(*bytes);
        return bundle ? std::optional(std::move(*bundle)) : std::nullopt;
    }

    bool writeCard(const QString &name, const QByteArray &bundle) const
    {
        QFile file(path(name));
        return file.open(QIODevice::WriteOnly) &&
               file.write(cardinal::protocol::armor("CARDINAL CARD", bundle)) > 0;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const QString &name : {QStringLiteral("alice"), QStringLiteral("bob"),
                                    QStringLiteral("carol"), QStringLiteral("dave")}) {
            const Run init = cli(profile(name) << QStringLiteral("init") << QStringLiteral("--identity")
                                               << name + QStringLiteral("@example.org")
                                               << QStringLiteral("--device") << QStringLiteral("desk"));
            QVERIFY2(init.exitCode == 0, init.err.constData());
            QVERIFY(init.out.contains(QByteArray("identity: " + name.toUtf8() + "@example.org")));
            const Run exported = cli(profile(name) << QStringLiteral("card") << QStringLiteral("export")
                                                   << QStringLiteral("--out") << path(name + QStringLiteral(".card")));
            QVERIFY2(exported.exitCode == 0, exported.err.constData());
        }
        QFile plain(path(QStringLiteral("plain.txt")));
        QVERIFY(plain.open(QIODevice::WriteOnly));
        static constexpr char content[] = "The eagle lands at dawn.\n\xf0\x9f\xa6\x85 and binary \x00\x01\x02";
        plain.write(content, sizeof content - 1); // keeps the embedded NUL bytes
    }

    void aliceEncryptsToBobAndCarol()
    {
        const Run sealed = cli(profile(QStringLiteral("alice"))
                               << QStringLiteral("encrypt") << QStringLiteral("--to") << path(QStringLiteral("bob.card"))
                               << QStringLiteral("--to") << path(QStringLiteral("carol.card")) << QStringLiteral("--in")
                               << path(QStringLiteral("plain.txt")) << QStringLiteral("--out") << path(QStringLiteral("msg.env")));
        QVERIFY2(sealed.exitCode == 0, sealed.err.constData());
        QFile plainFile(path(QStringLiteral("plain.txt")));
        QVERIFY(plainFile.open(QIODevice::ReadOnly));
        const QByteArray plaintext = plainFile.readAll();
        QFile envelopeFile(path(QStringLiteral("msg.env")));
        QVERIFY(envelopeFile.open(QIODevice::ReadOnly));
        QVERIFY(!envelopeFile.readAll().contains("eagle"));

        for (const QString &reader : {QStringLiteral("bob"), QStringLiteral("carol"), QStringLiteral("alice")}) {
            const Run opened = cli(profile(reader) << QStringLiteral("decrypt") << QStringLiteral("--from")
                                                   << path(QStringLiteral("alice.card")) << QStringLiteral("--in")
                                                   << path(QStringLiteral("msg.env")));
            QVERIFY2(opened.exitCode == 0, opened.err.constData());
            QCOMPARE(opened.out, plaintext);
            QVERIFY(opened.err.contains("good signature from alice@example.org"));
        }
        // Without --from the plaintext comes out with a warning that the sender is unchecked.
        const Run unchecked = cli(profile(QStringLiteral("bob")) << QStringLiteral("decrypt") << QStringLiteral("--in")
                                                                 << path(QStringLiteral("msg.env")));
        QCOMPARE(unchecked.exitCode, 0);
        QVERIFY(unchecked.err.contains("sender not verified"));
    }

    void daveCannotDecrypt()
    {
        const Run opened = cli(profile(QStringLiteral("dave")) << QStringLiteral("decrypt") << QStringLiteral("--in")
                                                               << path(QStringLiteral("msg.env")));
        QCOMPARE(opened.exitCode, 1);
        QVERIFY(opened.out.isEmpty());
        QVERIFY(isOneLine(opened.err));
        QVERIFY(opened.err.contains("not a recipient"));
    }

    void wrongSenderIsRefused()
    {
        const Run opened = cli(profile(QStringLiteral("bob")) << QStringLiteral("decrypt") << QStringLiteral("--from")
                                                              << path(QStringLiteral("carol.card")) << QStringLiteral("--in")
                                                              << path(QStringLiteral("msg.env")));
        QCOMPARE(opened.exitCode, 1);
        QVERIFY(opened.out.isEmpty());
        QVERIFY(isOneLine(opened.err));
    }

    void flippedByteFails()
    {
        QFile envelopeFile(path(QStringLiteral("msg.env")));
        QVERIFY(envelopeFile.open(QIODevice::ReadOnly));
        const QByteArray envelope = envelopeFile.readAll();
        // A byte in the header, one in a wrapped key, one in the ciphertext, and the last.
        for (qsizetype at : {qsizetype(5), envelope.size() / 2, envelope.size() - 20, envelope.size() - 1}) {
            QByteArray tampered = envelope;
            tampered[at] = char(tampered[at] ^ 0x01);
            const Run opened = cli(profile(QStringLiteral("bob")) << QStringLiteral("decrypt") << QStringLiteral("--from")
                                                                  << path(QStringLiteral("alice.card")),
                                   "correct horse battery", tampered);
            QCOMPARE(opened.exitCode, 1);
            QVERIFY(opened.out.isEmpty());
            QVERIFY(isOneLine(opened.err));
        }
    }

    void safetyNumbersAgree()
    {
        const Run fromAlice = cli(profile(QStringLiteral("alice")) << QStringLiteral("safety-number") << QStringLiteral("--card")
                                                                   << path(QStringLiteral("bob.card")));
        const Run fromBob = cli(profile(QStringLiteral("bob")) << QStringLiteral("safety-number") << QStringLiteral("--card")
                                                               << path(QStringLiteral("alice.card")));
        QCOMPARE(fromAlice.exitCode, 0);
        QCOMPARE(fromAlice.out, fromBob.out);
        static const QRegularExpression shape(QStringLiteral("^(\\d{5} ){11}\\d{5}\\n$"));
        QVERIFY(shape.match(QString::fromLatin1(fromAlice.out)).hasMatch());
        const Run withCarol = cli(profile(QStringLiteral("alice")) << QStringLiteral("safety-number") << QStringLiteral("--card")
                                                                   << path(QStringLiteral("carol.card")));
        QVERIFY(withCarol.out != fromAlice.out);
    }

    void unpinnedProfilesSayWhatTheyCouldNotCheck()
    {
        const Run number = cli(profile(QStringLiteral("alice")) << QStringLiteral("safety-number")
                                                                << QStringLiteral("--card")
                                                                << path(QStringLiteral("bob.card")));
        QCOMPARE(number.exitCode, 0);
        QVERIFY2(number.err.contains("checked the card of bob@example.org: self-signed"),
                 number.err.constData());
        QVERIFY(number.err.contains("not checked which server vouches for it"));
    }

    void aPinnedServerKeyRefusesCardsFromElsewhere()
    {
        using namespace cardinal;
        // Erin's profile trusts one server's key; bob's card comes once countersigned by it
        // and once as it left bob's machine, countersigned by nobody.
        const Run init = cli(profile(QStringLiteral("erin")) << QStringLiteral("init")
                                                             << QStringLiteral("--identity")
                                                             << QStringLiteral("erin@example.org"));
        QVERIFY2(init.exitCode == 0, init.err.constData());
        const crypto::Ed25519KeyPair authority = crypto::Ed25519KeyPair::generate();
        client::ServerSettings settings;
        settings.url = QUrl(QStringLiteral("ws://127.0.0.1:9"));
        settings.authority = authority.publicKey();
        QVERIFY(settings.save(path(QStringLiteral("erin"))));
        auto bob = readCard(QStringLiteral("bob.card"));
        QVERIFY(bob);
        bob->card.countersign(authority);
        QVERIFY(writeCard(QStringLiteral("bob-countersigned.card"), bob->encode()));

        const Run good = cli(profile(QStringLiteral("erin"))
                             << QStringLiteral("safety-number") << QStringLiteral("--card")
                             << path(QStringLiteral("bob-countersigned.card")));
        QVERIFY2(good.exitCode == 0, good.err.constData());
        QVERIFY(good.err.contains("countersigned by your server"));

        for (const QStringList &command :
             {QStringList{QStringLiteral("safety-number"), QStringLiteral("--card"),
                          path(QStringLiteral("bob.card"))},
              QStringList{QStringLiteral("encrypt"), QStringLiteral("--to"),
                          path(QStringLiteral("bob.card")), QStringLiteral("--in"),
                          path(QStringLiteral("plain.txt"))}}) {
            const Run refused = cli(profile(QStringLiteral("erin")) << command);
            QCOMPARE(refused.exitCode, 1);
            QVERIFY(refused.out.isEmpty());
            QVERIFY(isOneLine(refused.err));
            QVERIFY2(refused.err.contains("not from your server"), refused.err.constData());
        }
    }

    void aCardWithADeviceKeyOfSmallOrderIsRefused()
    {
        using namespace cardinal;
        // Mallory signs a device record whose key nobody can encrypt to.
        auto bob = readCard(QStringLiteral("bob.card"));
        QVERIFY(bob);
        const crypto::Ed25519KeyPair mallory = crypto::Ed25519KeyPair::generate();
        auto card = protocol::Card::create({protocol::IdentityType::Email,
                                            QStringLiteral("mallory@example.org"),
                                            mallory.publicKey(), 1'700'000'000, std::nullopt},
                                           mallory);
        QVERIFY(card);
        protocol::DeviceRecordContent weak = bob->devices.first().content();
        weak.cardId = card->id();
        weak.encryptionKey = testing::smallOrderX25519Key();
        const QByteArray bundle =
            QCborValue(QCborArray{card->encode(),
                                  QCborArray{testing::forgeDeviceRecord(weak, mallory)}})
                .toCbor();
        QVERIFY(writeCard(QStringLiteral("mallory.card"), bundle));
        const Run refused = cli(profile(QStringLiteral("alice"))
                                << QStringLiteral("encrypt") << QStringLiteral("--to")
                                << path(QStringLiteral("mallory.card")) << QStringLiteral("--in")
                                << path(QStringLiteral("plain.txt")));
        QCOMPARE(refused.exitCode, 1);
        QVERIFY(isOneLine(refused.err));
        QVERIFY2(refused.err.contains("small order"), refused.err.constData());
    }

    void passphraseSources()
    {
        const Run wrong = cli(profile(QStringLiteral("bob")) << QStringLiteral("card") << QStringLiteral("export"), "not it");
        QCOMPARE(wrong.exitCode, 1);
        QVERIFY(wrong.err.contains("wrong passphrase"));

        QFile file(path(QStringLiteral("pass.txt")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("correct horse battery\n");
        file.close();
        const Run fromFile = cli(profile(QStringLiteral("bob")) << QStringLiteral("--passphrase-file") << path(QStringLiteral("pass.txt"))
                                                                << QStringLiteral("card") << QStringLiteral("export"),
                                 QByteArray());
        QCOMPARE(fromFile.exitCode, 0);
        QVERIFY(fromFile.out.startsWith("-----BEGIN CARDINAL CARD-----"));
    }

    void usageErrors()
    {
        QCOMPARE(cli({QStringLiteral("frobnicate")}).exitCode, 2);
        QCOMPARE(cli({}).exitCode, 2);
        QCOMPARE(cli(profile(QStringLiteral("bob")) << QStringLiteral("encrypt") << QStringLiteral("--card") << QStringLiteral("x")).exitCode, 2);
        const Run noTo = cli(profile(QStringLiteral("bob")) << QStringLiteral("encrypt"));
        QCOMPARE(noTo.exitCode, 1);
        QVERIFY(isOneLine(noTo.err));
        const Run again = cli(profile(QStringLiteral("bob")) << QStringLiteral("init") << QStringLiteral("--identity")
                                                             << QStringLiteral("bob@example.org"));
        QCOMPARE(again.exitCode, 1);
        QVERIFY(again.err.contains("already exists"));
        const Run badCard = cli(profile(QStringLiteral("bob")) << QStringLiteral("encrypt") << QStringLiteral("--to")
                                                               << path(QStringLiteral("plain.txt")),
                                "correct horse battery", "x");
        QCOMPARE(badCard.exitCode, 1);
        QVERIFY(isOneLine(badCard.err));
        QVERIFY(cli({QStringLiteral("--version")}).out.startsWith("cardinal"));
    }
};

QTEST_GUILESS_MAIN(TestCliOffline)
#include "tst_cli_offline.moc"
