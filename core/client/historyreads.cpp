// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore's reading half: messages, windows, summaries and the outbox.
#include "historystore.h"

#include "historysupport.h"

#include <QHash>

#include <limits>

namespace cardinal::client {

using namespace cardinal::client::history;
using protocol::MessageId;
using Row = ProfileDatabase::Row;

namespace {

// decodeMessage() reads these in this order.
const QString &messageColumns()
{
    static const QString columns =
        QStringLiteral("m.seq, m.id, m.direction, m.state, m.sent_at_ms, m.received_at_ms,"
                       " m.delivered, m.total, m.sender, m.body, m.failure");
    return columns;
}
constexpr qsizetype MessageColumnCount = 11;

QString preview(const QString &body)
{
    QString text = body.simplified();
    if (text.size() > PreviewLength) {
        text.truncate(PreviewLength);
        if (text.back().isHighSurrogate())
            text.chop(1);
    }
    return text;
}

} // namespace

std::optional<ConversationRef> history::refFromKey(QByteArrayView key)
{
    const qsizetype separator = key.indexOf('\0');
    if (separator < 0)
        return std::nullopt;
    const QByteArrayView prefix = key.first(separator);
    const QByteArrayView rest = key.sliced(separator + 1);
    ConversationRef ref;
    if (prefix == DirectPrefix)
        ref = ConversationRef::direct(QString::fromUtf8(rest));
    else if (prefix == GroupPrefix)
        ref = ConversationRef::group(rest.toByteArray());
    else
        return std::nullopt;
    if (!ref.isValid() || ref.key() != key)
        return std::nullopt;
    return ref;
}

Result<HistoryMessage> HistoryStore::decodeMessage(const Row &row,
                                                   const ConversationRef &conversation,
                                                   const QByteArray &lookup) const
{
    std::optional<MessageId> id = MessageId::fromBytes(row.at(1).toByteArray());
    const int direction = row.at(2).toInt();
    const int state = row.at(3).toInt();
    if (!id)
        return corrupt(QStringLiteral("a message id of the wrong size"));
    if (direction < 0 || direction > int(Direction::System) || state < 0 ||
        state > int(MessageState::Undecryptable))
        return corrupt(QStringLiteral("an unknown message direction or state"));
    HistoryMessage message;
    message.id = *id;
    message.conversation = conversation;
    message.direction = Direction(direction);
    message.state = MessageState(state);
    message.orderKey = row.at(0).toLongLong();
    message.sentAtMs = row.at(4).toLongLong();
    message.receivedAtMs = row.at(5).toLongLong();
    message.delivered = row.at(6).toInt();
    message.total = row.at(7).toInt();
    const QByteArray rowKey = messageRowKey(*id, lookup, message.direction);
    Result<QByteArray> sender = m_db.unseal(SenderContext, rowKey, row.at(8).toByteArray());
    Result<QByteArray> body = m_db.unseal(BodyContext, rowKey, row.at(9).toByteArray());
    if (!sender || !body)
        return fail(sender ? body.error() : sender.error());
    message.sender = QString::fromUtf8(*sender);
    message.body = std::move(*body);
    if (!row.at(10).isNull()) {
        Result<QByteArray> sealed = m_db.unseal(FailureContext, rowKey, row.at(10).toByteArray());
        if (!sealed)
            return fail(sealed.error());
        Result<FailureReason> failure = decodeFailureReason(*sealed);
        if (!failure)
            return fail(failure.error());
        message.failure = std::move(*failure);
    }
    return message;
}

Result<QList<HistoryMessage>> HistoryStore::joinedMessages(const QString &sql,
                                                           std::initializer_list<QVariant> values)
{
    Result<QList<Row>> rows = m_db.select(sql, values);
    if (!rows)
        return fail(rows.error());
    QHash<QByteArray, ConversationRef> refs; // by lookup: each conversation opened once
    QList<HistoryMessage> out;
    out.reserve(rows->size());
    for (const Row &row : *rows) {
        const QByteArray lookup = row.at(MessageColumnCount).toByteArray();
        auto ref = refs.constFind(lookup);
        if (ref == refs.cend()) {
            Result<QByteArray> key =
                m_db.unseal(RefContext, lookup, row.at(MessageColumnCount + 1).toByteArray());
            if (!key)
                return fail(key.error());
            std::optional<ConversationRef> opened = refFromKey(*key);
            if (!opened)
                return corrupt(QStringLiteral("a conversation reference it cannot parse"));
            ref = refs.insert(lookup, *opened);
        }
        Result<HistoryMessage> message = decodeMessage(row, *ref, lookup);
        if (!message)
            return fail(message.error());
        out.append(std::move(*message));
    }
    return out;
}

Result<std::optional<HistoryMessage>> HistoryStore::message(const MessageId &id)
{
    Result<QList<HistoryMessage>> found = joinedMessages(
        QStringLiteral("SELECT ") + messageColumns() +
            QStringLiteral(", c.lookup, c.ref FROM messages m"
                           " JOIN conversations c ON c.id = m.conversation WHERE m.id = ?"),
        {id.toByteArray()});
    if (!found)
        return fail(found.error());
    if (found->isEmpty())
        return std::optional<HistoryMessage>{};
    return std::optional{found->takeFirst()};
}

Result<QList<HistoryMessage>> HistoryStore::messages(const ConversationRef &conversation, int limit,
                                                     std::optional<qint64> beforeOrderKey)
{
    if (limit <= 0)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a window needs a positive limit"));
    if (!conversation.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("invalid conversation"));
    Result<std::optional<ConversationRow>> row = conversationRow(conversation, false);
    if (!row)
        return fail(row.error());
    if (!*row)
        return QList<HistoryMessage>{};
    // Served by messages_by_conversation: a range scan backwards from the order key.
    static const QString sql = QStringLiteral("SELECT ") + messageColumns() +
                               QStringLiteral(" FROM messages m WHERE m.conversation = ?"
                                              " AND m.seq < ? ORDER BY m.seq DESC LIMIT ?");
    Result<QList<Row>> rows = m_db.select(
        sql, {(*row)->id, beforeOrderKey.value_or(std::numeric_limits<qint64>::max()), limit});
    if (!rows)
        return fail(rows.error());
    QList<HistoryMessage> out;
    out.reserve(rows->size());
    for (const Row &columns : *rows) {
        Result<HistoryMessage> message = decodeMessage(columns, conversation, (*row)->lookup);
        if (!message)
            return fail(message.error());
        out.append(std::move(*message));
    }
    return out;
}

Result<qint64> HistoryStore::messageCount(const ConversationRef &conversation)
{
    Result<QList<Row>> rows =
        m_db.select(QStringLiteral("SELECT count(*) FROM messages m JOIN conversations c"
                                   " ON c.id = m.conversation WHERE c.lookup = ?"),
                    {m_db.lookup(conversation.key())});
    if (!rows)
        return fail(rows.error());
    return rows->first().at(0).toLongLong();
}

Result<QList<ConversationSummary>> HistoryStore::conversations()
{
    // The newest message is found through the index (max(seq) of the conversation), and
    // unread counts are index range scans past the read mark.
    Result<QList<Row>> rows = m_db.select(
        QStringLiteral("SELECT c.lookup, c.ref, c.title,"
                       " (SELECT count(*) FROM messages u WHERE u.conversation = c.id"
                       "  AND u.seq > c.last_read_seq AND u.direction = 0),"
                       " m.seq, m.id, m.direction, m.sent_at_ms, m.received_at_ms, m.body,"
                       " m.sender, c.draft"
                       " FROM conversations c LEFT JOIN messages m"
                       " ON m.seq = (SELECT max(l.seq) FROM messages l WHERE l.conversation = c.id)"
                       " ORDER BY coalesce(m.seq, c.listed_after_seq) DESC, c.id DESC"));
    if (!rows)
        return fail(rows.error());
    QList<ConversationSummary> out;
    out.reserve(rows->size());
    for (const Row &row : *rows) {
        const QByteArray lookup = row.at(0).toByteArray();
        Result<QByteArray> key = m_db.unseal(RefContext, lookup, row.at(1).toByteArray());
        if (!key)
            return fail(key.error());
        std::optional<ConversationRef> ref = refFromKey(*key);
        if (!ref)
            return corrupt(QStringLiteral("a conversation reference it cannot parse"));
        ConversationSummary summary{*ref, ref->peer, {}, 0, row.at(3).toInt(), {}, {}};
        if (ref->kind == ConversationRef::Kind::Group && !row.at(2).isNull()) {
            Result<QByteArray> title = m_db.unseal(TitleContext, lookup, row.at(2).toByteArray());
            if (!title)
                return fail(title.error());
            summary.title = QString::fromUtf8(*title);
        }
        if (!row.at(11).isNull()) {
            Result<QByteArray> draft = m_db.unseal(DraftContext, lookup, row.at(11).toByteArray());
            if (!draft)
                return fail(draft.error());
            summary.draft = preview(QString::fromUtf8(*draft));
        }
        if (!row.at(4).isNull()) {
            std::optional<MessageId> id = MessageId::fromBytes(row.at(5).toByteArray());
            const int direction = row.at(6).toInt();
            if (!id || direction < 0 || direction > int(Direction::System))
                return corrupt(QStringLiteral("a malformed message row"));
            const QByteArray rowKey = messageRowKey(*id, lookup, Direction(direction));
            Result<QByteArray> body = m_db.unseal(BodyContext, rowKey, row.at(9).toByteArray());
            if (!body)
                return fail(body.error());
            summary.lastNotice = noticeKindOf(Direction(direction), *body);
            if (summary.lastNotice) {
                // The notice's identity is its sender: opened only here, where it is needed.
                Result<QByteArray> sender =
                    m_db.unseal(SenderContext, rowKey, row.at(10).toByteArray());
                if (!sender)
                    return fail(sender.error());
                summary.lastPreview =
                    preview(noticeTextEnglish(*summary.lastNotice, QString::fromUtf8(*sender)));
            } else {
                summary.lastPreview = preview(QString::fromUtf8(*body));
            }
            summary.lastAtMs = Direction(direction) == Direction::Incoming ? row.at(8).toLongLong()
                                                                           : row.at(7).toLongLong();
        }
        out.append(std::move(summary));
    }
    return out;
}

Result<QList<HistoryMessage>> HistoryStore::outbox()
{
    // The WHERE clause repeats messages_outbox's, which lets SQLite use that partial index.
    static const QString sql =
        QStringLiteral("SELECT ") + messageColumns() +
        QStringLiteral(", c.lookup, c.ref FROM messages m JOIN conversations c"
                       " ON c.id = m.conversation WHERE m.direction = 1 AND m.state IN (0, 1)"
                       " ORDER BY m.seq");
    return joinedMessages(sql, {});
}

} // namespace cardinal::client
