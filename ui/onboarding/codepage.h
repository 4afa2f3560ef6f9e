// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secure.h"
#include "ui/onboarding/onboardingpage.h"

#include <QDateTime>
#include <QTimer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace cardinal::ui {

//! The code the server e-mailed, proving the address is the user's. Restoring, the page also
//! asks for the passphrase the key backup was sealed with on the other device.
//!
//! "Send a new code" stays disabled for ResendDelaySeconds after each code, the gap the
//! server enforces between two codes for one address: pressing it earlier would only earn a
//! refusal. (The number requestCode() reports is how long the code stays valid, not a wait.)
//!
//! Controls: "codeEdit", "backupPassphraseEdit" (restoring only), "confirmCodeButton",
//! "resendCodeButton", "codeBackButton"; errors in "codeError".
class CodePage : public OnboardingPage
{
    Q_OBJECT

public:
    //! Digits in a code (the server's CodeDigits).
    static constexpr int CodeLength = 8;
    //! The server's minimum gap between two codes for one address (MinCodeRequestGapSeconds).
    static constexpr int ResendDelaySeconds = 30;

    explicit CodePage(QWidget *parent = nullptr);

    void setRestoring(bool restoring);
    //! A code is on its way to `identity`: the resend button waits.
    void setSending(const QString &identity);
    //! The code reached the mail system; it is valid for `lifetimeSeconds`.
    void setSent(const QString &identity, qint64 lifetimeSeconds);
    //! Asking for a code failed: the page says that none was sent (the error says why).
    void setNotSent(const QString &identity);
    //! Asking for a code failed: the user may ask again after `waitSeconds` (0: at once).
    void allowResendIn(int waitSeconds);

    //! The digits typed, without spaces or dashes.
    [[nodiscard]] QString code() const;
    [[nodiscard]] crypto::SecureBuffer backupPassphrase() const;
    //! After a refused code: selects it, so typing replaces it and nothing is lost otherwise.
    void selectCode();
    void selectBackupPassphrase();
    void clearSecrets();

Q_SIGNALS:
    void resendRequested();

protected:
    void retranslate() override;
    [[nodiscard]] bool canContinue() const override;
    [[nodiscard]] QWidget *firstInput() const override;

private:
    void tick();
    void updateResend();

    QLabel *m_codeLabel;
    QLineEdit *m_code;
    QWidget *m_backupBox;
    QLabel *m_backupLabel;
    QLineEdit *m_backup;
    QPushButton *m_resend;
    QTimer m_countdown;
    QString m_identity;
    QDateTime m_expiresAt;
    int m_resendIn = 0;
    //! Where the last request for a code stands (a code that arrived: m_expiresAt is set).
    enum class Request { Settled, Sending, Failed };
    Request m_request = Request::Settled;
    bool m_restoring = false;
};

} // namespace cardinal::ui
