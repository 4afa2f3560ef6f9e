// SPDX-License-Identifier: GPL-3.0-or-later
// crypto::inspectKeystore and crypto::openKeystore: the profile's key file and the key
// backup a server hands to a restoring device (the same format), opened with the fixtures'
// passphrase. The first byte picks what the rest is:
//   even: a keystore as it is;
//   odd:  a keystore whose digest field the target recomputes first, so that mutations get
//         past the checksum to the KDF bounds, the passphrase check and the AEAD.
// scrypt runs only for the cheapest parameters the format allows (CheapestScrypt); other
// parameters are inspected, not opened, to keep every run short.
// Oracle: inspecting and opening fail alike on a malformed file; what inspects has
// parameters within the bounds; an opened secret sealed again with the same parameters
// inspects as them and opens to the same secret.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "crypto/digest.h"
#include "crypto/keystore.h"

#include <QCborArray>
#include <QCborValue>

using namespace cardinal;
using namespace cardinal::crypto;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_keystore"};
constexpr qsizetype KeystoreFields = 7;

//! `sealed` with its last field replaced by SHA-256 of the canonical encoding of the others,
//! as keystore.h defines the digest; unchanged when it is not a 7-field CBOR array.
QByteArray withDigestRecomputed(const QByteArray &sealed)
{
    const QCborValue root = QCborValue::fromCbor(sealed);
    if (!root.isArray() || root.toArray().size() != KeystoreFields)
        return sealed;
    QCborArray fields = root.toArray();
    fields.removeLast();
    const QByteArray digest = sha256(QCborValue(fields).toCbor()).toByteArray();
    fields.append(digest);
    return QCborValue(fields).toCbor();
}

void requireResealable(const SecureBuffer &secret, const ScryptParams &params)
{
    DeterministicRandom random = fuzzing::fixtureRandom("reseal keystore");
    const Result<QByteArray> sealed =
        sealKeystore(secret, fuzzing::fixturePassphrase(), params, random);
    oracle.require(bool(sealed), "an opened secret can be sealed again");
    const Result<ScryptParams> inspected = inspectKeystore(*sealed);
    oracle.require(inspected && *inspected == params, "a resealed keystore keeps its parameters");
    const Result<SecureBuffer> reopened = openKeystore(*sealed, fuzzing::fixturePassphrase());
    oracle.require(reopened && reopened->toByteArray() == secret.toByteArray(),
                   "a resealed keystore opens to the same secret");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const bool fixDigest = input.takeByte() & 1;
    QByteArray sealed = input.rest();
    if (fixDigest)
        sealed = withDigestRecomputed(sealed);

    const Result<ScryptParams> params = inspectKeystore(sealed);
    if (!params) {
        // A keystore that does not inspect fails to open the same way, before any KDF runs.
        const Result<SecureBuffer> opened = openKeystore(sealed, fuzzing::fixturePassphrase());
        oracle.require(!opened && opened.error().code == params.error().code,
                       "openKeystore fails as inspectKeystore does");
        return 0;
    }
    oracle.require(bool(validateScryptParams(*params)), "inspected parameters are within bounds");
    if (!(*params == fuzzing::CheapestScrypt))
        return 0;
    const Result<SecureBuffer> secret = openKeystore(sealed, fuzzing::fixturePassphrase());
    if (!secret) {
        const ErrorCode code = secret.error().code;
        oracle.require(code == ErrorCode::WrongPassphrase || code == ErrorCode::CorruptFile,
                       "a keystore that inspects fails to open only for its passphrase or tag");
        return 0;
    }
    requireResealable(*secret, *params);
    return 0;
}
