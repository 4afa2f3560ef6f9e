// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::Frame::decode: every WebSocket message the server and the client read.
// Oracle: frames are canonical CBOR, so a frame that decodes re-encodes to exactly the
// input; what decode() promises holds (a type, an id in range); an error frame's name maps
// back to itself.
#include "fuzzsupport.h"

#include "protocol/frames.h"

using namespace cardinal;
using protocol::Frame;

namespace {
constexpr fuzzing::Oracle oracle{"fuzz_frame"};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<Frame> frame = Frame::decode(input);
    if (!frame) {
        oracle.require(input.size() <= protocol::MaxFrameBytes ||
                           frame.error().code == ErrorCode::TooLarge,
                       "an oversized frame is refused as TooLarge");
        return 0;
    }
    oracle.requireSameBytes("the input and the decoded frame re-encoded", input, frame->encode());
    oracle.require(!frame->type.isEmpty(), "a decoded frame has a type");
    oracle.require(frame->id <= protocol::MaxRequestId, "a decoded frame's id is in range");
    if (const auto error = frame->wireError())
        oracle.require(protocol::wireErrorName(*error) == frame->type,
                       "an error name maps back to itself");
    (void)frame->errorMessage();
    return 0;
}
