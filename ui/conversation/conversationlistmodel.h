// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QTimer>

#include <optional>

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

//! The conversation list (Messenger::conversations()) as a list model, newest first.
//!
//! It re-reads the summaries when the Messenger reports a change (messages, states, contacts,
//! groups), once per burst: a signal starts a short single-shot timer and the read happens
//! when it fires, so a reconnect delivering hundreds of messages costs one read. Changes the
//! person made (a chat started, read, a draft kept) are read at once. The list
//! holds one row per conversation, so a read is cheap; the model is reset each time and
//! the pane restores its selection by ConversationRef.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    //! Delay gathering a burst of signals into one refresh.
    static constexpr int CoalesceMs = 30;

    enum Role {
        TitleRole = Qt::UserRole + 1, //!< QString: group name or peer identity
        PreviewRole,                  //!< QString: the newest message, one line
        TimeTextRole,                 //!< QString: Wording::shortTime of the newest message
        UnreadRole,                   //!< int
        IsGroupRole,                  //!< bool
        SearchTextRole,               //!< QString: what the filter box matches against
        DraftRole,                    //!< QString: the unsent draft, one line; empty if none
    };

    explicit ConversationListModel(QObject *parent = nullptr);

    //! Follows `messenger` (nullptr: empties the list).
    void setMessenger(client::Messenger *messenger);
    //! Re-reads the summaries now.
    void refresh();
    //! The conversation in `row`, if there is one.
    [[nodiscard]] std::optional<client::ConversationRef> ref(int row) const;
    //! The row of `ref`, if it is listed.
    [[nodiscard]] std::optional<int> rowOf(const client::ConversationRef &ref) const;
    //! Unread messages over all conversations.
    [[nodiscard]] int totalUnread() const { return m_totalUnread; }

    [[nodiscard]] int rowCount(const QModelIndex &parent = {}) const override;
    [[nodiscard]] QVariant data(const QModelIndex &index, int role) const override;

Q_SIGNALS:
    //! After every refresh (the model was reset).
    void refreshed();
    void totalUnreadChanged(int total);

private:
    void scheduleRefresh();
    [[nodiscard]] QString title(const client::ConversationSummary &summary) const;
    //! The last entry as one line, in the UI's language when it is a notice.
    [[nodiscard]] QString preview(const client::ConversationSummary &summary) const;

    QPointer<client::Messenger> m_messenger;
    QList<client::ConversationSummary> m_summaries;
    QTimer m_timer;
    int m_totalUnread = 0;
};

} // namespace cardinal::ui
