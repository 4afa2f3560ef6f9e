// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "crypto/secure.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

namespace cardinal::ui {

//! A new passphrase typed twice, with a strength hint under it: for creating a profile,
//! changing its passphrase, or protecting a key backup.
//!
//! Controls (objectNames): "passphraseEdit", "passphraseConfirmEdit", "passphraseStrength"
//! (the hint, a QLabel), "passphraseMeter" (a QProgressBar, 0..4) and "passphraseMismatch"
//! (a QLabel shown while the confirmation differs). Focus goes to the first field.
//!
//! The hint is only a hint: it counts length and character classes, which says little about
//! a passphrase made of words, so it never refuses anything but a short passphrase.
class PassphraseFields : public QWidget
{
    Q_OBJECT

public:
    //! How the hint rates a passphrase.
    enum class Strength { TooShort, Weak, Fair, Good, Strong };

    explicit PassphraseFields(QWidget *parent = nullptr);

    //! At least client::MinPassphraseLength characters, and the confirmation matches.
    [[nodiscard]] bool isAcceptable() const;
    //! The passphrase as UTF-8 (meaningful when isAcceptable()).
    [[nodiscard]] crypto::SecureBuffer passphrase() const;
    //! Empties both fields.
    void clear();

    //! The rating the hint shows for `passphrase`.
    [[nodiscard]] static Strength rate(const QString &passphrase);
    //! The words for a rating: "Too short: at least 8 characters", "Weak", ... "Strong".
    [[nodiscard]] static QString describe(Strength strength);

Q_SIGNALS:
    //! Either field was edited.
    void changed();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refreshHint();
    void retranslate();

    QLabel *m_passphraseLabel;
    QLabel *m_confirmLabel;
    QLineEdit *m_passphrase;
    QLineEdit *m_confirm;
    QProgressBar *m_meter;
    QLabel *m_strength;
    QLabel *m_mismatch;
};

} // namespace cardinal::ui
