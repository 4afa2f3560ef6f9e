// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QIcon>
#include <QStringView>

namespace cardinal::ui {

//! The app's icons: SVG files under resources/icons, compiled in as `:/icons/NAME.svg`.
//!
//! Symbolic icons are drawn in `currentColor`, which icon() replaces with the colour asked
//! for (by default the palette's text colour), so they stay legible in light and dark
//! palettes; they are rendered at 1x, 2x and 3x for high-DPI screens.
//!
//! A name is a file name in resources/icons without ".svg".
namespace Icons {

//! Symbolic icon `name` in `color` (invalid colour = the application palette's text colour).
[[nodiscard]] QIcon icon(QStringView name, const QColor &color = {});
//! The Cardinal application icon (full colour).
[[nodiscard]] QIcon appIcon();

} // namespace Icons

} // namespace cardinal::ui
