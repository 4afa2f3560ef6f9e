// SPDX-License-Identifier: GPL-3.0-or-later
// Public: what a trust notice in a conversation says (a value header of the facade).
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QLatin1StringView>
#include <QString>

#include <optional>

namespace cardinal::client {

// Declared, not included: conversations.h includes this header (ConversationSummary names a
// NoticeKind).
struct HistoryMessage;
enum class Direction : quint8;

//! What a trust notice in a conversation says happened. A notice is a Direction::System
//! entry of the direct conversation with the identity it is about; its sender is that
//! identity and its body a stable ASCII token ("cardinal-notice:key-changed-held", ...), not
//! a sentence, so every program can say it in its own language: the app through
//! ui::Wording::notice(), the CLI through its catalogue, logs and JSON through
//! noticeTextEnglish(). Entries stored before the tokens carry an English sentence as their
//! body; noticeKindOf() does not recognise them and they are shown as they are.
enum class NoticeKind : quint8 {
    KeyChangedHeld, //!< a verified contact's key changed: messages to them are held
    KeyChanged,     //!< an unverified contact's key changed and was adopted
    Revoked,        //!< the contact revoked their card
    // What the person decided, so the timeline shows when trust changed and who changed it.
    KeyAccepted,         //!< we accepted the contact's new key (held messages went out)
    MarkedVerified,      //!< we compared the safety number and marked the contact verified
    VerificationCleared, //!< we took the verification back
};

//! The kind of `message` when it is a System entry whose body is a notice token; nullopt
//! for anything else (messages, System lines of older versions, unknown tokens).
[[nodiscard]] std::optional<NoticeKind> noticeKindOf(const HistoryMessage &message);
//! As above, from a stored entry's direction and body (for readers without a whole message).
[[nodiscard]] std::optional<NoticeKind> noticeKindOf(Direction direction, QByteArrayView body);

//! The stored body of a notice of `kind`: "cardinal-notice:" followed by noticeName(kind).
[[nodiscard]] QByteArray noticeToken(NoticeKind kind);
//! A stable lowercase name for scripts and JSON: "key-changed-held", "key-changed", "revoked",
//! "key-accepted", "marked-verified", "verification-cleared".
[[nodiscard]] QLatin1StringView noticeName(NoticeKind kind);
//! The notice as an English sentence about `identity`, for logs, JSON and wherever no
//! translation is at hand. Not for the UI: it translates the kind itself.
[[nodiscard]] QString noticeTextEnglish(NoticeKind kind, const QString &identity);

} // namespace cardinal::client
