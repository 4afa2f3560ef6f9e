// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/error.h"

#include <QCoreApplication>
#include <QString>

namespace cardinal::ui {

//! What to say when looking someone up by e-mail address failed: the dialogs that add
//! people (new chat, new group, group members) say it the same way.
class LookupWording
{
    Q_DECLARE_TR_FUNCTIONS(cardinal::ui::LookupWording)

public:
    //! "Nobody uses Cardinal with bob@x.org yet." for NotFound, a hint for a malformed
    //! address, else Wording::error().
    [[nodiscard]] static QString failure(const Error &error, const QString &identity);
};

} // namespace cardinal::ui
