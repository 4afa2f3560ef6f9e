// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds of the targets for what is stored rather than sent: keystores (the key file and the
// key backup), the server's config file, the profile database's failure reasons,
// conversation refs and key-transparency records.
#include "seedwriter.h"

#include "fixtures.h"

#include "client/conversations.h"
#include "client/failurereason.h"
#include "client/ktrecords.h"
#include "crypto/keystore.h"
#include "protocol/ids.h"

#include <QCborArray>
#include <QCborValue>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

QByteArray sealed(const QByteArray &secret, const crypto::SecureBuffer &passphrase,
                  const crypto::ScryptParams &params, QByteArrayView purpose)
{
    crypto::DeterministicRandom random = fixtureRandom(purpose);
    auto keystore = crypto::sealKeystore(crypto::SecureBuffer::fromByteArray(secret), passphrase,
                                         params, random);
    if (!keystore) {
        std::fprintf(stderr, "cannot seal a keystore: %s\n",
                     qUtf8Printable(keystore.error().message()));
        std::abort();
    }
    return *keystore;
}

//! Keystore seeds carry the target's first byte: 0 as it is, 1 to recompute the digest.
void writeKeystores(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_keystore");
    // What a profile keystore holds: [1, identity seed, device id, device private key].
    const QByteArray profileSecret =
        QCborValue(QCborArray{1, crypto::asView(alice().identityKey.seed().span()).toByteArray(),
                              alice().device.toByteArray(),
                              crypto::asView(alice().deviceKey.privateKey().span()).toByteArray()})
            .toCbor();
    const QByteArray cheapest = sealed(profileSecret, fixturePassphrase(), CheapestScrypt, "profile");
    out.seed(target, QStringLiteral("profile-cheapest"), QByteArray(1, '\0') + cheapest);
    out.seed(target, QStringLiteral("profile-cheapest-digest-fixed"), QByteArray(1, '\1') + cheapest);
    out.seed(target, QStringLiteral("other-passphrase"),
             QByteArray(1, '\1') + sealed(profileSecret,
                                          crypto::SecureBuffer::fromUtf8(QStringLiteral("other")),
                                          CheapestScrypt, "other passphrase"));
    out.seed(target, QStringLiteral("default-parameters"),
             QByteArray(1, '\0') + sealed("backup", fixturePassphrase(), {}, "default"));
    out.seed(target, QStringLiteral("empty-secret"),
             QByteArray(1, '\0') + sealed({}, fixturePassphrase(), CheapestScrypt, "empty"));
}

void writeConfigs(SeedWriter &out, const QString &sourceDir)
{
    const QString target = QStringLiteral("fuzz_serverconfig");
    // The sample people start from and the golden file of format version 1.
    const std::pair<const char *, const char *> files[]{
        {"sample", "/docs/cardinal-server.conf.sample"},
        {"golden-v1", "/tests/data/v1/server.conf"},
    };
    for (const auto &[name, path] : files) {
        QFile file(sourceDir + QString::fromLatin1(path));
        if (!file.open(QIODevice::ReadOnly)) {
            std::fprintf(stderr, "cannot read %s\n", qUtf8Printable(file.fileName()));
            std::abort();
        }
        out.seed(target, QString::fromLatin1(name), file.readAll());
    }
    out.seed(target, QStringLiteral("console-ipv4"),
             "listen = 127.0.0.1:7447\ncodes = console\nserver-name = Local ✓\n");
    out.seed(target, QStringLiteral("drop-localhost"),
             "listen=localhost:0\ncodes=drop:codes\ndata=data\n");
    out.seed(target, QStringLiteral("tls-without-key"), "tls-cert = cert.pem\n");
    out.seed(target, QStringLiteral("listen-only"), "[::]:443");
    out.seed(target, QStringLiteral("codes-only"), "sendmail: /usr/sbin/sendmail -t -i");

    QList<QByteArray> tokens{"=", "\n", "#", "[", "]", ":", " = ", "console", "drop:",
                             "sendmail:", "localhost", "[::1]", "0.0.0.0", "65535", "4294967296"};
    for (const char *key : {"listen", "tls-cert", "tls-key", "data", "codes", "mail-from",
                            "server-name", "max-frame-bytes", "max-recipients",
                            "max-queued-per-device", "requests-per-second", "request-burst",
                            "max-unauthenticated", "max-connections", "auth-timeout",
                            "idle-timeout", "max-group-members", "max-backup-bytes",
                            "max-pending-write-bytes", "code-lifetime"})
        tokens << QByteArray(key) + " = ";
    out.dictionary(target, tokens);
}

