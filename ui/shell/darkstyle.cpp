// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/darkstyle.h"

#include "ui/kit/namestyle.h"

#include <QPainter>
#include <QStyleFactory>
#include <QStyleOption>

namespace cardinal::ui {

namespace {

//! A border that reads on a dark window: a third of the way from the field to the text.
QColor borderColor(const QPalette &palette, bool focused)
{
    if (focused)
        return palette.color(QPalette::Highlight);
    return NameStyle::mix(palette.color(QPalette::Base), palette.color(QPalette::Text), 0.32);
}

void drawBorder(QPainter *painter, const QRect &rect, const QColor &color, qreal radius)
{
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(color, 1));
    painter->drawRoundedRect(QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5), radius, radius);
    painter->restore();
}

} // namespace

DarkStyle::DarkStyle() : QProxyStyle(QStyleFactory::create(QStringLiteral("Fusion"))) {}

int DarkStyle::styleHint(StyleHint hint, const QStyleOption *option, const QWidget *widget,
                         QStyleHintReturn *data) const
{
    if (hint == SH_DialogButtonBox_ButtonsHaveIcons)
        return 0;
    return QProxyStyle::styleHint(hint, option, widget, data);
}

void DarkStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option,
                              QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    switch (element) {
    case PE_FrameLineEdit:
    case PE_PanelLineEdit:
        if (const auto *frame = qstyleoption_cast<const QStyleOptionFrame *>(option);
            frame && frame->lineWidth > 0)
            drawBorder(painter, option->rect,
                       borderColor(option->palette, option->state.testFlag(State_HasFocus)), 2);
        break;
    case PE_Frame:
        // Text areas (the composer): Fusion's sunken frame vanishes on a dark window.
        if (widget && widget->inherits("QAbstractScrollArea"))
            drawBorder(painter, option->rect,
                       borderColor(option->palette, option->state.testFlag(State_HasFocus)), 2);
        break;
    case PE_FrameMenu:
        drawBorder(painter, option->rect, borderColor(option->palette, false), 0);
        break;
    case PE_IndicatorCheckBox:
        drawBorder(painter, option->rect,
                   borderColor(option->palette, option->state.testFlag(State_HasFocus)), 1);
        break;
    default:
        break;
    }
}

void DarkStyle::drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                                   QPainter *painter, const QWidget *widget) const
{
    QProxyStyle::drawComplexControl(control, option, painter, widget);
    if (control == CC_SpinBox && option->subControls.testFlag(SC_SpinBoxFrame))
        drawBorder(painter, option->rect,
                   borderColor(option->palette, option->state.testFlag(State_HasFocus)), 2);
}

} // namespace cardinal::ui
