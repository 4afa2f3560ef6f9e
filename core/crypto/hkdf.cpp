// SPDX-License-Identifier: GPL-3.0-or-later
#include "hkdf.h"

#include <cryptopp/hmac.h>
#include <cryptopp/sha.h>

#include <algorithm>

namespace cardinal::crypto {

SecretBytes<HkdfSha256HashSize> hkdfSha256Extract(std::span<const std::uint8_t> salt,
                                                  std::span<const std::uint8_t> ikm)
{
    static constexpr std::uint8_t zeroSalt[HkdfSha256HashSize] = {};
    const bool noSalt = salt.empty();
    CryptoPP::HMAC<CryptoPP::SHA256> hmac(noSalt ? zeroSalt : salt.data(),
                                          noSalt ? sizeof zeroSalt : salt.size());
    hmac.Update(ikm.data(), ikm.size());
    SecretBytes<HkdfSha256HashSize> prk;
    hmac.Final(prk.data());
    return prk;
}

Result<SecureBuffer> hkdfSha256Expand(std::span<const std::uint8_t> prk,
                                      std::span<const std::uint8_t> info, std::size_t length)
{
    if (length > HkdfSha256MaxOutput)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HKDF output longer than 255 blocks"));
    if (prk.size() < HkdfSha256HashSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HKDF PRK shorter than the hash"));

    // T(i) = HMAC(PRK, T(i-1) || info || i), output = T(1) || T(2) || ... truncated.
    SecureBuffer okm(length);
    CryptoPP::HMAC<CryptoPP::SHA256> hmac(prk.data(), prk.size());
    SecretBytes<HkdfSha256HashSize> block;
    std::size_t written = 0;
    for (std::uint8_t counter = 1; written < length; ++counter) {
        if (counter > 1)
            hmac.Update(block.data(), block.size());
        hmac.Update(info.data(), info.size());
        hmac.Update(&counter, 1);
        hmac.Final(block.data());
        const std::size_t take = std::min(block.size(), length - written);
        std::copy_n(block.data(), take, okm.data() + written);
        written += take;
    }
    return okm;
}

} // namespace cardinal::crypto
