// SPDX-License-Identifier: GPL-3.0-or-later
#include "validationtoken.h"

#include <algorithm>

#include "protocol/cborfields.h"
#include "protocol/identity.h"
#include "protocol/signing.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::server {

namespace {

constexpr qsizetype MaxPurposeBytes = 64;
constexpr qsizetype MaxContentBytes = MaxValidationTokenBytes - 80;
constexpr qint64 MaxTimestamp = qint64(1) << 40;

} // namespace

ValidationToken ValidationToken::mint(const crypto::Ed25519KeyPair &appKey, const QString &identity,
                                      const QString &purpose, qint64 now, qint64 lifetimeSeconds,
                                      crypto::RandomSource &random)
{
    // Both come from the verifier, never from a client as-is; verify() enforces the same bounds.
    Q_ASSERT(identity.toUtf8().size() <= protocol::MaxEmailBytes);
    Q_ASSERT(purpose.toUtf8().size() <= MaxPurposeBytes);
    ValidationToken token;
    token.m_identity = identity;
    token.m_purpose = purpose;
    token.m_nonce = QByteArray(ValidationTokenNonceSize, '\0');
    random.fill({reinterpret_cast<std::uint8_t *>(token.m_nonce.data()),
                 std::size_t(token.m_nonce.size())});
    token.m_issuedAt = now;
    token.m_expiresAt = now + lifetimeSeconds;
    token.m_content = QCborValue(QCborArray{ValidationTokenVersion, identity, purpose, now,
                                            token.m_expiresAt, token.m_nonce})
                          .toCbor();
    token.m_signature =
        protocol::signWithContext(appKey, ValidationTokenContext, {token.m_content});
    return token;
}

QByteArray ValidationToken::encode() const
{
    return QCborValue(QCborArray{m_content, m_signature.toByteArray()}).toCbor();
}

Result<ValidationToken> ValidationToken::verify(QByteArrayView bytes,
                                                const crypto::Ed25519PublicKey &appKey, qint64 now)
{
    const QString what = QStringLiteral("validation token");
    auto outer = protocol::decodeCanonicalArray(bytes, MaxValidationTokenBytes, what);
    if (!outer)
        return fail(outer.error());
    protocol::CborFields outerFields(*outer, what, 2);
    ValidationToken token;
    token.m_content = outerFields.bytes(0, 1, MaxContentBytes);
    token.m_signature = outerFields.fixed<crypto::Ed25519Signature>(1);
    if (auto ok = outerFields.status(); !ok)
        return fail(ok.error());
    // The signature first: whatever is inside was written by us or is not looked at.
    if (!protocol::verifyWithContext(appKey, ValidationTokenContext, {token.m_content},
                                     token.m_signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("validation token signature"));

    const QString contentWhat = QStringLiteral("validation token content");
    auto inner = protocol::decodeCanonicalArray(token.m_content, MaxContentBytes, contentWhat);
    if (!inner)
        return fail(inner.error());
    protocol::CborFields fields(*inner, contentWhat, 6);
    const qint64 version = fields.integer(0, 0, INT32_MAX);
    token.m_identity = fields.text(1, protocol::MaxEmailBytes);
    token.m_purpose = fields.text(2, MaxPurposeBytes);
    token.m_issuedAt = fields.integer(3, 0, MaxTimestamp);
    token.m_expiresAt = fields.integer(4, 0, MaxTimestamp);
    token.m_nonce = fields.bytes(5, ValidationTokenNonceSize, ValidationTokenNonceSize);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (version != ValidationTokenVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("validation token version"));
    if (token.m_expiresAt < token.m_issuedAt)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("validation token expires before issue"));
    if (token.m_expiresAt <= now)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("validation token has expired"));
    return token;
}

Result<qint64> parseTokenLifetime(QStringView text)
{
    const auto refuse = [&] {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("'%1' is not a lifetime: a whole number with s, m, h or d "
                                   "(e.g. 15m, 48h, 7d), from 1 minute to 30 days")
                        .arg(text.toString()));
    };
    const QStringView trimmed = text.trimmed();
    if (trimmed.size() < 2 || trimmed.size() > 12)
        return refuse();
    qint64 unit = 0;
    switch (trimmed.back().unicode()) {
    case u's': unit = 1; break;
    case u'm': unit = 60; break;
    case u'h': unit = 3600; break;
    case u'd': unit = 24 * 3600; break;
    default: return refuse();
    }
    const QStringView number = trimmed.chopped(1);
    const bool digitsOnly = std::all_of(number.begin(), number.end(),
                                        [](QChar c) { return c >= u'0' && c <= u'9'; });
    bool ok = false;
    const qint64 count = number.toLongLong(&ok);
    if (!digitsOnly || !ok || count > MaxIssuedTokenLifetimeSeconds)
        return refuse();
    const qint64 seconds = count * unit;
    if (seconds < MinIssuedTokenLifetimeSeconds || seconds > MaxIssuedTokenLifetimeSeconds)
        return refuse();
    return seconds;
}

} // namespace cardinal::server
