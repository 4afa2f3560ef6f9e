// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"

#include <QWidget>

#include <functional>

class QAction;
class QLabel;
class QSplitter;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

class AppSettings;
class ChatPane;
class ConversationListPane;

//! The unlocked app: the sidebar (who we are, new chat / new group / menu, the
//! conversation list, the connection state) and the open conversation.
//!
//! Every action is a QAction with a window-wide shortcut, so all of it is reachable from
//! the keyboard wherever the focus is (even nowhere, right after unlocking): Ctrl+N new
//! chat, Ctrl+Shift+N new group, Ctrl+F search, Ctrl+L lock, Ctrl+, settings, Ctrl+Shift+A
//! account, Ctrl+I contact or group info (in the header), F1 the list of shortcuts, Ctrl+Q
//! quit. The menu shows the same actions (About, shortcuts, lock, quit among them).
class TransparencyAlertBanner;

class ChatWorkspace : public QWidget
{
    Q_OBJECT

public:
    ChatWorkspace(client::Messenger &messenger, AppSettings &settings, QWidget *parent = nullptr);
    ~ChatWorkspace() override;

    void openConversation(const client::ConversationRef &ref);
    //! Where the person left off: opens the conversation that was open last (kept in the
    //! profile) and puts the focus in its composer, or in the conversation list.
    void resume();
    [[nodiscard]] std::optional<client::ConversationRef> currentConversation() const;
    //! Unread messages over all conversations now (unreadCountChanged() tells changes).
    [[nodiscard]] int unreadCount() const;
    [[nodiscard]] ChatPane *chatPane() const { return m_chat; }
    [[nodiscard]] ConversationListPane *conversationList() const { return m_list; }

    void newChat();
    void newGroup();
    void openAccount();
    void openSettings();

Q_SIGNALS:
    void lockRequested();
    //! Quit (Ctrl+Q, or in the menu): leave the app, also when a tray icon would keep it.
    void quitRequested();
    void unreadCountChanged(int total);
    //! Settings (Ctrl+, or the menu): the window shows them, as their language and theme
    //! changes rebuild this workspace.
    void settingsRequested();

private:
    //! Shows the key-transparency alerts that are open, or none.
    void refreshAlerts();
    void exportEvidence();
    [[nodiscard]] QWidget *buildSidebar();
    void buildActions();
    QAction *addShortcut(const QString &text, const QKeySequence &keys, std::function<void()> slot,
                         QStringView icon = {});
    void showShortcuts();
    void showAbout();

    client::Messenger &m_messenger;
    AppSettings &m_settings;
    QSplitter *m_splitter;
    ConversationListPane *m_list;
    ChatPane *m_chat;
    TransparencyAlertBanner *m_alert;
    QAction *m_account = nullptr;
    QAction *m_settingsAction = nullptr;
    QAction *m_shortcuts = nullptr;
    QAction *m_about = nullptr;
    QAction *m_lock = nullptr;
    QAction *m_quit = nullptr;
};

} // namespace cardinal::ui
