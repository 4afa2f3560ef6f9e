// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPixmap>
#include <QString>

namespace cardinal::ui::Avatar {

//! A colour picked from `name`'s hash, the same for the same name everywhere in the app,
//! saturated enough for white initials on it in light and dark palettes.
[[nodiscard]] QColor color(const QString &name);
//! One or two letters for `name`: "Alice Smith" → "AS", "bob@example.org" → "B".
[[nodiscard]] QString initials(const QString &name);
//! A round avatar of `size` logical pixels for `name`, at `pixelRatio`.
[[nodiscard]] QPixmap pixmap(const QString &name, int size, qreal pixelRatio);

} // namespace cardinal::ui::Avatar
