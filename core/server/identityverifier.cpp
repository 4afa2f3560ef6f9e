// SPDX-License-Identifier: GPL-3.0-or-later
#include "identityverifier.h"

#include "crypto/digest.h"
#include "crypto/secure.h"
#include "protocol/identity.h"
#include "asyncstorage.h"
#include "serverkeys.h"
#include "storage.h"

#include <QDateTime>
#include <QLoggingCategory>

namespace cardinal::server {

namespace {

Q_LOGGING_CATEGORY(lcVerifier, "cardinal.codes")

constexpr qsizetype MaxPurposeChars = 32;
constexpr qsizetype MaxConnectionKeyChars = 256;
constexpr std::uint32_t CodeModulus = 100'000'000; // 10^CodeDigits
static_assert(CodeDigits == 8);

//! Purposes are protocol words ("register", "recover"): short, lower-case ASCII.
bool isValidPurpose(const QString &purpose)
{
    if (purpose.isEmpty() || purpose.size() > MaxPurposeChars)
        return false;
    for (QChar c : purpose)
        if (!((c >= u'a' && c <= u'z') || (c >= u'0' && c <= u'9') || c == u'-'))
            return false;
    return true;
}

Result<void> checkInput(const QString &identity, const QString &purpose)
{
    auto canonical = protocol::normalizeEmail(identity);
    if (!canonical)
        return fail(canonical.error());
    if (*canonical != identity)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("identity is not in canonical form"));
    if (!isValidPurpose(purpose))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("not a valid code purpose"));
    return {};
}

void dropBefore(QList<qint64> &times, qint64 cutoff)
{
    while (!times.isEmpty() && times.constFirst() <= cutoff)
        times.removeFirst();
}

Failure rateLimited(const QString &what, qint64 retryAfter)
{
    const qint64 seconds = std::max<qint64>(1, retryAfter);
    // The detail reaches people (after the app's own sentence, and in cardinal-cli), in
    // English: the server has no catalogue, so it picks the singular itself.
    const QString wait = seconds == 1 ? QStringLiteral("1 second")
                                      : QStringLiteral("%1 seconds").arg(seconds);
    return fail(ErrorCode::RateLimited,
                QStringLiteral("too many code requests %1; try again in %2").arg(what, wait));
}

} // namespace

qint64 IdentityVerifier::systemClock()
{
    return QDateTime::currentSecsSinceEpoch();
}

IdentityVerifier::IdentityVerifier(AsyncStorage &storage, const ServerKeys &keys,
                                   CodeDelivery &delivery, Clock nowSeconds,
                                   crypto::RandomSource &random)
    : m_storage(storage), m_keys(keys), m_delivery(delivery), m_now(std::move(nowSeconds)),
      m_random(random)
{
}

void IdentityVerifier::requestCode(const QString &identity, const QString &purpose,
                                   const QString &connectionKey, CodeRequested done)
{
    if (auto ok = checkInput(identity, purpose); !ok)
        return done(fail(ok.error()));
    if (connectionKey.size() > MaxConnectionKeyChars)
        return done(fail(ErrorCode::InvalidArgument, QStringLiteral("connection key too long")));
    const qint64 now = m_now();
    if (auto admitted = admitRequest(identity, connectionKey, now); !admitted)
        return done(fail(admitted.error()));

    const QString code = newCode();
    const PendingCode pending{codeHash(identity, purpose, code), now + m_codeLifetime,
                              MaxCodeAttempts};
    m_storage.run(
        &m_alive,
        [identity, purpose, pending](Storage &storage) {
            return storage.putCode(identity, purpose, pending);
        },
        [this, identity, purpose, code, done = std::move(done)](Result<void> stored) mutable {
            if (!stored)
                return done(fail(stored.error()));
            deliver(identity, purpose, code, std::move(done));
        });
}

void IdentityVerifier::deliver(const QString &identity, const QString &purpose,
                               const QString &code, CodeRequested done)
{
    m_delivery.deliver(identity, purpose, code,
                       [this, identity, purpose, done = std::move(done)](Result<void> delivered) {
                           if (delivered)
                               return done(m_codeLifetime);
                           qCWarning(lcVerifier).noquote()
                               << "could not deliver a" << purpose << "code for" << identity
                               << ":" << delivered.error().message();
                           // A code nobody received only confuses a later confirm; the
                           // delivery error matters more, and goes back at once.
                           m_storage.run(
                               &m_alive,
                               [identity, purpose](Storage &storage) {
                                   return storage.deleteCode(identity, purpose);
                               },
                               [](Result<void> deleted) {
                                   if (!deleted)
                                       qCWarning(lcVerifier).noquote()
                                           << "could not remove an undelivered code:"
                                           << deleted.error().message();
                               });
                           done(fail(delivered.error()));
                       });
}

