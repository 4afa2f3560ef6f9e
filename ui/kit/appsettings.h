// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QUrl>

#include <memory>

class QSettings;

namespace cardinal::ui {

//! The app's preferences for one profile, kept in `settings.ini` in the profile directory
//! (next to the keys, but holding nothing secret, so it is readable before unlocking: the
//! unlock screen already speaks the chosen language). Setters write through at once.
class AppSettings
{
public:
    //! The languages the app offers; "" follows the system.
    static constexpr QLatin1StringView SystemLanguage{""};
    //! Minutes of inactivity before the app locks itself by default.
    static constexpr int DefaultAutoLockMinutes = 15;
    //! Longest auto-lock delay the settings offer.
    static constexpr int MaxAutoLockMinutes = 24 * 60;

    explicit AppSettings(const QString &profileDirectory);
    ~AppSettings();
    AppSettings(const AppSettings &) = delete;
    AppSettings &operator=(const AppSettings &) = delete;

    //! The profile directory the settings belong to.
    [[nodiscard]] const QString &profileDirectory() const { return m_directory; }

    //! "" (follow the desktop), "light" or "dark"; anything else counts as "".
    [[nodiscard]] QString theme() const;
    void setTheme(const QString &theme);
    //! Whether closing the window keeps Cardinal running in the tray (default true; only
    //! where there is a tray).
    [[nodiscard]] bool closeToTray() const;
    void setCloseToTray(bool enabled);

    //! "" (system), "en", "ru" or "de"; anything else read from the file counts as "".
    [[nodiscard]] QString language() const;
    void setLanguage(const QString &code);

    //! Whether a notification is shown for a new message while the window is not active.
    [[nodiscard]] bool notificationsEnabled() const;
    void setNotificationsEnabled(bool enabled);
    //! Whether notifications show the message text (off: only "New message from ...").
    [[nodiscard]] bool notificationShowsText() const;
    void setNotificationShowsText(bool shown);

    //! Minutes of inactivity before locking; 0 = never. Clamped to [0, MaxAutoLockMinutes].
    [[nodiscard]] int autoLockMinutes() const;
    void setAutoLockMinutes(int minutes);

    //! The main window's saved geometry and splitter state (opaque Qt blobs).
    [[nodiscard]] QByteArray windowGeometry() const;
    void setWindowGeometry(const QByteArray &geometry);
    [[nodiscard]] QByteArray splitterState() const;
    void setSplitterState(const QByteArray &state);

    //! The server a new profile is offered first: `$CARDINAL_SERVER` when set, else the
    //! local one that the README's run command starts (ws://127.0.0.1:7447).
    [[nodiscard]] static QUrl defaultServer();
    //! Port of the local server the run command starts.
    static constexpr quint16 LocalServerPort = 7447;

    //! The language codes offered, in menu order, without the system entry.
    [[nodiscard]] static QStringList supportedLanguages();

private:
    QString m_directory;
    std::unique_ptr<QSettings> m_settings;
};

} // namespace cardinal::ui
