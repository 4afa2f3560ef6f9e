// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cardinal::ui::Autostart {

//! Starting Cardinal when the person logs in, the freedesktop.org way: a desktop entry in
//! `$XDG_CONFIG_HOME/autostart/` (GNOME, KDE, Xfce and the others read it). The entry
//! starts this program with the profile it was switched on for, so messages arrive from the
//! moment the session starts (after unlocking: nothing is decrypted without the passphrase).

//! The entry's path.
[[nodiscard]] QString entryPath();
//! Whether the entry exists and is not disabled (Hidden=true).
[[nodiscard]] bool isEnabled();
//! Writes the entry for `profileDirectory`, or removes it; false (with `error`) when the
//! file cannot be written or removed.
[[nodiscard]] bool setEnabled(bool enabled, const QString &profileDirectory, QString *error);
//! `argument` quoted for a desktop entry's Exec key (specification: "The Exec key").
[[nodiscard]] QString quoteExecArgument(const QString &argument);

} // namespace cardinal::ui::Autostart
