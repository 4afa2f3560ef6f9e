// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/secure.h"

#include <QCborArray>
#include <QString>

#include <optional>

namespace cardinal::protocol {

//! Decodes `bytes` as exactly one CBOR array in canonical form, or fails.
//!
//! Canonical means: the bytes are what Qt's encoder produces for the decoded value
//! (definite lengths, shortest integer forms) and nothing follows the array. We check it by
//! re-encoding and comparing, which rejects trailing bytes, alternative encodings and
//! anything Qt parsed leniently in one rule. Whatever we sign or hash is therefore one
//! byte string with one meaning. Inputs above `maxBytes` are refused before parsing.
[[nodiscard]] Result<QCborArray> decodeCanonicalArray(QByteArrayView bytes, qsizetype maxBytes,
                                                      const QString &what);

//! Reads typed fields from a decoded CBOR array, position by position, remembering the
//! first failure. Decoders read every field, then return status(): one check instead of
//! one per field, and the error names the structure and position that was wrong.
//!
//!     CborFields f(array, u"card"_s, 6);
//!     auto version = f.integer(0, 1, 1);
//!     QByteArray key = f.bytes(3, 32, 32);
//!     if (auto ok = f.status(); !ok) return fail(ok.error());
class CborFields
{
public:
    //! Whether elements after the `count` known ones are an error or are ignored. Requests
    //! are read strictly; responses and events tolerate fields a later version appends.
    enum class Trailing { Refuse, Ignore };

    //! Expects `array` to have exactly `count` elements (at least `count` with Ignore).
    CborFields(const QCborArray &array, QString what, qsizetype count,
               Trailing trailing = Trailing::Refuse);

    //! A byte string of `minSize`..`maxSize` bytes.
    [[nodiscard]] QByteArray bytes(qsizetype index, qsizetype minSize, qsizetype maxSize);
    //! A byte string of exactly T::Size bytes as a typed value.
    template<typename Fixed>
    [[nodiscard]] Fixed fixed(qsizetype index)
    {
        const QByteArray raw = bytes(index, qsizetype(Fixed::Size), qsizetype(Fixed::Size));
        return Fixed::fromBytes(raw).value_or(Fixed{});
    }
    //! Like fixed(), but CBOR null reads as nothing.
    template<typename Fixed>
    [[nodiscard]] std::optional<Fixed> optionalFixed(qsizetype index)
    {
        if (isNull(index))
            return std::nullopt;
        return fixed<Fixed>(index);
    }
    //! A UTF-8 text string of at most `maxSize` bytes, without control characters.
    [[nodiscard]] QString text(qsizetype index, qsizetype maxSize);
    //! A CBOR boolean.
    [[nodiscard]] bool boolean(qsizetype index);
    //! An integer within [min, max].
    [[nodiscard]] qint64 integer(qsizetype index, qint64 min, qint64 max);
    //! A nested array of at most `maxCount` elements.
    [[nodiscard]] QCborArray array(qsizetype index, qsizetype maxCount);
    //! Whether the field is CBOR null (an absent optional value).
    [[nodiscard]] bool isNull(qsizetype index) const;

    //! Records a failure found by the caller's own checks (first one wins).
    void reject(const QString &why);
    //! Success, or MalformedInput naming the first problem.
    [[nodiscard]] Result<void> status() const;

private:
    [[nodiscard]] QCborValue at(qsizetype index);

    const QCborArray &m_array;
    QString m_what;
    std::optional<QString> m_problem;
};

} // namespace cardinal::protocol
