// SPDX-License-Identifier: GPL-3.0-or-later
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

namespace cardinal::testing {

namespace {
constexpr qsizetype MaxCodeFileBytes = 64;
} // namespace

std::optional<QString> takeDroppedCode(const QString &codeDir, const QString &identity,
                                       int timeoutMs, QString *error)
{
    const QString path = QDir(codeDir).filePath(identity);
    if (!QTest::qWaitFor([&] { return QFile::exists(path); }, timeoutMs)) {
        *error = QStringLiteral("no code was dropped for %1").arg(identity);
        return std::nullopt;
    }
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("cannot read %1").arg(path);
        return std::nullopt;
    }
    const QByteArray content = file.read(MaxCodeFileBytes);
    file.close();
    QFile::remove(path);
    static const QRegularExpression shape(QStringLiteral("^([0-9]{8})\\n$"));
    const QRegularExpressionMatch match = shape.match(QString::fromLatin1(content));
    if (!match.hasMatch()) {
        *error = QStringLiteral("the code file holds %1 bytes, not 8 digits and a newline")
                     .arg(content.size());
        return std::nullopt;
    }
    return match.captured(1);
}

std::optional<QByteArray> decodeIssuedToken(const QByteArray &printed)
{
    auto decoded = QByteArray::fromBase64Encoding(
        printed.trimmed(), QByteArray::Base64UrlEncoding | QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return std::nullopt;
    return decoded.decoded;
}

} // namespace cardinal::testing
