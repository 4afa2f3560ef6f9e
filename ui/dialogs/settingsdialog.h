// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"
#include "ui/kit/appsettings.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace cardinal::ui {

//! The app's preferences. Each change is written to AppSettings at once.
//!
//! Controls: "serverUrlEdit" with "applyServerButton" (Messenger::setServer; read-only, with
//! "serverNote" explaining why, once the profile is registered; the server section is
//! hidden without a messenger), "notificationsCheck", "notificationTextCheck",
//! "autoLockSpin" (minutes, 0 = never), "languageCombo" (item data = language code, "" for
//! the system's). Problems and confirmations show in "settingsStatus".
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(AppSettings &settings, client::Messenger *messenger, QWidget *parent = nullptr);

Q_SIGNALS:
    //! The user chose another language ("" = the system's); the shell retranslates.
    void languageChanged(const QString &code);

private:
    void applyServer();
    void setStatus(const QString &text);

    AppSettings &m_settings;
    client::Messenger *m_messenger;
    QLineEdit *m_server;
    QPushButton *m_applyServer;
    QLabel *m_serverNote;
    QCheckBox *m_notifications;
    QCheckBox *m_notificationText;
    QSpinBox *m_autoLock;
    QComboBox *m_language;
    QLabel *m_status;
};

} // namespace cardinal::ui
