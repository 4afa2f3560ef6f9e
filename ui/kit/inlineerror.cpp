// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/inlineerror.h"

#include "ui/kit/tones.h"

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
    // Qt 6.4 palettes have no error role: a red that contrasts with the window behind it.
    const QColor red = Tones::errorText(palette());
    QPalette adjusted = palette();
    if (adjusted.color(QPalette::WindowText) == red)
        return;
    adjusted.setColor(QPalette::WindowText, red);
    // setPalette() sends another PaletteChange; the early return above ends the round trip.
    setPalette(adjusted);
}

} // namespace cardinal::ui
