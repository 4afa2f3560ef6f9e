// SPDX-License-Identifier: GPL-3.0-or-later
// Internal to the SQLite storage: shared by its source files, not part of the server's API.
#pragma once

#include "common/result.h"

#include <QLoggingCategory>
#include <QVariant>

namespace cardinal::server {

Q_DECLARE_LOGGING_CATEGORY(lcStorage)

//! An id (any FixedBytes) bound as a BLOB.
template<typename Id>
[[nodiscard]] QVariant blobOf(const Id &id)
{
    return QVariant(id.toByteArray());
}

//! An id read back from a BLOB column; IoError if the stored value has the wrong size.
template<typename Id>
[[nodiscard]] Result<Id> idFromColumn(const QVariant &value)
{
    std::optional<Id> id = Id::fromBytes(value.toByteArray());
    if (!id)
        return fail(ErrorCode::IoError,
                    QStringLiteral("the database holds an id of the wrong size"));
    return *id;
}

} // namespace cardinal::server
