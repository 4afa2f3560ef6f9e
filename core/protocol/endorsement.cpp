// SPDX-License-Identifier: GPL-3.0-or-later
#include "endorsement.h"

#include "cborfields.h"
#include "identity.h"
#include "signing.h"

#include <QCborArray>
#include <QCborValue>

namespace cardinal::protocol {

namespace {

constexpr QByteArrayView EndorsementContext = "Cardinal endorsement v1";
constexpr qint64 MaxTimestampMs = qint64(1) << 50;

//! What create() and decode() both require of the content.
Result<void> checkContent(const EndorsementContent &content, ErrorCode code)
{
    if (content.kind != EndorsementKind::Vouch && content.kind != EndorsementKind::Withdrawal)
        return fail(code, QStringLiteral("endorsement: unknown kind"));
    const auto normalised = normalizeEmail(content.subjectIdentity);
    if (!normalised || *normalised != content.subjectIdentity)
        return fail(code, QStringLiteral("endorsement: the subject's address is not normalised"));
    if (content.subjectCard == content.endorserCard || content.subjectKey == content.endorserKey)
        return fail(code, QStringLiteral("endorsement: nobody vouches for themselves"));
    if (content.issuedAtMs < 0 || content.issuedAtMs > MaxTimestampMs)
        return fail(code, QStringLiteral("endorsement: time out of range"));
    return {};
}

} // namespace

Result<Endorsement> Endorsement::create(const EndorsementContent &content,
                                        const crypto::Ed25519KeyPair &endorserKey)
{
    if (endorserKey.publicKey() != content.endorserKey)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("endorsement: signed with another key than it names"));
    if (auto ok = checkContent(content, ErrorCode::InvalidArgument); !ok)
        return fail(ok.error());
    Endorsement endorsement;
    endorsement.m_content = content;
    const QCborArray array{EndorsementFormatVersion,
                           qint64(content.kind),
                           content.endorserCard.toByteArray(),
                           content.endorserKey.toByteArray(),
                           content.subjectIdentity,
                           content.subjectCard.toByteArray(),
                           content.subjectKey.toByteArray(),
                           content.issuedAtMs};
    endorsement.m_contentBytes = QCborValue(array).toCbor();
    endorsement.m_signature =
        signWithContext(endorserKey, EndorsementContext, {endorsement.m_contentBytes});
    return endorsement;
}

Result<Endorsement> Endorsement::decode(QByteArrayView bytes)
{
    const QString what = QStringLiteral("endorsement");
    auto outer = decodeCanonicalArray(bytes, MaxEndorsementBytes, what);
    if (!outer)
        return fail(outer.error());
    CborFields outerFields(*outer, what, 2);
    Endorsement endorsement;
    endorsement.m_contentBytes = outerFields.bytes(0, 1, MaxEndorsementContentBytes);
    endorsement.m_signature = outerFields.fixed<crypto::Ed25519Signature>(1);
    if (auto ok = outerFields.status(); !ok)
        return fail(ok.error());

    const QString contentWhat = QStringLiteral("endorsement content");
    auto inner =
        decodeCanonicalArray(endorsement.m_contentBytes, MaxEndorsementContentBytes, contentWhat);
    if (!inner)
        return fail(inner.error());
    if (inner->isEmpty() || !inner->at(0).isInteger())
        return fail(ErrorCode::MalformedInput, QStringLiteral("endorsement: no version"));
    if (inner->at(0).toInteger() != EndorsementFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("endorsement version"));
    CborFields fields(*inner, contentWhat, 8);
    EndorsementContent &content = endorsement.m_content;
    content.kind = EndorsementKind(fields.integer(1, 1, 2));
    content.endorserCard = fields.fixed<CardId>(2);
    content.endorserKey = fields.fixed<crypto::Ed25519PublicKey>(3);
    content.subjectIdentity = fields.text(4, MaxEmailBytes);
    content.subjectCard = fields.fixed<CardId>(5);
    content.subjectKey = fields.fixed<crypto::Ed25519PublicKey>(6);
    content.issuedAtMs = fields.integer(7, 0, MaxTimestampMs);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    if (auto ok = checkContent(content, ErrorCode::MalformedInput); !ok)
        return fail(ok.error());
    if (!verifyWithContext(content.endorserKey, EndorsementContext, {endorsement.m_contentBytes},
                           endorsement.m_signature))
        return fail(ErrorCode::BadSignature, QStringLiteral("endorsement signature"));
    return endorsement;
}

QByteArray Endorsement::encode() const
{
    return QCborValue(QCborArray{m_contentBytes, m_signature.toByteArray()}).toCbor();
}

} // namespace cardinal::protocol
