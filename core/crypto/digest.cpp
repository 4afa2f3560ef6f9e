// SPDX-License-Identifier: GPL-3.0-or-later
#include "digest.h"

#include <cryptopp/sha.h>

namespace cardinal::crypto {

namespace {
template<typename Hash, typename Digest>
Digest hashParts(std::initializer_list<QByteArrayView> parts)
{
    static_assert(Hash::DIGESTSIZE == Digest::Size);
    Hash hash;
    for (QByteArrayView part : parts)
        hash.Update(reinterpret_cast<const CryptoPP::byte *>(part.data()),
                    static_cast<std::size_t>(part.size()));
    Digest out;
    hash.Final(out.data());
    return out;
}
} // namespace

Sha256Digest sha256(QByteArrayView data)
{
    return hashParts<CryptoPP::SHA256, Sha256Digest>({data});
}

Sha256Digest sha256(std::initializer_list<QByteArrayView> parts)
{
    return hashParts<CryptoPP::SHA256, Sha256Digest>(parts);
}

Sha512Digest sha512(QByteArrayView data)
{
    return hashParts<CryptoPP::SHA512, Sha512Digest>({data});
}

} // namespace cardinal::crypto
