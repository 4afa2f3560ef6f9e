// SPDX-License-Identifier: GPL-3.0-or-later
#include "armor.h"

namespace cardinal::protocol {

namespace {
QByteArray boundary(QByteArrayView word, QByteArrayView label)
{
    return QByteArrayLiteral("-----") + word.toByteArray() + ' ' + label.toByteArray() +
           QByteArrayLiteral("-----");
}
} // namespace

QByteArray armor(QByteArrayView label, QByteArrayView bytes)
{
    const QByteArray encoded = bytes.toByteArray().toBase64();
    QByteArray out = boundary("BEGIN", label) + '\n';
    for (qsizetype i = 0; i < encoded.size(); i += 64)
        out += encoded.mid(i, 64) + '\n';
    out += boundary("END", label) + '\n';
    return out;
}

Result<QByteArray> dearmor(QByteArrayView label, QByteArrayView input, qsizetype maxBytes)
{
    if (input.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("input is larger than %1 bytes").arg(maxBytes));
    const QByteArray begin = boundary("BEGIN", label);
    const QByteArray text = input.toByteArray().trimmed();
    if (!text.startsWith(begin))
        return input.toByteArray();
    const QByteArray end = boundary("END", label);
    if (!text.endsWith(end))
        return fail(ErrorCode::MalformedInput, QStringLiteral("armour has no END line"));
    QByteArray body = text.mid(begin.size(), text.size() - begin.size() - end.size());
    body.replace('\r', QByteArray()).replace('\n', QByteArray());
    auto decoded = QByteArray::fromBase64Encoding(body, QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded)
        return fail(ErrorCode::MalformedInput, QStringLiteral("armour is not valid base64"));
    return *decoded;
}

} // namespace cardinal::protocol
