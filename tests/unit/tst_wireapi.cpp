// SPDX-License-Identifier: GPL-3.0-or-later
// The client-server API as types (core/protocol/api): every request, reply and event
// encodes to the layout docs/protocol.md gives (pinned in tests/data/v1/api.txt, one line
// per sample: name, hex, and the CBOR diagnostic notation for people), decodes back to the
// same bytes, and is refused when malformed: wrong field count (requests strictly; replies
// and events accept fields appended by a later version), wrong types, sizes out of bounds,
// identities that are no e-mail address.
//
// CARDINAL_REGENERATE_GOLDEN=1 rewrites api.txt; a committed line must never change (a
// change is a new protocol version).
#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"
#include "protocol/api/transparency.h"

#include <QCborValue>
#include <QDir>
#include <QFile>
#include <QTest>

#include "cborliterals.h"

#include <functional>

using namespace cardinal;
using namespace cardinal::protocol;

namespace {

const QString GoldenPath = QStringLiteral(CARDINAL_SOURCE_DIR "/tests/data/v1/api.txt");

Identity id(const char *email)
{
    return *Identity::parse(QString::fromUtf8(email));
}

template<typename Fixed>
Fixed filled(char byte)
{
    return *Fixed::fromBytes(QByteArray(qsizetype(Fixed::Size), byte));
}

//! One sample: its encoding, and a decode of that encoding re-encoded (the round trip).
struct Sample
{
    QString name;
    QCborArray encoded;
    std::function<Result<QCborArray>(const QCborArray &)> roundTrip;
};

template<typename T>
Sample sample(const QString &name, const T &value)
{
    return {name, value.encode(), [](const QCborArray &payload) -> Result<QCborArray> {
                auto decoded = T::decode(payload);
                if (!decoded)
                    return fail(decoded.error());
                return decoded->encode();
            }};
}

QList<Sample> samples()
{
    const GroupId group = filled<GroupId>('\x11');
    const CardId card = filled<CardId>('\x22');
    const DeviceId device = filled<DeviceId>('\x33');
    const MessageId message = filled<MessageId>('\x44');
    const auto signature = filled<crypto::Ed25519Signature>('\x55');
    const auto authority = filled<crypto::Ed25519PublicKey>('\x66');
    const api::CardLookup lookup{QByteArray("bundle"), false, {device}, std::nullopt};
    const auto hash = [](char byte) { return filled<transparency::MerkleHash>(byte); };
    const kt::LookupEvidence evidence{
        "checkpoint note",
        filled<crypto::VrfProof>('\x01'),
        "epoch entry",
        {6, 7, {hash('\x02'), hash('\x03')}},
        {{{3, hash('\x04')}},
         transparency::PrefixProof::Leaf{filled<transparency::MapLabel>('\x05'),
                                         {2, hash('\x06')}}},
        "change entry",
        {4, 7, {hash('\x07')}},
        QByteArray(32, '\x08')};
    const api::KtOpenedEntry opened{
        4, "change entry", QByteArray(32, '\x08'), "bundle", {4, 7, {hash('\x07')}}};
    crypto::DeterministicRandom random(crypto::asBytes(QByteArray("wire api")));
    const kt::LogKeys logKeys{{QStringLiteral("chat.example.org/cardinal-kt"),
                               crypto::Ed25519KeyPair::generate(random).publicKey()},
                              crypto::VrfKeyPair::generate(random).publicKey()};
    api::CardLookup proven = lookup;
    proven.transparency = api::KtProof{evidence, 3, opened};
    const api::GroupDescription described{group,
                                          QStringLiteral("Team"),
                                          id("alice@example.org"),
                                          {id("alice@example.org"), id("bob@example.org")}};
    return {
        sample(QStringLiteral("hello"), api::Hello{1, QStringLiteral("Cardinal"), authority,
                                                   QByteArray(32, '\x77'), std::nullopt}),
        sample(QStringLiteral("hello.kt"), api::Hello{1, QStringLiteral("Cardinal"), authority,
                                                      QByteArray(32, '\x77'), logKeys}),
        sample(QStringLiteral("auth"), api::Auth{card, device, signature, {}}),
        sample(QStringLiteral("auth.joining"), api::Auth{card, device, signature, "record"}),
        sample(QStringLiteral("auth.reply"), api::Auth::Reply{id("alice@example.org")}),
        sample(QStringLiteral("request-code"),
               api::RequestCode{id("alice@example.org"), CodePurpose::Register}),
        sample(QStringLiteral("request-code.reply"), api::RequestCode::Reply{600}),
        sample(QStringLiteral("confirm-code"),
               api::ConfirmCode{id("alice@example.org"), CodePurpose::Recover,
                                QStringLiteral("12345678")}),
        sample(QStringLiteral("confirm-code.reply"), api::ConfirmCode::Reply{"token"}),
        sample(QStringLiteral("publish-card"), api::PublishCard{"token", "bundle"}),
        sample(QStringLiteral("publish-card.reply"), api::PublishCard::Reply{"card"}),
        sample(QStringLiteral("backup-fetch"), api::BackupFetch{"token"}),
        sample(QStringLiteral("backup-fetch.reply"), api::BackupFetch::Reply{"keystore", lookup}),
        sample(QStringLiteral("lookup"), api::Lookup{id("bob@example.org")}),
        sample(QStringLiteral("lookup.reply"), lookup),
        sample(QStringLiteral("lookup.reply.proven"), proven),
        sample(QStringLiteral("lookup-card"), api::LookupCard{card}),
        sample(QStringLiteral("add-device"), api::AddDevice{"record"}),
        sample(QStringLiteral("revoke-device"), api::RevokeDevice{device, signature}),
        sample(QStringLiteral("revoke-card"), api::RevokeCard{signature}),
        sample(QStringLiteral("backup-store"), api::BackupStore{"keystore"}),
        sample(QStringLiteral("group-create"),
               api::GroupCreate{QStringLiteral("Team"), {id("bob@example.org")}}),
        sample(QStringLiteral("group-create.reply"), api::GroupCreate::Reply{group}),
        sample(QStringLiteral("group-add"), api::GroupAdd{{group, id("carol@example.org")}}),
        sample(QStringLiteral("group-remove"), api::GroupRemove{{group, id("carol@example.org")}}),
        sample(QStringLiteral("group-rename"), api::GroupRename{group, QStringLiteral("Crew")}),
        sample(QStringLiteral("group-info"), api::GroupInfo{group}),
        sample(QStringLiteral("group-info.reply"), described),
        sample(QStringLiteral("groups"), api::Groups{}),
        sample(QStringLiteral("groups.reply"), api::Groups::Reply{{described}}),
        sample(QStringLiteral("send.direct"),
               api::Send{SendTarget::direct(id("bob@example.org")), "envelope"}),
        sample(QStringLiteral("send.group"), api::Send{SendTarget::group(group), "envelope"}),
        sample(QStringLiteral("send.reply"), api::Send::Reply{message, 7, 2, 1}),
        sample(QStringLiteral("ack"), api::Ack{{5, 6, 9}}),
        sample(QStringLiteral("message"),
               api::MessageEvent{7, ChannelKind::Direct, filled<ChannelId>('\x12'),
                                 {id("alice@example.org"), id("bob@example.org")},
                                 id("alice@example.org"), "envelope", 1'767'225'600'000}),
        sample(QStringLiteral("message.group"),
               api::MessageEvent{8, ChannelKind::Group, *ChannelId::fromBytes(group.view()), {},
                                 id("bob@example.org"), "envelope", 1'767'225'600'001}),
        sample(QStringLiteral("delivery"), api::DeliveryEvent{message, 1, 2}),
        sample(QStringLiteral("card-changed"),
               api::CardChangedEvent{id("bob@example.org"), card, true}),
        sample(QStringLiteral("device-revoked"),
               api::DeviceRevokedEvent{id("bob@example.org"), device}),
        sample(QStringLiteral("member-added"),
               api::MemberAddedEvent{{group, id("carol@example.org"), id("alice@example.org")}}),
        sample(QStringLiteral("member-removed"),
               api::MemberRemovedEvent{{group, id("carol@example.org"), id("carol@example.org")}}),
        sample(QStringLiteral("group-renamed"),
               api::GroupRenamedEvent{group, QStringLiteral("Crew"), id("alice@example.org")}),
        sample(QStringLiteral("backlog-end"), api::BacklogEndEvent{8}),
        sample(QStringLiteral("kt-checkpoint"), api::KtCheckpoint{}),
        sample(QStringLiteral("kt-checkpoint.reply"), api::KtCheckpoint::Reply{"checkpoint note"}),
        sample(QStringLiteral("kt-consistency"), api::KtConsistency{5, 7}),
        sample(QStringLiteral("kt-consistency.reply"),
               api::KtConsistency::Reply{{5, 7, {hash('\x09')}}}),
        sample(QStringLiteral("kt-history"), api::KtHistory{id("bob@example.org"), 1}),
        sample(QStringLiteral("kt-history.reply"), api::KtHistory::Reply{evidence, {opened}}),
        sample(QStringLiteral("kt-entries"), api::KtEntries{0, 1024}),
        sample(QStringLiteral("kt-entries.reply"),
               api::KtEntries::Reply{{"change entry", "epoch entry"}, {"checkpoint note"}}),
    };
}

QString goldenLine(const Sample &s)
{
    const QByteArray bytes = QCborValue(s.encoded).toCbor();
    return s.name + u' ' + QString::fromLatin1(bytes.toHex()) + u' ' +
           QCborValue(s.encoded).toDiagnosticNotation(QCborValue::Compact);
}

QByteArray cbor(const QCborArray &array)
{
    return QCborValue(array).toCbor();
}

} // namespace

