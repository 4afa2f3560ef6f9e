// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <cstdint>
#include <memory>
#include <span>

namespace cardinal::crypto {

//! The one entry point for randomness. Every function that needs random bytes takes a
//! RandomSource&, defaulting to systemRandom(), so tests can pass a DeterministicRandom and
//! get reproducible keys, nonces and envelopes (olm's caller-supplied randomness).
class RandomSource
{
public:
    virtual ~RandomSource();
    //! Fills `out` with random bytes. Never fails: a broken OS generator aborts the process,
    //! since continuing without randomness would be worse.
    virtual void fill(std::span<std::uint8_t> out) = 0;
};

//! The operating system's generator (Crypto++ AutoSeededRandomPool, one per thread).
//! Thread-safe.
[[nodiscard]] RandomSource &systemRandom();

//! A reproducible stream for tests and benchmarks: ChaCha20 keyed by SHA-256(seed).
//! Never use it for real keys.
class DeterministicRandom final : public RandomSource
{
public:
    explicit DeterministicRandom(std::span<const std::uint8_t> seed);
    ~DeterministicRandom() override;
    DeterministicRandom(const DeterministicRandom &) = delete;
    DeterministicRandom &operator=(const DeterministicRandom &) = delete;

    void fill(std::span<std::uint8_t> out) override;

private:
    struct State;
    std::unique_ptr<State> m_state;
};

} // namespace cardinal::crypto
