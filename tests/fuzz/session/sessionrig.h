// SPDX-License-Identifier: GPL-3.0-or-later
// The server's parts for the session fuzz target, made once per process and wired as
// ChannelServer wires them (see ServerParts in tests/unit/servicetesting.h): SQLite storage
// on its own thread in a temporary directory, server keys, the identity verifier, an event
// bus, limits and the dispatcher. Alice's and bob's cards (fuzzing::alice(), bob()) are
// published at start, and alice keeps messages queued for bob, so that a session signing
// in as bob pushes a queue in windows however much earlier inputs acknowledged.
#pragma once

#include "server/asyncstorage.h"
#include "server/codedelivery.h"
#include "server/dispatcher.h"
#include "server/eventbus.h"
#include "server/identityverifier.h"
#include "server/servercontext.h"
#include "server/serverkeys.h"

#include <QTemporaryDir>

#include <memory>
#include <optional>

namespace cardinal::fuzzing {

//! The server's clock in the rig: fixed, so that the same input does the same thing.
inline constexpr qint64 RigTimeSeconds = 1'800'000'000;
//! Messages alice keeps waiting for bob: more than a session pushes at once
//! (Session::QueueWindow).
inline constexpr int PrequeuedMessages = 300;
//! The most messages one top-up adds, so that an input after one that acknowledged
//! everything does not pay for a whole queue.
inline constexpr int MaxTopUp = 32;

class SessionRig
{
public:
    //! Everything set up, or a message on stderr and abort(): a target cannot run without.
    SessionRig();
    ~SessionRig();

    [[nodiscard]] server::ServerContext &context() { return *m_context; }
    [[nodiscard]] server::Dispatcher &dispatcher() { return *m_dispatcher; }
    [[nodiscard]] server::AsyncStorage &storage() { return *m_storage; }
    [[nodiscard]] const server::ServerLimits &limits() const { return m_limits; }

    //! Lets the storage run what was submitted and hands its results back, round after
    //! round until one finds nothing to hand back (a result may submit more work). No
    //! timers run, so the same frames always meet the same storage answers.
    void settle();
    //! Queues messages from alice for bob until PrequeuedMessages wait, at most MaxTopUp
    //! at a time (all of them when the rig starts).
    void topUpBobsQueue(int atMost = MaxTopUp);
    //! How many messages wait in storage for the one of `devices` with the most; -1 when
    //! storage cannot say.
    [[nodiscard]] int longestQueue(const QList<protocol::DeviceId> &devices);

private:
    void publishFixtureCards();

    class EventCounter;

    QTemporaryDir m_dir;
    std::unique_ptr<EventCounter> m_delivered; //!< events the event loop delivers
    std::unique_ptr<server::AsyncStorage> m_storage;
    std::optional<server::ServerKeys> m_keys;
    std::unique_ptr<server::CodeDelivery> m_codes;
    std::unique_ptr<server::IdentityVerifier> m_verifier;
    std::unique_ptr<server::TransparencyService> m_transparency;
    server::LocalEventBus m_events;
    server::ServerLimits m_limits;
    std::unique_ptr<server::ServerContext> m_context;
    std::unique_ptr<server::Dispatcher> m_dispatcher;
    int m_messagesQueued = 0; //!< names every message alice queues, so none repeats
    //! One envelope from alice to bob, sealed once; each queued message is a copy with its
    //! own message id written over the template's (at m_idOffset). The server reads only the
    //! header, so sealing anew for every message would only slow the fuzzer down.
    QByteArray m_template;
    qsizetype m_idOffset = -1;
};

} // namespace cardinal::fuzzing
