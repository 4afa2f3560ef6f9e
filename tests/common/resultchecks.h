// SPDX-License-Identifier: GPL-3.0-or-later
// Qt Test checks for Result<T>: one definition for every suite.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QTest>

namespace cardinal::testing {

//! The error of a failed result as text for a failure message; empty on success (the
//! message is built even when the check passes, so it must not touch error() then).
template<typename T>
inline QByteArray errorText(const Result<T> &result)
{
    return result ? QByteArray() : result.error().message().toUtf8();
}

} // namespace cardinal::testing

// Each evaluates `result` once: QVERIFY2 evaluates its description even on success, so a
// plain QVERIFY2(result, errorText(result)) would run the call under test twice.
#define QVERIFY_OK(result)                                                                         \
    do {                                                                                           \
        const auto &ok_ = (result);                                                                \
        QVERIFY2(ok_.hasValue(), cardinal::testing::errorText(ok_).constData());                   \
    } while (false)
#define QVERIFY_FAILS(result, expected)                                                            \
    do {                                                                                           \
        const auto &failed_ = (result);                                                            \
        QVERIFY(!failed_.hasValue());                                                              \
        QVERIFY2(failed_.error().code == (expected),                                               \
                 cardinal::testing::errorText(failed_).constData());                               \
    } while (false)
