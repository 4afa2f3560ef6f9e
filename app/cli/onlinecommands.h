// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"

namespace cardinal::cli {

// Registration and account.
[[nodiscard]] Result<void> runRegister(const CliOptions &options);    //!< register --server URL
[[nodiscard]] Result<void> runConfirm(const CliOptions &options);     //!< confirm CODE
[[nodiscard]] Result<void> runRestore(const CliOptions &options);     //!< restore --server URL --identity EMAIL
[[nodiscard]] Result<void> runBackupUpload(const CliOptions &options); //!< backup upload
[[nodiscard]] Result<void> runDevices(const CliOptions &options);     //!< devices
[[nodiscard]] Result<void> runRevoke(const CliOptions &options);      //!< revoke --device ID

// Messaging.
[[nodiscard]] Result<void> runSend(const CliOptions &options);        //!< send --to EMAIL|--group ID TEXT
[[nodiscard]] Result<void> runReceive(const CliOptions &options);     //!< receive [--wait S]
[[nodiscard]] Result<void> runListen(const CliOptions &options);      //!< listen
[[nodiscard]] Result<void> runHistory(const CliOptions &options);     //!< history --with EMAIL|--group ID

// Contacts and groups.
[[nodiscard]] Result<void> runContacts(const CliOptions &options);    //!< contacts
[[nodiscard]] Result<void> runVerify(const CliOptions &options);      //!< verify EMAIL [--mark]
[[nodiscard]] Result<void> runAcceptKey(const CliOptions &options);   //!< accept-key EMAIL
[[nodiscard]] Result<void> runGroupCreate(const CliOptions &options); //!< group create NAME --member EMAIL...
[[nodiscard]] Result<void> runGroupAdd(const CliOptions &options);    //!< group add ID EMAIL
[[nodiscard]] Result<void> runGroupRemove(const CliOptions &options); //!< group remove ID EMAIL

// Key transparency (ktcommands.cpp).
[[nodiscard]] Result<void> runKtStatus(const CliOptions &options);      //!< kt status
[[nodiscard]] Result<void> runKtHistory(const CliOptions &options);     //!< kt history EMAIL
[[nodiscard]] Result<void> runKtAudit(const CliOptions &options);       //!< kt audit --server URL
[[nodiscard]] Result<void> runKtEvidence(const CliOptions &options);    //!< kt evidence [--out FILE]
[[nodiscard]] Result<void> runKtAcknowledge(const CliOptions &options); //!< kt acknowledge ID

} // namespace cardinal::cli
