// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cardinal::ui {

//! The user's own account: who they are, this device, their identity key's fingerprint,
//! their other devices, and the account chores.
//!
//! Labels: "accountIdentity", "accountDevice" (label and short id), "accountFingerprint"
//! (Messenger::identityFingerprint), "accountStatus" (outcome of the last chore).
//! Devices (Messenger::devices) are rows in "devicesList", each a widget with property
//! "deviceId" (hex); every other device has a "revokeDeviceButton", which asks first (a
//! QMessageBox "revokeConfirm"), then revokes and reloads ("devicesLoaded" fires).
//! Buttons: "exportCardButton" (a QFileDialog "exportCardFileDialog", then writes
//! Messenger::exportCard()), "backupKeyButton" (a KeyBackupDialog "backupDialog"),
//! "changePassphraseButton" (a ChangePassphraseDialog "changePassphraseDialog"). The
//! sub-dialogs are children opened window-modal, so tests find them by name.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AccountDialog(client::Messenger &messenger, QWidget *parent = nullptr);

    //! Writes our armoured public card to `path`.
    [[nodiscard]] Result<void> writeCard(const QString &path);

Q_SIGNALS:
    //! The device list was (re)loaded from the server.
    void devicesLoaded();

private:
    void reloadDevices();
    void devicesArrived(quint64 request, const Result<QList<protocol::DeviceRecord>> &devices);
    void showDevices(const QList<protocol::DeviceRecord> &devices);
    void confirmRevoke(const protocol::DeviceId &device, const QString &label);
    void revoke(const protocol::DeviceId &device);
    void revoked(const Result<void> &outcome);
    void exportCard();
    void backUpKey();
    void changePassphrase();
    void setStatus(const QString &text);

    client::Messenger &m_messenger;
    quint64 m_request = 0;
    QWidget *m_devices;
    QVBoxLayout *m_deviceRows;
    QLabel *m_devicesStatus;
    QLabel *m_status;
};

} // namespace cardinal::ui
