// SPDX-License-Identifier: GPL-3.0-or-later
#include "relay.h"

#include "protocol/envelope.h"
#include "protocol/wirefields.h"

#include <QCborValue>

namespace cardinal::protocol::api {

QCborArray Send::encode() const
{
    return {target.encode(), envelope};
}

Result<Send> Send::decode(const QCborArray &payload)
{
    CborFields fields(payload, type(), 2);
    const QCborArray target = fields.array(0, 2);
    const QByteArray envelope = fields.bytes(1, 1, MaxEnvelopeBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    auto decodedTarget = SendTarget::decode(target);
    if (!decodedTarget)
        return fail(decodedTarget.error());
    return Send{std::move(*decodedTarget), envelope};
}

QCborArray Send::Reply::encode() const
{
    return {messageId.toByteArray(), seq, total, delivered};
}

Result<Send::Reply> Send::Reply::decode(const QCborArray &payload)
{
    return readTolerant<Reply>(payload, type() + QStringLiteral(" reply"), 4, [](auto &f) {
        return Reply{f.template fixed<MessageId>(0), f.integer(1, 1, INT64_MAX),
                     f.integer(2, 0, INT32_MAX), f.integer(3, 0, INT32_MAX)};
    });
}

QCborArray Ack::encode() const
{
    QCborArray list;
    for (qint64 seq : seqs)
        list.append(seq);
    // One field holding the list. The element is a QCborValue on purpose: `{list}` alone is
    // a one-element array for GCC but a copy of `list` for clang.
    return {QCborValue(list)};
}

Result<Ack> Ack::decode(const QCborArray &payload)
{
    return readRequest<Ack>(payload, 1,
                            [](auto &f) { return Ack{integersAt(f, 0, MaxAcksPerRequest, 1)}; });
}

} // namespace cardinal::protocol::api
