// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"

#include <QByteArray>
#include <QString>

namespace cardinal::server {

//! How long a validation token stays valid by default: enough to generate keys and publish a
//! card after confirming a code, short enough that a leaked token is soon worthless.
inline constexpr qint64 ValidationTokenLifetimeSeconds = 15 * 60;
//! The range an operator may choose for a token it issues (`cardinal-server issue-token
//! --valid-for`): an invitation handed out by an organisation may wait days to be used.
inline constexpr qint64 MinIssuedTokenLifetimeSeconds = 60;
inline constexpr qint64 MaxIssuedTokenLifetimeSeconds = 30 * 24 * 3600;

//! A lifetime as an operator writes it: a whole number with a unit, "90s", "15m", "48h" or
//! "7d", between MinIssuedTokenLifetimeSeconds and MaxIssuedTokenLifetimeSeconds. The
//! seconds, or InvalidArgument saying what is accepted.
[[nodiscard]] Result<qint64> parseTokenLifetime(QStringView text);
//! Layout version inside the signed content.
inline constexpr qint64 ValidationTokenVersion = 1;
//! Size of a token's nonce, which Storage::consumeToken() records to make tokens single-use.
inline constexpr qsizetype ValidationTokenNonceSize = 16;
//! Upper bound on an encoded token; anything larger is refused before parsing.
inline constexpr qsizetype MaxValidationTokenBytes = 1024;
//! Signature context (see protocol::signWithContext).
inline constexpr QByteArrayView ValidationTokenContext = "Cardinal validation token v1";

//! Proof, signed by the server's application key, that `identity` was verified (by code or
//! by an operator) for `purpose` shortly before `expiresAt`. The server hands it out after a
//! confirmed code and takes it back with publish-card or backup-fetch; clients treat it as
//! an opaque byte string.
//!
//! Encoding: canonical CBOR [content bstr, signature bstr64], where content is canonical
//! CBOR [version 1, identity, purpose, issuedAt, expiresAt, nonce bstr16] (times in Unix
//! seconds) and the signature is signWithContext(key, ValidationTokenContext, {content}).
//!
//! verify() checks signature and expiry only; single use is the caller's job, by recording
//! nonce() with Storage::consumeToken() (IdentityVerifier::checkToken and spendToken).
class ValidationToken
{
public:
    //! A fresh token valid from `now` for `lifetimeSeconds`.
    [[nodiscard]] static ValidationToken mint(const crypto::Ed25519KeyPair &appKey,
                                              const QString &identity, const QString &purpose,
                                              qint64 now, qint64 lifetimeSeconds,
                                              crypto::RandomSource &random);

    //! Decodes and checks a token from outside. MalformedInput (wrong structure or too
    //! large), BadSignature (not made with `appKey`, or altered), UnsupportedVersion, or
    //! InvalidArgument when it has expired (expiresAt <= now).
    [[nodiscard]] static Result<ValidationToken>
    verify(QByteArrayView bytes, const crypto::Ed25519PublicKey &appKey, qint64 now);

    //! The encoding described above.
    [[nodiscard]] QByteArray encode() const;

    [[nodiscard]] const QString &identity() const { return m_identity; }
    [[nodiscard]] const QString &purpose() const { return m_purpose; }
    //! 16 random bytes identifying this token.
    [[nodiscard]] const QByteArray &nonce() const { return m_nonce; }
    [[nodiscard]] qint64 issuedAt() const { return m_issuedAt; }
    [[nodiscard]] qint64 expiresAt() const { return m_expiresAt; }

private:
    ValidationToken() = default;

    QString m_identity;
    QString m_purpose;
    QByteArray m_nonce;
    qint64 m_issuedAt = 0;
    qint64 m_expiresAt = 0;
    QByteArray m_content;
    crypto::Ed25519Signature m_signature;
};

} // namespace cardinal::server
