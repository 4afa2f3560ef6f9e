// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The client-server API as types. Every request, its reply and every event is a struct in
// cardinal::protocol::api with
//
//     static const QString &type();            // the wire name (protocol::wire)
//     QCborArray encode() const;               // the frame payload
//     static Result<T> decode(const QCborArray &payload);  // validating: sizes, shapes,
//                                              // canonical identities; MalformedInput otherwise
//
// and a request names its reply type as `Reply`. Client, server, test clients and the
// benchmark's load client all speak through these, so the schema lives in code once and
// docs/protocol.md describes it. Decoders of requests refuse extra fields; decoders of
// replies and events ignore fields appended after the known ones, so a later server can add
// some without breaking older clients.
//
// Files by topic: session.h (hello, auth), directory.h (codes, cards, devices, backup),
// groups.h, relay.h (send, ack), events.h.

#include "common/result.h"
#include "protocol/frames.h"

#include <QCborArray>

#include <concepts>

namespace cardinal::protocol::api {

//! Something with a wire name, an encoding and a validating decoder.
template<typename T>
concept WireValue = requires(const T &value, const QCborArray &payload) {
    { value.encode() } -> std::same_as<QCborArray>;
    { T::decode(payload) } -> std::same_as<Result<T>>;
};

//! A request: a wire value with a type name and a reply type.
template<typename T>
concept Request = WireValue<T> && WireValue<typename T::Reply> && requires {
    { T::type() } -> std::convertible_to<QString>;
};

//! An event: a wire value with a type name.
template<typename T>
concept Event = WireValue<T> && requires {
    { T::type() } -> std::convertible_to<QString>;
};

//! The reply of requests that answer with nothing but success (`[]`).
struct Empty
{
    [[nodiscard]] QCborArray encode() const { return {}; }
    [[nodiscard]] static Result<Empty> decode(const QCborArray &) { return Empty{}; }
};

//! The frame that carries `request` as request number `id`.
template<Request R>
[[nodiscard]] Frame requestFrame(quint64 id, const R &request)
{
    return Frame::request(id, R::type(), request.encode());
}

//! The frame that answers request `id` of type R with `reply`.
template<Request R>
[[nodiscard]] Frame replyFrame(quint64 id, const typename R::Reply &reply)
{
    return Frame::response(id, R::type(), reply.encode());
}

//! The frame that carries `event`.
template<Event E>
[[nodiscard]] Frame eventFrame(const E &event)
{
    return Frame::event(E::type(), event.encode());
}

//! `frame` as event E, or nothing when it is another event or does not decode (the caller
//! logs and drops it: a malformed event never stops a client).
template<Event E>
[[nodiscard]] std::optional<E> eventFrom(const Frame &frame)
{
    if (frame.kind != FrameKind::Event || frame.type != E::type())
        return std::nullopt;
    auto event = E::decode(frame.payload);
    return event ? std::optional<E>(std::move(*event)) : std::nullopt;
}

} // namespace cardinal::protocol::api
