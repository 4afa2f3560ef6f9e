// SPDX-License-Identifier: GPL-3.0-or-later
#include "keystore.h"

#include "aead.h"
#include "common/fileio.h"
#include "digest.h"

#include <QCborArray>
#include <QCborValue>

#include <cryptopp/scrypt.h>

#include <new>

namespace cardinal::crypto {

namespace {

constexpr std::size_t DerivedSize = 64;         // aeadKey || checkKey
constexpr std::size_t AeadKeySize = 32;         // AES-256
constexpr std::size_t CheckSize = 32;           // SHA-256
constexpr std::size_t DigestSize = 32;          // SHA-256
constexpr qsizetype FieldCount = 7;
constexpr qsizetype KdfFieldCount = 5;
constexpr char CheckLabel[] = "cardinal-keystore passphrase check";

QString magicString()
{
    return QString::fromLatin1(KeystoreMagic);
}

QString scryptName()
{
    return QStringLiteral("scrypt");
}

//! A keystore's fields after structural validation; nothing here is secret.
struct Decoded
{
    ScryptParams params;
    QByteArray salt;
    QByteArray nonce;
    QByteArray check;
    QByteArray ciphertext;
};

QCborArray kdfArray(const ScryptParams &params, const QByteArray &salt)
{
    return QCborArray{scryptName(), qint64(params.log2N), qint64(params.r), qint64(params.p),
                      salt};
}

//! The first five fields, whose canonical encoding is the AEAD's associated data.
QCborArray headerArray(const ScryptParams &params, const QByteArray &salt,
                       const QByteArray &nonce, const QByteArray &check)
{
    return QCborArray{magicString(), qint64(KeystoreVersion), kdfArray(params, salt), nonce,
                      check};
}

Sha256Digest digestOf(QCborArray withCiphertext)
{
    return sha256(withCiphertext.toCborValue().toCbor());
}

Failure malformed(const QString &what)
{
    return fail(ErrorCode::MalformedInput, QStringLiteral("keystore: ") + what);
}

//! A byte string of exactly `size` bytes (any size when `size` is 0), or nothing.
bool readBytes(const QCborValue &value, std::size_t size, QByteArray &out)
{
    if (!value.isByteArray())
        return false;
    out = value.toByteArray();
    return size == 0 || static_cast<std::size_t>(out.size()) == size;
}

//! A non-negative integer no larger than `max`, or nothing.
bool readUint(const QCborValue &value, std::uint32_t max, std::uint32_t &out)
{
    if (!value.isInteger())
        return false;
    const qint64 v = value.toInteger();
    if (v < 0 || v > qint64(max))
        return false;
    out = static_cast<std::uint32_t>(v);
    return true;
}

Result<Decoded> decode(QByteArrayView sealed)
{
    if (static_cast<std::size_t>(sealed.size()) > MaxKeystoreBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("keystore larger than 1 MiB"));
    const QByteArray input = sealed.toByteArray();
    QCborParserError parseError;
    const QCborValue root = QCborValue::fromCbor(input, &parseError);
    if (parseError.error != QCborError::NoError)
        return malformed(QStringLiteral("not CBOR (") + parseError.errorString() + u')');
    // One canonical encoding per value: rejects trailing bytes, indefinite lengths and
    // over-long integers, so no two byte strings decode to the same keystore.
    if (root.toCbor() != input)
        return malformed(QStringLiteral("trailing or non-canonical data"));
    if (!root.isArray())
        return malformed(QStringLiteral("not an array"));
    const QCborArray fields = root.toArray();
    if (fields.size() < 2 || !fields.at(0).isString() || fields.at(0).toString() != magicString())
        return malformed(QStringLiteral("wrong magic"));
    // The version decides the layout of the rest, so it is checked before anything else.
    if (!fields.at(1).isInteger())
        return malformed(QStringLiteral("version is not an integer"));
    if (fields.at(1).toInteger() != qint64(KeystoreVersion))
        return fail(ErrorCode::UnsupportedVersion,
                    QStringLiteral("keystore version %1").arg(fields.at(1).toInteger()));
    if (fields.size() != FieldCount)
        return malformed(QStringLiteral("wrong number of fields"));

    const QCborValue kdfValue = fields.at(2);
    if (!kdfValue.isArray() || kdfValue.toArray().isEmpty()
        || !kdfValue.toArray().at(0).isString())
        return malformed(QStringLiteral("KDF is not a named array"));
    const QCborArray kdf = kdfValue.toArray();
    if (kdf.at(0).toString() != scryptName())
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("keystore KDF is not scrypt"));

