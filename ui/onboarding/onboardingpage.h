// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "ui/onboarding/onboardingcard.h"

#include <QWidget>

namespace cardinal::ui {

//! One step of the first-run flow: a full-window widget with an OnboardingCard in the
//! middle. A page only collects and checks input and says what the user wants (accepted(),
//! backRequested()); OnboardingFlow decides what happens next and talks to the client core.
//!
//! Subclasses set their words in retranslate() (called once by their constructor and again
//! whenever the language changes) and report in canContinue() whether the primary button
//! may be pressed (they call updatePrimary() when that may have changed) and in validate()
//! whether the input is usable, explaining in the card's inline error when it is not.
class OnboardingPage : public QWidget
{
    Q_OBJECT

public:
    explicit OnboardingPage(QWidget *parent = nullptr);

    [[nodiscard]] OnboardingCard *card() const { return m_card; }
    void showError(const QString &text) { m_card->showError(text); }
    void clearError() { m_card->clearError(); }
    void setBusy(bool busy) { m_card->setBusy(busy); }

    //! Called when the page is shown: puts the focus where typing should start.
    virtual void enter();

Q_SIGNALS:
    //! The primary button was pressed (or Enter) and the input passed validate().
    void accepted();
    void backRequested();

protected:
    virtual void retranslate() = 0;
    //! Whether the primary button is enabled (e.g. something has been typed).
    [[nodiscard]] virtual bool canContinue() const { return true; }
    //! Checks the input when the primary button is pressed; shows the error and returns
    //! false when it is not usable.
    [[nodiscard]] virtual bool validate() { return true; }
    //! The control enter() focuses (none: the primary button).
    [[nodiscard]] virtual QWidget *firstInput() const { return nullptr; }
    void updatePrimary();
    void changeEvent(QEvent *event) override;

private:
    OnboardingCard *m_card;
};

} // namespace cardinal::ui
