// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Store and forward: sending an envelope into a channel, acknowledging what arrived.

#include "protocol/api/schema.h"
#include "protocol/wiretypes.h"

namespace cardinal::protocol::api {

//! The most seqs one `ack` may carry (Cardinal's client sends one per stored batch of 64).
inline constexpr qsizetype MaxAcksPerRequest = 1024;

//! `send` `[target, envelope]` -> `[messageId, seq, total, delivered]`. Answered once the
//! envelope is stored for every recipient device but the sending one; re-sending the same
//! message id is idempotent.
struct Send
{
    static const QString &type() { return wire::Send; }

    SendTarget target = SendTarget::direct({});
    QByteArray envelope;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<Send> decode(const QCborArray &payload);

    struct Reply
    {
        MessageId messageId;
        qint64 seq = 0;
        qint64 total = 0;     //!< recipient devices it was stored for
        qint64 delivered = 0; //!< of those, how many have acknowledged it (a re-send)

        [[nodiscard]] QCborArray encode() const;
        [[nodiscard]] static Result<Reply> decode(const QCborArray &payload);
    };
};

//! `ack` `[[seq, ...]]` -> `[]`: removes messages from this device's queue.
struct Ack
{
    static const QString &type() { return wire::Ack; }
    using Reply = Empty;

    QList<qint64> seqs;

    [[nodiscard]] QCborArray encode() const;
    [[nodiscard]] static Result<Ack> decode(const QCborArray &payload);
};

} // namespace cardinal::protocol::api
