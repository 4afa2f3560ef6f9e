// SPDX-License-Identifier: GPL-3.0-or-later
#include "aead.h"

#include <cryptopp/aes.h>
#include <cryptopp/chachapoly.h>
#include <cryptopp/gcm.h>

namespace cardinal::crypto {

std::optional<AeadId> aeadIdFromWire(std::uint16_t id)
{
    switch (id) {
    case 0x0001: return AeadId::Aes128Gcm;
    case 0x0002: return AeadId::Aes256Gcm;
    case 0x0003: return AeadId::ChaCha20Poly1305;
    default: return std::nullopt;
    }
}

std::size_t aeadKeySize(AeadId aead)
{
    return aead == AeadId::Aes128Gcm ? 16 : 32;
}

namespace {

using CryptoPP::byte;

const byte *bytePtr(QByteArrayView v)
{
    return reinterpret_cast<const byte *>(v.data());
}

std::size_t length(QByteArrayView v)
{
    return static_cast<std::size_t>(v.size());
}

Result<void> checkSizes(AeadId aead, std::span<const std::uint8_t> key,
                        std::span<const std::uint8_t> nonce)
{
    if (key.size() != aeadKeySize(aead))
        return fail(ErrorCode::InvalidArgument, QStringLiteral("AEAD key has the wrong length"));
    if (nonce.size() != AeadNonceSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("AEAD nonce has the wrong length"));
    return {};
}


template<typename Cipher>
void keyCipher(Cipher &cipher, std::span<const std::uint8_t> key, std::span<const std::uint8_t> nonce)
{
    cipher.SetKeyWithIV(key.data(), key.size(), nonce.data(), nonce.size());
}

template<typename Encryption>
QByteArray sealWith(Encryption &cipher, std::span<const std::uint8_t> key,
                    std::span<const std::uint8_t> nonce, QByteArrayView aad, QByteArrayView plaintext)
{
    keyCipher(cipher, key, nonce);
    QByteArray out(plaintext.size() + qsizetype(AeadTagSize), Qt::Uninitialized);
    auto *outBytes = reinterpret_cast<byte *>(out.data());
    cipher.EncryptAndAuthenticate(outBytes, outBytes + plaintext.size(), AeadTagSize,
                                  nonce.data(), static_cast<int>(nonce.size()), bytePtr(aad),
                                  length(aad), bytePtr(plaintext), length(plaintext));
    return out;
}

template<typename Decryption>
bool openWith(Decryption &cipher, std::span<const std::uint8_t> key,
              std::span<const std::uint8_t> nonce, QByteArrayView aad, QByteArrayView ciphertext,
              SecureBuffer &plaintext)
{
    keyCipher(cipher, key, nonce);
    const std::size_t bodySize = length(ciphertext) - AeadTagSize;
    plaintext = SecureBuffer(bodySize);
    return cipher.DecryptAndVerify(plaintext.data(), bytePtr(ciphertext) + bodySize, AeadTagSize,
                                   nonce.data(), static_cast<int>(nonce.size()), bytePtr(aad),
                                   length(aad), bytePtr(ciphertext), bodySize);
}

} // namespace

Result<QByteArray> aeadSeal(AeadId aead, std::span<const std::uint8_t> key,
                            std::span<const std::uint8_t> nonce, QByteArrayView aad,
                            QByteArrayView plaintext)
{
    if (auto sizes = checkSizes(aead, key, nonce); !sizes)
        return fail(sizes.error());
    try {
        if (aead == AeadId::ChaCha20Poly1305) {
            CryptoPP::ChaCha20Poly1305::Encryption cipher;
            return sealWith(cipher, key, nonce, aad, plaintext);
        }
        CryptoPP::GCM<CryptoPP::AES>::Encryption cipher;
        return sealWith(cipher, key, nonce, aad, plaintext);
    } catch (const CryptoPP::Exception &) {
        return fail(ErrorCode::CryptoFailure, QStringLiteral("AEAD encryption failed"));
    }
}

Result<SecureBuffer> aeadOpen(AeadId aead, std::span<const std::uint8_t> key,
                              std::span<const std::uint8_t> nonce, QByteArrayView aad,
                              QByteArrayView ciphertext)
{
    if (auto sizes = checkSizes(aead, key, nonce); !sizes)
        return fail(sizes.error());
    if (length(ciphertext) < AeadTagSize)
        return fail(ErrorCode::DecryptionFailed, QStringLiteral("ciphertext shorter than its tag"));
    SecureBuffer plaintext;
    bool authentic = false;
    try {
        if (aead == AeadId::ChaCha20Poly1305) {
            CryptoPP::ChaCha20Poly1305::Decryption cipher;
            authentic = openWith(cipher, key, nonce, aad, ciphertext, plaintext);
        } else {
            CryptoPP::GCM<CryptoPP::AES>::Decryption cipher;
            authentic = openWith(cipher, key, nonce, aad, ciphertext, plaintext);
        }
    } catch (const CryptoPP::Exception &) {
        authentic = false;
    }
    if (!authentic)
        return fail(ErrorCode::DecryptionFailed);
    return plaintext;
}

} // namespace cardinal::crypto
