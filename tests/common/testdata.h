// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Helpers for tests that read external test data (../shared/testdata): locating files,
// strict hex decoding and defensive JSON field access. The data is treated as hostile:
// every accessor reports a problem through its `error` argument instead of crashing.
// A test using this file lists ../common/testdata.cpp among its SOURCES; the target must
// be created by add_cardinal_test(), which defines CARDINAL_SHARED_TESTDATA.

#include <QByteArray>
#include <QJsonArray>
#include <QJsonObject>
#include <QString>
#include <QStringView>

#include <optional>

namespace cardinal::testdata {

//! The shared test data directory: the compile-time CARDINAL_SHARED_TESTDATA path.
[[nodiscard]] QString sharedDir();

//! The directory named by the environment variable `envVar` when it is set and not empty,
//! else sharedDir() + "/" + `fallbackSubdir`.
[[nodiscard]] QString directoryFromEnv(const char *envVar, QStringView fallbackSubdir);

//! Decodes an even-length string of hex digits (either case). Anything else, including
//! whitespace, gives nothing. Unlike QByteArray::fromHex, which skips bad characters.
[[nodiscard]] std::optional<QByteArray> decodeHex(QStringView hex);

//! Lowercase hex of `bytes`, for messages.
[[nodiscard]] QString toHex(QByteArrayView bytes);

//! Reads and parses a JSON file whose top level must be an object. Files larger than
//! `maxBytes` are refused.
[[nodiscard]] std::optional<QJsonObject> readJsonObject(const QString &path, QString *error,
                                                        qint64 maxBytes = 64 * 1024 * 1024);

// Field accessors: the value of `key` in `object` with the stated type, or nothing with a
// message in `error` (which names the key) when the field is missing or has another type.
[[nodiscard]] std::optional<QString> stringField(const QJsonObject &object, QStringView key,
                                                 QString *error);
//! A hex string field, strictly decoded.
[[nodiscard]] std::optional<QByteArray> hexField(const QJsonObject &object, QStringView key,
                                                 QString *error);
//! A JSON number that is an integer within ±2^53.
[[nodiscard]] std::optional<qint64> integerField(const QJsonObject &object, QStringView key,
                                                 QString *error);
[[nodiscard]] std::optional<QJsonObject> objectField(const QJsonObject &object, QStringView key,
                                                     QString *error);
[[nodiscard]] std::optional<QJsonArray> arrayField(const QJsonObject &object, QStringView key,
                                                   QString *error);

} // namespace cardinal::testdata
