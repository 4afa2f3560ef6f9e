// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace cardinal::ui {

class InlineError;

//! Starting a chat with someone by e-mail address.
//!
//! "Start chat" ("startChatButton") looks the address ("newChatIdentity") up on the server
//! (Messenger::lookupContact), which verifies and pins their card; meanwhile the form is
//! disabled and "newChatBusy" shows. When nobody has that address, or the lookup fails,
//! "newChatError" says so and the form stays open; on success the dialog is accepted and
//! identity() is the canonical address.
class NewChatDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NewChatDialog(client::Messenger &messenger, QWidget *parent = nullptr);

    //! The canonical identity of the contact found (after accept()).
    [[nodiscard]] QString identity() const { return m_identity; }

    void done(int result) override;

private:
    void start();
    void lookedUp(quint64 request, const QString &typed, const Result<client::Contact> &contact);
    void setBusy(bool busy);
    void updateButton();

    client::Messenger &m_messenger;
    QString m_identity;
    //! Bumped when a lookup starts or the dialog closes, so a late answer is ignored.
    quint64 m_request = 0;
    bool m_busy = false;
    QLineEdit *m_edit;
    InlineError *m_error;
    QProgressBar *m_busyBar;
    QPushButton *m_start;
};

} // namespace cardinal::ui