    Decoded out;
    std::uint32_t log2N = 0;
    QByteArray digest;
    if (kdf.size() != KdfFieldCount || !readUint(kdf.at(1), 0xff, log2N)
        || !readUint(kdf.at(2), UINT32_MAX, out.params.r)
        || !readUint(kdf.at(3), UINT32_MAX, out.params.p)
        || !readBytes(kdf.at(4), KeystoreSaltSize, out.salt))
        return malformed(QStringLiteral("bad KDF fields"));
    out.params.log2N = static_cast<std::uint8_t>(log2N);
    if (!readBytes(fields.at(3), AeadNonceSize, out.nonce)
        || !readBytes(fields.at(4), CheckSize, out.check)
        || !readBytes(fields.at(5), 0, out.ciphertext)
        || static_cast<std::size_t>(out.ciphertext.size()) < AeadTagSize
        || !readBytes(fields.at(6), DigestSize, digest))
        return malformed(QStringLiteral("bad field type or length"));

    // Accidental damage is reported here, before the KDF, as CorruptFile.
    QCborArray covered = fields;
    covered.removeLast();
    const Sha256Digest expected = digestOf(covered);
    if (!constantTimeEqual(expected.span(), asBytes(digest)))
        return fail(ErrorCode::CorruptFile, QStringLiteral("keystore checksum mismatch"));

    // Bounded before any allocation: a hostile file must not choose our memory use.
    if (auto valid = validateScryptParams(out.params); !valid)
        return malformed(valid.error().detail);
    return out;
}

//! scrypt(passphrase, salt) -> 64 bytes of key material.
Result<SecureBuffer> derive(const SecureBuffer &passphrase, const QByteArray &salt,
                            const ScryptParams &params)
{
    SecureBuffer okm(DerivedSize);
    try {
        CryptoPP::Scrypt scrypt;
        scrypt.DeriveKey(okm.data(), okm.size(), passphrase.data(), passphrase.size(),
                         reinterpret_cast<const CryptoPP::byte *>(salt.constData()),
                         static_cast<std::size_t>(salt.size()), std::uint64_t(1) << params.log2N,
                         params.r, params.p);
    } catch (const CryptoPP::Exception &) {
        return fail(ErrorCode::CryptoFailure, QStringLiteral("scrypt failed"));
    } catch (const std::bad_alloc &) {
        return fail(ErrorCode::CryptoFailure, QStringLiteral("scrypt could not allocate memory"));
    }
    return okm;
}

std::span<const std::uint8_t> aeadKeyOf(const SecureBuffer &okm)
{
    return okm.span().first(AeadKeySize);
}

Sha256Digest checkOf(const SecureBuffer &okm)
{
    return sha256({QByteArrayView(CheckLabel), asView(okm.span().subspan(AeadKeySize))});
}

Result<void> requirePassphrase(const SecureBuffer &passphrase)
{
    if (passphrase.isEmpty())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("empty passphrase"));
    return {};
}

} // namespace

Result<void> validateScryptParams(const ScryptParams &params)
{
    if (params.log2N < MinScryptLog2N || params.log2N > MaxScryptLog2N)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("scrypt log2(N) out of range"));
    if (params.r < 1 || params.r > MaxScryptR)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("scrypt r out of range"));
    if (params.p < 1 || params.p > MaxScryptP)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("scrypt p out of range"));
    // Both factors are bounded above, so the product cannot overflow.
    if (128 * std::uint64_t(params.r) * (std::uint64_t(1) << params.log2N) > MaxScryptMemoryBytes)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("scrypt memory above 1 GiB"));
    return {};
}

