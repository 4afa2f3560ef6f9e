// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QDialog>

class QLabel;
class QPushButton;

namespace cardinal::ui {

class InlineError;

class SafetyNumberQr;

//! Comparing safety numbers with a contact, and recording the result.
//!
//! Shows the 60 digits as a 3 x 4 grid of five-digit groups ("safetyNumberLabel") and as a
//! QR code ("safetyNumberQr", a SafetyNumberQr), the contact's trust state
//! ("trustStateLabel", "trustExplanationLabel") and what to do. "Mark as verified"
//! ("markVerifiedButton") records the number; for a contact whose key changed it accepts
//! the new key, and the dialog says so ("changedKeyNote"). "Clear verification"
//! ("clearVerificationButton") goes back to Unverified. "Copy digits" ("copyDigitsButton")
//! puts the digits on the clipboard. Errors show in "verifyError".
//!
//! Follows Messenger::contactChanged, so a key change while the dialog is open shows.
class VerifyDialog : public QDialog
{
    Q_OBJECT

public:
    VerifyDialog(client::Messenger &messenger, const QString &identity, QWidget *parent = nullptr);

    //! The safety number shown, or nothing when it could not be computed.
    [[nodiscard]] std::optional<crypto::SafetyNumber> safetyNumber() const { return m_number; }

Q_SIGNALS:
    //! The contact's trust state was changed from this dialog.
    void trustChanged(const QString &identity);

private:
    void reload();
    void markVerified();
    void clearVerification();
    void copyDigits();

    client::Messenger &m_messenger;
    QString m_identity;
    std::optional<crypto::SafetyNumber> m_number;
    QLabel *m_stateIcon;
    QLabel *m_state;
    QLabel *m_explanation;
    QLabel *m_instructions;
    QLabel *m_digits;
    SafetyNumberQr *m_qr;
    QLabel *m_changedNote;
    InlineError *m_error;
    QPushButton *m_copy;
    QPushButton *m_mark;
    QPushButton *m_clear;
};

} // namespace cardinal::ui
