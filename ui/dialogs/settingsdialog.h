// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"
#include "ui/kit/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cardinal::ui {

//! The app's preferences. Each change is written to AppSettings at once, and the language
//! and the theme apply while the dialog is open (it rewords itself on LanguageChange).
//!
//! Controls: "serverUrlEdit" with "applyServerButton" (Messenger::setServer; once the
//! profile is registered the address is shown as plain, selectable text, with "serverNote"
//! explaining why it is fixed; the server section is hidden without a messenger),
//! "notificationsCheck", "notificationTextCheck", "notificationNote" (where notifications
//! appear, setNotificationNote()), "autoLockSpin" (minutes, 0 = never), "languageCombo"
//! (item data = language code, "" for the system's), "themeCombo" (item data "", "light",
//! "dark"), "closeToTrayCheck", "autostartCheck" (Autostart). Problems and confirmations
//! show in "settingsStatus".
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, client::Messenger *messenger, QWidget *parent = nullptr);

    //! One sentence on where notifications are shown (or that this desktop shows none).
    void setNotificationNote(const QString &text);

Q_SIGNALS:
    //! The user chose another language ("" = the system's); the shell retranslates.
    void languageChanged(const QString &code);
    //! The user chose another theme ("", "light", "dark"); the shell repaints.
    void themeChanged(const QString &theme);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslate();
    void applyServer();
    void setStatus(const QString &text);

    AppSettings &m_settings;
    client::Messenger *m_messenger;
    QGroupBox *m_serverBox;
    QLineEdit *m_server;
    QPushButton *m_applyServer;
    QLabel *m_serverNote;
    QGroupBox *m_notificationsBox;
    QCheckBox *m_notifications;
    QCheckBox *m_notificationText;
    QLabel *m_notificationNote;
    QGroupBox *m_general;
    QLabel *m_lockLabel;
    QSpinBox *m_autoLock;
    QLabel *m_languageLabel;
    QComboBox *m_language;
    QLabel *m_themeLabel;
    QComboBox *m_theme;
    QCheckBox *m_closeToTray;
    QCheckBox *m_autostart;
    QLabel *m_status;
};

} // namespace cardinal::ui
