// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QHashFunctions>

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>

namespace cardinal::crypto {

//! Overwrites `size` bytes at `data` with zeros in a way the optimiser cannot elide.
void secureWipe(void *data, std::size_t size) noexcept;

//! Compares two buffers in time that depends only on their length.
//! Buffers of different length compare unequal (length is not secret).
[[nodiscard]] bool constantTimeEqual(std::span<const std::uint8_t> a,
                                     std::span<const std::uint8_t> b) noexcept;

//! A public, fixed-size byte string with a type of its own, so that a signature cannot be
//! passed where a key is expected and a wrong length fails to compile. `Tag` only names the
//! type. Construct from outside data with fromBytes(), which checks the length.
template<std::size_t N, typename Tag>
class FixedBytes
{
public:
    static constexpr std::size_t Size = N;
    [[nodiscard]] static constexpr std::size_t size() { return N; }

    FixedBytes() = default;
    explicit FixedBytes(const std::array<std::uint8_t, N> &bytes) : m_bytes(bytes) {}
    explicit FixedBytes(std::span<const std::uint8_t, N> bytes)
    {
        std::copy(bytes.begin(), bytes.end(), m_bytes.begin());
    }

    //! The bytes as a typed value, or nothing when `bytes` is not exactly N long.
    [[nodiscard]] static std::optional<FixedBytes> fromBytes(QByteArrayView bytes)
    {
        if (static_cast<std::size_t>(bytes.size()) != N)
            return std::nullopt;
        FixedBytes out;
        for (std::size_t i = 0; i < N; ++i)
            out.m_bytes[i] = static_cast<std::uint8_t>(bytes[static_cast<qsizetype>(i)]);
        return out;
    }

    [[nodiscard]] QByteArray toByteArray() const
    {
        return QByteArray(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(N));
    }
    [[nodiscard]] QByteArrayView view() const
    {
        return QByteArrayView(reinterpret_cast<const char *>(m_bytes.data()), qsizetype(N));
    }
    [[nodiscard]] std::span<const std::uint8_t, N> span() const { return m_bytes; }
    [[nodiscard]] std::span<std::uint8_t, N> span() { return m_bytes; }
    [[nodiscard]] const std::uint8_t *data() const { return m_bytes.data(); }
    [[nodiscard]] std::uint8_t *data() { return m_bytes.data(); }

    friend bool operator==(const FixedBytes &, const FixedBytes &) = default;

private:
    std::array<std::uint8_t, N> m_bytes{};
};

//! Lets FixedBytes values (ids, public keys) be QHash/QSet keys.
template<std::size_t N, typename Tag>
[[nodiscard]] std::size_t qHash(const FixedBytes<N, Tag> &value, std::size_t seed = 0) noexcept
{
    return qHashBits(value.data(), N, seed);
}

//! A secret of fixed size: wiped when destroyed, never implicitly converted to a QByteArray
//! (QByteArray copies are not wiped). Only the crypto layer looks inside.
template<std::size_t N>
class SecretBytes
{
public:
    static constexpr std::size_t Size = N;
    [[nodiscard]] static constexpr std::size_t size() { return N; }

    SecretBytes() = default;
    SecretBytes(const SecretBytes &) = default;
    SecretBytes &operator=(const SecretBytes &) = default;
    ~SecretBytes() { secureWipe(m_bytes.data(), N); }

    //! Copies exactly N bytes from `bytes`, or nothing when the length differs.
    [[nodiscard]] static std::optional<SecretBytes> fromBytes(std::span<const std::uint8_t> bytes)
    {
        if (bytes.size() != N)
            return std::nullopt;
        SecretBytes out;
        for (std::size_t i = 0; i < N; ++i)
            out.m_bytes[i] = bytes[i];
        return out;
    }

    [[nodiscard]] std::span<const std::uint8_t, N> span() const { return m_bytes; }
    [[nodiscard]] std::span<std::uint8_t, N> span() { return m_bytes; }
    [[nodiscard]] const std::uint8_t *data() const { return m_bytes.data(); }
    [[nodiscard]] std::uint8_t *data() { return m_bytes.data(); }

    friend bool operator==(const SecretBytes &a, const SecretBytes &b)
    {
        return constantTimeEqual(a.span(), b.span());
    }

private:
    std::array<std::uint8_t, N> m_bytes{};
};

//! A secret of variable size on the heap, wiped when destroyed or resized.
//! Copying is explicit (copy()) so secrets do not multiply by accident.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(std::span<const std::uint8_t> bytes);
    SecureBuffer(SecureBuffer &&other) noexcept;
    SecureBuffer &operator=(SecureBuffer &&other) noexcept;
    SecureBuffer(const SecureBuffer &) = delete;
    SecureBuffer &operator=(const SecureBuffer &) = delete;
    ~SecureBuffer();

    //! Copies a QByteArray's bytes; the caller remains responsible for wiping the source.
    [[nodiscard]] static SecureBuffer fromByteArray(QByteArrayView bytes);
    //! A UTF-8 copy of a passphrase or other secret text.
    [[nodiscard]] static SecureBuffer fromUtf8(const QString &text);

    [[nodiscard]] SecureBuffer copy() const { return SecureBuffer(span()); }
    //! An unprotected copy, for handing public-by-then data (e.g. decrypted plaintext the
    //! user asked for) to Qt APIs. Use sparingly.
    [[nodiscard]] QByteArray toByteArray() const;

    [[nodiscard]] std::size_t size() const { return m_size; }
    [[nodiscard]] bool isEmpty() const { return m_size == 0; }
    [[nodiscard]] std::uint8_t *data() { return m_data; }
    [[nodiscard]] const std::uint8_t *data() const { return m_data; }
    [[nodiscard]] std::span<std::uint8_t> span() { return {m_data, m_size}; }
    [[nodiscard]] std::span<const std::uint8_t> span() const { return {m_data, m_size}; }

    friend bool operator==(const SecureBuffer &a, const SecureBuffer &b)
    {
        return constantTimeEqual(a.span(), b.span());
    }

private:
    void release() noexcept;

    std::uint8_t *m_data = nullptr;
    std::size_t m_size = 0;
};

//! Bytes of a QByteArray(View) as an unsigned span, without copying.
[[nodiscard]] inline std::span<const std::uint8_t> asBytes(QByteArrayView bytes)
{
    return {reinterpret_cast<const std::uint8_t *>(bytes.data()),
            static_cast<std::size_t>(bytes.size())};
}

//! An unsigned span viewed as a QByteArrayView, without copying.
[[nodiscard]] inline QByteArrayView asView(std::span<const std::uint8_t> bytes)
{
    return QByteArrayView(reinterpret_cast<const char *>(bytes.data()),
                          static_cast<qsizetype>(bytes.size()));
}

} // namespace cardinal::crypto