Result<QByteArray> sealKeystore(const SecureBuffer &secret, const SecureBuffer &passphrase,
                                const ScryptParams &params, RandomSource &random)
{
    if (auto ok = requirePassphrase(passphrase); !ok)
        return fail(ok.error());
    if (auto valid = validateScryptParams(params); !valid)
        return fail(valid.error());
    // Cheap early refusal; the exact bound is checked on the encoded result.
    if (secret.size() > MaxKeystoreBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("secret larger than a keystore may be"));

    QByteArray salt(qsizetype(KeystoreSaltSize), Qt::Uninitialized);
    QByteArray nonce(qsizetype(AeadNonceSize), Qt::Uninitialized);
    random.fill({reinterpret_cast<std::uint8_t *>(salt.data()), KeystoreSaltSize});
    random.fill({reinterpret_cast<std::uint8_t *>(nonce.data()), AeadNonceSize});

    Result<SecureBuffer> okm = derive(passphrase, salt, params);
    if (!okm)
        return fail(okm.error());
    const QByteArray check = checkOf(*okm).toByteArray();
    QCborArray fields = headerArray(params, salt, nonce, check);
    Result<QByteArray> ciphertext = aeadSeal(AeadId::Aes256Gcm, aeadKeyOf(*okm), asBytes(nonce),
                                             fields.toCborValue().toCbor(), asView(secret.span()));
    if (!ciphertext)
        return fail(ciphertext.error());
    fields.append(*ciphertext);
    fields.append(digestOf(fields).toByteArray());
    QByteArray sealed = fields.toCborValue().toCbor();
    if (static_cast<std::size_t>(sealed.size()) > MaxKeystoreBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("keystore would exceed 1 MiB"));
    return sealed;
}

Result<SecureBuffer> openKeystore(QByteArrayView sealed, const SecureBuffer &passphrase)
{
    if (auto ok = requirePassphrase(passphrase); !ok)
        return fail(ok.error());
    Result<Decoded> fields = decode(sealed);
    if (!fields)
        return fail(fields.error());
    Result<SecureBuffer> okm = derive(passphrase, fields->salt, fields->params);
    if (!okm)
        return fail(okm.error());
    if (!constantTimeEqual(checkOf(*okm).span(), asBytes(fields->check)))
        return fail(ErrorCode::WrongPassphrase);
    const QByteArray aad = headerArray(fields->params, fields->salt, fields->nonce, fields->check)
                               .toCborValue()
                               .toCbor();
    Result<SecureBuffer> secret = aeadOpen(AeadId::Aes256Gcm, aeadKeyOf(*okm),
                                           asBytes(fields->nonce), aad, fields->ciphertext);
    if (!secret) // the passphrase is right, so the ciphertext or header was altered
        return fail(ErrorCode::CorruptFile, QStringLiteral("keystore does not authenticate"));
    return secret;
}

Result<ScryptParams> inspectKeystore(QByteArrayView sealed)
{
    Result<Decoded> fields = decode(sealed);
    if (!fields)
        return fail(fields.error());
    return fields->params;
}

Result<QByteArray> changeKeystorePassphrase(QByteArrayView sealed, const SecureBuffer &oldPass,
                                            const SecureBuffer &newPass, RandomSource &random)
{
    // Checked first so a doomed change does not cost a KDF run.
    if (auto ok = requirePassphrase(newPass); !ok)
        return fail(ok.error());
    Result<ScryptParams> params = inspectKeystore(sealed);
    if (!params)
        return fail(params.error());
    Result<SecureBuffer> secret = openKeystore(sealed, oldPass);
    if (!secret)
        return fail(secret.error());
    return sealKeystore(*secret, newPass, *params, random);
}

Result<void> writeKeystoreFile(const QString &path, QByteArrayView sealed)
{
    if (auto valid = inspectKeystore(sealed); !valid)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("refusing to write a non-keystore: ") + valid.error().message());
    return writeFileAtomically(path, sealed, OwnerOnly);
}

Result<QByteArray> readKeystoreFile(const QString &path)
{
    return readFileBounded(path, qint64(MaxKeystoreBytes));
}

Result<void> changeKeystoreFilePassphrase(const QString &path, const SecureBuffer &oldPass,
                                          const SecureBuffer &newPass, RandomSource &random)
{
    Result<QByteArray> sealed = readKeystoreFile(path);
    if (!sealed)
        return fail(sealed.error());
    Result<QByteArray> resealed = changeKeystorePassphrase(*sealed, oldPass, newPass, random);
    if (!resealed)
        return fail(resealed.error());
    return writeKeystoreFile(path, *resealed);
}

} // namespace cardinal::crypto
