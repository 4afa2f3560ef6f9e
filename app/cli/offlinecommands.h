// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

namespace cardinal::cli {

//! `init`: creates identity and device keys and the self-signed card in the profile.
[[nodiscard]] Result<void> runInit(const CliOptions &options);
//! `card export`: writes the profile's public card bundle, armoured.
[[nodiscard]] Result<void> runCardExport(const CliOptions &options);
//! `safety-number`: the 60-digit safety number between the profile and a card file.
[[nodiscard]] Result<void> runSafetyNumber(const CliOptions &options);
//! `encrypt`: an envelope for every device of every --to card and of the profile's own card.
[[nodiscard]] Result<void> runEncrypt(const CliOptions &options);
//! `decrypt`: opens an envelope for this device; with --from, verifies the sender.
[[nodiscard]] Result<void> runDecrypt(const CliOptions &options);

} // namespace cardinal::cli
