// SPDX-License-Identifier: GPL-3.0-or-later
// SqliteStorage: channels, messages and device queues.
#include "sqlitestorage.h"

#include "crypto/digest.h"
#include "sqlitesupport.h"

#include <QHash>
#include <QSet>

namespace cardinal::server {

namespace {

constexpr qsizetype ChannelIdSize = qsizetype(protocol::ChannelId::Size);

//! The direct channel's id: anyone who knows both identities can compute it, and the order
//! of the two does not matter. Identities are ordered by their UTF-8 bytes.
QByteArray directChannelId(const QString &a, const QString &b)
{
    QByteArray first = a.toUtf8();
    QByteArray second = b.toUtf8();
    if (second < first)
        std::swap(first, second);
    const char separator = 0;
    const QByteArrayView zero(&separator, 1);
    return crypto::sha256({QByteArrayView("cardinal direct channel"), zero, first, zero, second})
        .toByteArray()
        .left(ChannelIdSize);
}

Result<ChannelKind> kindFromColumn(const QVariant &value)
{
    switch (value.toInt()) {
    case int(ChannelKind::Direct):
        return ChannelKind::Direct;
    case int(ChannelKind::Group):
        return ChannelKind::Group;
    default:
        return fail(ErrorCode::IoError,
                    QStringLiteral("the database holds an unknown channel kind"));
    }
}

} // namespace

Result<ChannelKind> SqliteStorage::channelKind(const QByteArray &id)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT kind FROM channels WHERE id = ?"), {id});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("no such channel"));
    return kindFromColumn(rows->first().at(0));
}

Result<std::optional<Channel>> SqliteStorage::readChannel(const QByteArray &id)
{
    Result<QList<Row>> rows = select(QStringLiteral("SELECT kind, name, owner FROM channels"
                                                    " WHERE id = ?"),
                                     {id});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Channel>{};
    Result<ChannelKind> kind = kindFromColumn(rows->first().at(0));
    if (!kind)
        return fail(kind.error());
    Channel channel{id, *kind, rows->first().at(1).toString(), rows->first().at(2).toString(), {}};
    Result<QList<Row>> members = select(QStringLiteral("SELECT identity FROM channel_members"
                                                       " WHERE channel_id = ?"),
                                        {id});
    if (!members)
        return fail(members.error());
    for (const Row &member : std::as_const(*members))
        channel.members.append(member.at(0).toString());
    channel.members.sort();
    return std::optional<Channel>{std::move(channel)};
}

Result<Channel> SqliteStorage::directChannel(const QString &a, const QString &b)
{
    if (a.isEmpty() || b.isEmpty() || a == b)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a direct channel needs two different identities"));
    const QByteArray id = directChannelId(a, b);
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    if (Result<Change> created = change(QStringLiteral("INSERT OR IGNORE INTO channels (id, kind)"
                                                       " VALUES (?, ?)"),
                                        {id, int(ChannelKind::Direct)});
        !created)
        return fail(created.error());
    // Only a group created under this very id could make it something else; refuse rather
    // than hand its members a "direct" channel they do not own.
    Result<ChannelKind> kind = channelKind(id);
    if (!kind)
        return fail(kind.error());
    if (*kind != ChannelKind::Direct)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("the direct channel's id is taken"));
    for (const QString &member : {a, b})
        if (Result<Change> added = change(QStringLiteral("INSERT OR IGNORE INTO channel_members"
                                                         " (channel_id, identity) VALUES (?, ?)"),
                                          {id, member});
            !added)
            return fail(added.error());
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    QStringList members{a, b};
    members.sort();
    return Channel{id, ChannelKind::Direct, {}, {}, members};
}

Result<void> SqliteStorage::createGroup(const Channel &group)
{
    if (group.kind != ChannelKind::Group || group.id.size() != ChannelIdSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a group with a 16-byte id"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    if (Result<Change> created =
            change(QStringLiteral("INSERT INTO channels (id, kind, name, owner)"
                                  " VALUES (?, ?, ?, ?)"),
                   {group.id, int(ChannelKind::Group), group.name, group.owner});
        !created)
        return fail(created.error());
    for (const QString &member : group.members)
        if (Result<Change> added = change(QStringLiteral("INSERT INTO channel_members"
                                                         " (channel_id, identity) VALUES (?, ?)"),
                                          {group.id, member});
            !added)
            return fail(added.error());
    return transaction.commit();
}

Result<std::optional<Channel>> SqliteStorage::channel(const QByteArray &id)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(Transaction::Mode::Read); !begun)
        return fail(begun.error());
    Result<std::optional<Channel>> channel = readChannel(id);
    if (!channel)
        return channel;
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return channel;
}

