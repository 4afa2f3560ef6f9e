// SPDX-License-Identifier: GPL-3.0-or-later
#include "card.h"

#include "cborfields.h"
#include "crypto/digest.h"
#include "crypto/pointchecks.h"
#include "signing.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::protocol {

namespace {

constexpr QByteArrayView SelfContext = "Cardinal card self-signature v1";
constexpr QByteArrayView AuthorityContext = "Cardinal card authority-signature v1";
constexpr qint64 MaxTimestamp = qint64(1) << 40; // seconds; far beyond any real date

QByteArray encodeContent(const CardContent &content)
{
    QCborArray array{CardFormatVersion,
                     qint64(content.identityType),
                     content.identity,
                     content.identityKey.toByteArray(),
                     content.createdAt,
                     content.previousCardId ? QCborValue(content.previousCardId->toByteArray())
                                            : QCborValue(nullptr)};
    return QCborValue(array).toCbor();
}

Result<CardContent> decodeContent(QByteArrayView bytes)
{
    auto array = decodeCanonicalArray(bytes, MaxCardContentBytes, QStringLiteral("card content"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("card content"), 6);
    if (fields.integer(0, 0, INT32_MAX) != CardFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("card format version"));
    CardContent content;
    content.identityType = IdentityType(fields.integer(1, 1, 1));
    content.identity = fields.text(2, MaxEmailBytes);
    content.identityKey = fields.fixed<crypto::Ed25519PublicKey>(3);
    content.createdAt = fields.integer(4, 0, MaxTimestamp);
    content.previousCardId = fields.optionalFixed<CardId>(5);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (auto canonical = normalizeEmail(content.identity); !canonical || *canonical != content.identity)
        return fail(ErrorCode::MalformedInput, QStringLiteral("card identity is not canonical"));
    if (auto usable = crypto::checkEd25519PublicKey(content.identityKey); !usable)
        return fail(usable.error().code, QStringLiteral("card: ") + usable.error().detail);
    return content;
}

} // namespace

Result<Card> Card::create(const CardContent &content, const crypto::Ed25519KeyPair &identityKey)
{
    if (identityKey.publicKey() != content.identityKey)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("signing key is not the card's key"));
    if (auto canonical = normalizeEmail(content.identity); !canonical || *canonical != content.identity)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("identity is not canonical"));
    if (content.createdAt < 0 || content.createdAt > MaxTimestamp)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("creation time out of range"));
    Card card;
    card.m_content = content;
    card.m_contentBytes = encodeContent(content);
    card.m_id = CardId(crypto::sha256(card.m_contentBytes).span());
    card.m_selfSignature = signWithContext(identityKey, SelfContext, {card.m_contentBytes});
    return card;
}

Result<Card> Card::decode(QByteArrayView bytes)
{
    auto array = decodeCanonicalArray(bytes, MaxCardBytes, QStringLiteral("card"));
    if (!array)
        return fail(array.error());
    CborFields fields(*array, QStringLiteral("card"), 3);
    Card card;
    card.m_contentBytes = fields.bytes(0, 1, MaxCardContentBytes);
    card.m_selfSignature = fields.fixed<crypto::Ed25519Signature>(1);
    card.m_authoritySignature = fields.optionalFixed<crypto::Ed25519Signature>(2);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto content = decodeContent(card.m_contentBytes);
    if (!content)
        return fail(content.error());
    card.m_content = std::move(*content);
    card.m_id = CardId(crypto::sha256(card.m_contentBytes).span());
    return card;
}

QByteArray Card::encode() const
{
    QCborArray array{m_contentBytes, m_selfSignature.toByteArray(),
                     m_authoritySignature ? QCborValue(m_authoritySignature->toByteArray())
                                          : QCborValue(nullptr)};
    return QCborValue(array).toCbor();
}

QByteArray Card::authoritySignedBytes() const
{
    return m_id.toByteArray() + m_selfSignature.toByteArray();
}

Result<void> Card::verifySelfSignature() const
{
    if (!verifyWithContext(m_content.identityKey, SelfContext, {m_contentBytes}, m_selfSignature))
        return fail(ErrorCode::BadSignature, QStringLiteral("card self-signature"));
    return {};
}

Result<void> Card::verifyAuthority(const crypto::Ed25519PublicKey &authority) const
{
    if (!m_authoritySignature)
        return fail(ErrorCode::BadSignature, QStringLiteral("card has no authority signature"));
    if (!verifyWithContext(authority, AuthorityContext, {m_id.view(), m_selfSignature.view()},
                           *m_authoritySignature))
        return fail(ErrorCode::BadSignature, QStringLiteral("card authority signature"));
    return {};
}

void Card::countersign(const crypto::Ed25519KeyPair &authority)
{
    m_authoritySignature =
        signWithContext(authority, AuthorityContext, {m_id.view(), m_selfSignature.view()});
}

} // namespace cardinal::protocol
