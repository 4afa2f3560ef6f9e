// SPDX-License-Identifier: GPL-3.0-or-later
#include "hpke.h"

#include <algorithm>
#include <array>
#include <string_view>

namespace cardinal::crypto {

namespace {

using Bytes = std::span<const std::uint8_t>;

Bytes bytesOf(std::string_view text)
{
    return {reinterpret_cast<const std::uint8_t *>(text.data()), text.size()};
}

// "HPKE-v1", prefixed to every labeled KDF input (§4); binds derived secrets to this
// version of the scheme (§9.6).
constexpr std::string_view VersionLabel = "HPKE-v1";

// suite_id inside DHKEM: concat("KEM", I2OSP(kem_id, 2)) (§4.1).
constexpr std::array<std::uint8_t, 5> KemSuiteId = {'K', 'E', 'M', 0x00, 0x20};

// suite_id for the rest of HPKE: concat("HPKE", I2OSP(kem_id, 2), I2OSP(kdf_id, 2),
// I2OSP(aead_id, 2)) (§5.1).
using HpkeSuiteId = std::array<std::uint8_t, 10>;

HpkeSuiteId suiteIdOf(const HpkeSuite &suite)
{
    HpkeSuiteId id = {'H', 'P', 'K', 'E'};
    const std::uint16_t ids[] = {static_cast<std::uint16_t>(suite.kem),
                                 static_cast<std::uint16_t>(suite.kdf),
                                 static_cast<std::uint16_t>(suite.aead)};
    for (std::size_t i = 0; i < 3; ++i) {
        id[4 + 2 * i] = static_cast<std::uint8_t>(ids[i] >> 8);
        id[5 + 2 * i] = static_cast<std::uint8_t>(ids[i]);
    }
    return id;
}

constexpr std::uint8_t ModeBase = 0x00; // mode_base (§5, Table 1)

// The concatenated input of LabeledExtract/LabeledExpand (§4). Every input on the seal and
// open path is short and stays on the stack; longer ones (a long info or exporter context)
// go to a SecureBuffer. The bytes can include a DH output or DeriveKeyPair's ikm, so they
// are wiped either way.
class LabeledInput
{
public:
    LabeledInput(std::initializer_list<Bytes> parts)
    {
        std::size_t total = 0;
        for (Bytes part : parts)
            total += part.size();
        if (total > m_inline.size())
            m_heap = SecureBuffer(total);
        std::uint8_t *start = m_heap.isEmpty() ? m_inline.data() : m_heap.data();
        std::uint8_t *out = start;
        for (Bytes part : parts)
            out = std::copy(part.begin(), part.end(), out);
        m_bytes = {start, total};
    }
    ~LabeledInput()
    {
        if (m_heap.isEmpty())
            secureWipe(m_inline.data(), m_bytes.size());
    }
    LabeledInput(const LabeledInput &) = delete;
    LabeledInput &operator=(const LabeledInput &) = delete;

