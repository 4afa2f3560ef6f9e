// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "aead.h"
#include "common/result.h"
#include "hkdf.h"
#include "keys.h"
#include "random.h"
#include "secure.h"

#include <cstdint>
#include <limits>
#include <span>

// Hybrid Public Key Encryption, RFC 9180, base mode (mode_base, §5.1.1) only, with
// DHKEM(X25519, HKDF-SHA256), HKDF-SHA256 and the three AEADs of aead.h. Cardinal seals each
// message key once per recipient device with the single-shot API (§6); the contexts (§5.2)
// exist for multi-message use and for the RFC's test vectors.

namespace cardinal::crypto {

//! KEM identifiers (RFC 9180 §7.1, Table 2) that we implement.
enum class KemId : std::uint16_t { DhKemX25519HkdfSha256 = 0x0020 };

//! KDF identifiers (RFC 9180 §7.2, Table 3) that we implement.
enum class KdfId : std::uint16_t { HkdfSha256 = 0x0001 };

//! An HPKE ciphersuite: the (kem_id, kdf_id, aead_id) triple that goes into suite_id.
struct HpkeSuite
{
    KemId kem = KemId::DhKemX25519HkdfSha256;
    KdfId kdf = KdfId::HkdfSha256;
    AeadId aead = AeadId::Aes256Gcm; // our default

    friend bool operator==(const HpkeSuite &, const HpkeSuite &) = default;

    //! The suite for wire ids, or UnsupportedVersion for ids we do not implement.
    [[nodiscard]] static Result<HpkeSuite> fromIds(std::uint16_t kem, std::uint16_t kdf,
                                                   std::uint16_t aead);
};

inline constexpr std::size_t HpkeEncSize = 32;    // Nenc of DHKEM(X25519, HKDF-SHA256)
inline constexpr std::size_t HpkeSecretSize = 32; // Nsecret = Nh of HKDF-SHA256
//! Longest secret Export() may produce: 255 * Nh (RFC 9180 §5.3).
inline constexpr std::size_t HpkeMaxExportSize = HkdfSha256MaxOutput;

//! DeriveKeyPair(ikm) of DHKEM(X25519, HKDF-SHA256) (RFC 9180 §7.1.3): a deterministic key
//! pair from input keying material, which should hold at least 32 bytes of entropy.
[[nodiscard]] X25519KeyPair hpkeDeriveKeyPair(std::span<const std::uint8_t> ikm);

//! Every intermediate value of a key schedule (RFC 9180 §4.1, §5.1), for known-answer tests
//! and diagnostics only: filling it copies secrets out of the context, so protocol code
//! never asks for it.
struct HpkeKeySchedule
{
    X25519SharedSecret sharedSecret;            //!< the KEM's shared_secret
    QByteArray keyScheduleContext;              //!< mode || psk_id_hash || info_hash (public)
    SecretBytes<HpkeSecretSize> secret;         //!< LabeledExtract(shared_secret, "secret", psk)
    SecureBuffer key;                           //!< Nk bytes
    SecretBytes<AeadNonceSize> baseNonce;       //!< base_nonce
    SecretBytes<HpkeSecretSize> exporterSecret; //!< exporter_secret
};

namespace detail {
struct HpkeContextFactory;
}

//! What the sender's and the recipient's context share (RFC 9180 §5.2): the AEAD key, the
//! base nonce, the sequence number and the exporter secret. Contexts move but do not copy,
//! since two copies would seal different messages under the same nonce; a moved-from
//! context is wiped and refuses every operation.
class HpkeContext
{
public:
    HpkeContext(const HpkeContext &) = delete;
    HpkeContext &operator=(const HpkeContext &) = delete;
    HpkeContext(HpkeContext &&other) noexcept;
    HpkeContext &operator=(HpkeContext &&other) noexcept;

    [[nodiscard]] const HpkeSuite &suite() const { return m_suite; }
    //! The sequence number the next seal or open will use.
    [[nodiscard]] std::uint64_t sequenceNumber() const { return m_seq; }

    //! Context.Export(exporter_context, L) (RFC 9180 §5.3). Fails with InvalidArgument when
    //! `length` exceeds HpkeMaxExportSize.
    [[nodiscard]] Result<SecureBuffer> exportSecret(QByteArrayView exporterContext,
                                                    std::size_t length) const;

protected:
    HpkeContext() = default;
    ~HpkeContext();

    //! The nonce for the current sequence number, or TooLarge once the sequence number is
    //! exhausted (§5.2: seq must never wrap) or the context was moved from.
    [[nodiscard]] Result<SecretBytes<AeadNonceSize>> currentNonce() const;
    [[nodiscard]] std::span<const std::uint8_t> key() const;

    // Our sequence number is 64 bits, which §5.2 allows ("MAY use a sequence number that is
    // shorter than the nonce length"); its last value marks exhaustion.
    static constexpr std::uint64_t SequenceLimit = std::numeric_limits<std::uint64_t>::max();

