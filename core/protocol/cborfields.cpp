// SPDX-License-Identifier: GPL-3.0-or-later
#include "cborfields.h"

#include <QCborValue>

namespace cardinal::protocol {

Result<QCborArray> decodeCanonicalArray(QByteArrayView bytes, qsizetype maxBytes,
                                        const QString &what)
{
    if (bytes.size() > maxBytes)
        return fail(ErrorCode::TooLarge, QStringLiteral("%1 is %2 bytes, the limit is %3")
                                             .arg(what)
                                             .arg(bytes.size())
                                             .arg(maxBytes));
    const QByteArray input = bytes.toByteArray();
    QCborParserError parseError;
    const QCborValue value = QCborValue::fromCbor(input, &parseError);
    if (parseError.error != QCborError::NoError)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("%1 is not valid CBOR (%2)").arg(what, parseError.errorString()));
    if (!value.isArray())
        return fail(ErrorCode::MalformedInput, QStringLiteral("%1 is not a CBOR array").arg(what));
    if (value.toCbor() != input)
        return fail(ErrorCode::MalformedInput,
                    QStringLiteral("%1 is not in canonical form or has trailing bytes").arg(what));
    return value.toArray();
}

CborFields::CborFields(const QCborArray &array, QString what, qsizetype count, Trailing trailing)
    : m_array(array), m_what(std::move(what))
{
    const bool fits = trailing == Trailing::Ignore ? array.size() >= count : array.size() == count;
    if (!fits)
        reject(QStringLiteral("expected %1 fields, found %2").arg(count).arg(array.size()));
}

QCborValue CborFields::at(qsizetype index)
{
    if (index >= m_array.size()) {
        reject(QStringLiteral("field %1 is missing").arg(index));
        return {};
    }
    return m_array.at(index);
}

QByteArray CborFields::bytes(qsizetype index, qsizetype minSize, qsizetype maxSize)
{
    const QCborValue value = at(index);
    if (!value.isByteArray()) {
        reject(QStringLiteral("field %1 is not a byte string").arg(index));
        return {};
    }
    QByteArray out = value.toByteArray();
    if (out.size() < minSize || out.size() > maxSize) {
        reject(QStringLiteral("field %1 has %2 bytes, expected %3..%4")
                   .arg(index)
                   .arg(out.size())
                   .arg(minSize)
                   .arg(maxSize));
        return {};
    }
    return out;
}

QString CborFields::text(qsizetype index, qsizetype maxSize)
{
    const QCborValue value = at(index);
    if (!value.isString()) {
        reject(QStringLiteral("field %1 is not a text string").arg(index));
        return {};
    }
    QString out = value.toString();
    if (out.toUtf8().size() > maxSize) {
        reject(QStringLiteral("field %1 is longer than %2 bytes").arg(index).arg(maxSize));
        return {};
    }
    for (QChar c : out) {
        if (c.category() == QChar::Other_Control) {
            reject(QStringLiteral("field %1 contains a control character").arg(index));
            return {};
        }
    }
    return out;
}

qint64 CborFields::integer(qsizetype index, qint64 min, qint64 max)
{
    const QCborValue value = at(index);
    if (!value.isInteger()) {
        reject(QStringLiteral("field %1 is not an integer").arg(index));
        return min;
    }
    const qint64 out = value.toInteger();
    if (out < min || out > max) {
        reject(QStringLiteral("field %1 is out of range").arg(index));
        return min;
    }
    return out;
}

bool CborFields::boolean(qsizetype index)
{
    const QCborValue value = at(index);
    if (!value.isBool()) {
        reject(QStringLiteral("field %1 is not a boolean").arg(index));
        return false;
    }
    return value.toBool();
}

QCborArray CborFields::array(qsizetype index, qsizetype maxCount)
{
    const QCborValue value = at(index);
    if (!value.isArray()) {
        reject(QStringLiteral("field %1 is not an array").arg(index));
        return {};
    }
    QCborArray out = value.toArray();
    if (out.size() > maxCount) {
        reject(QStringLiteral("field %1 has more than %2 elements").arg(index).arg(maxCount));
        return {};
    }
    return out;
}

bool CborFields::isNull(qsizetype index) const
{
    return index < m_array.size() && m_array.at(index).isNull();
}

void CborFields::reject(const QString &why)
{
    if (!m_problem)
        m_problem = why;
}

Result<void> CborFields::status() const
{
    if (m_problem)
        return fail(ErrorCode::MalformedInput, m_what + QStringLiteral(": ") + *m_problem);
    return {};
}

} // namespace cardinal::protocol
