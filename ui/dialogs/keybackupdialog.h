// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cardinal::ui {

class InlineError;

class PassphraseFields;

//! Backing up the identity key to the server under a backup passphrase (typed twice, in a
//! PassphraseFields), so the identity can be restored on a new device. "backupUploadButton"
//! runs Messenger::uploadBackup; problems show in "backupError"; accepted once stored.
class KeyBackupDialog : public QDialog
{
    Q_OBJECT

public:
    explicit KeyBackupDialog(client::Messenger &messenger, QWidget *parent = nullptr);

    void done(int result) override;

private:
    void upload();
    void uploaded(quint64 request, const Result<void> &stored);
    void setBusy(bool busy);

    client::Messenger &m_messenger;
    quint64 m_request = 0;
    bool m_busy = false;
    PassphraseFields *m_fields;
    InlineError *m_error;
    QPushButton *m_upload;
};

} // namespace cardinal::ui