    [[nodiscard]] Bytes bytes() const { return m_bytes; }

private:
    std::array<std::uint8_t, 192> m_inline;
    SecureBuffer m_heap;
    Bytes m_bytes;
};

// LabeledExtract(salt, label, ikm) = Extract(salt, concat("HPKE-v1", suite_id, label, ikm)).
SecretBytes<HpkeSecretSize> labeledExtract(Bytes salt, Bytes suiteId, std::string_view label,
                                           Bytes ikm)
{
    const LabeledInput input{bytesOf(VersionLabel), suiteId, bytesOf(label), ikm};
    return hkdfSha256Extract(salt, input.bytes());
}

// LabeledExpand(prk, label, info, L) = Expand(prk, concat(I2OSP(L, 2), "HPKE-v1", suite_id,
// label, info), L). L is at most 255 * Nh, which also fits the two-byte I2OSP.
Result<SecureBuffer> labeledExpand(Bytes prk, Bytes suiteId, std::string_view label, Bytes info,
                                   std::size_t length)
{
    static_assert(HpkeMaxExportSize <= 0xffff);
    if (length > HpkeMaxExportSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HPKE output longer than 255 * Nh"));
    const std::array<std::uint8_t, 2> encodedLength = {static_cast<std::uint8_t>(length >> 8),
                                                       static_cast<std::uint8_t>(length)};
    const LabeledInput input{encodedLength, bytesOf(VersionLabel), suiteId, bytesOf(label), info};
    return hkdfSha256Expand(prk, input.bytes(), length);
}

// LabeledExpand into a fixed-size destination (key, nonce, secrets). Those sizes are far
// below the HKDF bound, so failure would mean a broken HKDF: reported as false.
bool labeledExpandInto(Bytes prk, Bytes suiteId, std::string_view label, Bytes info,
                       std::span<std::uint8_t> out)
{
    const auto okm = labeledExpand(prk, suiteId, label, info, out.size());
    if (!okm)
        return false;
    std::copy_n(okm->data(), out.size(), out.data());
    return true;
}

Result<void> checkSuite(const HpkeSuite &suite)
{
    if (suite.kem != KemId::DhKemX25519HkdfSha256 || suite.kdf != KdfId::HkdfSha256 ||
        !aeadIdFromWire(static_cast<std::uint16_t>(suite.aead)))
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("unsupported HPKE suite"));
    return {};
}

// ExtractAndExpand(dh, kem_context) with kem_context = concat(enc, pkRm) (§4.1).
Result<X25519SharedSecret> extractAndExpand(const Result<X25519SharedSecret> &dh,
                                            const X25519PublicKey &enc,
                                            const X25519PublicKey &recipient)
{
    // X25519KeyPair::agree() gives WeakKey for an all-zero DH output, i.e. a low-order pkR
    // on the sender's side or a low-order enc on the recipient's (§7.1.4).
    if (!dh)
        return fail(dh.error());
    std::array<std::uint8_t, 2 * X25519KeySize> kemContext;
    std::copy_n(enc.data(), X25519KeySize, kemContext.data());
    std::copy_n(recipient.data(), X25519KeySize, kemContext.data() + X25519KeySize);
    const auto eaePrk = labeledExtract({}, KemSuiteId, "eae_prk", dh->span());
    X25519SharedSecret shared;
    if (!labeledExpandInto(eaePrk.span(), KemSuiteId, "shared_secret", kemContext, shared.span()))
        return fail(ErrorCode::CryptoFailure, QStringLiteral("HPKE ExtractAndExpand failed"));
    return shared;
}

// Which key schedule outputs a caller needs. The single-shot functions use either the AEAD
// (§6.1) or the exporter (§6.2), never both, so each skips the other's derivation.
enum Needs : unsigned { NeedAead = 1, NeedExporter = 2, NeedAll = NeedAead | NeedExporter };

} // namespace

namespace detail {

struct HpkeContextFactory
{
    // KeyScheduleS/R(mode_base, shared_secret, info, "", "") (§5.1).
    static Result<void> schedule(HpkeContext &context, const HpkeSuite &suite,
                                 const X25519SharedSecret &shared, QByteArrayView info,
                                 unsigned needs, HpkeKeySchedule *trace)
    {
        if (auto supported = checkSuite(suite); !supported)
            return supported;
        const HpkeSuiteId suiteId = suiteIdOf(suite);
        // key_schedule_context = concat(mode, psk_id_hash, info_hash)
        std::array<std::uint8_t, 1 + 2 * HpkeSecretSize> keyScheduleContext;
        keyScheduleContext[0] = ModeBase;
        // psk_id_hash = LabeledExtract("", "psk_id_hash", psk_id), psk_id = "" in base mode.
        const auto pskIdHash = labeledExtract({}, suiteId, "psk_id_hash", {});
        std::copy_n(pskIdHash.data(), HpkeSecretSize, keyScheduleContext.data() + 1);
        const auto infoHash = labeledExtract({}, suiteId, "info_hash", asBytes(info));
        std::copy_n(infoHash.data(), HpkeSecretSize,
                    keyScheduleContext.data() + 1 + HpkeSecretSize);

        // secret = LabeledExtract(shared_secret, "secret", psk) with psk = "" in base mode.
        const auto secret = labeledExtract(shared.span(), suiteId, "secret", {});
        const Bytes prk = secret.span();
        const auto keyBytes = context.m_key.span().first(aeadKeySize(suite.aead));
        bool ok = true;
        if (needs & NeedAead) {
            ok = labeledExpandInto(prk, suiteId, "key", keyScheduleContext, keyBytes) &&
                 labeledExpandInto(prk, suiteId, "base_nonce", keyScheduleContext,
                                   context.m_baseNonce.span());
        }
        if (ok && (needs & NeedExporter)) {
            ok = labeledExpandInto(prk, suiteId, "exp", keyScheduleContext,
                                   context.m_exporterSecret.span());
        }
        if (!ok)
            return fail(ErrorCode::CryptoFailure, QStringLiteral("HPKE key schedule failed"));
        context.m_suite = suite;
        context.m_seq = 0;
        context.m_live = true;

        if (trace) {
            trace->sharedSecret = shared;
            trace->keyScheduleContext = asView(keyScheduleContext).toByteArray();
            trace->secret = secret;
            trace->key = SecureBuffer(keyBytes);
            trace->baseNonce = context.m_baseNonce;
            trace->exporterSecret = context.m_exporterSecret;
        }
        return {};
    }

