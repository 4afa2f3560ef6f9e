// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Private to core/client (and white-box tests): the UI reads the history through Messenger.
#include "common/result.h"
#include "conversations.h"
#include "profiledatabase.h"
#include "trustnotices.h"

#include <QList>

#include <optional>

namespace cardinal::client {

//! The message history of a profile, including the outbox, in its ProfileDatabase.
//!
//! The outbox is not a table of its own: an outgoing message is added (Queued) before it is
//! sent, and outbox() lists outgoing messages still Queued or Held, so nothing typed is lost
//! to a crash or restart. Each write is one transaction; not thread-safe (see ProfileDatabase).
//!
//! Storage (see ProfileDatabase for the encryption): a conversation row is found by
//! lookup(ref.key()); its ref and title are sealed with the lookup as row key. A message's
//! sender, body and failure reason are sealed with row key
//! `message id || conversation lookup || direction byte`, which binds them to the message,
//! its conversation and its direction. The failure reason is sealed in its stored form
//! (encodeFailureReason()); reasons of older versions, English sentences, read back as
//! FailureKind::Other with their text.
//! A row that fails to open makes the reading call fail with CorruptFile.
class HistoryStore
{
public:
    //! A store over `database`, which must outlive it.
    explicit HistoryStore(ProfileDatabase &database) : m_db(database) {}

    //! Adds a message, creating its conversation if needed. False when a message with this
    //! id exists already: nothing changes, so receivers can de-duplicate by id.
    //! InvalidArgument for an invalid conversation ref, negative counts or a failure reason
    //! beyond its bounds (FailureReason::make() keeps within them).
    [[nodiscard]] Result<bool> addMessage(const HistoryMessage &message);
    //! Adds many messages in one transaction (an import, a burst after reconnecting);
    //! all or nothing. Returns those that were new, in order, as stored (their orderKey
    //! set), so that nobody reads them back; duplicates are skipped as in addMessage().
    [[nodiscard]] Result<QList<HistoryMessage>>
    addMessages(const QList<HistoryMessage> &messages);

    //! Sets a message's state, delivery counts and failure reason (nullopt = none).
    //! NotFound when there is no such message; InvalidArgument as addMessage(). Does not
    //! judge transitions: the messaging layer decides what may follow what.
    [[nodiscard]] Result<void> updateState(const protocol::MessageId &id, MessageState state,
                                           int delivered, int total,
                                           const std::optional<FailureReason> &failure = {});

    //! The message with `id`, if there is one.
    [[nodiscard]] Result<std::optional<HistoryMessage>> message(const protocol::MessageId &id);

    //! Up to `limit` (> 0) messages of `conversation`, newest first, all older than
    //! `beforeOrderKey` when given: the newest window, then the one before it, and so on.
    //! Uses an index, so a window costs the same in a conversation of any length.
    [[nodiscard]] Result<QList<HistoryMessage>>
    messages(const ConversationRef &conversation, int limit,
             std::optional<qint64> beforeOrderKey = std::nullopt);

    //! How many messages `conversation` holds (0 for an unknown one).
    [[nodiscard]] Result<qint64> messageCount(const ConversationRef &conversation);

    //! Every conversation, the one with the newest message first. One without messages (a
    //! chat just started, a group only named so far) is listed as if its first message had
    //! arrived when it was created: above everything older, below anything newer.
    [[nodiscard]] Result<QList<ConversationSummary>> conversations();

    //! Marks every message of `conversation` read, so its unread count drops to 0.
    //! A no-op for an unknown conversation.
    [[nodiscard]] Result<void> markRead(const ConversationRef &conversation);

    //! Names a group, creating its conversation if needed (so it is listed before the first
    //! message). An empty name clears it.
    [[nodiscard]] Result<void> setGroupTitle(const QByteArray &groupId, const QString &name);

    //! The outbox: outgoing messages still Queued or Held, oldest first.
    [[nodiscard]] Result<QList<HistoryMessage>> outbox();

    // What the person keeps per conversation (historyconversations.cpp).

    //! Creates `conversation` if it does not exist yet, so that it is listed (on top) before
    //! its first message: a chat someone just started. True when it was created.
    [[nodiscard]] Result<bool> startConversation(const ConversationRef &conversation);
    //! Keeps `text` as the conversation's draft, sealed like a message body (creating the
    //! conversation if needed); text that is empty or only white space removes the draft.
    //! At most MaxDraftBytes of UTF-8 (TooLarge otherwise).
    [[nodiscard]] Result<void> setDraft(const ConversationRef &conversation, const QString &text);
    //! The conversation's draft; empty when there is none (or no such conversation).
    [[nodiscard]] Result<QString> draft(const ConversationRef &conversation);
    //! Records that the person opened `conversation` (creating it if needed), so that
    //! lastOpened() names it, e.g. after unlocking or restarting.
    [[nodiscard]] Result<void> markOpened(const ConversationRef &conversation);
    //! The conversation markOpened() was called for last, if any.
    [[nodiscard]] Result<std::optional<ConversationRef>> lastOpened();

private:
    //! A conversation's row id and lookup value.
    struct ConversationRow
    {
        qint64 id = 0;
        QByteArray lookup;
    };

    //! The conversation's row id and lookup, creating the row when `create` is set.
    [[nodiscard]] Result<std::optional<ConversationRow>> conversationRow(const ConversationRef &ref,
                                                                         bool create);
    //! Seals and inserts one message unless its id exists; inside a transaction.
    //! The new message's order key, or nothing when one with its id exists.
    [[nodiscard]] Result<std::optional<qint64>> insert(const HistoryMessage &message,
                                                       const ConversationRow &row);
    //! A message from the columns of messageColumns(), in `conversation` with `lookup`.
    [[nodiscard]] Result<HistoryMessage> decodeMessage(const ProfileDatabase::Row &row,
                                                       const ConversationRef &conversation,
                                                       const QByteArray &lookup) const;
    //! Messages joined with their conversation (outbox(), message()).
    [[nodiscard]] Result<QList<HistoryMessage>>
    joinedMessages(const QString &sql, std::initializer_list<QVariant> values);

    ProfileDatabase &m_db;
};

} // namespace cardinal::client
