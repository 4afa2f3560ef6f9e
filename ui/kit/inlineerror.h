// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cardinal::ui {

//! An error sentence shown right under the input it is about, in a red that stays readable
//! on light and dark palettes. Hidden while there is nothing to say, so it takes no space.
//! It never touches the input: the user corrects what they typed instead of retyping it.
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
