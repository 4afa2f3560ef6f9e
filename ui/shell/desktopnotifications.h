// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDBusConnection>
#include <QHash>
#include <QObject>
#include <QStringList>

#include <optional>

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
    struct Shown
    {
        QString title;
        QString body;
    };
    void send(const QString &key, const Shown &shown);

    QDBusConnection m_bus;
    bool m_markup = true; //!< until the server's capabilities say otherwise: escape
    QHash<QString, uint> m_idByKey;
    //! Keys whose Notify has not been answered yet, with what to show once it is (the
    //! newest only): without the first one's id a second would not replace it.
    QHash<QString, std::optional<Shown>> m_inFlight;
};

} // namespace cardinal::ui
