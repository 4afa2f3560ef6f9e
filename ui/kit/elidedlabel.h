// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QLabel>

namespace cardinal::ui {

//! One line of plain text that ends in "…" when it does not fit, with the whole text as
//! its tooltip and accessible name: a long address in a narrow sidebar stays recognisable
//! instead of being cut off mid-letter, and never widens its column.
class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(const QString &text, QWidget *parent = nullptr);

    [[nodiscard]] QSize minimumSizeHint() const override;
    [[nodiscard]] QSize sizeHint() const override;
    //! The text as drawn now (elided or whole).
    [[nodiscard]] QString shownText() const;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace cardinal::ui
