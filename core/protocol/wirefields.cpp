// SPDX-License-Identifier: GPL-3.0-or-later
#include "wirefields.h"

#include "protocol/identity.h"

namespace cardinal::protocol {

namespace {
// Room for surrounding whitespace that normalisation removes.
constexpr qsizetype MaxRawEmailBytes = MaxEmailBytes + 8;
} // namespace

Identity identityAt(CborFields &fields, qsizetype index)
{
    const QString raw = fields.text(index, MaxRawEmailBytes);
    if (!fields.status())
        return {};
    auto identity = Identity::parse(raw);
    if (!identity) {
        fields.reject(QStringLiteral("field %1 is not an e-mail address").arg(index));
        return {};
    }
    return *identity;
}

QList<Identity> identitiesAt(CborFields &fields, qsizetype index, qsizetype maxCount)
{
    QList<Identity> out;
    for (const QCborValue &value : fields.array(index, maxCount)) {
        const bool text =
            value.isString() && value.toString().toUtf8().size() <= MaxRawEmailBytes;
        auto identity = Identity::parse(text ? value.toString() : QString());
        if (!identity) {
            fields.reject(QStringLiteral("field %1 holds something other than an e-mail address")
                              .arg(index));
            return {};
        }
        out.append(*identity);
    }
    return out;
}

QList<qint64> integersAt(CborFields &fields, qsizetype index, qsizetype maxCount, qint64 min)
{
    QList<qint64> out;
    for (const QCborValue &value : fields.array(index, maxCount)) {
        if (!value.isInteger() || value.toInteger() < min) {
            fields.reject(QStringLiteral("field %1 holds an integer out of range").arg(index));
            return {};
        }
        out.append(value.toInteger());
    }
    return out;
}

QCborArray toCbor(const QList<Identity> &identities)
{
    QCborArray out;
    for (const Identity &identity : identities)
        out.append(identity.toString());
    return out;
}

} // namespace cardinal::protocol
