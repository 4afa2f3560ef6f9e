// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringList>

#include <cstddef>
#include <cstdint>

//! \file
//! Safety numbers: a short string two users compare (read aloud, or by scanning a QR code)
//! to confirm that each holds the other's real identity key. The construction follows
//! Signal's numeric fingerprint, so its analysis carries over.
//!
//! Per party, with `key` the 32-byte Ed25519 identity public key and `identity` the UTF-8
//! bytes of the identity string (the e-mail address, exactly as on the identity card):
//!
//!     h_0   = SHA-512(version || key || identity)      version: 2 bytes, big-endian, 0
//!     h_i   = SHA-512(h_{i-1} || key)                  for i = 1 .. 5200
//!     F     = h_5200                                    (64 bytes)
//!     chunk_j = F[5j .. 5j+5) as a big-endian 40-bit integer, j = 0 .. 5
//!     digits  = concat over j of (chunk_j mod 100000), each as 5 zero-padded decimal digits
//!
//! giving 30 digits per party. The safety number is the two 30-digit strings in
//! lexicographic order (smaller first) concatenated: 60 digits, the same on both sides
//! whichever is "local". It is shown as 12 groups of 5 digits separated by spaces.
//!
//! The iterations make finding a second key with the same 30 digits (about 2^99.7 of
//! them) cost 5200 hashes per guess on top.
//!
//! QR payload, identical on both sides:
//!
//!     payload = version (1 byte, 0) || F_first[0..32) || F_second[0..32)    (65 bytes)
//!
//! where first and second are the parties in the same order as their digits above. A scan
//! matches when the scanned bytes equal our own payload (compared in constant time).

namespace cardinal::crypto {

//! The construction version, hashed into every party's fingerprint and the QR payload.
inline constexpr std::uint16_t SafetyNumberVersion = 0;
//! Hash iterations per party after the initial hash.
inline constexpr int SafetyNumberIterations = 5200;
//! Decimal digits in a safety number (both parties).
inline constexpr qsizetype SafetyNumberDigitCount = 60;
//! Digits per displayed group, and the number of groups.
inline constexpr qsizetype SafetyNumberGroupSize = 5;
inline constexpr qsizetype SafetyNumberGroupCount = 12;
//! Bytes of each party's fingerprint carried in the QR payload.
inline constexpr qsizetype SafetyNumberQrFingerprintSize = 32;
//! Size of qrPayload(): version byte and two fingerprint prefixes.
inline constexpr qsizetype SafetyNumberQrPayloadSize = 1 + 2 * SafetyNumberQrFingerprintSize;

//! One side of a conversation: an identity key and the identity it belongs to.
struct SafetyParty
{
    Ed25519PublicKey identityKey;
    QString identity; //!< e-mail address as on the identity card; hashed as UTF-8, as is
};

//! The safety number of a pair of parties. A value type; both sides compute equal values.
class SafetyNumber
{
public:
    //! Computes the safety number of `local` and `remote` (about 10400 SHA-512 blocks).
    //! The result does not depend on which party is which.
    [[nodiscard]] static SafetyNumber compute(const SafetyParty &local, const SafetyParty &remote);

    //! The 60 digits without separators.
    [[nodiscard]] QString digits() const { return m_digits; }
    //! The 12 groups of 5 digits joined by single spaces: "12345 67890 ...".
    [[nodiscard]] QString displayText() const;
    //! The 12 groups of 5 digits, for a grid layout.
    [[nodiscard]] QStringList groups() const;

    //! The bytes to encode in a QR code (SafetyNumberQrPayloadSize long).
    [[nodiscard]] QByteArray qrPayload() const { return m_qrPayload; }
    //! True when `scanned` (the other side's QR payload) equals ours. Constant-time in the
    //! content; a payload of the wrong length or version never matches.
    [[nodiscard]] bool matchesQrPayload(QByteArrayView scanned) const;

    friend bool operator==(const SafetyNumber &, const SafetyNumber &) = default;

private:
    SafetyNumber() = default;

    QString m_digits;
    QByteArray m_qrPayload;
};

} // namespace cardinal::crypto