class TestWireApi : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everySampleMatchesTheGoldenFile()
    {
        QStringList lines;
        for (const Sample &s : samples())
            lines.append(goldenLine(s));
        if (qEnvironmentVariableIntValue("CARDINAL_REGENERATE_GOLDEN") == 1) {
            QFile out(GoldenPath);
            QVERIFY(out.open(QIODevice::WriteOnly | QIODevice::Truncate));
            out.write("# name hex diagnostic - written by tst_wireapi; never edit a line\n");
            out.write(lines.join(u'\n').toUtf8() + '\n');
        }
        QFile file(GoldenPath);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(GoldenPath));
        QStringList golden = QString::fromUtf8(file.readAll()).split(u'\n', Qt::SkipEmptyParts);
        golden.removeIf([](const QString &line) { return line.startsWith(u'#'); });
        QCOMPARE(golden, lines);
    }

    void everySampleSurvivesItsRoundTrip()
    {
        for (const Sample &s : samples()) {
            const auto again = s.roundTrip(s.encoded);
            if (!again)
                QFAIL(qPrintable(s.name + u": " + again.error().message()));
            QCOMPARE(cbor(*again), cbor(s.encoded));
        }
    }

    void theLayoutIsTheDocumentedOne()
    {
        // Independent of the encoders: the tables in docs/protocol.md, spelled out.
        const auto diag = [](const QCborArray &a) {
            return QCborValue(a).toDiagnosticNotation(QCborValue::Compact);
        };
        QCOMPARE(diag(api::Send{SendTarget::direct(id(" Bob@Example.org ")), "e"}.encode()),
                 QStringLiteral("[[0, \"bob@example.org\"], h'65']"));
        QCOMPARE(diag(api::RequestCode{id("a@b.org"), CodePurpose::Recover}.encode()),
                 QStringLiteral("[\"a@b.org\", \"recover\"]"));
        // No joining record: null, not an empty byte string.
        const api::Auth plain{filled<CardId>(0), filled<DeviceId>(0),
                              filled<crypto::Ed25519Signature>(0), {}};
        QVERIFY(plain.encode().at(3).isNull());
        QCOMPARE(diag(api::Ack{{3, 4}}.encode()), QStringLiteral("[[3, 4]]"));
        QCOMPARE(diag(api::BacklogEndEvent{0}.encode()), QStringLiteral("[0]"));
    }

    void requestsRefuseExtraFieldsButRepliesAndEventsIgnoreThem()
    {
        QCborArray lookup = api::Lookup{id("bob@example.org")}.encode();
        lookup.append(1);
        QCOMPARE(api::Lookup::decode(lookup).error().code, ErrorCode::MalformedInput);

        QCborArray sendReply = api::Send::Reply{filled<MessageId>(1), 3, 1, 0}.encode();
        sendReply.append(QStringLiteral("from a later version"));
        const auto reply = api::Send::Reply::decode(sendReply);
        QVERIFY(reply);
        QCOMPARE(reply->seq, 3);

        QCborArray delivery = api::DeliveryEvent{filled<MessageId>(1), 1, 2}.encode();
        delivery.append(42);
        QVERIFY(api::DeliveryEvent::decode(delivery));
        QVERIFY(!api::DeliveryEvent::decode(QCborArray{filled<MessageId>(1).toByteArray(), 1}));
    }

    void malformedFieldsAreRefused_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QCborArray>("payload");
        const QByteArray group(GroupIdSize, 'g');
        QTest::newRow("identity not an address")
            << QStringLiteral("lookup") << QCborArray{QStringLiteral("not an address")};
        QTest::newRow("identity not text") << QStringLiteral("lookup") << QCborArray{42};
        QTest::newRow("identity too long")
            << QStringLiteral("lookup")
            << QCborArray{QString(QString(300, u'a') + QStringLiteral("@example.org"))};
        QTest::newRow("unknown purpose")
            << QStringLiteral("request-code")
            << QCborArray{QStringLiteral("a@b.org"), QStringLiteral("steal")};
        QTest::newRow("short card id") << QStringLiteral("lookup-card")
                                       << QCborArray{QByteArray(31, 'c')};
        QTest::newRow("group id of 15 bytes")
            << QStringLiteral("group-info") << QCborArray{QByteArray(15, 'g')};
        QTest::newRow("group name too long")
            << QStringLiteral("group-rename") << QCborArray{group, QString(129, u'n')};
        QTest::newRow("member not an address")
            << QStringLiteral("group-create")
            << QCborArray{QStringLiteral("g"), QCborArray{QStringLiteral("nobody")}};
        QTest::newRow("send target kind 2")
            << QStringLiteral("send") << QCborArray{QCborArray{2, group}, QByteArray("e")};
        QTest::newRow("send group target of text")
            << QStringLiteral("send")
            << QCborArray{QCborArray{1, QStringLiteral("g")}, QByteArray("e")};
        QTest::newRow("empty envelope")
            << QStringLiteral("send")
            << QCborArray{QCborArray{0, QStringLiteral("a@b.org")}, QByteArray()};
        QTest::newRow("ack of zero") << QStringLiteral("ack") << testing::arrayOf({QCborArray{1, 0}});
        QTest::newRow("ack of text") << QStringLiteral("ack")
                                     << testing::arrayOf({QCborArray{QStringLiteral("1")}});
        QTest::newRow("groups with a field") << QStringLiteral("groups") << QCborArray{1};
        QTest::newRow("auth record of text")
            << QStringLiteral("auth")
            << QCborArray{QByteArray(32, 'c'), QByteArray(16, 'd'), QByteArray(64, 's'),
                          QStringLiteral("record")};
    }

    void malformedFieldsAreRefused()
    {
        QFETCH(QString, type);
        QFETCH(QCborArray, payload);
        const std::map<QString, std::function<bool(const QCborArray &)>> decoders{
            {QStringLiteral("lookup"), [](auto &p) { return bool(api::Lookup::decode(p)); }},
            {QStringLiteral("request-code"),
             [](auto &p) { return bool(api::RequestCode::decode(p)); }},
            {QStringLiteral("lookup-card"),
             [](auto &p) { return bool(api::LookupCard::decode(p)); }},
            {QStringLiteral("group-info"), [](auto &p) { return bool(api::GroupInfo::decode(p)); }},
            {QStringLiteral("group-rename"),
             [](auto &p) { return bool(api::GroupRename::decode(p)); }},
            {QStringLiteral("group-create"),
             [](auto &p) { return bool(api::GroupCreate::decode(p)); }},
            {QStringLiteral("send"), [](auto &p) { return bool(api::Send::decode(p)); }},
            {QStringLiteral("ack"), [](auto &p) { return bool(api::Ack::decode(p)); }},
            {QStringLiteral("groups"), [](auto &p) { return bool(api::Groups::decode(p)); }},
            {QStringLiteral("auth"), [](auto &p) { return bool(api::Auth::decode(p)); }},
        };
        QVERIFY(decoders.count(type) == 1);
        QVERIFY(!decoders.at(type)(payload));
    }

    void identitiesAreCanonicalOnceDecoded()
    {
        const auto lookup = api::Lookup::decode({QStringLiteral("  Bob@Example.ORG ")});
        QVERIFY(lookup);
        QCOMPARE(lookup->identity.toString(), QStringLiteral("bob@example.org"));
        QVERIFY(!Identity::parse(QString()));
        QVERIFY(Identity().isEmpty());
    }

    void aMessageEventMustMatchItsChannelKind()
    {
        api::MessageEvent direct{1, ChannelKind::Direct, filled<ChannelId>(1), {},
                                 id("a@b.org"), "e", 0};
        QVERIFY(!api::MessageEvent::decode(direct.encode())); // a direct one names its two
        api::MessageEvent group{1, ChannelKind::Group, filled<ChannelId>(1),
                                {id("a@b.org"), id("c@d.org")}, id("a@b.org"), "e", 0};
        QVERIFY(!api::MessageEvent::decode(group.encode())); // a group one names nobody
        group.directMembers.clear();
        const auto decoded = api::MessageEvent::decode(group.encode());
        QVERIFY(decoded);
        QCOMPARE(decoded->groupId(), filled<GroupId>(1));
    }

    void framesCarryTheTypeName()
    {
        const Frame request = api::requestFrame(9, api::Groups{});
        QCOMPARE(request.type, wire::Groups);
        QCOMPARE(request.id, quint64(9));
        const Frame event = api::eventFrame(api::BacklogEndEvent{4});
        QVERIFY(api::eventFrom<api::BacklogEndEvent>(event));
        QVERIFY(!api::eventFrom<api::DeliveryEvent>(event)); // another type
        QCOMPARE(api::eventFrom<api::BacklogEndEvent>(event)->lastSeq, 4);
    }

    // Found by fuzz_session (tests/fuzz/regressions/fuzz_session/groups-reply-one-field): a
    // payload that is one list, built as `return {list};`, was the list itself when
    // compiled with clang, where GCC wrapped it. Checked here byte by byte, against CBOR
    // written out by hand, so that a clang build of this suite catches it too.
    void aListPayloadIsOneFieldWhateverTheCompiler()
    {
        QCOMPARE(QCborValue(api::Ack{{1, 2}}.encode()).toCbor().toHex(), QByteArray("81820102"));
        QCOMPARE(QCborValue(api::Groups::Reply{}.encode()).toCbor().toHex(), QByteArray("8180"));
        const api::GroupDescription group{filled<GroupId>(1), QStringLiteral("g"), id("a@b.org"),
                                          {id("a@b.org")}};
        const QByteArray encoded = QCborValue(api::Groups::Reply{{group}}.encode()).toCbor();
        QVERIFY(encoded.startsWith(QByteArray::fromHex("818184")));
        QVERIFY(api::Groups::Reply::decode(api::Groups::Reply{{group}}.encode()));
        QVERIFY(api::Ack::decode(api::Ack{{7}}.encode()));
    }
};

QTEST_GUILESS_MAIN(TestWireApi)
#include "tst_wireapi.moc"
