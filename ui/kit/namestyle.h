// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>
#include <QPixmap>
#include <QString>

class QPainter;
class QRect;

namespace cardinal::ui::NameStyle {

//! One or two letters standing for `name`: the first letters of its first two words (an
//! e-mail address counts only its part before '@'), upper case. "?" for an empty name.
[[nodiscard]] QString initials(const QString &name);

//! A colour for `name`, the same on every run and machine (a fixed hash, not qHash, which is
//! seeded per process), so a person keeps their colour. Lighter on dark palettes, darker on
//! light ones, so it stays readable as text on `palette`'s base colour.
[[nodiscard]] QColor textColor(const QString &name, const QPalette &palette);

//! The same hue as a fill behind white initials (mid lightness, readable in both palettes).
[[nodiscard]] QColor fillColor(const QString &name);

//! Paints a round avatar with `name`'s initials, filling `rect` (a square).
void paintAvatar(QPainter &painter, const QRect &rect, const QString &name);

//! A round avatar of `size` logical pixels for `name`, rendered at `pixelRatio`.
[[nodiscard]] QPixmap avatar(const QString &name, int size, qreal pixelRatio);

//! `a` moved `amount` (0..1) of the way towards `b`: tints that follow the palette.
[[nodiscard]] QColor mix(const QColor &a, const QColor &b, qreal amount);

} // namespace cardinal::ui::NameStyle
