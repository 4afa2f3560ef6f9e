// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::CardBundle::decode: what `lookup` returns and what card files hold.
// Oracle: a bundle that decodes re-encodes to exactly the input and holds at most
// MaxDevicesPerCard records; and verify() is checked against its own contract: it accepts
// exactly the bundles with a good self-signature (and the authority's, when asked), at
// least one record, records that all name this card and verify under its identity key, and
// no device id twice.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "protocol/cardbundle.h"

#include <QSet>

using namespace cardinal;
using protocol::CardBundle;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_cardbundle"};

//! What verify() promises, checked piece by piece.
bool holdsTogether(const CardBundle &bundle, const std::optional<crypto::Ed25519PublicKey> &authority)
{
    if (!bundle.card.verifySelfSignature())
        return false;
    if (authority && !bundle.card.verifyAuthority(*authority))
        return false;
    if (bundle.devices.isEmpty())
        return false;
    QSet<QByteArray> devices;
    for (const protocol::DeviceRecord &record : bundle.devices) {
        if (record.content().cardId != bundle.card.id() ||
            !record.verify(bundle.card.content().identityKey))
            return false;
        devices.insert(record.deviceId().toByteArray());
    }
    return devices.size() == bundle.devices.size();
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<CardBundle> bundle = CardBundle::decode(input);
    if (!bundle)
        return 0;
    oracle.requireSameBytes("the input and the decoded bundle re-encoded", input,
                            bundle->encode());
    oracle.require(bundle->devices.size() <= protocol::MaxDevicesPerCard,
                   "a decoded bundle has at most MaxDevicesPerCard devices");
    for (const auto &authority : {std::optional<crypto::Ed25519PublicKey>(),
                                  std::optional(fuzzing::fixtureAuthority().publicKey())}) {
        oracle.require(bool(bundle->verify(authority)) == holdsTogether(*bundle, authority),
                       "verify() and the checks it stands for disagree");
    }
    return 0;
}
