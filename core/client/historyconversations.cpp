// SPDX-License-Identifier: GPL-3.0-or-later
// HistoryStore: what the person keeps per conversation besides its messages — started
// chats, drafts, and which conversation was open.
#include "historystore.h"

#include "historysupport.h"

namespace cardinal::client {

using namespace cardinal::client::history;
using Row = ProfileDatabase::Row;

Result<bool> HistoryStore::startConversation(const ConversationRef &conversation)
{
    if (!conversation.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("invalid conversation"));
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    Result<std::optional<ConversationRow>> existing = conversationRow(conversation, false);
    if (!existing)
        return fail(existing.error());
    if (*existing)
        return false;
    Result<std::optional<ConversationRow>> created = conversationRow(conversation, true);
    if (!created)
        return fail(created.error());
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return true;
}

Result<void> HistoryStore::setDraft(const ConversationRef &conversation, const QString &text)
{
    if (!conversation.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("invalid conversation"));
    const QByteArray utf8 = text.toUtf8();
    if (utf8.size() > MaxDraftBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("the draft is too long"));
    const bool clearing = text.trimmed().isEmpty();
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    // Clearing the draft of a conversation that does not exist creates nothing.
    Result<std::optional<ConversationRow>> row = conversationRow(conversation, !clearing);
    if (!row)
        return fail(row.error());
    if (!*row)
        return {};
    QVariant sealed(QMetaType::fromType<QByteArray>());
    if (!clearing) {
        Result<QByteArray> value = m_db.seal(DraftContext, (*row)->lookup, utf8);
        if (!value)
            return fail(value.error());
        sealed = *value;
    }
    Result<ProfileDatabase::Change> updated = m_db.change(
        QStringLiteral("UPDATE conversations SET draft = ? WHERE id = ?"), {sealed, (*row)->id});
    if (!updated)
        return fail(updated.error());
    return transaction.commit();
}

Result<QString> HistoryStore::draft(const ConversationRef &conversation)
{
    const QByteArray lookup = m_db.lookup(conversation.key());
    Result<QList<Row>> rows = m_db.select(
        QStringLiteral("SELECT draft FROM conversations WHERE lookup = ?"), {lookup});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty() || rows->first().at(0).isNull())
        return QString();
    Result<QByteArray> text = m_db.unseal(DraftContext, lookup, rows->first().at(0).toByteArray());
    if (!text)
        return fail(text.error());
    return QString::fromUtf8(*text);
}

Result<void> HistoryStore::markOpened(const ConversationRef &conversation)
{
    if (!conversation.isValid())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("invalid conversation"));
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<std::optional<ConversationRow>> row = conversationRow(conversation, true);
    if (!row)
        return fail(row.error());
    Result<ProfileDatabase::Change> updated = m_db.change(
        QStringLiteral("UPDATE conversations SET opened_seq ="
                       " (SELECT max(opened_seq) FROM conversations) + 1 WHERE id = ?"),
        {(*row)->id});
    if (!updated)
        return fail(updated.error());
    return transaction.commit();
}

Result<std::optional<ConversationRef>> HistoryStore::lastOpened()
{
    Result<QList<Row>> rows =
        m_db.select(QStringLiteral("SELECT lookup, ref FROM conversations WHERE opened_seq > 0"
                                   " ORDER BY opened_seq DESC LIMIT 1"));
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<ConversationRef>{};
    const QByteArray lookup = rows->first().at(0).toByteArray();
    Result<QByteArray> key = m_db.unseal(RefContext, lookup, rows->first().at(1).toByteArray());
    if (!key)
        return fail(key.error());
    std::optional<ConversationRef> ref = refFromKey(*key);
    if (!ref)
        return corrupt(QStringLiteral("a conversation reference it cannot parse"));
    return ref;
}

} // namespace cardinal::client
