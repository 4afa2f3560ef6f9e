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
//! A new account may prove its address with an invitation token instead (token mode): the
//! page then asks for the token, and "switchProofButton" goes back to an e-mail code (and the
//! other way round). Restoring always takes a code.
//!
//! Controls: "codeEdit", "tokenEdit" (token mode), "backupPassphraseEdit" (restoring only),
//! "confirmCodeButton", "resendCodeButton", "switchProofButton", "codeBackButton"; errors in
//! "codeError".
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
    //! Whether the page asks for an invitation token rather than a code.
    void setTokenMode(bool tokenMode);
    [[nodiscard]] bool tokenMode() const { return m_tokenMode; }
    //! Whether a code was asked for (sent, on its way, or refused) since the page was set up.
    [[nodiscard]] bool codeRequested() const;
    //! The address being proven, for the wording.
    void setIdentity(const QString &identity);
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
    //! The token pasted, decoded from the base64url `cardinal-server issue-token` prints;
    //! empty when what is there is not one.
    [[nodiscard]] QByteArray token() const;
    void selectToken();
    //! After a refused code: selects it, so typing replaces it and nothing is lost otherwise.
    void selectCode();
    void selectBackupPassphrase();
    void clearSecrets();

Q_SIGNALS:
    void resendRequested();
    //! The user switched between a code and a token (tokenMode() says which now).
    void proofSwitched();

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
    QLabel *m_tokenLabel;
    QLineEdit *m_token;
    QPushButton *m_switch;
    QPushButton *m_resend;
    QTimer m_countdown;
    QString m_identity;
    QDateTime m_expiresAt;
    int m_resendIn = 0;
    //! Where the last request for a code stands (a code that arrived: m_expiresAt is set).
    enum class Request { Settled, Sending, Failed };
    Request m_request = Request::Settled;
    bool m_restoring = false;
    bool m_tokenMode = false;
};

} // namespace cardinal::ui
