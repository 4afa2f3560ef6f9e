// SPDX-License-Identifier: GPL-3.0-or-later
// Public: conversations and their messages as values (no storage; see Messenger).
#pragma once

#include "failurereason.h"
#include "notices.h"
#include "protocol/envelope.h"
#include "protocol/ids.h"

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

} // namespace cardinal::client
