// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/dialogs/lookupwording.h"

#include "ui/kit/wording.h"

namespace cardinal::ui {

QString LookupWording::failure(const Error &error, const QString &identity)
{
    switch (error.code) {
    case ErrorCode::NotFound:
        return tr("Nobody uses Cardinal with %1 yet.").arg(identity);
    case ErrorCode::InvalidArgument:
        return tr("“%1” is not an e-mail address.").arg(identity);
    default:
        return Wording::error(error);
    }
}

} // namespace cardinal::ui