    template<typename Context>
    static Result<Context> make(const HpkeSuite &suite, const Result<X25519SharedSecret> &shared,
                                QByteArrayView info, unsigned needs, HpkeKeySchedule *trace)
    {
        if (!shared)
            return fail(shared.error());
        Context context;
        if (auto ok = schedule(context, suite, *shared, info, needs, trace); !ok)
            return fail(ok.error());
        return context;
    }

    // SetupBaseS: Encap(pkR) with enc = SerializePublicKey(pkE) (§4.1, §5.1.1).
    static Result<HpkeSenderContext> sender(const HpkeSuite &suite,
                                            const X25519PublicKey &recipient, QByteArrayView info,
                                            const X25519KeyPair &ephemeral, unsigned needs,
                                            HpkeKeySchedule *trace)
    {
        const X25519PublicKey &enc = ephemeral.publicKey();
        auto context = make<HpkeSenderContext>(
            suite, extractAndExpand(ephemeral.agree(recipient), enc, recipient), info, needs,
            trace);
        if (context)
            context->m_enc = enc;
        return context;
    }

    // SetupBaseR: Decap(enc, skR) (§4.1, §5.1.1). pk(skR) is the key pair's stored public
    // key, not recomputed.
    static Result<HpkeRecipientContext> recipient(const HpkeSuite &suite,
                                                  const X25519KeyPair &recipient,
                                                  const X25519PublicKey &enc, QByteArrayView info,
                                                  unsigned needs, HpkeKeySchedule *trace)
    {
        return make<HpkeRecipientContext>(
            suite, extractAndExpand(recipient.agree(enc), enc, recipient.publicKey()), info, needs,
            trace);
    }
};

} // namespace detail

using detail::HpkeContextFactory;

Result<HpkeSuite> HpkeSuite::fromIds(std::uint16_t kem, std::uint16_t kdf, std::uint16_t aead)
{
    const auto aeadId = aeadIdFromWire(aead);
    if (kem != static_cast<std::uint16_t>(KemId::DhKemX25519HkdfSha256) ||
        kdf != static_cast<std::uint16_t>(KdfId::HkdfSha256) || !aeadId)
        return fail(ErrorCode::UnsupportedVersion,
                    QStringLiteral("unsupported HPKE suite (kem %1, kdf %2, aead %3)")
                        .arg(kem)
                        .arg(kdf)
                        .arg(aead));
    HpkeSuite suite;
    suite.aead = *aeadId;
    return suite;
}

X25519KeyPair hpkeDeriveKeyPair(std::span<const std::uint8_t> ikm)
{
    // dkp_prk = LabeledExtract("", "dkp_prk", ikm); sk = LabeledExpand(dkp_prk, "sk", "", Nsk)
    // (§7.1.3), with the KEM's suite_id since DeriveKeyPair belongs to the KEM.
    const auto dkpPrk = labeledExtract({}, KemSuiteId, "dkp_prk", ikm);
    SecretBytes<X25519KeySize> sk;
    labeledExpandInto(dkpPrk.span(), KemSuiteId, "sk", {}, sk.span());
    return X25519KeyPair::fromPrivate(sk);
}

// --- contexts (§5.2) -------------------------------------------------------------------------

HpkeContext::HpkeContext(HpkeContext &&other) noexcept
    : m_suite(other.m_suite), m_key(other.m_key), m_baseNonce(other.m_baseNonce),
      m_exporterSecret(other.m_exporterSecret), m_seq(other.m_seq), m_live(other.m_live)
{
    other.retire();
}

HpkeContext &HpkeContext::operator=(HpkeContext &&other) noexcept
{
    if (this != &other) {
        m_suite = other.m_suite;
        m_key = other.m_key;
        m_baseNonce = other.m_baseNonce;
        m_exporterSecret = other.m_exporterSecret;
        m_seq = other.m_seq;
        m_live = other.m_live;
        other.retire();
    }
    return *this;
}

HpkeContext::~HpkeContext() = default;

void HpkeContext::retire() noexcept
{
    secureWipe(m_key.data(), m_key.size());
    secureWipe(m_baseNonce.data(), m_baseNonce.size());
    secureWipe(m_exporterSecret.data(), m_exporterSecret.size());
    m_live = false;
}

std::span<const std::uint8_t> HpkeContext::key() const
{
    return m_key.span().first(aeadKeySize(m_suite.aead));
}

Result<SecretBytes<AeadNonceSize>> HpkeContext::currentNonce() const
{
    if (!m_live)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HPKE context was moved from"));
    // IncrementSeq() raises MessageLimitReachedError before seq would overflow (§5.2).
    if (m_seq >= SequenceLimit)
        return fail(ErrorCode::TooLarge, QStringLiteral("HPKE sequence number exhausted"));
    // ComputeNonce(seq) = xor(base_nonce, I2OSP(seq, Nn)): seq fills the last 8 bytes.
    SecretBytes<AeadNonceSize> nonce = m_baseNonce;
    for (std::size_t i = 0; i < sizeof m_seq; ++i)
        nonce.data()[AeadNonceSize - 1 - i] ^= static_cast<std::uint8_t>(m_seq >> (8 * i));
    return nonce;
}

Result<SecureBuffer> HpkeContext::exportSecret(QByteArrayView exporterContext,
                                               std::size_t length) const
{
    if (!m_live)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HPKE context was moved from"));
    // Export(exporter_context, L) = LabeledExpand(exporter_secret, "sec", exporter_context, L)
    return labeledExpand(m_exporterSecret.span(), suiteIdOf(m_suite), "sec",
                         asBytes(exporterContext), length);
}

Result<QByteArray> HpkeSenderContext::seal(QByteArrayView aad, QByteArrayView plaintext)
{
    const auto nonce = currentNonce();
    if (!nonce)
        return fail(nonce.error());
    auto ciphertext = aeadSeal(m_suite.aead, key(), nonce->span(), aad, plaintext);
    if (ciphertext)
        ++m_seq;
    return ciphertext;
}

Result<SecureBuffer> HpkeRecipientContext::open(QByteArrayView aad, QByteArrayView ciphertext)
{
    const auto nonce = currentNonce();
    if (!nonce)
        return fail(nonce.error());
    auto plaintext = aeadOpen(m_suite.aead, key(), nonce->span(), aad, ciphertext);
    if (plaintext)
        ++m_seq; // only a successful Open advances (§5.2)
    return plaintext;
}

// --- setup (§5.1.1) and single-shot (§6) -----------------------------------------------------

Result<HpkeSenderContext> setupBaseSender(const HpkeSuite &suite, const X25519PublicKey &recipient,
                                          QByteArrayView info, const X25519KeyPair &ephemeral,
                                          HpkeKeySchedule *trace)
{
    return HpkeContextFactory::sender(suite, recipient, info, ephemeral, NeedAll, trace);
}

Result<HpkeSenderContext> setupBaseSender(const HpkeSuite &suite, const X25519PublicKey &recipient,
                                          QByteArrayView info, RandomSource &random)
{
    return setupBaseSender(suite, recipient, info, X25519KeyPair::generate(random));
}

Result<HpkeRecipientContext> setupBaseRecipient(const HpkeSuite &suite,
                                                const X25519KeyPair &recipient,
                                                const X25519PublicKey &enc, QByteArrayView info,
                                                HpkeKeySchedule *trace)
{
    return HpkeContextFactory::recipient(suite, recipient, enc, info, NeedAll, trace);
}

Result<HpkeSealed> hpkeSeal(const HpkeSuite &suite, const X25519PublicKey &recipient,
                            QByteArrayView info, QByteArrayView aad, QByteArrayView plaintext,
                            RandomSource &random)
{
    auto context = HpkeContextFactory::sender(suite, recipient, info,
                                              X25519KeyPair::generate(random), NeedAead, nullptr);
    if (!context)
        return fail(context.error());
    auto ciphertext = context->seal(aad, plaintext);
    if (!ciphertext)
        return fail(ciphertext.error());
    return HpkeSealed{context->enc(), std::move(*ciphertext)};
}

Result<SecureBuffer> hpkeOpen(const HpkeSuite &suite, const X25519KeyPair &recipient,
                              const X25519PublicKey &enc, QByteArrayView info, QByteArrayView aad,
                              QByteArrayView ciphertext)
{
    auto context = HpkeContextFactory::recipient(suite, recipient, enc, info, NeedAead, nullptr);
    if (!context)
        return fail(context.error());
    return context->open(aad, ciphertext);
}

Result<HpkeExported> hpkeSendExport(const HpkeSuite &suite, const X25519PublicKey &recipient,
                                    QByteArrayView info, QByteArrayView exporterContext,
                                    std::size_t length, RandomSource &random)
{
    // Checked before any key is generated, so a bad length costs nothing.
    if (length > HpkeMaxExportSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HPKE export longer than 255 * Nh"));
    auto context = HpkeContextFactory::sender(
        suite, recipient, info, X25519KeyPair::generate(random), NeedExporter, nullptr);
    if (!context)
        return fail(context.error());
    auto secret = context->exportSecret(exporterContext, length);
    if (!secret)
        return fail(secret.error());
    return HpkeExported{context->enc(), std::move(*secret)};
}

Result<SecureBuffer> hpkeReceiveExport(const HpkeSuite &suite, const X25519KeyPair &recipient,
                                       const X25519PublicKey &enc, QByteArrayView info,
                                       QByteArrayView exporterContext, std::size_t length)
{
    if (length > HpkeMaxExportSize)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("HPKE export longer than 255 * Nh"));
    auto context =
        HpkeContextFactory::recipient(suite, recipient, enc, info, NeedExporter, nullptr);
    if (!context)
        return fail(context.error());
    return context->exportSecret(exporterContext, length);
}

} // namespace cardinal::crypto
