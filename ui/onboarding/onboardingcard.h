// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QPointer>
#include <QWidget>

class QHBoxLayout;
class QLabel;
class QPushButton;
class QVBoxLayout;

namespace cardinal::ui {

class InlineError;

//! The card every first-run and unlock screen is drawn on: the app icon, a title, one
//! sentence of explanation, the step's own controls, an inline error, and a button row with
//! an optional Back on the left and one primary button on the right.
//!
//! Enter (or Return) anywhere in the card activates the primary button while it is enabled;
//! a focused Back button keeps Enter for itself. Line edits pass Enter on, so typing a value
//! and pressing Enter moves on, as in a dialog.
//!
//! `centre()` puts a card in the middle of a full-window widget, at most MaxWidth wide.
//! The error and progress area keeps room for two lines even when empty, so that the card
//! (centred vertically) does not jump when a short error or a progress line appears.
class OnboardingCard : public QWidget
{
    Q_OBJECT

public:
    static constexpr int MaxWidth = 420;
    static constexpr int IconSize = 64;

    explicit OnboardingCard(QWidget *parent = nullptr);

    //! Lays `card` out centred in `host` (which must have no layout yet).
    static void centre(QWidget *host, OnboardingCard *card);

    void setTitle(const QString &title);
    void setExplanation(const QString &text);
    //! Where a step adds its controls, between the explanation and the error.
    [[nodiscard]] QVBoxLayout *content() const { return m_content; }

    [[nodiscard]] QPushButton *primaryButton() const { return m_primary; }
    //! Hidden until a step gives it a text (setBackVisible()).
    [[nodiscard]] QPushButton *backButton() const { return m_back; }
    void setBackVisible(bool visible);
    //! A further button in the row, left of the primary one (e.g. "Send a new code").
    void addSecondaryButton(QPushButton *button);

    void showError(const QString &text);
    void clearError();
    [[nodiscard]] InlineError *errorLabel() const { return m_error; }

    //! While the app waits (for the server, or for scrypt): every control is disabled and
    //! the cursor shows it; afterwards the control that had the focus gets it back.
    void setBusy(bool busy);
    //! Says what the app is waiting for ("Checking the server…") over a moving progress
    //! bar, where errors appear (objectName "onboardingProgress"); empty hides it.
    void setProgress(const QString &text);
    [[nodiscard]] bool isBusy() const { return m_busy; }

protected:
    void keyPressEvent(QKeyEvent *event) override;
    void paintEvent(QPaintEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void retranslate();

    QLabel *m_icon;
    QLabel *m_title;
    QLabel *m_explanation;
    QWidget *m_body;
    QWidget *m_buttonRow;
    QVBoxLayout *m_content;
    QWidget *m_status; //!< holds the error or the progress; keeps room for two lines
    InlineError *m_error;
    QWidget *m_progress;
    QLabel *m_progressText;
    QHBoxLayout *m_buttons;
    QPushButton *m_back;
    QPushButton *m_primary;
    QPointer<QWidget> m_focusBeforeBusy;
    bool m_busy = false;
};

} // namespace cardinal::ui
