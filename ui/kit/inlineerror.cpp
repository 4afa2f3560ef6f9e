// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/inlineerror.h"

#include "ui/kit/tones.h"

#include <QDialog>
#include <QEvent>
#include <QLayout>
#include <QTimer>

namespace cardinal::ui {

namespace {

void grow(QDialog &dialog)
{
    QLayout *layout = dialog.layout();
    if (!layout)
        return;
    layout->activate();
    // Wrapped labels need more height at the same width: ask the layout for it.
    const int width = dialog.width();
    const int needed = layout->hasHeightForWidth() ? layout->totalHeightForWidth(width)
                                                   : dialog.sizeHint().height();
    const QSize wanted(qMax(width, dialog.minimumSizeHint().width()), qMax(dialog.height(), needed));
    if (wanted != dialog.size())
        dialog.resize(wanted);
}

} // namespace

void fitDialogToContents(QWidget *child)
{
    auto *dialog = child ? qobject_cast<QDialog *>(child->window()) : nullptr;
    if (!dialog)
        return;
    // The dialog is the timer's context: gone, and the call is dropped.
    QTimer::singleShot(0, dialog, [dialog] { grow(*dialog); });
}

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
    if (!text.isEmpty())
        fitDialogToContents(this);
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
