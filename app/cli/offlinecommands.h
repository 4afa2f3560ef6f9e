// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QStringList>

namespace cardinal::cli {

//! Options shared by the commands that work without a server.
struct OfflineOptions
{
    QString profileDir;
    PassphraseSource passphrase;
    QString identity;     //!< init --identity
    QString deviceName;   //!< init --device
    QString cardFile;     //!< safety-number --card
    QStringList toCards;  //!< encrypt --to (repeatable)
    QString fromCard;     //!< decrypt --from
    QString inFile;       //!< --in (default: standard input)
    QString outFile;      //!< --out (default: standard output)
};

//! `init`: creates identity and device keys and the self-signed card in the profile.
[[nodiscard]] Result<void> runInit(const OfflineOptions &options);
//! `card export`: writes the profile's public card bundle, armoured.
[[nodiscard]] Result<void> runCardExport(const OfflineOptions &options);
//! `safety-number`: the 60-digit safety number between the profile and a card file.
[[nodiscard]] Result<void> runSafetyNumber(const OfflineOptions &options);
//! `encrypt`: an envelope for every device of every --to card and of the profile's own card.
[[nodiscard]] Result<void> runEncrypt(const OfflineOptions &options);
//! `decrypt`: opens an envelope for this device; with --from, verifies the sender.
[[nodiscard]] Result<void> runDecrypt(const OfflineOptions &options);

} // namespace cardinal::cli
