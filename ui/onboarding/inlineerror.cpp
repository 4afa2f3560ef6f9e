// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/onboarding/inlineerror.h"

#include <QEvent>

namespace cardinal::ui {

InlineError::InlineError(QWidget *parent) : QLabel(parent)
{
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
    setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAccessibleName(tr("Error"));
    applyColor();
    hide();
}

void InlineError::showError(const QString &text)
{
    setText(text);
    setAccessibleDescription(text);
    setVisible(!text.isEmpty());
}

void InlineError::clearError()
{
    showError({});
}

void InlineError::changeEvent(QEvent *event)
{
    QLabel::changeEvent(event);
    if (event->type() == QEvent::PaletteChange)
        applyColor();
}

void InlineError::applyColor()
{
    // Qt 6.4 palettes have no error role: pick a red whose lightness contrasts with the
    // window behind it, so it reads on both light and dark themes.
    const bool darkBackground = palette().color(QPalette::Window).lightnessF() < 0.5;
    const QColor red = darkBackground ? QColor(0xff, 0x8a, 0x80) : QColor(0xb0, 0x1c, 0x1c);
    QPalette adjusted = palette();
    if (adjusted.color(QPalette::WindowText) == red)
        return;
    adjusted.setColor(QPalette::WindowText, red);
    // setPalette() sends another PaletteChange; the early return above ends the round trip.
    setPalette(adjusted);
}

} // namespace cardinal::ui
