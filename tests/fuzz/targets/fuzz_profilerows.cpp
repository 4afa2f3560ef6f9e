// SPDX-License-Identifier: GPL-3.0-or-later
// The profile database's row values that decode without the database: the first byte picks
//   even: client::decodeFailureReason, the plaintext of messages.failure;
//   odd:  client::history::refFromKey, the plaintext of conversations.ref.
// (Unsealing needs an open ProfileDatabase, and contact records are read inside TrustStore:
// see docs/fuzzing.md.)
// Oracle: a typed failure reason re-encodes to exactly its bytes, an old English sentence
// reads as Other and then round-trips through the typed form; a conversation ref gives
// back exactly its key.
#include "fuzzsupport.h"

#include "client/failurereason.h"
#include "client/historysupport.h"

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

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const bool ref = input.takeByte() & 1;
    const QByteArray bytes = input.rest();
    if (ref)
        checkConversationRef(bytes);
    else
        checkFailureReason(bytes);
    return 0;
}
