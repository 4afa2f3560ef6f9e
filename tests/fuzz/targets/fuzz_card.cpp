// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::Card::decode: cards from the directory, from card files and inside bundles.
// Oracle: a card that decodes re-encodes to exactly the input (one byte form per card),
// decodes again to an equal card, its id is the hash of its content bytes, and its identity
// key is not of small order (a weak key never decodes: the hole closed in 0.4, whose
// hand-made card is a seed). Both
// signature checks run (against the fixtures' authority), to exercise them on odd cards.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "crypto/digest.h"
#include "crypto/pointchecks.h"
#include "protocol/card.h"

using namespace cardinal;
using protocol::Card;

namespace {
constexpr fuzzing::Oracle oracle{"fuzz_card"};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<Card> card = Card::decode(input);
    if (!card)
        return 0;
    const QByteArray encoded = card->encode();
    oracle.requireSameBytes("the input and the decoded card re-encoded", input, encoded);
    const Result<Card> again = Card::decode(encoded);
    oracle.require(again && *again == *card, "a re-encoded card decodes to the same card");
    oracle.require(card->id().toByteArray() == crypto::sha256(card->contentBytes()).toByteArray(),
                   "a card's id is SHA-256 of its content bytes");
    oracle.require(bool(crypto::checkEd25519PublicKey(card->content().identityKey)),
                   "a decoded card's identity key is not of small order");
    (void)card->verifySelfSignature();
    (void)card->verifyAuthority(fuzzing::fixtureAuthority().publicKey());
    return 0;
}
