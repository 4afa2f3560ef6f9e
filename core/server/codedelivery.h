// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverconfig.h"

#include <QString>

#include <functional>
#include <memory>

namespace cardinal::server {

//! How long an identity code stays valid unless configured otherwise (`code-lifetime`). The
//! verifier enforces it; deliveries tell people.
inline constexpr qint64 CodeLifetimeSeconds = ServerLimits::DefaultCodeLifetimeSeconds;
//! How long the sendmail command may take before delivery counts as failed.
inline constexpr int SendmailTimeoutMs = 10'000;
//! Sendmail commands running at once; more requests are refused with RateLimited until one
//! finishes, so a flood of code requests cannot start a flood of processes.
inline constexpr int MaxConcurrentSendmails = 16;

//! Gets an identity code to the person who owns the identity (an e-mail address in canonical
//! form). Implementations never log the code: logs end up in places codes must not.
//!
//! Delivery never blocks the caller's thread: what takes time (a mail relay) finishes later
//! on the event loop. Destroying a delivery abandons what it has not finished: those
//! callbacks never run.
class CodeDelivery
{
public:
    //! Called exactly once with the outcome (unless the delivery is destroyed first).
    using Completion = std::function<void(Result<void>)>;

    virtual ~CodeDelivery();

    //! Sends `code` for `purpose` (e.g. "register") to `identity`, then calls `done`: at once
    //! or later from the event loop. IoError if it could not be handed on; InvalidArgument if
    //! the identity cannot be used as given; RateLimited if too many are on their way.
    virtual void deliver(const QString &identity, const QString &purpose, const QString &code,
                         Completion done) = 0;
};

//! The delivery `config` describes:
//!
//! - Console: one line `code for IDENTITY (PURPOSE): CODE` on standard output, flushed, and
//!   deliberately not through the logging system. For development and small setups where
//!   the operator passes codes on by hand.
//! - Drop: the code and a newline in DIRECTORY/IDENTITY, written atomically with mode 0600
//!   (the directory is created if missing). For tests and scripted setups. Identities
//!   containing '/' or starting with '.' are refused, so nothing lands outside DIRECTORY.
//! - Sendmail: an RFC 5322 message (From: config.from, To: the identity, Subject "Your
//!   Cardinal code", text/plain UTF-8) on the standard input of exactly the configured
//!   command, like `/usr/sbin/sendmail -t -i`. Its output is discarded (it might echo the
//!   message); a non-zero exit status, a crash or SendmailTimeoutMs without finishing is an
//!   IoError. The command runs while the event loop goes on; at most MaxConcurrentSendmails
//!   at once. The message says the code expires after `codeLifetimeSeconds`, which should be
//!   what the verifier enforces.
[[nodiscard]] std::unique_ptr<CodeDelivery>
makeCodeDelivery(const CodeDeliveryConfig &config,
                 qint64 codeLifetimeSeconds = CodeLifetimeSeconds);

} // namespace cardinal::server
