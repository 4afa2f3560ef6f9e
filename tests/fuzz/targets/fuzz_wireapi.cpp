// SPDX-License-Identifier: GPL-3.0-or-later
// Every request, reply and event decoder of the client-server API (core/protocol/api/):
// the input is a frame; a request frame goes to its request's decode(), a response to its
// request's Reply::decode(), an event to its event's decode(), by the frame's type, for
// every type forEachApiType() lists.
// Oracle: what decodes re-encodes with encode() to the payload it came from, up to the two
// documented changes (canonical identities; fields appended to replies and events dropped);
// the re-encoded payload decodes again and encodes to the same bytes.
#include "apitypes.h"
#include "canonicalform.h"
#include "fuzzsupport.h"

#include <QHash>

#include <functional>

using namespace cardinal;
using namespace cardinal::protocol;
using fuzzing::Appended;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_wireapi"};

using PayloadCheck = std::function<void(const QCborArray &)>;

//! What to do with the payload of each kind of frame of one type.
struct TypeChecks
{
    PayloadCheck request;
    PayloadCheck reply;
    PayloadCheck event;
};

template<api::WireValue T>
void checkValue(const QCborArray &payload, Appended appended, const QString &what)
{
    const Result<T> value = T::decode(payload);
    if (!value)
        return;
    const QCborArray encoded = value->encode();
    const Result<T> again = T::decode(encoded);
    if (!again)
        oracle.failed(what + QStringLiteral(": the re-encoded payload does not decode: ") +
                      again.error().message());
    const QByteArray bytes = QCborValue(encoded).toCbor();
    oracle.requireSameBytes(qPrintable(what + QStringLiteral(" encoded once and twice")), bytes,
                            QCborValue(again->encode()).toCbor());
    if (!fuzzing::sameUpToCanonicalForm(payload, encoded, appended))
        oracle.failed(what + QStringLiteral(" re-encoded differs from what came:\n  came:    ") +
                      fuzzing::hexPreview(QCborValue(payload).toCbor()) +
                      QStringLiteral("\n  encoded: ") + fuzzing::hexPreview(bytes));
}

//! Fills the table with a check per frame kind of every API type (see forEachApiType()).
struct TableMaker
{
    QHash<QString, TypeChecks> table;

    template<api::Request R>
    void request()
    {
        TypeChecks &checks = table[R::type()];
        checks.request = [](const QCborArray &payload) {
            checkValue<R>(payload, Appended::Refused, R::type() + QStringLiteral(" request"));
        };
        checks.reply = [](const QCborArray &payload) {
            checkValue<typename R::Reply>(payload, Appended::Dropped,
                                          R::type() + QStringLiteral(" reply"));
        };
    }

    template<api::Event E>
    void event()
    {
        table[E::type()].event = [](const QCborArray &payload) {
            checkValue<E>(payload, Appended::Dropped, E::type() + QStringLiteral(" event"));
        };
    }
};

const QHash<QString, TypeChecks> &checks()
{
    static const QHash<QString, TypeChecks> table = [] {
        TableMaker maker;
        fuzzing::forEachApiType(maker);
        return maker.table;
    }();
    return table;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const Result<Frame> frame = Frame::decode(fuzzing::bytesOf(data, size));
    if (!frame)
        return 0;
    const TypeChecks found = checks().value(frame->type);
    switch (frame->kind) {
    case FrameKind::Request:
        if (found.request)
            found.request(frame->payload);
        break;
    case FrameKind::Response:
        if (found.reply)
            found.reply(frame->payload);
        break;
    case FrameKind::Event:
        if (found.event)
            found.event(frame->payload);
        break;
    case FrameKind::Error:
        (void)frame->wireError();
        (void)frame->errorMessage();
        break;
    }
    return 0;
}
