// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's CBOR formats (protocol/ktformats.h): the first byte picks the
// decoder of the rest: 0 a log entry (what the log's leaves hash; auditors read every one),
// 1 a map proof, 2 a log proof (inclusion or consistency).
// Oracle: whatever decodes re-encodes to exactly the input (canonical formats: one value,
// one encoding) and decodes again to the same value.
#include "fuzzsupport.h"

#include "protocol/ktformats.h"

using namespace cardinal;
using namespace cardinal::protocol::kt;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_ktformats"};

template<typename T, typename Decode, typename Encode>
void roundTrip(QByteArrayView input, Decode decode, Encode encode, const char *what)
{
    const Result<T> value = decode(input);
    if (!value)
        return;
    const QByteArray encoded = encode(*value);
    oracle.requireSameBytes(what, input, encoded);
    const Result<T> again = decode(encoded);
    oracle.require(again && *again == *value, "a re-encoded value decodes to the same value");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const std::uint8_t kind = input.takeByte();
    const QByteArray rest = input.rest();
    switch (kind % 3) {
    case 0:
        roundTrip<LogEntry>(rest, decodeEntry, encodeEntry, "a decoded entry re-encoded");
        break;
    case 1:
        roundTrip<transparency::PrefixProof>(rest, decodeMapProof, encodeMapProof,
                                             "a decoded map proof re-encoded");
        break;
    case 2:
        roundTrip<LogProof>(rest, decodeLogProof, encodeLogProof, "a decoded log proof re-encoded");
        break;
    }
    return 0;
}
