// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

namespace cardinal::ui {

//! Notifications through the desktop's notification server (the freedesktop.org
//! Desktop Notifications specification, org.freedesktop.Notifications on the session bus):
//! what GNOME, KDE, Xfce and most others show and keep in their notification list.
//!
//! Each notification has a key (the conversation): a new one for the same key replaces the
//! old one instead of piling up. Clicking it (its "default" action) emits activated(key).
//! Message text is escaped when the server renders markup, so a message cannot make the
//! desktop load an image or show a link.
class DesktopNotifications : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *Service = "org.freedesktop.Notifications";
    static constexpr const char *Path = "/org/freedesktop/Notifications";
    static constexpr int TimeoutMs = 6000;

    //! Talks to the notification server on `bus` (normally the session bus).
    explicit DesktopNotifications(const QDBusConnection &bus, QObject *parent = nullptr);

    //! Whether a notification server runs (or can be started) on the bus.
    [[nodiscard]] bool isAvailable() const;
    //! Shows `title` and `body`, replacing the last notification shown for `key`.
    void show(const QString &key, const QString &title, const QString &body);

Q_SIGNALS:
    void activated(const QString &key);

private Q_SLOTS:
    void onActionInvoked(uint id, const QString &action);
    void onClosed(uint id, uint reason);

private:
    QDBusConnection m_bus;
    bool m_markup = true; //!< until the server's capabilities say otherwise: escape
    QHash<QString, uint> m_idByKey;
};

} // namespace cardinal::ui