//! Profile row seeds carry the target's first byte: 0 a failure reason, 1 a conversation ref,
//! 2 key-transparency evidence, 3 the watch of one's own address.
void writeProfileRows(SeedWriter &out)
{
    const QString target = QStringLiteral("fuzz_profilerows");
    using client::FailureKind;
    const std::pair<FailureKind, QStringList> reasons[]{
        {FailureKind::NotForThisDevice, {}},
        {FailureKind::SenderMismatch, {alice().identity, bob().identity}},
        {FailureKind::KeyChanged, {alice().identity, bob().identity, QStringLiteral("c@example.org")}},
        {FailureKind::RefusedByServer, {QStringLiteral("queue full ✓")}},
        {FailureKind::Other, {QStringLiteral("an old sentence")}},
    };
    for (const auto &[kind, details] : reasons) {
        const auto encoded = client::encodeFailureReason(client::FailureReason::make(kind, details));
        out.seed(target, QStringLiteral("failure-") + QString::fromLatin1(client::failureName(kind)),
                 QByteArray(1, '\0') + encoded.value_or(QByteArray()));
    }
    out.seed(target, QStringLiteral("failure-0.1-sentence"),
             QByteArray(1, '\0') + QByteArray("the recipient has no card on this server"));

    protocol::GroupId group;
    fixtureRandom("group").fill(group.span());
    out.seed(target, QStringLiteral("ref-direct"),
             QByteArray(1, '\1') + client::ConversationRef::direct(bob().identity).key());
    out.seed(target, QStringLiteral("ref-group"),
             QByteArray(1, '\1') + client::ConversationRef::group(group.toByteArray()).key());

    client::KtEvidence split;
    split.kind = client::KtEvidence::Kind::SplitView;
    split.server = QStringLiteral("wss://chat.example.org");
    split.subject = bob().identity;
    split.detail = QStringLiteral("the checkpoint in their message and yours both hold 1000 "
                                  "entries, with different roots");
    split.statements = {fixtureCheckpointNote(), fixtureCheckpointNote() + "x"};
    out.seed(target, QStringLiteral("kt-evidence-split-view"),
             QByteArray(1, '\2') + client::encodeKtEvidence(split));
    client::KtEvidence foreign;
    foreign.kind = client::KtEvidence::Kind::ForeignKey;
    foreign.subject = alice().identity;
    out.seed(target, QStringLiteral("kt-evidence-empty-fields"),
             QByteArray(1, '\2') + client::encodeKtEvidence(foreign));
    out.seed(target, QStringLiteral("kt-own-watch"),
             QByteArray(1, '\3') + client::encodeKtOwnWatch({7, 2, FixtureTimeSeconds * 1000}));

    QList<QByteArray> tokens = cborTokens();
    tokens << QByteArray("direct", 7) << QByteArray("group", 6);
    out.dictionary(target, tokens);
}

} // namespace

void writeStoreSeeds(SeedWriter &out, const QString &sourceDir)
{
    writeKeystores(out);
    out.dictionary(QStringLiteral("fuzz_keystore"),
                   cborTokens() << cborText(QStringLiteral("cardinal-keystore"))
                                << cborText(QStringLiteral("scrypt")));
    writeConfigs(out, sourceDir);
    writeProfileRows(out);
}

} // namespace cardinal::fuzzing
