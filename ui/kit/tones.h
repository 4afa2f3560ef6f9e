// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

//! The app's status colours, in one place so every screen means the same thing by them.
//! Qt 6.4 palettes have no roles for "good", "caution" or "error", so these are fixed hues
//! chosen to read on light and dark palettes alike, plus a text red picked per palette.
namespace cardinal::ui::Tones {

//! Whether `palette` is a dark one (its window colour is darker than mid-grey).
[[nodiscard]] bool isDark(const QPalette &palette);

//! Verified, online.
[[nodiscard]] QColor good();
//! Key changed, connecting: look, but nothing is wrong yet.
[[nodiscard]] QColor caution();
//! Revoked, offline, unread badges.
[[nodiscard]] QColor danger();

//! A red for error text and icons that contrasts with `palette`'s background.
[[nodiscard]] QColor errorText(const QPalette &palette);

} // namespace cardinal::ui::Tones
