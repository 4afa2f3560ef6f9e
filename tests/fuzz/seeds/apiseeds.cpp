// SPDX-License-Identifier: GPL-3.0-or-later
// Seeds of fuzz_frame and fuzz_wireapi: one frame of every request, reply, event and error,
// made with the API's own structs from the fixtures, and the dictionary of CBOR heads and
// wire names both (and fuzz_session) share.
#include "apiseeds.h"
#include "seedwriter.h"

#include "fixtures.h"

#include "crypto/keystore.h"
#include "protocol/api/directory.h"
#include "protocol/api/events.h"
#include "protocol/api/groups.h"
#include "protocol/api/relay.h"
#include "protocol/api/session.h"
#include "protocol/api/transparency.h"
#include "server/ktlog.h"

#include <array>

namespace cardinal::fuzzing {

namespace {

using namespace cardinal::protocol;

Identity identity(const FuzzPerson &person)
{
    return Identity::parse(person.identity).value_or(Identity());
}

GroupId fixtureGroup()
{
    GroupId group;
    fixtureRandom("group").fill(group.span());
    return group;
}

//! What a small real log answers: alice and bob publish, then bob changes his card.
struct KtAnswers
{
    kt::LogKeys keys;
    api::KtProof proof;
    api::KtHistory::Reply history;
    api::KtConsistency::Reply consistency;
    api::KtEntries::Reply entries;
};

KtAnswers ktAnswers()
{
    crypto::DeterministicRandom keyRandom = fixtureRandom("kt keys");
    auto checkpointKey = crypto::Ed25519KeyPair::generate(keyRandom);
    auto labelKey = crypto::VrfKeyPair::generate(keyRandom);
    server::KtLog log({QStringLiteral("fuzz.example.org/cardinal-kt"), std::move(checkpointKey),
                       std::move(labelKey)});
    crypto::DeterministicRandom salts = fixtureRandom("kt salts");
    QList<server::StoredLogEntry> stored;
    const auto close = [&](std::int64_t time) {
        if (Result<server::KtLog::Epoch> epoch = log.closeEpoch(time))
            stored += epoch->entries;
    };
    for (const FuzzPerson *person : {&alice(), &bob()})
        (void)log.record(kt::ChangeKind::CardPublished, person->identity,
                         person->bundle.encode(), person->cardId(), FixtureTimeSeconds, salts);
    close(FixtureTimeSeconds + 1);
    const std::uint64_t firstSize = log.size();
    const QByteArray firstNote = log.checkpoint()->note;
    (void)log.record(kt::ChangeKind::DeviceAdded, bob().identity, bob().bundle.encode(),
                     bob().cardId(), FixtureTimeSeconds + 2, salts);
    close(FixtureTimeSeconds + 3);

    KtAnswers out;
    out.keys = log.publicKeys();
    const auto evidence = log.lookup(bob().identity);
    if (!evidence)
        return out;
    out.proof = {*evidence, 4, std::nullopt};
    out.history.evidence = *evidence;
    for (const std::uint64_t index : log.history(bob().identity, 0, 10).value_or({})) {
        const server::StoredLogEntry &entry = stored.at(qsizetype(index));
        out.history.entries.append({index, entry.entry, entry.salt, entry.state,
                                    log.inclusion(index).value_or(kt::LogProof())});
    }
    // The first change entry opened as a replaced card's last entry.
    out.proof.cardEntry = out.history.entries.value(0);
    out.consistency = {{firstSize, log.size(), log.consistency(firstSize).value_or({})}};
    out.entries = {log.entries(0, 100), {firstNote, log.checkpoint()->note}};
    return out;
}

//! Replies and events, with the request they answer named in the seed.
QList<NamedFrame> replies()
{
    const KtAnswers kt = ktAnswers();
    api::CardLookup proven{bob().bundle.encode(), false, {}, kt.proof};
    const GroupId group = fixtureGroup();
    const api::CardLookup lookup{alice().bundle.encode(), false, {bob().device}, std::nullopt};
    const api::GroupDescription team{group, QStringLiteral("Team"), identity(alice()),
                                     {identity(alice()), identity(bob())}};
    MessageId messageId;
    fixtureRandom("message id").fill(messageId.span());
    ChannelId channel;
    fixtureRandom("channel").fill(channel.span());
    return {
        {"auth.reply", api::replyFrame<api::Auth>(1, {identity(alice())})},
        {"request-code.reply", api::replyFrame<api::RequestCode>(2, {600})},
        {"confirm-code.reply", api::replyFrame<api::ConfirmCode>(3, {QByteArray(90, 't')})},
        {"publish-card.reply", api::replyFrame<api::PublishCard>(4, {alice().bundle.card.encode()})},
        {"backup-fetch.reply", api::replyFrame<api::BackupFetch>(5, {QByteArray(200, 'k'), lookup})},
        {"lookup.reply", api::replyFrame<api::Lookup>(6, lookup)},
        {"lookup-card.reply", api::replyFrame<api::LookupCard>(7, lookup)},
        {"add-device.reply", api::replyFrame<api::AddDevice>(8, {})},
        {"group-create.reply", api::replyFrame<api::GroupCreate>(9, {group})},
        {"group-info.reply", api::replyFrame<api::GroupInfo>(10, team)},
        {"groups.reply", api::replyFrame<api::Groups>(11, {{team, team}})},
        {"send.reply", api::replyFrame<api::Send>(12, {messageId, 42, 3, 1})},
        {"ack.reply", api::replyFrame<api::Ack>(13, {})},
        {"hello", api::eventFrame(api::Hello{1, QStringLiteral("fuzz"),
                                             fixtureAuthority().publicKey(), QByteArray(32, 'c'),
                                             std::nullopt})},
        {"message", api::eventFrame(api::MessageEvent{
                        7, ChannelKind::Direct, channel, {identity(alice()), identity(bob())},
                        identity(alice()), QByteArray(64, 'e'), FixtureTimeSeconds * 1000})},
        {"message.group", api::eventFrame(api::MessageEvent{
                              8, ChannelKind::Group, channel, {}, identity(bob()),
                              QByteArray(64, 'e'), FixtureTimeSeconds * 1000})},
        {"delivery", api::eventFrame(api::DeliveryEvent{messageId, 1, 2})},
        {"card-changed", api::eventFrame(api::CardChangedEvent{identity(bob()), bob().cardId(), true})},
        {"device-revoked", api::eventFrame(api::DeviceRevokedEvent{identity(bob()), bob().device})},
        {"member-added", api::eventFrame(api::MemberAddedEvent{
                             {group, identity(bob()), identity(alice())}})},
        {"member-removed", api::eventFrame(api::MemberRemovedEvent{
                               {group, identity(bob()), identity(bob())}})},
        {"group-renamed", api::eventFrame(api::GroupRenamedEvent{group, QStringLiteral("Crew"),
                                                                 identity(alice())})},
        {"backlog-end", api::eventFrame(api::BacklogEndEvent{300})},
        {"lookup.reply.proven", api::replyFrame<api::Lookup>(14, proven)},
        {"hello.kt", api::eventFrame(api::Hello{1, QStringLiteral("fuzz"),
                                                fixtureAuthority().publicKey(),
                                                QByteArray(32, 'c'), kt.keys})},
        {"kt-checkpoint.reply",
         api::replyFrame<api::KtCheckpoint>(15, {kt.entries.checkpoints.last()})},
        {"kt-consistency.reply", api::replyFrame<api::KtConsistency>(16, kt.consistency)},
        {"kt-history.reply", api::replyFrame<api::KtHistory>(17, kt.history)},
        {"kt-entries.reply", api::replyFrame<api::KtEntries>(18, kt.entries)},
    };
}

} // namespace

QList<NamedFrame> sampleRequests()
{
    const GroupId group = fixtureGroup();
    const api::Hello hello{1, QStringLiteral("fuzz"), fixtureAuthority().publicKey(),
                           QByteArray(32, 'c'), std::nullopt};
    crypto::DeterministicRandom random = fixtureRandom("backup");
    const QByteArray backup =
        crypto::sealKeystore(crypto::SecureBuffer::fromByteArray("identity seed"),
                             fixturePassphrase(), CheapestScrypt, random)
            .value_or(QByteArray());
    const QByteArray envelope =
        fixtureEnvelope(alice(), {bob().recipient()}, "hello bob", "request");
    const QByteArray groupEnvelope =
        fixtureEnvelope(alice(), {bob().recipient(), alice().recipient()}, "hello team", "group");
    return {
        {"request-code", api::requestFrame(1, api::RequestCode{identity(alice()), CodePurpose::Register})},
        {"request-code.recover",
         api::requestFrame(2, api::RequestCode{identity(bob()), CodePurpose::Recover})},
        {"confirm-code",
         api::requestFrame(3, api::ConfirmCode{identity(alice()), CodePurpose::Register,
                                               QStringLiteral("12345678")})},
        {"publish-card",
         api::requestFrame(4, api::PublishCard{QByteArray(90, 't'), alice().bundle.encode()})},
        {"backup-fetch", api::requestFrame(5, api::BackupFetch{QByteArray(90, 't')})},
        {"auth", api::requestFrame(6, api::Auth::prove(hello, alice().cardId(), alice().device,
                                                       alice().identityKey))},
        {"lookup", api::requestFrame(7, api::Lookup{identity(bob())})},
        {"lookup-card", api::requestFrame(8, api::LookupCard{bob().cardId()})},
        {"add-device", api::requestFrame(9, api::AddDevice{alice().bundle.devices.first().encode()})},
        {"revoke-device",
         api::requestFrame(10, api::RevokeDevice{DeviceId{}, crypto::Ed25519Signature{}})},
        {"revoke-card", api::requestFrame(11, api::RevokeCard{crypto::Ed25519Signature{}})},
        {"backup-store", api::requestFrame(12, api::BackupStore{backup})},
        {"group-create", api::requestFrame(13, api::GroupCreate{QStringLiteral("Team"), {identity(bob())}})},
        {"group-add", api::requestFrame(14, api::GroupAdd{{group, identity(bob())}})},
        {"group-remove", api::requestFrame(15, api::GroupRemove{{group, identity(bob())}})},
        {"group-rename", api::requestFrame(16, api::GroupRename{group, QStringLiteral("Crew")})},
        {"group-info", api::requestFrame(17, api::GroupInfo{group})},
        {"groups", api::requestFrame(18, api::Groups{})},
        {"send", api::requestFrame(19, api::Send{SendTarget::direct(identity(bob())), envelope})},
        {"send.group", api::requestFrame(20, api::Send{SendTarget::group(group), groupEnvelope})},
        {"ack", api::requestFrame(21, api::Ack{{1, 2, 3}})},
        {"kt-checkpoint", api::requestFrame(22, api::KtCheckpoint{})},
        {"kt-consistency", api::requestFrame(23, api::KtConsistency{3, 6})},
        {"kt-history", api::requestFrame(24, api::KtHistory{identity(bob()), 0})},
        {"kt-entries", api::requestFrame(25, api::KtEntries{0, 100})},
    };
}

QList<QByteArray> frameTokens()
{
    QList<QByteArray> tokens = cborTokens();
    const QString names[]{wire::RequestCode, wire::ConfirmCode, wire::PublishCard, wire::Auth,
                          wire::BackupFetch, wire::Lookup, wire::LookupCard, wire::AddDevice,
                          wire::RevokeDevice, wire::RevokeCard, wire::BackupStore,
                          wire::GroupCreate, wire::GroupAdd, wire::GroupRemove,
                          wire::GroupRename, wire::GroupInfo, wire::Groups, wire::Send,
                          wire::Ack, wire::Hello, wire::Message, wire::Delivery,
                          wire::CardChanged, wire::DeviceRevoked, wire::MemberAdded,
                          wire::MemberRemoved, wire::GroupRenamed, wire::BacklogEnd,
                          wire::KtCheckpoint, wire::KtConsistency, wire::KtHistory,
                          wire::KtEntries,
                          wire::PurposeRegister, wire::PurposeRecover,
                          alice().identity, bob().identity};
    for (const QString &name : names)
        tokens << cborText(name);
    for (int error = 0; error <= int(WireError::Internal); ++error)
        tokens << cborText(wireErrorName(WireError(error)));
    // Frame heads: [kind, id, ...] for each kind.
    for (char kind = 0; kind < 4; ++kind)
        tokens << QByteArray("\x84", 1) + kind;
    return tokens;
}

void writeApiSeeds(SeedWriter &out)
{
    QList<NamedFrame> frames = sampleRequests() + replies();
    for (int error = 0; error <= int(WireError::Internal); ++error) {
        const QString name = wireErrorName(WireError(error));
        frames.append({QStringLiteral("error.") + name,
                       Frame::error(quint64(error), WireError(error), QStringLiteral("because"))});
    }
    for (const char *target : {"fuzz_frame", "fuzz_wireapi"}) {
        for (const NamedFrame &frame : std::as_const(frames))
            out.seed(QString::fromLatin1(target), frame.name, frame.frame.encode());
        out.dictionary(QString::fromLatin1(target), frameTokens());
    }
}

} // namespace cardinal::fuzzing
