// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "secure.h"

namespace cardinal::crypto {

using Sha256Digest = FixedBytes<32, struct Sha256DigestTag>;
using Sha512Digest = FixedBytes<64, struct Sha512DigestTag>;

//! SHA-256 (FIPS 180-4) of `data`.
[[nodiscard]] Sha256Digest sha256(QByteArrayView data);

//! SHA-512 (FIPS 180-4) of `data`.
[[nodiscard]] Sha512Digest sha512(QByteArrayView data);

//! SHA-256 over several parts as if concatenated, without building the concatenation.
[[nodiscard]] Sha256Digest sha256(std::initializer_list<QByteArrayView> parts);

} // namespace cardinal::crypto
