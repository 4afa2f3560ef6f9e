// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/secure.h"

#include <QString>

namespace cardinal::cli {

//! Where the passphrase comes from, in order: the CARDINAL_PASSPHRASE environment variable,
//! the first line of --passphrase-file, or a prompt on the terminal without echo.
struct PassphraseSource
{
    QString file; //!< --passphrase-file, empty if not given
};

//! Gets the passphrase. With `confirm` (creating a profile) a terminal prompt asks twice.
//! IoError when no source is available (no variable, no file, no terminal).
[[nodiscard]] Result<crypto::SecureBuffer> readPassphrase(const PassphraseSource &source,
                                                          const QString &prompt, bool confirm);

//! Reads all of `path`, or standard input when `path` is empty, up to `maxBytes`.
[[nodiscard]] Result<QByteArray> readInput(const QString &path, qint64 maxBytes);

//! Writes `bytes` to `path` atomically, or to standard output when `path` is empty.
[[nodiscard]] Result<void> writeOutput(const QString &path, QByteArrayView bytes);

} // namespace cardinal::cli
