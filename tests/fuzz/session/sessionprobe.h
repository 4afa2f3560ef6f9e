// SPDX-License-Identifier: GPL-3.0-or-later
// One real Session over a MemoryTransport, fed as a client would feed it, and checked after
// every step against what a session must never do (docs/fuzzing.md, fuzz_session):
// - everything it sends is a frame that decodes, and every reply and event payload decodes
//   with its type's decoder;
// - every request gets at most one answer with its id, and exactly one once storage has
//   settled, unless the session closed or dropped the connection;
// - while unauthenticated, a request that needs authentication gets no response: its one
//   answer, given at once, is the error `unauthenticated` (or `rate-limited`, checked
//   first);
// - pushed messages come in increasing seq order, at most Session::QueueWindow of them
//   unacknowledged, with one `backlog-end` at most;
// - no device's queue in storage grows beyond the configured limit.
#pragma once

#include "sessionrig.h"

#include "fixtures.h"
#include "protocol/frames.h"
#include "server/memorytransport.h"
#include "server/session.h"

#include <QHash>

#include <memory>
#include <optional>

namespace cardinal::fuzzing {

class SessionProbe
{
public:
    explicit SessionProbe(SessionRig &rig);
    //! Checks that every request was answered, then ends the session.
    ~SessionProbe();
    SessionProbe(const SessionProbe &) = delete;
    SessionProbe &operator=(const SessionProbe &) = delete;

    //! A binary message from the client; storage settles afterwards when `settle` is set
    //! (otherwise its answers may come after later messages).
    void sendBinary(const QByteArray &message, bool settle);
    void sendText(const QString &message);
    void sendPong();
    void stopReading();
    void drain();
    //! Signs in as `person` with a proof over this session's challenge.
    void authenticateAs(const FuzzPerson &person);
    //! Lets storage settle and checks what came meanwhile.
    void settle();

private:
    //! Takes what the session sent since the last look and checks each frame.
    QList<protocol::Frame> collect();
    void check(const protocol::Frame &frame);
    void checkAnswer(const protocol::Frame &frame);
    void checkEvent(const protocol::Frame &frame);
    void checkQueues();
    [[nodiscard]] bool connectionEnded() const;

    SessionRig &m_rig;
    server::MemoryTransport *m_transport; //!< owned by m_session
    std::unique_ptr<server::Session> m_session;
    std::optional<protocol::Frame> m_hello;
    QHash<quint64, int> m_unanswered;            //!< by request id
    QHash<quint64, int> m_authenticatedRequests; //!< by id: needing auth, made signed in
    qint64 m_lastPushedSeq = 0;
    bool m_backlogEnded = false;
};

} // namespace cardinal::fuzzing
