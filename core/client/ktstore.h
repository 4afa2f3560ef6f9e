// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "kttypes.h"
#include "profiledatabase.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <cstdint>
#include <optional>

namespace cardinal::client {

//! What a profile keeps of the key-transparency log, in its encrypted database (values
//! sealed; see ProfileDatabase): the newest checkpoint it holds, its watch of its own
//! address, and evidence. Use from the database's thread.
class KtStore
{
public:
    explicit KtStore(ProfileDatabase &database) : m_db(database) {}

    //! The signed checkpoint note held (the newest this profile has checked), if any.
    [[nodiscard]] Result<std::optional<QByteArray>> heldCheckpoint();
    [[nodiscard]] Result<void> holdCheckpoint(const QByteArray &note);

    [[nodiscard]] Result<KtOwnWatch> ownWatch();
    [[nodiscard]] Result<void> setOwnWatch(const KtOwnWatch &watch);

    //! Stores `evidence` (open) and returns its id.
    [[nodiscard]] Result<qint64> addEvidence(KtEvidence evidence);
    //! Everything stored, oldest first.
    [[nodiscard]] Result<QList<KtEvidence>> evidence();
    //! How many alerts are open.
    [[nodiscard]] Result<int> openAlerts();
    //! Closes the alert `id` (the evidence stays). NotFound if there is none.
    [[nodiscard]] Result<void> acknowledge(qint64 id);

private:
    [[nodiscard]] Result<std::optional<QByteArray>> state(const char *name);
    [[nodiscard]] Result<void> setState(const char *name, const QByteArray &value);

    ProfileDatabase &m_db;
};

} // namespace cardinal::client
