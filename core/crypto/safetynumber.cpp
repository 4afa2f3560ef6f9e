// SPDX-License-Identifier: GPL-3.0-or-later
#include "safetynumber.h"

#include <cryptopp/sha.h>

#include <array>

namespace cardinal::crypto {

namespace {

constexpr int ChunkCount = 6;
constexpr int ChunkBytes = 5;
constexpr std::uint64_t ChunkModulus = 100000;

using Fingerprint = std::array<std::uint8_t, CryptoPP::SHA512::DIGESTSIZE>;

//! F = h_5200 for one party, as documented in the header. Crypto++'s SHA512 is used
//! directly so the 5200 rounds do not build a QByteArray each.
Fingerprint fingerprint(const SafetyParty &party)
{
    const std::uint8_t version[2] = {std::uint8_t(SafetyNumberVersion >> 8),
                                     std::uint8_t(SafetyNumberVersion & 0xff)};
    const QByteArray identity = party.identity.toUtf8();
    const std::uint8_t *key = party.identityKey.data();

    CryptoPP::SHA512 hash;
    Fingerprint h{};
    hash.Update(version, sizeof version);
    hash.Update(key, Ed25519PublicKeySize);
    hash.Update(reinterpret_cast<const CryptoPP::byte *>(identity.constData()),
                static_cast<std::size_t>(identity.size()));
    hash.Final(h.data());
    for (int i = 0; i < SafetyNumberIterations; ++i) {
        hash.Update(h.data(), h.size());
        hash.Update(key, Ed25519PublicKeySize);
        hash.Final(h.data());
    }
    return h;
}

//! The 30 digits of one party: six 40-bit big-endian chunks, each mod 10^5.
QString partyDigits(const Fingerprint &f)
{
    QString out;
    out.reserve(ChunkCount * ChunkBytes);
    for (int c = 0; c < ChunkCount; ++c) {
        std::uint64_t chunk = 0;
        for (int b = 0; b < ChunkBytes; ++b)
            chunk = (chunk << 8) | f[std::size_t(c * ChunkBytes + b)];
        out += QStringLiteral("%1").arg(chunk % ChunkModulus, ChunkBytes, 10, QLatin1Char('0'));
    }
    return out;
}

QByteArray qrPrefix(const Fingerprint &f)
{
    return QByteArray(reinterpret_cast<const char *>(f.data()), SafetyNumberQrFingerprintSize);
}

} // namespace

SafetyNumber SafetyNumber::compute(const SafetyParty &local, const SafetyParty &remote)
{
    const Fingerprint localPrint = fingerprint(local);
    const Fingerprint remotePrint = fingerprint(remote);
    const QString localDigits = partyDigits(localPrint);
    const QString remoteDigits = partyDigits(remotePrint);
    // Sorting makes the result independent of which side computes it. On a tie the two
    // halves are equal, so the order does not matter.
    const bool localFirst = localDigits <= remoteDigits;

    SafetyNumber out;
    out.m_digits = localFirst ? localDigits + remoteDigits : remoteDigits + localDigits;
    out.m_qrPayload.reserve(SafetyNumberQrPayloadSize);
    out.m_qrPayload.append(char(SafetyNumberVersion & 0xff));
    out.m_qrPayload.append(qrPrefix(localFirst ? localPrint : remotePrint));
    out.m_qrPayload.append(qrPrefix(localFirst ? remotePrint : localPrint));
    return out;
}

QStringList SafetyNumber::groups() const
{
    QStringList out;
    out.reserve(SafetyNumberGroupCount);
    for (qsizetype i = 0; i < m_digits.size(); i += SafetyNumberGroupSize)
        out.append(m_digits.mid(i, SafetyNumberGroupSize));
    return out;
}

QString SafetyNumber::displayText() const
{
    return groups().join(u' ');
}

bool SafetyNumber::matchesQrPayload(QByteArrayView scanned) const
{
    // The length is public (it is fixed by the format); only the content is compared in
    // constant time.
    return constantTimeEqual(asBytes(m_qrPayload), asBytes(scanned));
}

} // namespace cardinal::crypto