Result<void> IdentityVerifier::admitRequest(const QString &identity, const QString &connectionKey,
                                            qint64 now)
{
    forgetOldRequests(now);
    const qint64 cutoff = now - CodeRateWindowSeconds;

    Requests &byConnection = m_byConnection[connectionKey];
    dropBefore(byConnection, cutoff);
    if (byConnection.size() >= MaxCodeRequestsPerConnection)
        return rateLimited(QStringLiteral("from this connection"),
                           byConnection.constFirst() + CodeRateWindowSeconds - now);
    Requests &byIdentity = m_byIdentity[identity];
    dropBefore(byIdentity, cutoff);
    if (!byIdentity.isEmpty() && now - byIdentity.constLast() < MinCodeRequestGapSeconds)
        return rateLimited(QStringLiteral("for this address"),
                           byIdentity.constLast() + MinCodeRequestGapSeconds - now);
    if (byIdentity.size() >= MaxCodeRequestsPerIdentity)
        return rateLimited(QStringLiteral("for this address"),
                           byIdentity.constFirst() + CodeRateWindowSeconds - now);
    // Counted before delivery: a failing mail relay must not be hammered either.
    byConnection.append(now);
    byIdentity.append(now);
    return {};
}

namespace {

//! What the stored code said about a guess.
struct CodeCheck
{
    enum class Verdict {
        Right,
        Wrong, //!< attemptsLeft more may be tried; none left: the code is gone
        Gone,  //!< none pending, expired or used up, as `why` says
    };
    Verdict verdict = Verdict::Gone;
    int attemptsLeft = 0;
    QString why;
};

//! Compares a guess's hash with the pending code and updates storage accordingly, in one
//! unit: a right code and a code without attempts left are deleted, a wrong guess costs
//! an attempt. Runs on the storage thread.
Result<CodeCheck> checkPendingCode(Storage &storage, const QString &identity,
                                   const QString &purpose, const QByteArray &guessHash, qint64 now)
{
    using Verdict = CodeCheck::Verdict;
    auto pending = storage.code(identity, purpose);
    if (!pending)
        return fail(pending.error());
    const auto gone = [&](const QString &why) -> Result<CodeCheck> {
        if (auto ok = storage.deleteCode(identity, purpose); !ok)
            return fail(ok.error());
        return CodeCheck{Verdict::Gone, 0, why};
    };
    if (!pending->has_value())
        return CodeCheck{Verdict::Gone, 0, QStringLiteral("no code was requested; request one")};
    const PendingCode &stored = **pending;
    if (stored.expiresAt <= now)
        return gone(QStringLiteral("the code has expired; request a new one"));
    if (stored.attemptsLeft <= 0)
        return gone(QStringLiteral("no attempts left; request a new code"));
    if (!crypto::constantTimeEqual(crypto::asBytes(guessHash), crypto::asBytes(stored.codeHash))) {
        const int left = stored.attemptsLeft - 1;
        if (auto ok = left > 0 ? storage.setCodeAttempts(identity, purpose, left)
                               : storage.deleteCode(identity, purpose);
            !ok)
            return fail(ok.error());
        return CodeCheck{Verdict::Wrong, left, {}};
    }
    // Deleted before the token exists: if deleting fails, nobody gets a token for a code
    // that could then be confirmed again.
    if (auto ok = storage.deleteCode(identity, purpose); !ok)
        return fail(ok.error());
    return CodeCheck{Verdict::Right, 0, {}};
}

} // namespace

