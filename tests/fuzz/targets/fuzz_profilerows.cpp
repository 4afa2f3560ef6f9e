// SPDX-License-Identifier: GPL-3.0-or-later
// The profile database's row values that decode without the database: the first byte, mod 4,
// picks
//   0: client::decodeFailureReason, the plaintext of messages.failure;
//   1: client::history::refFromKey, the plaintext of conversations.ref;
//   2: client::decodeKtEvidence, the plaintext of kt_evidence.record;
//   3: client::decodeKtOwnWatch, the plaintext of kt_state's own-address watch.
// (Unsealing needs an open ProfileDatabase, and contact records are read inside TrustStore:
// see docs/fuzzing.md.)
// Oracle: a typed failure reason re-encodes to exactly its bytes, an old English sentence
// reads as Other and then round-trips through the typed form; a conversation ref gives
// back exactly its key; evidence and the watch re-encode to exactly their bytes.
#include "fuzzsupport.h"

#include "client/failurereason.h"
#include "client/historysupport.h"
#include "client/ktrecords.h"

using namespace cardinal;
using namespace cardinal::client;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_profilerows"};

void checkFailureReason(const QByteArray &stored)
{
    const Result<FailureReason> reason = decodeFailureReason(stored);
    if (!reason)
        return;
    (void)failureName(reason->kind);
    (void)failureTextEnglish(*reason);
    const Result<QByteArray> encoded = encodeFailureReason(*reason);
    oracle.require(bool(encoded), "a decoded failure reason encodes");
    if (stored.front() == FailureEncodingV1) {
        oracle.requireSameBytes("a typed failure reason and its re-encoding", stored, *encoded);
        return;
    }
    oracle.require(reason->kind == FailureKind::Other && reason->details.size() == 1,
                   "an old sentence reads as Other with one detail");
    const Result<FailureReason> again = decodeFailureReason(*encoded);
    oracle.require(again && *again == *reason, "an old sentence survives the typed form");
}

void checkConversationRef(const QByteArray &key)
{
    const std::optional<ConversationRef> ref = history::refFromKey(key);
    if (!ref)
        return;
    oracle.require(ref->isValid(), "a ref read from a key is valid");
    oracle.requireSameBytes("a conversation key and the key of the ref it gave", key, ref->key());
}

void checkEvidence(const QByteArray &stored)
{
    const Result<KtEvidence> evidence = decodeKtEvidence(stored);
    if (!evidence) {
        oracle.require(evidence.error().code == ErrorCode::CorruptFile,
                       "evidence that does not decode is CorruptFile");
        return;
    }
    oracle.require(evidence->kind >= KtEvidence::Kind::ForeignKey &&
                       evidence->kind <= KtEvidence::Kind::BadProof,
                   "decoded evidence is of a known kind");
    oracle.requireSameBytes("evidence and its re-encoding", stored, encodeKtEvidence(*evidence));
}

void checkOwnWatch(const QByteArray &stored)
{
    const Result<KtOwnWatch> watch = decodeKtOwnWatch(stored);
    if (!watch) {
        oracle.require(watch.error().code == ErrorCode::CorruptFile,
                       "a watch that does not decode is CorruptFile");
        return;
    }
    oracle.requireSameBytes("a watch and its re-encoding", stored, encodeKtOwnWatch(*watch));
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const int kind = input.takeByte() % 4;
    const QByteArray bytes = input.rest();
    switch (kind) {
    case 0: checkFailureReason(bytes); break;
    case 1: checkConversationRef(bytes); break;
    case 2: checkEvidence(bytes); break;
    default: checkOwnWatch(bytes); break;
    }
    return 0;
}
