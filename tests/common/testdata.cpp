// SPDX-License-Identifier: GPL-3.0-or-later
#include "testdata.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>
#include <QJsonValue>

#include <cmath>

#ifndef CARDINAL_SHARED_TESTDATA
#error "CARDINAL_SHARED_TESTDATA must be defined (use add_cardinal_test)"
#endif

using namespace Qt::StringLiterals;

namespace cardinal::testdata {

QString sharedDir()
{
    return QString::fromUtf8(CARDINAL_SHARED_TESTDATA);
}

QString directoryFromEnv(const char *envVar, QStringView fallbackSubdir)
{
    const QString fromEnv = qEnvironmentVariable(envVar);
    if (!fromEnv.isEmpty())
        return fromEnv;
    return sharedDir() + u'/' + fallbackSubdir;
}

namespace {
int hexDigit(char16_t c)
{
    if (c >= u'0' && c <= u'9')
        return c - u'0';
    if (c >= u'a' && c <= u'f')
        return c - u'a' + 10;
    if (c >= u'A' && c <= u'F')
        return c - u'A' + 10;
    return -1;
}
} // namespace

std::optional<QByteArray> decodeHex(QStringView hex)
{
    if (hex.size() % 2 != 0)
        return std::nullopt;
    QByteArray out(hex.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < out.size(); ++i) {
        const int high = hexDigit(hex[2 * i].unicode());
        const int low = hexDigit(hex[2 * i + 1].unicode());
        if (high < 0 || low < 0)
            return std::nullopt;
        out[i] = static_cast<char>((high << 4) | low);
    }
    return out;
}

QString toHex(QByteArrayView bytes)
{
    return QString::fromLatin1(bytes.toByteArray().toHex());
}

QByteArray hexLiteral(QStringView digits)
{
    auto bytes = decodeHex(digits);
    if (!bytes)
        qFatal("malformed hex literal in a test: %s", qPrintable(digits.toString()));
    return *bytes;
}

QByteArray flipBit(QByteArray bytes, qsizetype index, int bit)
{
    bytes[index] = static_cast<char>(bytes[index] ^ (1 << bit));
    return bytes;
}

QByteArray appended(QByteArray bytes, char byte)
{
    bytes.append(byte);
    return bytes;
}

QByteArray repeated(char byte, qsizetype count)
{
    return QByteArray(count, byte);
}

std::optional<QJsonObject> readJsonObject(const QString &path, QString *error, qint64 maxBytes)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = u"cannot open %1: %2"_s.arg(path, file.errorString());
        return std::nullopt;
    }
    if (file.size() > maxBytes) {
        *error = u"%1 is larger than %2 bytes"_s.arg(path).arg(maxBytes);
        return std::nullopt;
    }
    const QByteArray bytes = file.read(maxBytes + 1);
    if (bytes.size() > maxBytes) {
        *error = u"%1 is larger than %2 bytes"_s.arg(path).arg(maxBytes);
        return std::nullopt;
    }
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        *error = u"%1 is not valid JSON at offset %2: %3"_s.arg(path)
                     .arg(parseError.offset)
                     .arg(parseError.errorString());
        return std::nullopt;
    }
    if (!document.isObject()) {
        *error = u"%1: the top level is not a JSON object"_s.arg(path);
        return std::nullopt;
    }
    return document.object();
}

namespace {
std::optional<QJsonValue> field(const QJsonObject &object, QStringView key, QString *error)
{
    const QJsonValue value = object.value(key);
    if (value.isUndefined()) {
        *error = u"field \"%1\" is missing"_s.arg(key);
        return std::nullopt;
    }
    return value;
}

void wrongType(QStringView key, const char *expected, QString *error)
{
    *error = u"field \"%1\" is not %2"_s.arg(key, QLatin1StringView(expected));
}
} // namespace

std::optional<QString> stringField(const QJsonObject &object, QStringView key, QString *error)
{
    const auto value = field(object, key, error);
    if (!value)
        return std::nullopt;
    if (!value->isString()) {
        wrongType(key, "a string", error);
        return std::nullopt;
    }
    return value->toString();
}

std::optional<QByteArray> hexField(const QJsonObject &object, QStringView key, QString *error)
{
    const auto text = stringField(object, key, error);
    if (!text)
        return std::nullopt;
    auto bytes = decodeHex(*text);
    if (!bytes)
        wrongType(key, "a hex string", error);
    return bytes;
}

std::optional<qint64> integerField(const QJsonObject &object, QStringView key, QString *error)
{
    const auto value = field(object, key, error);
    if (!value)
        return std::nullopt;
    constexpr double limit = 9007199254740992.0; // 2^53: every integer up to it is exact
    const double number = value->toDouble(std::nan(""));
    if (!value->isDouble() || !std::isfinite(number) || std::trunc(number) != number ||
        std::fabs(number) > limit) {
        wrongType(key, "an integer", error);
        return std::nullopt;
    }
    return static_cast<qint64>(number);
}

std::optional<QJsonObject> objectField(const QJsonObject &object, QStringView key, QString *error)
{
    const auto value = field(object, key, error);
    if (!value)
        return std::nullopt;
    if (!value->isObject()) {
        wrongType(key, "an object", error);
        return std::nullopt;
    }
    return value->toObject();
}

std::optional<QJsonArray> arrayField(const QJsonObject &object, QStringView key, QString *error)
{
    const auto value = field(object, key, error);
    if (!value)
        return std::nullopt;
    if (!value->isArray()) {
        wrongType(key, "an array", error);
        return std::nullopt;
    }
    return value->toArray();
}

} // namespace cardinal::testdata
