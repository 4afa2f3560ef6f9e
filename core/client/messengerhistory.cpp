// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: reading and keeping the history and contacts, and announcing what changed.
#include "messenger.h"
#include "messenger_p.h"

namespace cardinal::client {

using protocol::MessageId;

void Messenger::announceAdded(const QList<MessageId> &ids)
{
    QList<HistoryMessage> added;
    added.reserve(ids.size());
    for (const MessageId &id : ids) {
        auto stored = m_parts->history.message(id);
        if (!stored) {
            qCWarning(lcMessenger) << "cannot read back a new message:" << stored.error().message();
            continue;
        }
        if (*stored)
            added.append(std::move(**stored));
    }
    if (!added.isEmpty())
        Q_EMIT messagesAdded(added);
}

void Messenger::announceChanged(const MessageId &id)
{
    auto stored = m_parts->history.message(id);
    if (!stored) {
        qCWarning(lcMessenger) << "cannot read back a changed message:" << stored.error().message();
        return;
    }
    if (*stored)
        Q_EMIT messageChanged(**stored);
}

Result<QList<ConversationSummary>> Messenger::conversations()
{
    return m_parts->history.conversations();
}

Result<QList<HistoryMessage>> Messenger::messages(const ConversationRef &conversation, int limit,
                                                  std::optional<qint64> beforeOrderKey)
{
    return m_parts->history.messages(conversation, limit, beforeOrderKey);
}

Result<std::optional<HistoryMessage>> Messenger::message(const MessageId &id)
{
    return m_parts->history.message(id);
}

Result<QList<HistoryMessage>> Messenger::pendingMessages()
{
    return m_parts->history.outbox();
}

Result<bool> Messenger::startConversation(const ConversationRef &conversation)
{
    auto started = m_parts->history.startConversation(conversation);
    if (started && *started)
        Q_EMIT conversationStarted(conversation);
    return started;
}

Result<void> Messenger::markRead(const ConversationRef &conversation)
{
    auto read = m_parts->history.markRead(conversation);
    if (read)
        Q_EMIT conversationRead(conversation);
    return read;
}

Result<void> Messenger::markOpened(const ConversationRef &conversation)
{
    auto opened = m_parts->history.markOpened(conversation);
    if (opened)
        Q_EMIT conversationOpened(conversation);
    return opened;
}

Result<std::optional<ConversationRef>> Messenger::lastOpened()
{
    return m_parts->history.lastOpened();
}

Result<void> Messenger::saveDraft(const ConversationRef &conversation, const QString &text)
{
    auto saved = m_parts->history.setDraft(conversation, text);
    if (saved)
        Q_EMIT draftSaved(conversation);
    return saved;
}

Result<QString> Messenger::draft(const ConversationRef &conversation)
{
    return m_parts->history.draft(conversation);
}

Result<std::optional<Contact>> Messenger::contact(const QString &identity)
{
    return m_parts->trust.contact(identity);
}

} // namespace cardinal::client
