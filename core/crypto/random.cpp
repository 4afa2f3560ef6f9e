// SPDX-License-Identifier: GPL-3.0-or-later
#include "random.h"

#include <cryptopp/chacha.h>
#include <cryptopp/osrng.h>
#include <cryptopp/sha.h>

#include <cstdlib>

namespace cardinal::crypto {

RandomSource::~RandomSource() = default;

namespace {

class SystemRandom final : public RandomSource
{
public:
    void fill(std::span<std::uint8_t> out) override
    {
        // One pool per thread: AutoSeededRandomPool is not thread-safe.
        thread_local CryptoPP::AutoSeededRandomPool pool;
        try {
            pool.GenerateBlock(out.data(), out.size());
        } catch (const CryptoPP::Exception &) {
            std::abort(); // no randomness: nothing safe is left to do
        }
    }
};

} // namespace

RandomSource &systemRandom()
{
    static SystemRandom instance;
    return instance;
}

struct DeterministicRandom::State
{
    CryptoPP::ChaCha::Encryption cipher;
};

DeterministicRandom::DeterministicRandom(std::span<const std::uint8_t> seed)
    : m_state(std::make_unique<State>())
{
    CryptoPP::byte key[CryptoPP::SHA256::DIGESTSIZE];
    CryptoPP::SHA256().CalculateDigest(key, seed.data(), seed.size());
    const CryptoPP::byte iv[8] = {};
    m_state->cipher.SetKeyWithIV(key, sizeof key, iv, sizeof iv);
    CryptoPP::SecureWipeBuffer(key, sizeof key);
}

DeterministicRandom::~DeterministicRandom() = default;

void DeterministicRandom::fill(std::span<std::uint8_t> out)
{
    m_state->cipher.GenerateBlock(out.data(), out.size());
}

} // namespace cardinal::crypto
