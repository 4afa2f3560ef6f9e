// SPDX-License-Identifier: GPL-3.0-or-later
#include "secure.h"

#include <QString>

#include <cryptopp/misc.h>

#include <algorithm>

namespace cardinal::crypto {

void secureWipe(void *data, std::size_t size) noexcept
{
    if (data != nullptr && size != 0)
        CryptoPP::SecureWipeBuffer(static_cast<CryptoPP::byte *>(data), size);
}

bool constantTimeEqual(std::span<const std::uint8_t> a, std::span<const std::uint8_t> b) noexcept
{
    if (a.size() != b.size())
        return false;
    if (a.empty())
        return true;
    return CryptoPP::VerifyBufsEqual(a.data(), b.data(), a.size());
}

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size ? new std::uint8_t[size]() : nullptr), m_size(size)
{
}

SecureBuffer::SecureBuffer(std::span<const std::uint8_t> bytes) : SecureBuffer(bytes.size())
{
    std::copy(bytes.begin(), bytes.end(), m_data);
}

SecureBuffer::SecureBuffer(SecureBuffer &&other) noexcept
    : m_data(std::exchange(other.m_data, nullptr)), m_size(std::exchange(other.m_size, 0))
{
}

SecureBuffer &SecureBuffer::operator=(SecureBuffer &&other) noexcept
{
    if (this != &other) {
        release();
        m_data = std::exchange(other.m_data, nullptr);
        m_size = std::exchange(other.m_size, 0);
    }
    return *this;
}

SecureBuffer::~SecureBuffer()
{
    release();
}

void SecureBuffer::release() noexcept
{
    secureWipe(m_data, m_size);
    delete[] m_data;
    m_data = nullptr;
    m_size = 0;
}

SecureBuffer SecureBuffer::fromByteArray(QByteArrayView bytes)
{
    return SecureBuffer(asBytes(bytes));
}

SecureBuffer SecureBuffer::fromUtf8(const QString &text)
{
    QByteArray utf8 = text.toUtf8();
    SecureBuffer out(asBytes(utf8));
    secureWipe(utf8.data(), static_cast<std::size_t>(utf8.size()));
    return out;
}

QByteArray SecureBuffer::toByteArray() const
{
    return asView(span()).toByteArray();
}

} // namespace cardinal::crypto
