// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionprobe.h"

#include "apitypes.h"
#include "fuzzsupport.h"

#include <QCborValue>

#include <functional>

namespace cardinal::fuzzing {

namespace {

constexpr Oracle oracle{"fuzz_session"};
namespace api = protocol::api;
namespace wire = protocol::wire;
using protocol::Frame;
using protocol::FrameKind;
using protocol::WireError;

//! The harness's own sign-in uses the last request id, which a fuzzed frame may reuse.
constexpr quint64 SignInRequestId = protocol::MaxRequestId;

//! Whether each reply and event type's payload decodes, from the API's own decoders.
struct Decoders
{
    QHash<QString, std::function<bool(const QCborArray &)>> replies;
    QHash<QString, std::function<bool(const QCborArray &)>> events;

    template<api::Request R>
    void request()
    {
        replies.insert(R::type(), [](const QCborArray &payload) {
            return bool(R::Reply::decode(payload));
        });
    }
    template<api::Event E>
    void event()
    {
        events.insert(E::type(), [](const QCborArray &payload) { return bool(E::decode(payload)); });
    }
};

const Decoders &decoders()
{
    static const Decoders made = [] {
        Decoders d;
        forEachApiType(d);
        return d;
    }();
    return made;
}

//! A request the server answers only once the caller has signed in.
bool needsAuthentication(const QString &type)
{
    return decoders().replies.contains(type) && !wire::allowedBeforeAuthentication(type);
}

} // namespace

SessionProbe::SessionProbe(SessionRig &rig) : m_rig(rig), m_transport(new server::MemoryTransport())
{
    m_session = std::make_unique<server::Session>(m_transport, rig.context(), rig.dispatcher());
    collect();
    oracle.require(m_hello.has_value(), "a session says hello first");
}

SessionProbe::~SessionProbe()
{
    settle();
    if (!connectionEnded()) {
        for (auto it = m_unanswered.cbegin(); it != m_unanswered.cend(); ++it)
            if (it.value() > 0)
                oracle.failed(QStringLiteral("request %1 was never answered").arg(it.key()));
    }
    m_session.reset();
    m_rig.settle(); // what storage still answered goes nowhere: the session is gone
}

bool SessionProbe::connectionEnded() const
{
    return m_transport->isClosed() || m_transport->isAborted();
}

void SessionProbe::sendBinary(const QByteArray &message, bool settleAfter)
{
    const Result<Frame> frame = Frame::decode(message);
    const quint64 id = frame ? frame->id : 0;
    const bool signedIn = m_session->isAuthenticated();
    const bool guarded = frame && frame->kind == FrameKind::Request && needsAuthentication(frame->type);
    ++m_unanswered[id];
    if (guarded && signedIn)
        ++m_authenticatedRequests[id];
    const bool arrived = m_transport->receiveBinary(message);
    oracle.require(arrived, "a fuzzed message fits the frame limit");

    // A refusal for want of authentication needs no storage, so it comes at once.
    const QList<Frame> answers = collect();
    if (guarded && !signedIn) {
        int count = 0;
        for (const Frame &answer : answers) {
            if (answer.id != id)
                continue;
            ++count;
            const auto error = answer.wireError();
            oracle.require(answer.kind == FrameKind::Error &&
                               (error == WireError::Unauthenticated ||
                                error == WireError::RateLimited),
                           "a request that needs authentication, made before signing in, is "
                           "refused as unauthenticated");
        }
        oracle.require(count == 1 || (count == 0 && connectionEnded()),
                       "a request made before signing in is refused at once, once");
    }
    if (settleAfter)
        settle();
}

void SessionProbe::sendText(const QString &message)
{
    if (m_transport->receiveText(message))
        ++m_unanswered[0];
    collect();
}

void SessionProbe::sendPong()
{
    m_transport->receivePong();
    collect();
}

void SessionProbe::stopReading()
{
    m_transport->stopReading();
    collect();
}

void SessionProbe::drain()
{
    m_transport->drain();
    collect();
}

void SessionProbe::authenticateAs(const FuzzPerson &person)
{
    const Result<api::Hello> hello = api::Hello::decode(m_hello->payload);
    oracle.require(bool(hello), "the hello decodes");
    const api::Auth auth =
        api::Auth::prove(*hello, person.cardId(), person.device, person.identityKey);
    sendBinary(api::requestFrame(SignInRequestId, auth).encode(), true);
}

void SessionProbe::settle()
{
    m_rig.settle();
    collect();
    checkQueues();
}

QList<Frame> SessionProbe::collect()
{
    QList<Frame> frames;
    for (const QByteArray &bytes : m_transport->takeSent()) {
        Result<Frame> frame = Frame::decode(bytes);
        if (!frame)
            oracle.failed(QStringLiteral("the session sent something that is not a frame: ") +
                          frame.error().message());
        check(*frame);
        frames.append(std::move(*frame));
    }
    oracle.require(m_session->unacknowledged() <= server::Session::QueueWindow,
                   "at most QueueWindow pushed messages are unacknowledged");
    return frames;
}

void SessionProbe::check(const Frame &frame)
{
    switch (frame.kind) {
    case FrameKind::Request:
        oracle.failed(QStringLiteral("the session sent a request: ") + frame.type);
    case FrameKind::Response:
    case FrameKind::Error:
        checkAnswer(frame);
        return;
    case FrameKind::Event:
        checkEvent(frame);
        return;
    }
}

void SessionProbe::checkAnswer(const Frame &frame)
{
    int &unanswered = m_unanswered[frame.id];
    if (unanswered <= 0)
        oracle.failed(QStringLiteral("more answers than requests with id %1 (%2)")
                          .arg(frame.id)
                          .arg(frame.type));
    --unanswered;
    if (frame.kind == FrameKind::Error) {
        oracle.require(frame.wireError().has_value(), "an error has a known name");
        return;
    }
    const auto decodes = decoders().replies.value(frame.type);
    if (!decodes || !decodes(frame.payload))
        oracle.failed(QStringLiteral("a %1 response does not decode as its reply: %2")
                          .arg(frame.type, hexPreview(QCborValue(frame.payload).toCbor())));
    if (needsAuthentication(frame.type)) {
        int &signedIn = m_authenticatedRequests[frame.id];
        if (signedIn <= 0)
            oracle.failed(QStringLiteral("a response to a %1 request made before signing in")
                              .arg(frame.type));
        --signedIn;
    }
}

void SessionProbe::checkEvent(const Frame &frame)
{
    const auto decodes = decoders().events.value(frame.type);
    if (!decodes || !decodes(frame.payload))
        oracle.failed(QStringLiteral("a %1 event does not decode as its type: %2")
                          .arg(frame.type, hexPreview(QCborValue(frame.payload).toCbor())));
    if (frame.type == wire::Hello) {
        oracle.require(!m_hello, "one hello, first");
        m_hello = frame;
        return;
    }
    oracle.require(m_session->isAuthenticated(), "events go to signed-in sessions only");
    if (frame.type == wire::Message) {
        const qint64 seq = api::MessageEvent::decode(frame.payload)->seq;
        oracle.require(seq > m_lastPushedSeq, "pushed messages come in increasing seq order");
        m_lastPushedSeq = seq;
    } else if (frame.type == wire::BacklogEnd) {
        oracle.require(!m_backlogEnded, "backlog-end comes once per connection");
        m_backlogEnded = true;
    }
}

void SessionProbe::checkQueues()
{
    const int longest = m_rig.longestQueue({alice().device, bob().device});
    oracle.require(longest >= 0 && longest <= m_rig.limits().maxQueuedPerDevice,
                   "a device's queue stays within max-queued-per-device");
}

} // namespace cardinal::fuzzing