void IdentityVerifier::confirmCode(const QString &identity, const QString &purpose,
                                   const QString &code, CodeConfirmed done)
{
    if (auto ok = checkInput(identity, purpose); !ok)
        return done(fail(ok.error()));
    const qint64 now = m_now();
    const QByteArray guess = codeHash(identity, purpose, code);
    m_storage.run(
        &m_alive,
        [identity, purpose, guess, now](Storage &storage) {
            return checkPendingCode(storage, identity, purpose, guess, now);
        },
        [this, identity, purpose, now, done = std::move(done)](Result<CodeCheck> checked) {
            if (!checked)
                return done(fail(checked.error()));
            switch (checked->verdict) {
            case CodeCheck::Verdict::Gone:
                return done(fail(ErrorCode::CodeExpired, checked->why));
            case CodeCheck::Verdict::Wrong: {
                const int left = checked->attemptsLeft;
                qCInfo(lcVerifier).noquote()
                    << "wrong" << purpose << "code for" << identity << "," << left << "attempts left";
                if (left <= 0)
                    return done(fail(ErrorCode::CodeExpired,
                                     QStringLiteral("wrong code and no attempts left; request a "
                                                    "new code")));
                return done(fail(ErrorCode::InvalidCode,
                                 left == 1 ? QStringLiteral("wrong code; 1 attempt left")
                                           : QStringLiteral("wrong code; %1 attempts left").arg(left)));
            }
            case CodeCheck::Verdict::Right:
                break;
            }
            qCInfo(lcVerifier).noquote() << "confirmed a" << purpose << "code for" << identity;
            done(mint(identity, purpose, now));
        });
}

Result<ValidationToken> IdentityVerifier::checkToken(QByteArrayView token,
                                                     const QString &expectedPurpose) const
{
    auto verified = ValidationToken::verify(token, m_keys.application.publicKey(), m_now());
    if (!verified)
        return fail(ErrorCode::InvalidToken, verified.error().detail);
    if (!expectedPurpose.isEmpty() && verified->purpose() != expectedPurpose)
        return fail(ErrorCode::InvalidToken, QStringLiteral("the token is for another purpose"));
    return verified;
}

Result<void> IdentityVerifier::spendToken(Storage &storage, const ValidationToken &token)
{
    auto fresh = storage.consumeToken(token.nonce(), token.expiresAt());
    if (!fresh)
        return fail(fresh.error());
    if (!*fresh)
        return fail(ErrorCode::InvalidToken, QStringLiteral("the token was used already"));
    return {};
}

Result<QByteArray> IdentityVerifier::issueToken(const QString &identity, const QString &purpose)
{
    if (auto ok = checkInput(identity, purpose); !ok)
        return fail(ok.error());
    qCInfo(lcVerifier).noquote() << "issued a" << purpose << "token for" << identity
                                 << "without a code";
    return mint(identity, purpose, m_now());
}

QString IdentityVerifier::newCode()
{
    // Rejection sampling: the largest multiple of 10^8 below 2^32 is 42 * 10^8, so values
    // at or above it are drawn again (p ~ 2%) and every code is equally likely.
    constexpr std::uint32_t Limit = (0xFFFF'FFFFu / CodeModulus) * CodeModulus;
    std::uint32_t value = 0;
    do {
        std::array<std::uint8_t, 4> bytes{};
        m_random.fill(bytes);
        value = std::uint32_t(bytes[0]) << 24 | std::uint32_t(bytes[1]) << 16 |
                std::uint32_t(bytes[2]) << 8 | std::uint32_t(bytes[3]);
        crypto::secureWipe(bytes.data(), bytes.size());
    } while (value >= Limit);
    return QStringLiteral("%1").arg(value % CodeModulus, CodeDigits, 10, QLatin1Char('0'));
}

QByteArray IdentityVerifier::codeHash(const QString &identity, const QString &purpose,
                                      const QString &code) const
{
    const QByteArray identityBytes = identity.toUtf8();
    const QByteArray purposeBytes = purpose.toUtf8();
    const QByteArray codeBytes = code.toUtf8();
    const char zero = '\0';
    return crypto::sha256({crypto::asView(m_keys.codeKey.span()), identityBytes,
                           QByteArrayView(&zero, 1), purposeBytes, QByteArrayView(&zero, 1),
                           codeBytes})
        .toByteArray();
}

QByteArray IdentityVerifier::mint(const QString &identity, const QString &purpose, qint64 now)
{
    return ValidationToken::mint(m_keys.application, identity, purpose, now,
                                 ValidationTokenLifetimeSeconds, m_random)
        .encode();
}

void IdentityVerifier::forgetOldRequests(qint64 now)
{
    // Once a minute, drop whoever has not asked within the window, so the tables stay as
    // small as the recent traffic.
    if (now - m_lastSweep < 60)
        return;
    m_lastSweep = now;
    const qint64 cutoff = now - CodeRateWindowSeconds;
    for (auto *table : {&m_byIdentity, &m_byConnection}) {
        for (auto it = table->begin(); it != table->end();) {
            dropBefore(*it, cutoff);
            it = it->isEmpty() ? table->erase(it) : std::next(it);
        }
    }
}

} // namespace cardinal::server
