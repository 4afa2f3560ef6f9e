// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace cardinal::ui::Translations {

//! Switches the application's language: "" follows the system locale, "en", "ru" or "de"
//! pick one. Loads Cardinal's own catalogue (compiled in as `:/i18n/cardinal_<code>.qm`;
//! English's holds only the plural forms) and Qt's (standard buttons and dialogs) when
//! installed, replacing earlier ones, and sets the default QLocale so dates and numbers
//! follow. Widgets built afterwards use it.
//! Returns the language code in effect ("en" when nothing else matched).
QString apply(const QString &code);

//! The language code a setting resolves to on this system: the setting itself, or for ""
//! the first of the system's UI languages we have a catalogue for, else "en".
[[nodiscard]] QString resolve(const QString &code);

} // namespace cardinal::ui::Translations
