// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"
#include "common/error.h"
#include "protocol/ids.h"

#include <QAbstractListModel>
#include <QHash>
#include <QPointer>

#include <optional>

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

//! The timeline of one conversation as a list model, rows oldest to newest.
//!
//! It never holds more of the conversation than the user has scrolled through: load() reads
//! the newest window (InitialWindow messages), and fetchMore() reads the window before the
//! oldest row and inserts it at row 0; canFetchMore() stays true until the start of the
//! conversation was read. Messages added to this conversation (Messenger::messagesAdded) are
//! inserted in order from what the signal carries; state changes (Messenger::messageChanged)
//! update their row in place. Neither reads the history back.
//!
//! Rows are kept in local timeline order (HistoryMessage::orderKey). A message id maps to its
//! order key, and the row is found by binary search over the rows' keys: that lookup stays
//! right when a window is inserted above without renumbering every row.
//!
//! Wording lives here, not in the delegate: the roles give ready-made text (time of day,
//! day separator, the note under a held or failed message), so the delegate only lays out.
//! GUI thread only.
class MessageModel : public QAbstractListModel
{
    Q_OBJECT

public:
    static constexpr int InitialWindow = 100;
    //! The largest window fetchMore() reads at once: windows grow with what is loaded
    //! already (so scrolling far back takes few layouts), up to this.
    static constexpr int MaxFetchWindow = 2000;

    enum Role {
        //! QString: the text shown in the bubble (for an undecryptable entry, the sentence
        //! saying so).
        TextRole = Qt::UserRole + 1,
        SenderRole,      //!< QString: the author's identity
        DirectionRole,   //!< int: client::Direction
        StateRole,       //!< int: client::MessageState
        TimestampRole,   //!< qint64 ms: received time for incoming, sent time otherwise
        TimeTextRole,    //!< QString: the time of day, for the bubble's corner
        FirstOfDayRole,  //!< bool: the first loaded row of its day: draw a day separator above
        DayLabelRole,    //!< QString: "Today", "Yesterday" or the date (Wording::day)
        ShowSenderRole,  //!< bool: an incoming group message after someone else's: name it
        NoteRole,        //!< QString: the line under a held or failed message, else empty
        ExplanationRole, //!< QString: what an undecryptable entry means, else empty
        OrderKeyRole,    //!< qint64: HistoryMessage::orderKey
        IdRole,          //!< QByteArray: the message id
        //! quint64: changes whenever the row's height may change (order key, state, flags):
        //! a cache key for the delegate's size hints.
        SizeKeyRole,
        //! bool: TextRole shows only the start of a long message ("Read more" under it).
        //! Writable: setData(index, true, ExpandedRole) shows it all.
        CollapsedRole,
        ExpandedRole,
    };

    //! A message longer than this many lines or characters is shown collapsed at first,
    //! so that one pasted log does not fill the screen (Qt::DisplayRole, what is copied,
    //! is always the whole text).
    static constexpr int CollapseLines = 15;
    static constexpr int CollapseChars = 1200;

    MessageModel(client::Messenger *messenger, const client::ConversationRef &conversation,
                 QObject *parent = nullptr);

    //! Reads the newest window. False when the history could not be read (see lastError()).
    bool load();
    [[nodiscard]] const std::optional<Error> &lastError() const { return m_lastError; }

    [[nodiscard]] const client::ConversationRef &conversation() const { return m_conversation; }
    //! Whether the oldest message of the conversation is loaded.
    [[nodiscard]] bool reachedStart() const { return m_reachedStart; }
    //! The row of message `id`, if it is loaded.
    [[nodiscard]] std::optional<int> rowOf(const protocol::MessageId &id) const;

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;
    [[nodiscard]] QHash<int, QByteArray> roleNames() const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    [[nodiscard]] bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    //! What a row keeps of a HistoryMessage: no conversation (the model's own), the body as
    //! UTF-8 (half the size of a QString; only rows on screen are decoded), senders shared
    //! between rows.
    struct Row
    {
        protocol::MessageId id;
        QString sender;
        QByteArray body;
        std::optional<client::FailureReason> failure;
        qint64 atMs = 0;
        qint64 orderKey = 0;
        qint32 day = 0; //!< local date as a Julian day
        int delivered = 0;
        int total = 0;
        client::Direction direction = client::Direction::Incoming;
        client::MessageState state = client::MessageState::Received;
        bool firstOfDay = false;
        bool showSender = false;
        bool expanded = false;
        //! The start of a long body (collapse()), empty for one shown whole: cut once, when
        //! the row is read, as the delegate asks for it on every layout and paint.
        QString collapsed;
    };

    void onMessagesAdded(const QList<client::HistoryMessage> &messages);
    //! Inserts `message` in order if it belongs here (and is not older than what is loaded).
    void add(const client::HistoryMessage &message);
    void onMessageChanged(const client::HistoryMessage &message);
    [[nodiscard]] Row toRow(const client::HistoryMessage &message);
    //! Recomputes the day and sender flags of `row` from the row above it.
    void refreshFlags(int row);
    [[nodiscard]] QString accessibleText(const Row &row) const;
    [[nodiscard]] QString note(const Row &row) const;
    [[nodiscard]] QString text(const Row &row) const;
    //! The start of `row`'s body when it is too long to show whole at first; empty otherwise.
    [[nodiscard]] static QString collapse(const Row &row);
    //! What TextRole shows cut: row.collapsed unless the row was expanded; empty when the
    //! whole text is shown.
    [[nodiscard]] static QString collapsedText(const Row &row)
    {
        return row.expanded ? QString() : row.collapsed;
    }

    QPointer<client::Messenger> m_messenger;
    client::ConversationRef m_conversation;
    QList<Row> m_rows;
    QHash<protocol::MessageId, qint64> m_orderKeys;
    QHash<QString, QString> m_senders; //!< one shared copy of each sender's identity
    bool m_loaded = false;
    bool m_reachedStart = false;
    std::optional<Error> m_lastError;
};

} // namespace cardinal::ui
