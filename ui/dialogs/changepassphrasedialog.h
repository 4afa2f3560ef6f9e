// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cardinal::ui {

class InlineError;

class PassphraseFields;

//! Changing the passphrase that unlocks this profile: the current one
//! ("currentPassphraseEdit"), the new one twice (a PassphraseFields), then
//! "changePassphraseApplyButton" (Messenger::changePassphrase). Problems show in
//! "changePassphraseError"; accepted once changed.
class ChangePassphraseDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ChangePassphraseDialog(client::Messenger &messenger, QWidget *parent = nullptr);

    void done(int result) override;

private:
    void apply();
    void updateButton();

    client::Messenger &m_messenger;
    QLineEdit *m_current;
    PassphraseFields *m_fields;
    InlineError *m_error;
    QPushButton *m_apply;
};

} // namespace cardinal::ui
