// SPDX-License-Identifier: GPL-3.0-or-later
#include "relayservice.h"

#include "asyncstorage.h"
#include "crypto/random.h"
#include "protocol/api/events.h"
#include "protocol/envelope.h"
#include "relayunits.h"

#include <QLoggingCategory>

namespace cardinal::server {

Q_LOGGING_CATEGORY(lcRelay, "cardinal.relay")

using namespace cardinal::protocol;

namespace {

QList<Identity> identitiesOf(const QStringList &canonical)
{
    QList<Identity> out;
    for (const QString &identity : canonical)
        if (auto parsed = Identity::parse(identity))
            out.append(*parsed);
    return out;
}

api::GroupDescription describeGroup(const Channel &group)
{
    return {GroupId::fromBytes(group.id).value_or(GroupId()), group.name,
            storedIdentity(group.owner), identitiesOf(group.members)};
}

} // namespace

RelayService::RelayService(ServerContext &context)
    : m_context(context), m_facts(std::make_shared<units::StableFacts>())
{
}

RelayService::~RelayService() = default;

template<typename Unit, typename Done>
void RelayService::store(Unit unit, Done done)
{
    m_context.storage.run(&m_alive, std::move(unit), std::move(done));
}

template<typename Event, typename Unit>
void RelayService::changeMembership(const Caller &caller, const QString &member, Unit unit,
                                    Answer<api::Empty> reply)
{
    store(std::move(unit), [this, member, by = caller.identity,
                            reply = std::move(reply)](Result<Channel> group) {
        if (!group)
            return reply(fail(group.error()));
        Event event;
        event.group = GroupId::fromBytes(group->id).value_or(GroupId());
        event.member = storedIdentity(member);
        event.by = storedIdentity(by);
        const Frame frame = api::eventFrame(event);
        QStringList audience = group->members;
        if (!audience.contains(member))
            audience.append(member); // a removed member learns it too
        for (const QString &identity : std::as_const(audience))
            m_context.events.publishToIdentity(identity, frame);
        reply(api::Empty{});
    });
}

void RelayService::groupCreate(const Caller &caller, const api::GroupCreate &request,
                               Answer<api::GroupCreate::Reply> reply)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return reply(fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name")));
    const int maxMembers = m_context.limits.maxGroupMembers;
    if (request.members.size() > maxMembers)
        return reply(
            fail(ErrorCode::MalformedInput, QStringLiteral("group-create: too many members")));
    QStringList members{caller.identity};
    for (const Identity &identity : request.members)
        if (!members.contains(identity.toString()))
            members.append(identity.toString());
    if (members.size() > maxMembers)
        return reply(fail(ErrorCode::LimitReached, QStringLiteral("too many members")));
    members.sort();
    GroupId id;
    crypto::systemRandom().fill(id.span());
    const Channel group{id.toByteArray(), ChannelKind::Group, name, caller.identity, members};
    store([group](Storage &storage) { return units::createGroup(storage, group); },
          [this, group, id, reply = std::move(reply)](Result<void> created) {
              if (!created)
                  return reply(fail(created.error()));
              // Each new member hears once that they are in; the rest they read with
              // group-info.
              for (const QString &member : group.members)
                  if (member != group.owner)
                      m_context.events.publishToIdentity(
                          member, api::eventFrame(api::MemberAddedEvent{
                                      {id, storedIdentity(member), storedIdentity(group.owner)}}));
              reply(api::GroupCreate::Reply{id});
          });
}

void RelayService::groupAdd(const Caller &caller, const api::GroupAdd &request,
                            Answer<api::Empty> reply)
{
    changeMembership<api::MemberAddedEvent>(
        caller, request.member.toString(),
        [identity = caller.identity, request, maxMembers = m_context.limits.maxGroupMembers](
            Storage &storage) { return units::addMember(storage, identity, request, maxMembers); },
        std::move(reply));
}

void RelayService::groupRemove(const Caller &caller, const api::GroupRemove &request,
                               Answer<api::Empty> reply)
{
    changeMembership<api::MemberRemovedEvent>(
        caller, request.member.toString(),
        [identity = caller.identity,
         request](Storage &storage) { return units::removeMember(storage, identity, request); },
        std::move(reply));
}

void RelayService::groupRename(const Caller &caller, const api::GroupRename &request,
                               Answer<api::Empty> reply)
{
    const QString name = request.name.trimmed();
    if (name.isEmpty())
        return reply(fail(ErrorCode::InvalidArgument, QStringLiteral("a group needs a name")));
    store([identity = caller.identity, group = request.group.toByteArray(),
           name](Storage &storage) { return units::renameGroup(storage, identity, group, name); },
          [this, caller, request, name, reply = std::move(reply)](
              Result<std::optional<Channel>> renamed) {
              if (!renamed)
                  return reply(fail(renamed.error()));
              if (*renamed) {
                  const Frame event = api::eventFrame(
                      api::GroupRenamedEvent{request.group, name, storedIdentity(caller.identity)});
                  for (const QString &member : std::as_const((*renamed)->members))
                      m_context.events.publishToIdentity(member, event);
              }
              reply(api::Empty{});
          });
}

void RelayService::groupInfo(const Caller &caller, const api::GroupInfo &request,
                             Answer<api::GroupDescription> reply)
{
    store([identity = caller.identity, group = request.group.toByteArray()](
              Storage &storage) { return units::memberChannel(storage, identity, group); },
          [reply = std::move(reply)](Result<Channel> group) {
              if (!group)
                  return reply(fail(group.error()));
              reply(describeGroup(*group));
          });
}

void RelayService::groups(const Caller &caller, const api::Groups &,
                          Answer<api::Groups::Reply> reply)
{
    store([identity = caller.identity](Storage &storage) { return storage.groupsOf(identity); },
          [reply = std::move(reply)](Result<QList<Channel>> groups) {
              if (!groups)
                  return reply(fail(groups.error()));
              api::Groups::Reply answer;
              for (const Channel &group : std::as_const(*groups))
                  answer.groups.append(describeGroup(group));
              reply(answer);
          });
}

void RelayService::send(const Caller &caller, const api::Send &request,
                        Answer<api::Send::Reply> reply)
{
    auto header = readEnvelopeHeader(request.envelope);
    if (!header)
        return reply(fail(header.error()));
    if (header->recipients.size() > m_context.limits.maxRecipients)
        return reply(fail(ErrorCode::TooLarge, QStringLiteral("too many recipient devices")));
    units::OutgoingMessage outgoing{caller.identity,
                             caller.card,
                             caller.device,
                             request.target,
                             header->messageId,
                             header->recipients,
                             request.envelope,
                             m_context.nowMs(),
                             m_context.limits.maxQueuedPerDevice};
    store([outgoing](Storage &storage) { return units::storeOutgoing(storage, outgoing); },
          [this, outgoing, reply = std::move(reply)](Result<units::StoredOutgoing> stored) {
              if (!stored)
                  return reply(fail(stored.error()));
              const StoredMessage &message = stored->message;
              if (!message.duplicate) {
                  // What was just stored goes to the connected recipients as it is, encoded
                  // once, instead of each of them reading it back from storage.
                  const QueuedMessage queued{message.seq,         stored->channel.id,
                                             outgoing.senderIdentity, outgoing.messageId,
                                             outgoing.envelope,   outgoing.receivedAtMs};
                  m_context.events.publishQueued(stored->queuedFor, message.seq,
                                                 messageEvent(stored->channel, queued));
              }
              reply(api::Send::Reply{outgoing.messageId, message.seq, message.total,
                                     message.delivered});
          });
}

void RelayService::ack(const Caller &caller, const api::Ack &request, Answer<api::Empty> reply)
{
    store([facts = m_facts, device = caller.device, seqs = request.seqs](Storage &storage) {
              return units::acknowledge(storage, *facts, device, seqs);
          },
          [this, reply = std::move(reply)](Result<QList<units::Delivery>> deliveries) {
              if (!deliveries)
                  return reply(fail(deliveries.error()));
              // Repeated or foreign seqs are simply absent: nothing to do, nothing to reveal.
              for (const units::Delivery &delivery : std::as_const(*deliveries))
                  m_context.events.publishToIdentity(
                      delivery.sender,
                      api::eventFrame(api::DeliveryEvent{delivery.message.messageId,
                                                         delivery.message.delivered,
                                                         delivery.message.total}));
              reply(api::Empty{});
          });
}

void RelayService::pendingEvents(const DeviceId &device, qint64 afterSeq, int limit,
                                 QObject *context,
                                 std::function<void(Result<PendingEvents>)> done)
{
    m_context.storage.run(
        context,
        [facts = m_facts, device, afterSeq, limit](Storage &storage) {
            return units::readQueue(storage, *facts, device, afterSeq, limit);
        },
        [done = std::move(done)](Result<QList<std::pair<Channel, QueuedMessage>>> queued) {
            if (!queued)
                return done(fail(queued.error()));
            PendingEvents events;
            events.reserve(queued->size());
            for (const auto &[channel, message] : std::as_const(*queued))
                events.append({message.seq, messageEvent(channel, message)});
            done(std::move(events));
        });
}

Frame RelayService::messageEvent(const Channel &channel, const QueuedMessage &message)
{
    api::MessageEvent event;
    event.seq = message.seq;
    event.channelKind = protocol::ChannelKind(channel.kind);
    event.channelId = ChannelId::fromBytes(message.channelId).value_or(ChannelId());
    if (channel.kind == ChannelKind::Direct)
        event.directMembers = identitiesOf(channel.members);
    event.sender = storedIdentity(message.senderIdentity);
    event.envelope = message.envelope;
    event.receivedAtMs = message.receivedAtMs;
    return api::eventFrame(event);
}

} // namespace cardinal::server