Result<void> SqliteStorage::changeGroupMembers(const QByteArray &channelId,
                                               const QString &identity, const QString &sql)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<ChannelKind> kind = channelKind(channelId);
    if (!kind)
        return fail(kind.error());
    if (*kind != ChannelKind::Group)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a direct channel's members are fixed"));
    if (Result<Change> changed = change(sql, {channelId, identity}); !changed)
        return fail(changed.error());
    return transaction.commit();
}

Result<void> SqliteStorage::addMember(const QByteArray &channelId, const QString &identity)
{
    return changeGroupMembers(channelId, identity,
                              QStringLiteral("INSERT INTO channel_members"
                                             " (channel_id, identity) VALUES (?, ?)"));
}

Result<void> SqliteStorage::removeMember(const QByteArray &channelId, const QString &identity)
{
    return changeGroupMembers(channelId, identity,
                              QStringLiteral("DELETE FROM channel_members"
                                             " WHERE channel_id = ? AND identity = ?"));
}

Result<void> SqliteStorage::renameGroup(const QByteArray &channelId, const QString &name)
{
    Result<Change> renamed = change(
        QStringLiteral("UPDATE channels SET name = ? WHERE id = ? AND kind = ?"),
        {name, channelId, int(ChannelKind::Group)});
    if (!renamed)
        return fail(renamed.error());
    if (renamed->rows == 0)
        return fail(ErrorCode::NotFound, QStringLiteral("no such group"));
    return {};
}

Result<QList<Channel>> SqliteStorage::groupsOf(const QString &identity)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(Transaction::Mode::Read); !begun)
        return fail(begun.error());
    Result<QList<Row>> groups =
        select(QStringLiteral("SELECT c.id, c.name, c.owner FROM channel_members m"
                              " JOIN channels c ON c.id = m.channel_id"
                              " WHERE m.identity = ? AND c.kind = ? ORDER BY c.rowid"),
               {identity, int(ChannelKind::Group)});
    if (!groups)
        return fail(groups.error());
    Result<QList<Row>> members =
        select(QStringLiteral("SELECT o.channel_id, o.identity FROM channel_members m"
                              " JOIN channels c ON c.id = m.channel_id"
                              " JOIN channel_members o ON o.channel_id = m.channel_id"
                              " WHERE m.identity = ? AND c.kind = ?"),
               {identity, int(ChannelKind::Group)});
    if (!members)
        return fail(members.error());
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());

    QHash<QByteArray, QStringList> membersById;
    for (const Row &row : std::as_const(*members))
        membersById[row.at(0).toByteArray()].append(row.at(1).toString());
    QList<Channel> out;
    out.reserve(groups->size());
    for (const Row &row : std::as_const(*groups)) {
        const QByteArray id = row.at(0).toByteArray();
        QStringList groupMembers = membersById.value(id);
        groupMembers.sort();
        out.append(Channel{id, ChannelKind::Group, row.at(1).toString(), row.at(2).toString(),
                           groupMembers});
    }
    return out;
}

Result<QStringList> SqliteStorage::peersOf(const QString &identity)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT DISTINCT o.identity FROM channel_members m"
                              " JOIN channel_members o"
                              " ON o.channel_id = m.channel_id"
                              " WHERE m.identity = ? AND o.identity <> ?"),
               {identity, identity});
    if (!rows)
        return fail(rows.error());
    QStringList peers;
    peers.reserve(rows->size());
    for (const Row &row : std::as_const(*rows))
        peers.append(row.at(0).toString());
    peers.sort();
    return peers;
}

// Messages and queues.

