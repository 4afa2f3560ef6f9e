// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::DeviceRecord::decode: device records inside bundles, `add-device` and `auth`.
// Oracle: a record that decodes re-encodes to exactly the input and decodes again to an
// equal record; its encryption key is not of small order (a weak key never decodes: the
// hole closed in 0.4, whose hand-made record is a seed); verifying it under the fixtures'
// keys runs without crashing.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "crypto/pointchecks.h"
#include "protocol/devicerecord.h"

using namespace cardinal;
using protocol::DeviceRecord;

namespace {
constexpr fuzzing::Oracle oracle{"fuzz_devicerecord"};
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<DeviceRecord> record = DeviceRecord::decode(input);
    if (!record)
        return 0;
    const QByteArray encoded = record->encode();
    oracle.requireSameBytes("the input and the decoded record re-encoded", input, encoded);
    const Result<DeviceRecord> again = DeviceRecord::decode(encoded);
    oracle.require(again && *again == *record, "a re-encoded record decodes to the same record");
    const bool label = !record->content().label.isEmpty() &&
                       record->content().label.toUtf8().size() <= protocol::MaxDeviceLabelBytes;
    oracle.require(label, "a decoded record's label is 1..MaxDeviceLabelBytes bytes");
    oracle.require(bool(crypto::checkX25519PublicKey(record->content().encryptionKey)),
                   "a decoded record's encryption key is not of small order");
    (void)record->verify(fuzzing::alice().identityKey.publicKey());
    return 0;
}
