// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "ids.h"

#include <cstdint>

namespace cardinal::protocol {

inline constexpr qint64 EndorsementFormatVersion = 1;
inline constexpr qsizetype MaxEndorsementContentBytes = 512;
inline constexpr qsizetype MaxEndorsementBytes = 1024;

//! What an endorsement says.
enum class EndorsementKind : std::uint8_t {
    //! "I compared safety numbers with this person: this key is theirs."
    Vouch = 1,
    //! "I take my word back": a later statement that voids an earlier vouch.
    Withdrawal = 2,
};

//! One person's word about another's identity key (docs/protocol.md, "Endorsement"): the
//! endorser's card and identity key, bound to the subject's address, card and identity key,
//! at a time. Only the exact key and card named count: a key change voids it.
struct EndorsementContent
{
    EndorsementKind kind = EndorsementKind::Vouch;
    CardId endorserCard;
    crypto::Ed25519PublicKey endorserKey;
    QString subjectIdentity; //!< normalised e-mail address (protocol/identity.h)
    CardId subjectCard;
    crypto::Ed25519PublicKey subjectKey;
    qint64 issuedAtMs = 0;   //!< the endorser's clock; a later statement replaces an earlier

    friend bool operator==(const EndorsementContent &, const EndorsementContent &) = default;
};

//! A signed endorsement. It never goes to the directory: it travels inside end-to-end
//! encrypted messages (message type 2) to the people the endorser talks to, and a receiver
//! takes it only from the endorser itself (the message's verified sender is the endorser).
//!
//! Encoding (canonical CBOR, positional):
//!   content     = [version 1, kind, endorserCard(32), endorserKey(32), subjectIdentity,
//!                  subjectCard(32), subjectKey(32), issuedAtMs]
//!   endorsement = [content bytes, signature(64)]
//!   signature   = Ed25519(endorser's identity key,
//!                         "Cardinal endorsement v1" 0x00 || content bytes)
//! The context keeps an endorsement from ever verifying as a card, a device record or a
//! message, and the other way round.
class Endorsement
{
public:
    //! Encodes `content` and signs it with `endorserKey`, whose public half must be
    //! content.endorserKey. InvalidArgument for another key, an address that is not in
    //! normalised form, an endorsement of oneself, or a time out of range.
    [[nodiscard]] static Result<Endorsement> create(const EndorsementContent &content,
                                                    const crypto::Ed25519KeyPair &endorserKey);

    //! Parses an endorsement from outside and checks its signature under the endorser key
    //! it names: MalformedInput, TooLarge, UnsupportedVersion, BadSignature. Whether that
    //! endorser is the one who sent it, and whether its subject is still the key it names,
    //! is for the receiver to check.
    [[nodiscard]] static Result<Endorsement> decode(QByteArrayView bytes);
    [[nodiscard]] QByteArray encode() const;

    [[nodiscard]] const EndorsementContent &content() const { return m_content; }

    friend bool operator==(const Endorsement &, const Endorsement &) = default;

private:
    Endorsement() = default;

    EndorsementContent m_content;
    QByteArray m_contentBytes;
    crypto::Ed25519Signature m_signature;
};

} // namespace cardinal::protocol