Result<StoredMessage> SqliteStorage::storeMessage(const NewMessage &message)
{
    const QSet<protocol::DeviceId> distinct(message.queueFor.cbegin(), message.queueFor.cend());
    if (distinct.size() != message.queueFor.size())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a device is listed twice"));
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    Result<QList<Row>> earlier = select(QStringLiteral("SELECT seq, total, delivered FROM messages"
                                                       " WHERE sender_card = ? AND message_id = ?"),
                                        {blobOf(message.senderCard), blobOf(message.messageId)});
    if (!earlier)
        return fail(earlier.error());
    if (!earlier->isEmpty()) {
        const Row &row = earlier->first();
        return StoredMessage{row.at(0).toLongLong(), row.at(1).toInt(), row.at(2).toInt(), true};
    }
    const int total = int(message.queueFor.size());
    Result<Change> inserted =
        change(QStringLiteral("INSERT INTO messages (channel_id, sender_card, sender_device,"
                              " sender_identity, message_id, envelope, received_at_ms, total)"
                              " VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
               {message.channelId, blobOf(message.senderCard), blobOf(message.senderDevice),
                message.senderIdentity, blobOf(message.messageId), message.envelope,
                message.receivedAtMs, total});
    if (!inserted)
        return fail(inserted.error());
    const qint64 seq = inserted->lastRowId;
    // One statement prepared once, run per device, all inside this transaction.
    for (const protocol::DeviceId &device : message.queueFor)
        if (Result<Change> queued = change(QStringLiteral("INSERT INTO queue (device_id, seq)"
                                                          " VALUES (?, ?)"),
                                           {blobOf(device), seq});
            !queued)
            return fail(queued.error());
    // Queued for nobody: no ack will ever delete it. It keeps its seq, which is never reused.
    if (total == 0)
        if (Result<Change> dropped =
                change(QStringLiteral("DELETE FROM messages WHERE seq = ?"), {seq});
            !dropped)
            return fail(dropped.error());
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return StoredMessage{seq, total, 0, false};
}

Result<QList<QueuedMessage>> SqliteStorage::queue(const protocol::DeviceId &device, qint64 afterSeq,
                                                  int limit)
{
    // SQLite reads a negative LIMIT as "no limit".
    if (limit < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("negative limit"));
    Result<QList<Row>> rows = select(
        QStringLiteral("SELECT q.seq, m.channel_id, m.sender_identity, m.message_id, m.envelope,"
                       " m.received_at_ms FROM queue q JOIN messages m ON m.seq = q.seq"
                       " WHERE q.device_id = ? AND q.seq > ? ORDER BY q.seq LIMIT ?"),
        {blobOf(device), afterSeq, limit});
    if (!rows)
        return fail(rows.error());
    QList<QueuedMessage> out;
    out.reserve(rows->size());
    for (const Row &row : std::as_const(*rows)) {
        Result<protocol::MessageId> messageId = idFromColumn<protocol::MessageId>(row.at(3));
        if (!messageId)
            return fail(messageId.error());
        out.append(QueuedMessage{row.at(0).toLongLong(), row.at(1).toByteArray(),
                                 row.at(2).toString(), *messageId, row.at(4).toByteArray(),
                                 row.at(5).toLongLong()});
    }
    return out;
}

Result<int> SqliteStorage::queueLength(const protocol::DeviceId &device)
{
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT count(*) FROM queue WHERE device_id = ?"), {blobOf(device)});
    if (!rows)
        return fail(rows.error());
    return rows->isEmpty() ? 0 : rows->first().at(0).toInt();
}

Result<QList<AckedMessage>> SqliteStorage::ack(const protocol::DeviceId &device,
                                               const QList<qint64> &seqs)
{
    Transaction transaction(*this);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    QList<AckedMessage> acked;
    for (qint64 seq : seqs) {
        auto one = ackOne(device, seq);
        if (!one)
            return fail(one.error());
        if (*one)
            acked.append(**one);
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return acked;
}

Result<std::optional<AckedMessage>> SqliteStorage::ackOne(const protocol::DeviceId &device, qint64 seq)
{
    Result<Change> removed = change(
        QStringLiteral("DELETE FROM queue WHERE device_id = ? AND seq = ?"), {blobOf(device), seq});
    if (!removed)
        return fail(removed.error());
    if (removed->rows == 0)
        return std::optional<AckedMessage>{}; // a repeat or foreign ack: nothing changed
    if (Result<Change> counted =
            change(QStringLiteral("UPDATE messages SET delivered = delivered + 1"
                                  " WHERE seq = ?"),
                   {seq});
        !counted)
        return fail(counted.error());
    Result<QList<Row>> rows =
        select(QStringLiteral("SELECT message_id, sender_card, sender_device, delivered, total,"
                              " EXISTS (SELECT 1 FROM queue WHERE queue.seq = messages.seq)"
                              " FROM messages WHERE seq = ?"),
               {seq});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return fail(ErrorCode::IoError, QStringLiteral("a queued message is missing"));
    const Row &row = rows->first();
    Result<protocol::MessageId> messageId = idFromColumn<protocol::MessageId>(row.at(0));
    Result<protocol::CardId> senderCard = idFromColumn<protocol::CardId>(row.at(1));
    Result<protocol::DeviceId> senderDevice = idFromColumn<protocol::DeviceId>(row.at(2));
    if (!messageId || !senderCard || !senderDevice)
        return fail(ErrorCode::IoError,
                    QStringLiteral("the database holds an id of the wrong size"));
    if (!row.at(5).toBool())
        if (Result<Change> deleted =
                change(QStringLiteral("DELETE FROM messages WHERE seq = ?"), {seq});
            !deleted)
            return fail(deleted.error());
    return std::optional<AckedMessage>{
        AckedMessage{*messageId, *senderCard, *senderDevice, row.at(3).toInt(), row.at(4).toInt()}};
}

} // namespace cardinal::server
