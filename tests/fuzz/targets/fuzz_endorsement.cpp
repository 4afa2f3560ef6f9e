// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::Endorsement::decode: endorsements arriving inside messages (type 2).
// Oracle: an endorsement that decodes was signed by the key it names, re-encodes to exactly
// the input and decodes again to an equal one; its subject's address is in normalised form
// and is not the endorser's own card or key.
#include "fuzzsupport.h"

#include "protocol/endorsement.h"
#include "protocol/identity.h"

using namespace cardinal;
using protocol::Endorsement;

namespace {
constexpr fuzzing::Oracle oracle{"fuzz_endorsement"};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<Endorsement> endorsement = Endorsement::decode(input);
    if (!endorsement)
        return 0;
    const QByteArray encoded = endorsement->encode();
    oracle.requireSameBytes("the input and the decoded endorsement re-encoded", input, encoded);
    const Result<Endorsement> again = Endorsement::decode(encoded);
    oracle.require(again && *again == *endorsement,
                   "a re-encoded endorsement decodes to the same endorsement");
    const protocol::EndorsementContent &content = endorsement->content();
    const auto normalised = protocol::normalizeEmail(content.subjectIdentity);
    oracle.require(normalised && *normalised == content.subjectIdentity,
                   "a decoded endorsement names its subject in normalised form");
    oracle.require(content.subjectCard != content.endorserCard &&
                       content.subjectKey != content.endorserKey,
                   "a decoded endorsement is not of oneself");
    return 0;
}
