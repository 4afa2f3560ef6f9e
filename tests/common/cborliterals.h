// SPDX-License-Identifier: GPL-3.0-or-later
// CBOR arrays written in tests, the same for every compiler.
#pragma once

#include <QCborArray>
#include <QCborValue>

#include <initializer_list>

namespace cardinal::testing {

//! An array of exactly `items`. Write `arrayOf({inner})` for an array holding one array:
//! `QCborArray{inner}` with `inner` a QCborArray is a copy of `inner` for clang but an array
//! holding it for GCC (list-initialisation from one element of the class's own type), so the
//! same test would send or expect different bytes depending on who compiled it.
[[nodiscard]] inline QCborArray arrayOf(std::initializer_list<QCborValue> items)
{
    QCborArray out;
    for (const QCborValue &item : items)
        out.append(item);
    return out;
}

} // namespace cardinal::testing
