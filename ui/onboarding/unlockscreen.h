// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "client/messenger.h"

#include <QWidget>

#include <memory>

class QLabel;
class QLineEdit;

namespace cardinal::ui {

class OnboardingCard;

//! Asks for the passphrase of an existing profile and opens it (client::Messenger::open),
//! at start-up and whenever the app was locked. A wrong passphrase is said inline and the
//! field emptied for the next try; nothing else is kept or counted here (the keystore's
//! scrypt is what slows guessing).
//!
//! Before unlocking it names whose profile it is (client::Messenger::profileIdentity(), from the
//! public card: a display hint only).
//!
//! Controls: "unlockPassphraseEdit", "unlockButton"; errors in "unlockError".
//! Lives on the GUI thread; unlocking runs scrypt on a worker thread (Messenger::
//! openInBackground()) while the card shows "Unlocking…", so the window stays responsive.
class UnlockScreen : public QWidget
{
    Q_OBJECT

public:
    explicit UnlockScreen(const QString &profileDirectory, QWidget *parent = nullptr);
    ~UnlockScreen() override;

    //! The unlocked Messenger, not yet connected; valid once unlocked() has fired (empty
    //! before, and after the first call).
    [[nodiscard]] std::unique_ptr<client::Messenger> takeMessenger();
    //! Empties the field and the error and focuses the field (the shell calls it on locking).
    void reset();

Q_SIGNALS:
    //! The profile is open: takeMessenger() has it. Comes from the event loop, after the
    //! worker thread has unsealed the keys.
    void unlocked();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void unlock();
    void retranslate();

    QString m_directory;
    OnboardingCard *m_card;
    QLabel *m_label;
    QLineEdit *m_passphrase;
    std::unique_ptr<client::Messenger> m_messenger;
};

} // namespace cardinal::ui
