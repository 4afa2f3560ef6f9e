// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

namespace cardinal::ui {

//! Light or dark, as the desktop prefers.
//!
//! Where the platform theme already hands Qt a dark palette (KDE, or GNOME with Qt's GTK
//! theme plugin) nothing needs doing. Elsewhere Qt 6.4 stays light even when the desktop is
//! dark, so this also asks the XDG desktop portal (`org.freedesktop.appearance
//! color-scheme`, over D-Bus) and follows its changes, switching the app to a dark Fusion
//! palette. The person's choice in the settings (setPreference(): "light" or "dark")
//! overrides the desktop; `CARDINAL_COLOR_SCHEME=light|dark` overrides everything
//! (screenshots, testing).
class ColorScheme : public QObject
{
    Q_OBJECT

public:
    explicit ColorScheme(QObject *parent = nullptr);

    //! Reads the preference and applies it; call once after QApplication exists.
    void apply();
    [[nodiscard]] bool isDark() const { return m_dark; }
    //! "" follows the desktop, "light" or "dark" is the person's own choice.
    void setPreference(const QString &theme);

Q_SIGNALS:
    //! The palette changed: widgets that baked colours (tinted icons) should be rebuilt.
    void changed(bool dark);

private Q_SLOTS:
    void onPortalSettingChanged(const QString &group, const QString &key, const QVariant &value);

private:
    void setDark(bool dark);
    void update();

    bool m_dark = false;
    bool m_desktopIsDark = false; //!< the platform's palette or the portal's preference
    QString m_preference;
    QByteArray m_forced; //!< CARDINAL_COLOR_SCHEME
    bool m_platformIsDark = false;
};

} // namespace cardinal::ui
