// SPDX-License-Identifier: GPL-3.0-or-later
#include "historystore.h"

#include "historysupport.h"

#include <QHash>

namespace cardinal::client {

using protocol::MessageId;
using Row = ProfileDatabase::Row;

using namespace cardinal::client::history;

namespace {

QVariant nullBlob()
{
    return QVariant(QMetaType::fromType<QByteArray>());
}

Result<void> checkCounts(int delivered, int total)
{
    if (delivered < 0 || total < 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("negative delivery count"));
    return {};
}

// What goes into messages.failure: `failure` in its stored form, sealed, or NULL for none.
Result<QVariant> sealFailure(ProfileDatabase &db, const QByteArray &rowKey,
                             const std::optional<FailureReason> &failure)
{
    if (!failure)
        return nullBlob();
    Result<QByteArray> encoded = encodeFailureReason(*failure);
    if (!encoded)
        return fail(encoded.error());
    Result<QByteArray> sealed = db.seal(FailureContext, rowKey, *encoded);
    if (!sealed)
        return fail(sealed.error());
    return QVariant(*sealed);
}

} // namespace

ConversationRef ConversationRef::direct(const QString &peer)
{
    return ConversationRef{Kind::Direct, peer, {}};
}

ConversationRef ConversationRef::group(const QByteArray &groupId)
{
    return ConversationRef{Kind::Group, {}, groupId};
}

QByteArray ConversationRef::key() const
{
    if (kind == Kind::Direct)
        return DirectPrefix.toByteArray() + '\0' + peer.toUtf8();
    return GroupPrefix.toByteArray() + '\0' + groupId;
}

bool ConversationRef::isValid() const
{
    if (kind == Kind::Direct)
        return !peer.isEmpty() && groupId.isEmpty();
    return kind == Kind::Group && groupId.size() == GroupIdSize && peer.isEmpty();
}

Result<std::optional<HistoryStore::ConversationRow>>
HistoryStore::conversationRow(const ConversationRef &ref, bool create)
{
    const QByteArray lookup = m_db.lookup(ref.key());
    Result<QList<Row>> found =
        m_db.select(QStringLiteral("SELECT id FROM conversations WHERE lookup = ?"), {lookup});
    if (!found)
        return fail(found.error());
    if (!found->isEmpty())
        return std::optional{ConversationRow{found->first().at(0).toLongLong(), lookup}};
    if (!create)
        return std::optional<ConversationRow>{};
    Result<QByteArray> sealedRef = m_db.seal(RefContext, lookup, ref.key());
    if (!sealedRef)
        return fail(sealedRef.error());
    Result<ProfileDatabase::Change> inserted =
        // Listed after the newest message of now: a conversation just started comes first.
        m_db.change(QStringLiteral("INSERT INTO conversations (lookup, ref, listed_after_seq)"
                                   " VALUES (?, ?, (SELECT coalesce(max(seq), 0) FROM messages))"),
                    {lookup, *sealedRef});
    if (!inserted)
        return fail(inserted.error());
    return std::optional{ConversationRow{inserted->lastRowId, lookup}};
}

Result<std::optional<qint64>> HistoryStore::insert(const HistoryMessage &message,
                                                   const ConversationRow &row)
{
    const QByteArray id = message.id.toByteArray();
    Result<QList<Row>> existing =
        m_db.select(QStringLiteral("SELECT 1 FROM messages WHERE id = ?"), {id});
    if (!existing)
        return fail(existing.error());
    if (!existing->isEmpty())
        return std::optional<qint64>();
    const QByteArray rowKey = messageRowKey(message.id, row.lookup, message.direction);
    Result<QByteArray> sender = m_db.seal(SenderContext, rowKey, message.sender.toUtf8());
    Result<QByteArray> body = m_db.seal(BodyContext, rowKey, message.body);
    if (!sender || !body)
        return fail(sender ? body.error() : sender.error());
    Result<QVariant> failure = sealFailure(m_db, rowKey, message.failure);
    if (!failure)
        return fail(failure.error());
    Result<ProfileDatabase::Change> inserted = m_db.change(
        QStringLiteral("INSERT INTO messages (id, conversation, direction, state, sent_at_ms,"
                       " received_at_ms, delivered, total, sender, body, failure)"
                       " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        {id, row.id, int(message.direction), int(message.state), message.sentAtMs,
         message.receivedAtMs, message.delivered, message.total, *sender, *body, *failure});
    if (!inserted)
        return fail(inserted.error());
    return std::optional<qint64>(inserted->lastRowId); // the seq column: the order key
}

Result<bool> HistoryStore::addMessage(const HistoryMessage &message)
{
    Result<QList<HistoryMessage>> added = addMessages({message});
    if (!added)
        return fail(added.error());
    return added->size() == 1;
}

Result<QList<HistoryMessage>> HistoryStore::addMessages(const QList<HistoryMessage> &messages)
{
    // Everything is checked before the first write, so a bad message costs nothing.
    for (const HistoryMessage &message : messages) {
        if (!message.conversation.isValid())
            return fail(ErrorCode::InvalidArgument, QStringLiteral("invalid conversation"));
        if (Result<void> counts = checkCounts(message.delivered, message.total); !counts)
            return fail(counts.error());
        if (message.failure)
            if (Result<QByteArray> encoded = encodeFailureReason(*message.failure); !encoded)
                return fail(encoded.error());
    }
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    QHash<QByteArray, ConversationRow> rows; // by ConversationRef::key()
    QList<HistoryMessage> added;
    for (const HistoryMessage &message : messages) {
        const QByteArray key = message.conversation.key();
        auto row = rows.constFind(key);
        if (row == rows.cend()) {
            Result<std::optional<ConversationRow>> found =
                conversationRow(message.conversation, true);
            if (!found)
                return fail(found.error());
            row = rows.insert(key, **found);
        }
        Result<std::optional<qint64>> inserted = insert(message, *row);
        if (!inserted)
            return fail(inserted.error());
        if (*inserted) {
            added.append(message);
            added.last().orderKey = **inserted;
        }
    }
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return added;
}

Result<void> HistoryStore::updateState(const MessageId &id, MessageState state, int delivered,
                                       int total, const std::optional<FailureReason> &failure)
{
    if (Result<void> counts = checkCounts(delivered, total); !counts)
        return counts;
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<QList<Row>> found =
        m_db.select(QStringLiteral("SELECT c.lookup, m.direction FROM messages m"
                                   " JOIN conversations c ON c.id = m.conversation WHERE m.id = ?"),
                    {id.toByteArray()});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return fail(ErrorCode::NotFound,
                    QStringLiteral("no message %1 in the history").arg(protocol::toHex(id)));
    const int direction = found->first().at(1).toInt();
    if (direction < 0 || direction > int(Direction::System))
        return corrupt(QStringLiteral("an unknown message direction"));
    const QByteArray rowKey =
        messageRowKey(id, found->first().at(0).toByteArray(), Direction(direction));
    Result<QVariant> sealed = sealFailure(m_db, rowKey, failure);
    if (!sealed)
        return fail(sealed.error());
    Result<ProfileDatabase::Change> updated = m_db.change(
        QStringLiteral("UPDATE messages SET state = ?, delivered = ?, total = ?, failure = ?"
                       " WHERE id = ?"),
        {int(state), delivered, total, *sealed, id.toByteArray()});
    if (!updated)
        return fail(updated.error());
    return transaction.commit();
}

Result<void> HistoryStore::markRead(const ConversationRef &conversation)
{
    Result<ProfileDatabase::Change> marked = m_db.change(
        QStringLiteral("UPDATE conversations SET last_read_seq = (SELECT coalesce(max(seq), 0)"
                       " FROM messages WHERE conversation = conversations.id) WHERE lookup = ?"),
        {m_db.lookup(conversation.key())});
    return marked ? Result<void>() : fail(marked.error());
}

Result<void> HistoryStore::setGroupTitle(const QByteArray &groupId, const QString &name)
{
    const ConversationRef ref = ConversationRef::group(groupId);
    if (!ref.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a group id has 16 bytes"));
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<ConversationRow>> row = conversationRow(ref, true);
    if (!row)
        return fail(row.error());
    QVariant title = nullBlob();
    if (!name.isEmpty()) {
        Result<QByteArray> sealed = m_db.seal(TitleContext, (*row)->lookup, name.toUtf8());
        if (!sealed)
            return fail(sealed.error());
        title = *sealed;
    }
    Result<ProfileDatabase::Change> updated = m_db.change(
        QStringLiteral("UPDATE conversations SET title = ? WHERE id = ?"), {title, (*row)->id});
    if (!updated)
        return fail(updated.error());
    return transaction.commit();
}

} // namespace cardinal::client
