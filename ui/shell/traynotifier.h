// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/conversations.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>

class QDBusConnection;
class QMenu;
class QSystemTrayIcon;
class QWidget;

namespace cardinal::client {
class Messenger;
}

namespace cardinal::ui {

class AppSettings;
class DesktopNotifications;

//! The system tray icon with the unread count, and notifications for new messages.
//!
//! A notification appears for an incoming message when notifications are on and the person
//! is not already looking at that conversation (window inactive, or another one open). The
//! setting "show message text" off turns it into "New message from …", so the text never
//! reaches the desktop's notification history.
//!
//! Where it goes (channel()): the desktop's notification server when there is one
//! (DesktopNotifications; clicking it opens the conversation), else a tray balloon, else
//! (no server, no tray: some desktops, the offscreen test platform) the window manager is
//! asked to flag the window.
class TrayNotifier : public QObject
{
    Q_OBJECT

public:
    //! Whether the person sees `ref` right now (window active and that conversation open).
    using OnScreen = std::function<bool(const client::ConversationRef &ref)>;

    enum class Channel { Desktop, Tray, WindowAlert };

    TrayNotifier(AppSettings &settings, QWidget *window, QObject *parent = nullptr);
    ~TrayNotifier() override;

    //! The unlocked messenger to watch, or nullptr while locked.
    void setMessenger(client::Messenger *messenger, OnScreen onScreen);
    void setUnreadCount(int count);
    [[nodiscard]] int unreadCount() const { return m_unread; }
    //! Whether a tray icon is shown (false where the desktop has no tray).
    [[nodiscard]] bool isTrayAvailable() const;
    //! Where notifications are shown now.
    [[nodiscard]] Channel channel() const;
    //! Uses the notification server on `bus` instead of the session bus's (tests).
    void useNotificationBus(const QDBusConnection &bus);
    //! Rewords the menu and tooltip after a language change.
    void retranslate();
    //! The last notification's title and text (also when shown as a window alert), so
    //! tests can check what would reach the desktop.
    [[nodiscard]] QString lastNotification() const { return m_lastNotification; }

Q_SIGNALS:
    void showWindowRequested();
    //! A notification about `ref` was clicked: show the window with that conversation.
    void conversationRequested(const cardinal::client::ConversationRef &ref);
    void lockRequested();
    void quitRequested();
    //! A notification was raised for `ref` (tests and the window title use it).
    void notified(const cardinal::client::ConversationRef &ref);

private:
    void onMessagesAdded(const QList<client::HistoryMessage> &messages);
    void notify(const client::HistoryMessage &message);
    void updateIcon();

    AppSettings &m_settings;
    QPointer<QWidget> m_window;
    QMetaObject::Connection m_messageConnection;
    OnScreen m_onScreen;
    QSystemTrayIcon *m_tray = nullptr;
    DesktopNotifications *m_desktop = nullptr;
    QHash<QString, client::ConversationRef> m_notifiedRefs;
    QMenu *m_menu = nullptr;
    int m_unread = 0;
    QString m_lastNotification;
};

} // namespace cardinal::ui