    HpkeSuite m_suite;
    SecretBytes<AeadMaxKeySize> m_key;
    SecretBytes<AeadNonceSize> m_baseNonce;
    SecretBytes<HpkeSecretSize> m_exporterSecret;
    std::uint64_t m_seq = 0;
    bool m_live = false;

private:
    void retire() noexcept;

    friend struct detail::HpkeContextFactory;
    friend struct HpkeContextTestAccess; // defined only by tests, to reach the sequence number
};

//! The sender's context (ContextS, RFC 9180 §5.2), from setupBaseSender().
class HpkeSenderContext : public HpkeContext
{
public:
    //! The encapsulated key to send along with the ciphertexts.
    [[nodiscard]] const X25519PublicKey &enc() const { return m_enc; }

    //! ContextS.Seal(aad, pt): ciphertext || tag under the nonce for the current sequence
    //! number, which then advances. TooLarge once the sequence number is exhausted.
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView aad, QByteArrayView plaintext);

private:
    HpkeSenderContext() = default;
    X25519PublicKey m_enc;

    friend struct detail::HpkeContextFactory;
};

//! The recipient's context (ContextR, RFC 9180 §5.2), from setupBaseRecipient().
class HpkeRecipientContext : public HpkeContext
{
public:
    //! ContextR.Open(aad, ct). Ciphertexts must arrive in the order they were sealed. A
    //! failure (DecryptionFailed) leaves the sequence number where it was; TooLarge once it
    //! is exhausted.
    [[nodiscard]] Result<SecureBuffer> open(QByteArrayView aad, QByteArrayView ciphertext);

private:
    HpkeRecipientContext() = default;

    friend struct detail::HpkeContextFactory;
};

//! SetupBaseS(pkR, info) (RFC 9180 §5.1.1) with the given ephemeral key pair. Only tests
//! and the random overload below choose the ephemeral key: reusing one breaks HPKE.
//! Fails with WeakKey when `recipient` is a low-order point, UnsupportedVersion for a
//! suite we do not implement. `trace`, for tests only, receives the key schedule.
[[nodiscard]] Result<HpkeSenderContext>
setupBaseSender(const HpkeSuite &suite, const X25519PublicKey &recipient, QByteArrayView info,
                const X25519KeyPair &ephemeral, HpkeKeySchedule *trace = nullptr);

//! SetupBaseS(pkR, info) (RFC 9180 §5.1.1) with a fresh ephemeral key from `random`.
[[nodiscard]] Result<HpkeSenderContext> setupBaseSender(const HpkeSuite &suite,
                                                        const X25519PublicKey &recipient,
                                                        QByteArrayView info,
                                                        RandomSource &random = systemRandom());

//! SetupBaseR(enc, skR, info) (RFC 9180 §5.1.1). Fails with WeakKey when `enc` is a
//! low-order point (§7.1.4), UnsupportedVersion for a suite we do not implement. `trace`,
//! for tests only, receives the key schedule.
[[nodiscard]] Result<HpkeRecipientContext> setupBaseRecipient(const HpkeSuite &suite,
                                                              const X25519KeyPair &recipient,
                                                              const X25519PublicKey &enc,
                                                              QByteArrayView info,
                                                              HpkeKeySchedule *trace = nullptr);

//! The output of single-shot SealBase.
struct HpkeSealed
{
    X25519PublicKey enc;
    QByteArray ciphertext;
};

//! Single-shot SealBase (§6.1).
[[nodiscard]] Result<HpkeSealed> hpkeSeal(const HpkeSuite &suite, const X25519PublicKey &recipient,
                                          QByteArrayView info, QByteArrayView aad,
                                          QByteArrayView plaintext,
                                          RandomSource &random = systemRandom());

//! Single-shot OpenBase (§6.1). Failures: DecryptionFailed (any tampering), WeakKey.
[[nodiscard]] Result<SecureBuffer> hpkeOpen(const HpkeSuite &suite, const X25519KeyPair &recipient,
                                            const X25519PublicKey &enc, QByteArrayView info,
                                            QByteArrayView aad, QByteArrayView ciphertext);

//! The output of single-shot SendExportBase.
struct HpkeExported
{
    X25519PublicKey enc;
    SecureBuffer secret;
};

//! Single-shot secret export (§6.2): SendExport. `length` is at most HpkeMaxExportSize.
[[nodiscard]] Result<HpkeExported>
hpkeSendExport(const HpkeSuite &suite, const X25519PublicKey &recipient, QByteArrayView info,
               QByteArrayView exporterContext, std::size_t length,
               RandomSource &random = systemRandom());

//! Single-shot secret export (§6.2): ReceiveExport. `length` is at most HpkeMaxExportSize.
[[nodiscard]] Result<SecureBuffer>
hpkeReceiveExport(const HpkeSuite &suite, const X25519KeyPair &recipient,
                  const X25519PublicKey &enc, QByteArrayView info, QByteArrayView exporterContext,
                  std::size_t length);

} // namespace cardinal::crypto
