// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::dearmor: card files as people paste them, with the label and the size bound
// cardinal-cli uses. Oracle: input that does not start with armour comes back unchanged;
// armour's contents survive armor() and dearmor() again; nothing above the bound is read.
#include "fuzzsupport.h"

#include "protocol/armor.h"
#include "protocol/cardbundle.h"

using namespace cardinal;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_armor"};
constexpr QByteArrayView Label = "CARDINAL CARD";
constexpr qsizetype MaxInputBytes = protocol::MaxCardBundleBytes * 2;

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<QByteArray> contents = protocol::dearmor(Label, input, MaxInputBytes);
    if (!contents) {
        oracle.require(contents.error().code != ErrorCode::TooLarge ||
                           input.size() > MaxInputBytes,
                       "only input above the bound is TooLarge");
        return 0;
    }
    oracle.require(input.size() <= MaxInputBytes, "input above the bound is refused");
    const bool armoured = input.toByteArray().trimmed().startsWith("-----BEGIN CARDINAL CARD-----");
    if (!armoured) {
        oracle.requireSameBytes("input without armour and what dearmor() gave", input, *contents);
        return 0;
    }
    const QByteArray again = protocol::armor(Label, *contents);
    const Result<QByteArray> back = protocol::dearmor(Label, again, again.size());
    oracle.require(bool(back), "armor() writes what dearmor() reads");
    oracle.requireSameBytes("the contents before and after armor() and dearmor()", *contents,
                            *back);
    return 0;
}
