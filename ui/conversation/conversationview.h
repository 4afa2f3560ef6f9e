// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QStackedLayout;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

class MessageDelegate;
class MessageListView;
class MessageModel;
class TimelineProxy;

//! The timeline of one conversation: a list of bubbles (objectName "messageView") over a
//! MessageModel, drawn by a MessageDelegate.
//!
//! It opens at the newest message and loads older windows as the user scrolls near the top,
//! keeping what is on screen in place. When new messages arrive and the user was at the
//! bottom, it stays at the bottom; otherwise it leaves the scroll position alone.
//!
//! Reading: showing a conversation marks it read (HistoryStore::markRead) and emits
//! readMarked(); so does an incoming message that arrives while the view is visible in the
//! active window. One arriving while the window is inactive is marked read when the window
//! is activated again. The shell refreshes the conversation list's unread counts on
//! readMarked().
class ConversationView : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationView(QWidget *parent = nullptr);
    ~ConversationView() override;

    //! Shows `ref` of `messenger` (which must outlive the view, or be cleared first).
    void setConversation(client::Messenger *messenger, const client::ConversationRef &ref);
    //! Shows nothing and forgets the messenger (e.g. when the app locks).
    void clear();
    [[nodiscard]] client::ConversationRef conversation() const;
    //! The model of the conversation shown, or nullptr.
    [[nodiscard]] MessageModel *model() const { return m_model; }
    //! The list of bubbles.
    [[nodiscard]] MessageListView *listView() const { return m_list; }

Q_SIGNALS:
    void readMarked(const cardinal::client::ConversationRef &ref);

protected:
    bool event(QEvent *event) override;

private:
    void markRead();
    void fetchOlderIfNear();
    void onRowsAboutToBeInserted(int first);
    void onRowsInserted(int first, int last);

    MessageListView *m_list;
    TimelineProxy *m_proxy;
    MessageDelegate *m_delegate;
    QLabel *m_placeholder;
    QStackedLayout *m_stack;
    MessageModel *m_model = nullptr;
    QPointer<client::Messenger> m_messenger;
    client::ConversationRef m_ref;
    bool m_wasAtBottom = true;
    bool m_unreadPending = false;
    bool m_fetching = false;
    bool m_loadingOlder = false;
};

} // namespace cardinal::ui
