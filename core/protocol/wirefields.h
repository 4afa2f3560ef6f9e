// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Field readers for the wire schema's own types, on top of CborFields: each records its
// failure in the CborFields it is given (read every field, check status() once). Private
// to core/protocol.

#include "cborfields.h"
#include "wiretypes.h"

namespace cardinal::protocol {

//! A text field that is an e-mail identity (normalised; a non-canonical spelling is accepted
//! and canonicalised, as the server always did).
[[nodiscard]] Identity identityAt(CborFields &fields, qsizetype index);
//! An array field of at most `maxCount` identities.
[[nodiscard]] QList<Identity> identitiesAt(CborFields &fields, qsizetype index,
                                           qsizetype maxCount);
//! An array field of at most `maxCount` fixed-size ids (device ids, ...).
template<typename Fixed>
[[nodiscard]] QList<Fixed> fixedListAt(CborFields &fields, qsizetype index, qsizetype maxCount)
{
    QList<Fixed> out;
    for (const QCborValue &value : fields.array(index, maxCount)) {
        auto id = value.isByteArray() ? Fixed::fromBytes(value.toByteArray()) : std::nullopt;
        if (!id) {
            fields.reject(QStringLiteral("field %1 holds an id of the wrong shape").arg(index));
            return {};
        }
        out.append(*id);
    }
    return out;
}
//! An array field of at most `maxCount` integers, each at least `min`.
[[nodiscard]] QList<qint64> integersAt(CborFields &fields, qsizetype index, qsizetype maxCount,
                                       qint64 min);

//! Decodes a request of type T: exactly `count` fields, read by `read(CborFields &)`.
template<typename T, typename Read>
[[nodiscard]] Result<T> readRequest(const QCborArray &payload, qsizetype count, Read read)
{
    CborFields fields(payload, T::type(), count);
    T value = read(fields);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return value;
}

//! Decodes a reply or event: at least `count` fields (later ones are a newer version's).
template<typename T, typename Read>
[[nodiscard]] Result<T> readTolerant(const QCborArray &payload, const QString &what,
                                     qsizetype count, Read read)
{
    CborFields fields(payload, what, count, CborFields::Trailing::Ignore);
    T value = read(fields);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return value;
}

//! The array form of a list of identities / ids.
[[nodiscard]] QCborArray toCbor(const QList<Identity> &identities);
template<typename Fixed>
[[nodiscard]] QCborArray fixedListToCbor(const QList<Fixed> &ids)
{
    QCborArray out;
    for (const Fixed &id : ids)
        out.append(id.toByteArray());
    return out;
}

} // namespace cardinal::protocol
