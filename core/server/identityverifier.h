// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "codedelivery.h"
#include "common/result.h"
#include "crypto/random.h"
#include "validationtoken.h"

#include <QByteArray>
#include <QHash>
#include <QObject>
#include <QList>
#include <QString>

#include <algorithm>
#include <functional>

namespace cardinal::server {

class AsyncStorage;
class Storage;
struct ServerKeys;

//! Decimal digits in an identity code: 10^8 possibilities against MaxCodeAttempts guesses.
inline constexpr int CodeDigits = 8;
//! Wrong guesses allowed per code; the last one deletes it.
inline constexpr int MaxCodeAttempts = 5;
//! The window over which code requests are counted.
inline constexpr qint64 CodeRateWindowSeconds = 10 * 60;
//! Code requests per identity within the window, so nobody can flood a mailbox.
inline constexpr int MaxCodeRequestsPerIdentity = 3;
//! Minimum time between two code requests for one identity.
inline constexpr qint64 MinCodeRequestGapSeconds = 30;
//! Code requests per connection key within the window, so one client cannot mail everyone.
inline constexpr int MaxCodeRequestsPerConnection = 10;

//! Proves that someone controls an identity (an e-mail address), for publishing a card or
//! fetching a key backup: requestCode() sends a random code, confirmCode() trades the right
//! code for a validation token; checkToken() accepts that token, and spendToken() (within
//! the storage unit that uses it) makes sure it is used exactly once.
//!
//! Codes are stored only as SHA-256(codeKey || identity || 0 || purpose || 0 || code) and
//! compared in constant time. Rate limits live in memory (they reset when the server
//! restarts, which an attacker cannot cause). Failures use the server's error codes:
//! RateLimited, InvalidCode, CodeExpired, InvalidToken, InvalidArgument for input that is
//! not canonical, IoError from storage or delivery. Storage is reached through units
//! (AsyncStorage): answers come later, from the event loop, and never after the verifier
//! is destroyed. Not thread-safe: used on the server's thread.
class IdentityVerifier
{
public:
    //! Current time in Unix seconds; injectable so tests can move time.
    using Clock = std::function<qint64()>;
    //! The wall clock.
    [[nodiscard]] static qint64 systemClock();

    //! All references must outlive the verifier.
    IdentityVerifier(AsyncStorage &storage, const ServerKeys &keys, CodeDelivery &delivery,
                     Clock nowSeconds = &IdentityVerifier::systemClock,
                     crypto::RandomSource &random = crypto::systemRandom());

    //! How long codes issued from now on stay valid, in seconds (at least 1); by default
    //! CodeLifetimeSeconds. The server sets it from ServerLimits::codeLifetimeSeconds.
    void setCodeLifetimeSeconds(qint64 seconds) { m_codeLifetime = std::max<qint64>(1, seconds); }
    [[nodiscard]] qint64 codeLifetimeSeconds() const { return m_codeLifetime; }

    //! Called with how many seconds the code stays valid, once it has been delivered, or
    //! with why not.
    using CodeRequested = std::function<void(Result<qint64>)>;

    //! Sends a fresh code for (identity, purpose), replacing any earlier one, and then tells
    //! `done` how many seconds it stays valid: at once when a limit refuses it, later when
    //! the delivery takes time (never blocking meanwhile). `identity` must be canonical
    //! (protocol::normalizeEmail); `purpose` is a short lower-case word such as "register".
    //! `connectionKey` names who asks (e.g. the peer address, so reconnecting does not reset
    //! the count). RateLimited says in its detail when to try again. A code whose delivery
    //! failed is deleted again. The delivery must outlive the verifier.
    void requestCode(const QString &identity, const QString &purpose,
                     const QString &connectionKey, CodeRequested done);

    //! Called with an encoded ValidationToken, or with why not.
    using CodeConfirmed = std::function<void(Result<QByteArray>)>;

    //! Checks `code` against the pending one and tells `done`. Right: the code is deleted and
    //! an encoded ValidationToken comes back. Wrong: InvalidCode with the attempts left in the
    //! detail, or CodeExpired (and the code deleted) when that was the last attempt. No code,
    //! expired or used up: CodeExpired.
    void confirmCode(const QString &identity, const QString &purpose, const QString &code,
                     CodeConfirmed done);

    //! Verifies a token from a client: InvalidToken when it is malformed, not ours, expired,
    //! or for another purpose than `expectedPurpose` (an empty `expectedPurpose` accepts
    //! any). Whether it was used already only storage knows: see spendToken().
    [[nodiscard]] Result<ValidationToken> checkToken(QByteArrayView token,
                                                     const QString &expectedPurpose) const;
    //! Marks a checked token used, within the storage unit that acts on it: InvalidToken if
    //! it had been used already. Runs on the storage thread.
    [[nodiscard]] static Result<void> spendToken(Storage &storage, const ValidationToken &token);

    //! A token without a code, for operators (`cardinal-server issue-token`).
    [[nodiscard]] Result<QByteArray> issueToken(const QString &identity, const QString &purpose);

private:
    //! Request times (seconds) within the window, oldest first.
    using Requests = QList<qint64>;

    //! Checks the rate limits and counts the request.
    [[nodiscard]] Result<void> admitRequest(const QString &identity,
                                            const QString &connectionKey, qint64 now);
    //! Hands a stored code to the delivery, then tells `done`.
    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 CodeRequested done);
    [[nodiscard]] QString newCode();
    [[nodiscard]] QByteArray codeHash(const QString &identity, const QString &purpose,
                                      const QString &code) const;
    [[nodiscard]] QByteArray mint(const QString &identity, const QString &purpose, qint64 now);
    void forgetOldRequests(qint64 now);

    AsyncStorage &m_storage;
    const ServerKeys &m_keys;
    CodeDelivery &m_delivery;
    Clock m_now;
    crypto::RandomSource &m_random;
    qint64 m_codeLifetime = CodeLifetimeSeconds;
    QHash<QString, Requests> m_byIdentity;
    QHash<QString, Requests> m_byConnection;
    qint64 m_lastSweep = 0;
    QObject m_alive; //!< storage results that arrive after we are gone are dropped
};

} // namespace cardinal::server
