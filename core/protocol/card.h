// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "identity.h"
#include "ids.h"

#include <optional>

namespace cardinal::protocol {

inline constexpr qint64 CardFormatVersion = 1;
//! Bounds for decoding cards from outside; a real card is about 120 bytes of content.
inline constexpr qsizetype MaxCardContentBytes = 1024;
inline constexpr qsizetype MaxCardBytes = 2048;

//! What a card says, and what both signatures cover: this identity owns this key.
struct CardContent
{
    IdentityType identityType = IdentityType::Email;
    QString identity;                 //!< canonical form, see normalizeEmail()
    crypto::Ed25519PublicKey identityKey;
    qint64 createdAt = 0;             //!< seconds since the Unix epoch
    std::optional<CardId> previousCardId; //!< the card this one replaces after a key change

    friend bool operator==(const CardContent &, const CardContent &) = default;
};

//! A user's card: content in canonical CBOR, the owner's self-signature, and, once the
//! server has checked the identity, the authority's countersignature.
//!
//! Encoding (CBOR, each field positional):
//!   content   = [version, identityType, identity, identityKey(32), createdAt, previousCardId/null]
//!   card      = [content bytes, selfSignature(64), authoritySignature(64)/null]
//!   id        = SHA-256(content bytes)
//!   self      = Ed25519(identity key, "Cardinal card self-signature v1" 0x00 || content bytes)
//!   authority = Ed25519(authority key, "Cardinal card authority-signature v1" 0x00 || id || self)
//! The authority signs the id and the self-signature, so it vouches for one exact,
//! owner-approved card. Distinct context strings keep a signature made for one purpose from
//! being valid for another.
class Card
{
public:
    //! Encodes `content` and self-signs it. Fails with InvalidArgument when the identity is
    //! not canonical or `identityKey` is not the key the content names.
    [[nodiscard]] static Result<Card> create(const CardContent &content,
                                             const crypto::Ed25519KeyPair &identityKey);

    //! Parses a card from outside. Checks structure, bounds, canonical form and a usable
    //! identity key (WeakKey for one of small order or in a non-canonical encoding, see
    //! crypto/pointchecks.h): call verifySelfSignature() and verifyAuthority() before
    //! trusting it.
    [[nodiscard]] static Result<Card> decode(QByteArrayView bytes);
    [[nodiscard]] QByteArray encode() const;

    [[nodiscard]] const CardContent &content() const { return m_content; }
    [[nodiscard]] const QByteArray &contentBytes() const { return m_contentBytes; }
    [[nodiscard]] const CardId &id() const { return m_id; }
    [[nodiscard]] const crypto::Ed25519Signature &selfSignature() const { return m_selfSignature; }
    [[nodiscard]] bool hasAuthoritySignature() const { return m_authoritySignature.has_value(); }

    //! BadSignature unless the self-signature verifies under the content's identity key.
    [[nodiscard]] Result<void> verifySelfSignature() const;
    //! BadSignature unless the card carries a countersignature by `authority` that verifies.
    [[nodiscard]] Result<void> verifyAuthority(const crypto::Ed25519PublicKey &authority) const;
    //! Adds (or replaces) the authority's countersignature. For the server.
    void countersign(const crypto::Ed25519KeyPair &authority);

    friend bool operator==(const Card &, const Card &) = default;

private:
    Card() = default;
    [[nodiscard]] QByteArray authoritySignedBytes() const;

    CardContent m_content;
    QByteArray m_contentBytes;
    CardId m_id;
    crypto::Ed25519Signature m_selfSignature;
    std::optional<crypto::Ed25519Signature> m_authoritySignature;
};

} // namespace cardinal::protocol
