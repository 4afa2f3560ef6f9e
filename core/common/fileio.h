// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "result.h"

#include <QByteArray>
#include <QFileDevice>
#include <QString>

namespace cardinal {

//! Owner read/write only: the mode for every file that holds secrets or private history.
inline constexpr QFileDevice::Permissions OwnerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

//! Writes `bytes` to `path` atomically (QSaveFile: a temporary file renamed over the target
//! after flush), so a crash leaves either the old or the new file, never a torn one.
//! IoError carries the operating system's reason.
[[nodiscard]] Result<void> writeFileAtomically(const QString &path, QByteArrayView bytes,
                                               QFileDevice::Permissions permissions = OwnerOnly);

//! Reads a whole file of at most `maxBytes`. IoError when it cannot be read, TooLarge when it
//! is bigger than the bound (checked before reading, and again while reading, since the file
//! may grow in between).
[[nodiscard]] Result<QByteArray> readFileBounded(const QString &path, qint64 maxBytes);

} // namespace cardinal
