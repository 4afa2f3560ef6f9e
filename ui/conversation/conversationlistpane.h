// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"

#include <QWidget>

#include <optional>

class QLabel;
class QLineEdit;
class QListView;
class QSortFilterProxyModel;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

class ConversationListModel;

//! The list of conversations on the left of the main window: a filter box
//! (objectName "conversationFilter") over a list (objectName "conversationList") of
//! conversations, newest first, each with avatar, title, last message, time and unread badge.
//!
//! The list follows the Messenger by itself (bursts of signals are read once). Marking a
//! conversation read is not a Messenger signal: call refresh() after ConversationView's
//! readMarked(). Choosing a row by mouse, Up/Down or Enter emits conversationSelected();
//! Enter also emits conversationActivated(). In the filter box, Down moves into the list,
//! Enter opens the first match, Escape clears.
class ConversationListPane : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationListPane(QWidget *parent = nullptr);

    //! Follows `messenger`; nullptr (the app locked) drops every row and the selection.
    void setMessenger(client::Messenger *messenger);
    //! Re-reads the list now.
    void refresh();
    //! Makes `ref` the current conversation, emitting conversationSelected() unless it was
    //! current already. A conversation not listed yet (a new chat without messages) is
    //! highlighted as soon as it appears.
    void select(const client::ConversationRef &ref);
    [[nodiscard]] std::optional<client::ConversationRef> current() const { return m_current; }
    //! Unread messages over all conversations.
    [[nodiscard]] int unreadCount() const;
    //! Puts the keyboard focus into the filter box (the shell binds Ctrl+F to this).
    void focusFilter();
    //! Puts the keyboard focus on the list (or on the filter box while nothing is listed).
    void focusList();

Q_SIGNALS:
    void conversationSelected(const cardinal::client::ConversationRef &ref);
    //! Enter was pressed on a conversation (in the list, or in the filter box on its first
    //! match): after conversationSelected(), the person wants to write in it.
    void conversationActivated(const cardinal::client::ConversationRef &ref);
    //! The unread messages of all conversations together, when that number changes.
    void unreadCountChanged(int total);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void onCurrentRowChanged(const QModelIndex &index);
    void choose(const QModelIndex &index);
    void restoreSelection();
    void updateEmptyState();

    ConversationListModel *m_model;
    QSortFilterProxyModel *m_filterModel;
    QLineEdit *m_filter;
    QListView *m_list;
    QLabel *m_empty;
    std::optional<client::ConversationRef> m_current;
    bool m_restoring = false;
};

} // namespace cardinal::ui
