// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QProxyStyle>

namespace cardinal::ui {

//! Fusion with the fixes a dark palette needs, which Fusion (made for light ones) lacks:
//! no icons on dialog buttons (the icon theme's are drawn black, unreadable on dark
//! buttons), and borders for fields, check boxes and menus that stand out from the window (Fusion
//! darkens the window colour for them, which on a dark window is nearly invisible).
class DarkStyle : public QProxyStyle
{
    Q_OBJECT

public:
    DarkStyle();

    int styleHint(StyleHint hint, const QStyleOption *option = nullptr,
                  const QWidget *widget = nullptr, QStyleHintReturn *data = nullptr) const override;
    void drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                       const QWidget *widget = nullptr) const override;
    void drawComplexControl(ComplexControl control, const QStyleOptionComplex *option,
                            QPainter *painter, const QWidget *widget = nullptr) const override;
};

} // namespace cardinal::ui
