// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::decodeCanonicalArray, under every signed, hashed or framed structure, and the
// CborFields readers the decoders use on what it returns.
// Oracle: an accepted input is exactly the canonical encoding of the array it gave, and
// that array decodes again to itself; each field reader accepts an element exactly when
// it has the reader's type (and, for text, no control character).
#include "fuzzsupport.h"

#include "protocol/cborfields.h"

#include <QCborValue>

using namespace cardinal;
using protocol::CborFields;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_cbor"};
constexpr qsizetype MaxBytes = 1024 * 1024;

bool hasControlCharacter(const QString &text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

//! Reads element `index` with the reader its type calls for and checks the verdict.
void checkReaders(const QCborArray &array, qsizetype index)
{
    const QCborValue value = array.at(index);
    const auto accepts = [&](auto read) {
        CborFields fields(array, QStringLiteral("fuzz"), array.size());
        read(fields);
        return bool(fields.status());
    };
    const bool text = accepts([&](CborFields &f) { (void)f.text(index, MaxBytes); });
    oracle.require(text == (value.isString() && !hasControlCharacter(value.toString())),
                   "text() accepts text strings without control characters");
    const bool bytes = accepts([&](CborFields &f) { (void)f.bytes(index, 0, MaxBytes); });
    oracle.require(bytes == value.isByteArray(), "bytes() accepts byte strings");
    const bool integer =
        accepts([&](CborFields &f) { (void)f.integer(index, INT64_MIN, INT64_MAX); });
    oracle.require(integer == value.isInteger(), "integer() accepts integers");
    const bool boolean = accepts([&](CborFields &f) { (void)f.boolean(index); });
    oracle.require(boolean == value.isBool(), "boolean() accepts booleans");
    const bool nested = accepts([&](CborFields &f) { (void)f.array(index, MaxBytes); });
    oracle.require(nested == value.isArray(), "array() accepts arrays");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QByteArrayView input = fuzzing::bytesOf(data, size);
    const Result<QCborArray> array =
        protocol::decodeCanonicalArray(input, MaxBytes, QStringLiteral("fuzz"));
    if (!array)
        return 0;
    const QByteArray encoded = QCborValue(*array).toCbor();
    oracle.requireSameBytes("the input and the decoded array re-encoded", input, encoded);
    const Result<QCborArray> again =
        protocol::decodeCanonicalArray(encoded, MaxBytes, QStringLiteral("fuzz"));
    oracle.require(bool(again), "a canonical array decodes again");
    oracle.requireSameBytes("the array and the array decoded again", encoded,
                            QCborValue(*again).toCbor());
    for (qsizetype i = 0; i < array->size() && i < 64; ++i)
        checkReaders(*array, i);
    return 0;
}
