// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessionrig.h"

#include "fixtures.h"
#include "fuzzsupport.h"

#include "protocol/envelope.h"
#include "server/sqlitestorage.h"
#include "server/transparencyservice.h"
#include "server/validationtoken.h"

#include <QCoreApplication>

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

[[noreturn]] void rigFailed(const QString &what)
{
    std::fprintf(stderr, "session rig: %s\n", qUtf8Printable(what));
    std::abort();
}

//! Codes go nowhere: nobody can type them in, and a console or mail would only slow the
//! fuzzer down.
class SilentDelivery final : public server::CodeDelivery
{
public:
    void deliver(const QString &, const QString &, const QString &, Completion done) override
    {
        done({});
    }
};

//! The caller a session of `person`'s device would be once signed in.
server::Caller signedIn(const FuzzPerson &person)
{
    return {true, person.cardId(), person.device, person.identity,
            person.identityKey.publicKey(), QStringLiteral("192.0.2.1")};
}

} // namespace

//! Counts the events delivered on the server's thread: a round of settle() that delivers
//! none has handed every storage result back.
class SessionRig::EventCounter final : public QObject
{
public:
    int count = 0;

protected:
    bool eventFilter(QObject *, QEvent *) override
    {
        ++count;
        return false;
    }
};

SessionRig::SessionRig()
    : m_dir(scratchDirectoryTemplate()), m_delivered(std::make_unique<EventCounter>())
{
    QCoreApplication::instance()->installEventFilter(m_delivered.get());
    if (!m_dir.isValid())
        rigFailed(QStringLiteral("no temporary directory"));
    const QString database = m_dir.filePath(QStringLiteral("server.db"));
    auto storage = server::AsyncStorage::start([database]() -> Result<std::unique_ptr<server::Storage>> {
        auto opened = server::SqliteStorage::open(database);
        if (!opened)
            return fail(opened.error());
        return std::unique_ptr<server::Storage>(std::move(*opened));
    });
    if (!storage)
        rigFailed(storage.error().message());
    m_storage = std::move(*storage);
    auto keys = server::ServerKeys::create(m_dir.path());
    if (!keys)
        rigFailed(keys.error().message());
    m_keys.emplace(std::move(*keys));
    m_codes = std::make_unique<SilentDelivery>();
    m_verifier = std::make_unique<server::IdentityVerifier>(*m_storage, *m_keys, *m_codes,
                                                            [] { return RigTimeSeconds; });
    // Small enough for a fuzzer to reach: a full queue, a reader too slow for the pushes.
    m_limits.maxQueuedPerDevice = 600;
    m_limits.maxPendingWriteBytes = 64 * 1024;
    const auto now = [] { return RigTimeSeconds * 1000; };
    auto transparency = server::TransparencyService::start(
        *m_storage, *m_keys, {QStringLiteral("fuzz/cardinal-kt")}, now);
    if (!transparency)
        rigFailed(transparency.error().message());
    m_transparency = std::move(*transparency);
    m_context = std::make_unique<server::ServerContext>(server::ServerContext{
        *m_storage, *m_keys, *m_verifier, *m_transparency, m_events, m_limits, now,
        QStringLiteral("fuzz")});
    m_dispatcher = std::make_unique<server::Dispatcher>(*m_context);
    publishFixtureCards();
    topUpBobsQueue(PrequeuedMessages);
}

SessionRig::~SessionRig()
{
    settle();
}

void SessionRig::settle()
{
    // wait() returns once every unit submitted before it has run and posted its result.
    for (int round = 0; round < 1000; ++round) {
        m_delivered->count = 0;
        (void)m_storage->wait([](server::Storage &) { return 0; });
        QCoreApplication::sendPostedEvents();
        if (m_delivered->count == 0 && m_storage->backlog() == 0)
            return;
    }
    rigFailed(QStringLiteral("storage work keeps coming after 1000 rounds"));
}

int SessionRig::longestQueue(const QList<protocol::DeviceId> &devices)
{
    return m_storage->wait([devices](server::Storage &storage) {
        int longest = 0;
        for (const protocol::DeviceId &device : devices) {
            const Result<int> length = storage.queueLength(device);
            if (!length)
                return -1;
            longest = std::max(longest, *length);
        }
        return longest;
    });
}

void SessionRig::publishFixtureCards()
{
    for (const FuzzPerson *person : {&alice(), &bob()}) {
        const server::ValidationToken token = server::ValidationToken::mint(
            m_keys->application, person->identity, protocol::wire::PurposeRegister,
            RigTimeSeconds, server::ValidationTokenLifetimeSeconds, crypto::systemRandom());
        std::optional<Result<protocol::api::PublishCard::Reply>> published;
        server::Caller anonymous;
        anonymous.connectionKey = QStringLiteral("192.0.2.1");
        m_dispatcher->directory().publishCard(
            anonymous, {token.encode(), person->bundle.encode()},
            [&published](Result<protocol::api::PublishCard::Reply> reply) {
                published.emplace(std::move(reply));
            });
        settle();
        if (!published || !*published)
            rigFailed(QStringLiteral("cannot publish the card of ") + person->identity +
                      (published ? QStringLiteral(": ") + published->error().message()
                                 : QStringLiteral(": no answer")));
    }
}

void SessionRig::topUpBobsQueue(int atMost)
{
    const int waiting = longestQueue({bob().device});
    const int missing = std::min(atMost, PrequeuedMessages - waiting);
    if (waiting < 0 || missing <= 0)
        return;
    const auto bobIdentity = protocol::Identity::parse(bob().identity);
    int stored = 0;
    if (m_template.isEmpty()) {
        m_template = fixtureEnvelope(alice(), {bob().recipient()}, "queued", "queued template");
        const auto header = protocol::readEnvelopeHeader(m_template);
        if (!header)
            rigFailed(QStringLiteral("the template envelope has no header"));
        m_idOffset = m_template.indexOf(header->messageId.view());
        if (m_idOffset < 0 || m_template.lastIndexOf(header->messageId.view()) != m_idOffset)
            rigFailed(QStringLiteral("the template's message id is not in it once"));
    }
    for (int i = 0; i < missing; ++i) {
        // A message id of its own each: re-sending an id is idempotent and queues nothing.
        QByteArray envelope = m_template;
        QByteArray id = QByteArray::number(m_messagesQueued++).rightJustified(
            qsizetype(protocol::MessageId::Size), '#');
        envelope.replace(m_idOffset, id.size(), id);
        m_dispatcher->relay().send(signedIn(alice()),
                                   {protocol::SendTarget::direct(*bobIdentity), envelope},
                                   [&stored](Result<protocol::api::Send::Reply> reply) {
                                       if (reply)
                                           ++stored;
                                   });
    }
    settle();
    if (stored != missing)
        rigFailed(QStringLiteral("stored %1 of %2 messages for bob").arg(stored).arg(missing));
}

} // namespace cardinal::fuzzing
