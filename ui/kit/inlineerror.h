// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cardinal::ui {

//! Grows the dialog `child` is in, once the event loop has laid it out, so that a line that
//! just appeared (an error, a status) is shown whole instead of squeezing or clipping what
//! is there. It never shrinks a dialog the person resized, and leaves main windows alone.
void fitDialogToContents(QWidget *child);

//! An error sentence shown right under the input it is about, in a red that stays readable
//! on light and dark palettes. Hidden while there is nothing to say, so it takes no space.
//! It never touches the input: the user corrects what they typed instead of retyping it.
//! In a dialog, showing it grows the dialog as needed (fitDialogToContents()).
class InlineError : public QLabel
{
    Q_OBJECT

public:
    explicit InlineError(QWidget *parent = nullptr);

    //! Shows `text` (empty: hides the label).
    void showError(const QString &text);
    //! Hides the label.
    void clearError();

protected:
    void changeEvent(QEvent *event) override;

private:
    void applyColor();
};

} // namespace cardinal::ui
