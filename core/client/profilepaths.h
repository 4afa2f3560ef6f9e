// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace cardinal::client {

//! Where the programs keep their profiles.
//!
//! `cardinal --profile NAME` and `cardinal-cli --profile NAME` name a profile; each one is a
//! directory of its own (keys, history, settings), so two people can run the app side by
//! side on one machine, and the CLI and the app open the same profiles. A NAME is
//! 1–64 letters, digits, '.', '_' or '-' (never "." or ".."); anything containing a '/' is
//! taken as a directory path instead, which is what tests and scripts use.
//!
//! The root is `$CARDINAL_PROFILES_DIR` when set, else the per-user data location
//! (`~/.local/share/cardinal/profiles` on Linux).
class ProfilePaths
{
public:
    //! The name used when no --profile is given.
    static constexpr QLatin1StringView DefaultProfile{"default"};

    //! The directory that holds every named profile.
    [[nodiscard]] static QString root();
    //! The directory of profile `nameOrPath` (see above); InvalidArgument for a bad name.
    [[nodiscard]] static Result<QString> directory(const QString &nameOrPath);
};

} // namespace cardinal::client
