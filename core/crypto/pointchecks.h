// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "keys.h"

//! Checks on public keys that come from outside, before anything is computed with them.
//!
//! Curve25519 and edwards25519 have points of small order (1, 2, 4 or 8), and their
//! encodings leave room for values at or above p = 2^255 - 19 that stand for smaller ones.
//! RFC 7748 leaves checking X25519 inputs to the protocol and RFC 8032 verifies under any
//! point, but with a small-order key an X25519 shared secret is predictable (all zero, which
//! RFC 9180 §7.1.4 then refuses, failing a whole envelope), and under the neutral Ed25519 key
//! the "signature" R = neutral, S = 0 verifies for every message. So a key of small order or
//! in a non-canonical encoding is refused wherever one enters, as libsodium refuses the same
//! list in crypto_scalarmult() and crypto_sign_verify_detached().
namespace cardinal::crypto {

//! WeakKey unless `key` is an X25519 public key we encrypt to: below p with the unused top
//! bit clear (the form every X25519 implementation outputs), and none of the five values
//! that give a predictable shared secret (0, 1, the two points of order 8, and p - 1).
[[nodiscard]] Result<void> checkX25519PublicKey(const X25519PublicKey &key);

//! WeakKey unless `key` is an Ed25519 public key we accept signatures from: its y coordinate
//! below p, and not one of the points of small order (y = 0, 1, -1 and the two of order 8),
//! whichever the sign bit.
[[nodiscard]] Result<void> checkEd25519PublicKey(const Ed25519PublicKey &key);

} // namespace cardinal::crypto
