// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// cardinal-cli speaks the user's language: every message a person reads goes through
// Cli::tr() (one translation context, "cli", for the whole program), and the catalogue
// for the system language is loaded at startup. What a program reads stays as it is:
// --json output, command and option names, identities, and the English details of core
// errors.

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace cardinal::cli {

//! The translation context of the CLI's messages: Cli::tr("...").
class Cli
{
    Q_DECLARE_TR_FUNCTIONS(cli)

public:
    Cli() = delete;
};

//! Loads the catalogue (:/i18n/cardinal-cli_<lang>.qm) for the first language of
//! QLocale::system().uiLanguages() that has one (LANGUAGE, LC_ALL, LC_MESSAGES, LANG), and
//! Qt's own catalogue for it if installed. English first, or no catalogue, gives the
//! English source text with English's catalogues, which hold only the plural forms.
void installTranslations(QCoreApplication &app);

//! `error` for a person: the code's meaning in the user's language, then the detail as
//! given (core details are English; the CLI's own are translated where they are made).
[[nodiscard]] QString errorText(const Error &error);

} // namespace cardinal::cli
