// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "failurereason.h"
#include "profiledatabase.h"
#include "protocol/envelope.h"
#include "protocol/ids.h"
#include "trustnotices.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <optional>

namespace cardinal::client {

//! Length of a group's id.
using protocol::GroupIdSize;
//! Characters of a message body shown in a conversation summary.
inline constexpr qsizetype PreviewLength = 120;
//! The longest draft kept: as long as the longest message.
inline constexpr qsizetype MaxDraftBytes = protocol::MaxMessageBodyBytes;

//! Which conversation a message belongs to: a direct one with one peer, or a group.
struct ConversationRef
{
    enum class Kind : quint8 {
        Direct, //!< two people; named by the other party's identity
        Group,  //!< named by the group's id
    };

    Kind kind = Kind::Direct;
    QString peer;       //!< Direct: the other party's identity, canonical (normalizeEmail())
    QByteArray groupId; //!< Group: the group's GroupIdSize-byte id

    //! The direct conversation with `peer`.
    [[nodiscard]] static ConversationRef direct(const QString &peer);
    //! The conversation of group `groupId`.
    [[nodiscard]] static ConversationRef group(const QByteArray &groupId);

    //! A stable byte string naming the conversation: "direct" 0x00 peer (UTF-8) or
    //! "group" 0x00 group id. Equal refs have equal keys, different refs different keys.
    [[nodiscard]] QByteArray key() const;
    //! A direct ref with a non-empty peer and no group id, or a group ref with a
    //! GroupIdSize-byte id and no peer.
    [[nodiscard]] bool isValid() const;

    friend bool operator==(const ConversationRef &, const ConversationRef &) = default;
};

//! Who wrote a timeline entry. The numbers are stored; never renumber.
enum class Direction : quint8 {
    Incoming = 0, //!< from someone else
    Outgoing = 1, //!< written by us: on this device, or a copy from another device of ours
    System = 2,   //!< a line of our own in the timeline, e.g. "the key of bob changed"
};

//! Where a message stands. The numbers are stored; never renumber.
enum class MessageState : quint8 {
    Queued = 0,        //!< outgoing, written, not yet accepted by the server (in the outbox)
    Held = 1,          //!< outgoing, waiting for the user; `failure` says why (a key changed)
    Stored = 2,        //!< outgoing, the server stored it for the recipients
    Delivered = 3,     //!< outgoing, recipients' devices fetched it (see delivered/total)
    Failed = 4,        //!< outgoing, given up; `failure` says why
    Received = 5,      //!< incoming (or system), opened and verified
    Undecryptable = 6, //!< incoming, kept as "could not decrypt" with `failure` saying why
};

//! One entry of a conversation's timeline.
struct HistoryMessage
{
    protocol::MessageId id; //!< the sender's random id; unique in the store
    ConversationRef conversation;
    Direction direction = Direction::Incoming;
    QString sender;          //!< the author's identity (ours when outgoing)
    QByteArray body;         //!< the content as the messaging layer defines it
    qint64 sentAtMs = 0;     //!< the sender's clock, ms since the Unix epoch
    qint64 receivedAtMs = 0; //!< our clock when it arrived (or was written)
    MessageState state = MessageState::Received;
    int delivered = 0; //!< devices that have fetched it (outgoing)
    int total = 0;     //!< devices it was encrypted to (outgoing)
    //! Why it is Held, Failed or Undecryptable; nothing otherwise. Stored sealed, as a kind
    //! rather than words (see failurereason.h), so that each program says it in its language.
    std::optional<FailureReason> failure;
    //! Position in the local timeline, set by the store when reading (ignored when adding):
    //! increases with every message added, never reused. Pass the smallest one of a window
    //! as `beforeOrderKey` to get the window before it.
    qint64 orderKey = 0;

    friend bool operator==(const HistoryMessage &, const HistoryMessage &) = default;
};

//! One line of the conversation list.
struct ConversationSummary
{
    ConversationRef ref;
    QString title;       //!< the group's name (empty until set) or the peer's identity
    QString lastPreview; //!< the newest message's body as one line of text, at most
                         //!< PreviewLength characters; empty when there are no messages.
                         //!< A notice's English sentence rather than its token.
    qint64 lastAtMs = 0; //!< the newest message's time: received for incoming, sent otherwise
    int unreadCount = 0; //!< incoming messages added after the last markRead()
    //! Set when the newest entry is a trust notice (see NoticeKind): lastPreview then holds
    //! noticeTextEnglish(), and a UI says it in its own language instead. Notices are about
    //! the peer of the direct conversation they are in.
    std::optional<NoticeKind> lastNotice;
    //! What was typed there and not sent (setDraft()), as one line of at most PreviewLength
    //! characters; empty when there is none.
    QString draft;

    friend bool operator==(const ConversationSummary &, const ConversationSummary &) = default;
};

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
    //! all or nothing. Returns the ids of those that were new, in order; duplicates are
    //! skipped as in addMessage().
    [[nodiscard]] Result<QList<protocol::MessageId>>
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
    [[nodiscard]] Result<bool> insert(const HistoryMessage &message, const ConversationRow &row);
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
