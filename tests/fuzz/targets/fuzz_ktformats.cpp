// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's CBOR formats (protocol/ktformats.h): the first byte picks the
// decoder of the rest: 0 a log entry (what the log's leaves hash; auditors read every one),
// 1 a map proof, 2 a log proof (inclusion or consistency), 3 a log to replay (entries as
// [length (2 bytes), entry]..., as an auditor reads them into protocol/ktreplay.h).
// Oracle: whatever decodes re-encodes to exactly the input (canonical formats: one value,
// one encoding) and decodes again to the same value. A replay grows by exactly the entries
// it accepts and is unchanged by one it refuses.
#include "fuzzsupport.h"

#include "protocol/ktformats.h"
#include "protocol/ktreplay.h"

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

void replay(fuzzing::InputReader &input)
{
    LogReplay log;
    for (int entries = 0; !input.atEnd() && entries < 64; ++entries) {
        const QByteArray entry = input.take(input.takeUint16() % (MaxEntryBytes + 1));
        const std::uint64_t size = log.size();
        const transparency::MerkleHash root = log.root();
        const std::uint64_t epochs = log.epochs();
        const Result<LogEntry> appended = log.append(entry);
        if (!appended) {
            oracle.require(log.size() == size && log.root() == root && log.epochs() == epochs,
                           "a refused entry leaves the replay as it was");
            continue;
        }
        oracle.require(log.size() == size + 1, "an accepted entry is one leaf more");
        oracle.require(std::holds_alternative<EpochEntry>(*appended) == log.endsWithEpoch(),
                       "the replay ends with an epoch exactly after an epoch entry");
        oracle.require(log.epochs() == epochs + (log.endsWithEpoch() ? 1 : 0),
                       "epochs count the epoch entries");
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const std::uint8_t kind = input.takeByte();
    const QByteArray rest = input.rest();
    if (kind % 4 == 3) {
        replay(input);
        return 0;
    }
    switch (kind % 4) {
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
