// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: the key-transparency log (docs/key-transparency.md): pinning its keys,
// checking every card against it, watching our own address, and what was caught.
#include "messenger_p.h"

#include "transparency/checkpoint.h"

#include <memory>

namespace cardinal::client {

namespace {
constexpr auto OwnWatchInterval = std::chrono::hours(24);
} // namespace

void Messenger::wireTransparency()
{
    Parts &p = *m_parts;
    p.connection.setPinnedLogKeys(p.settings.transparency);
    p.verifier.setLogKeys(p.settings.transparency);
    p.directory.setVerifier(&p.verifier);
    connect(&p.connection, &Connection::logKeysLearned, this,
            [this](const protocol::kt::LogKeys &keys) {
                m_parts->settings.transparency = keys;
                m_parts->verifier.setLogKeys(keys);
                if (auto ok = m_parts->settings.save(m_parts->profile.directory()); !ok)
                    qCWarning(lcMessenger)
                        << "cannot pin the log's keys:" << ok.error().message();
            });
    connect(&p.verifier, &KtVerifier::alertRaised, this, &Messenger::transparencyAlert);
    connect(&p.ktWatch, &QTimer::timeout, this, [this] {
        if (m_parts->connection.state() != Connection::State::Disconnected && isRegistered())
            watchOwnAddress();
    });
    p.ktWatch.start(OwnWatchInterval);
}

void Messenger::watchOwnAddress()
{
    checkOwnAddress(this, [](Result<int> alerts) {
        if (!alerts)
            qCInfo(lcMessenger) << "could not watch our own address in the log:"
                                << alerts.error().message();
    });
}

void Messenger::checkOwnAddress(QObject *context, Done<int> done)
{
    // One look at a time: two at once would judge the same entries twice. Who asks while
    // one runs gets its answer.
    Parts &p = *m_parts;
    p.ownWatchWaiting.append(guarded(context, std::move(done)));
    if (p.ownWatchWaiting.size() > 1)
        return;
    const auto answerAll = [this](Result<int> alerts) {
        const QList<Done<int>> waiting = std::exchange(m_parts->ownWatchWaiting, {});
        for (const Done<int> &waiter : waiting)
            waiter(alerts);
    };
    p.verifier.watchOwnAddress(p.profile.identity(), p.profile.cardId(),
                               [this, answerAll](Result<int> alerts) {
                                   // Signing in is refused once our card was replaced
                                   // behind our back: exactly when we must look. The log is
                                   // read without signing in, on a link of its own.
                                   if (!alerts && alerts.error().code == ErrorCode::Forbidden)
                                       return watchWithoutSigningIn(this, answerAll);
                                   answerAll(std::move(alerts));
                               });
}

void Messenger::watchWithoutSigningIn(QObject *context, Done<int> done)
{
    Parts &p = *m_parts;
    auto *link = new Connection(p.settings.url, this);
    link->setAutoReconnect(false);
    link->setPinnedAuthority(p.settings.authority);
    link->setPinnedLogKeys(p.settings.transparency);
    auto *verifier = new KtVerifier(*link, p.kt, p.settings.url.toString(), link);
    verifier->setLogKeys(p.settings.transparency);
    connect(verifier, &KtVerifier::alertRaised, this, &Messenger::transparencyAlert);
    auto finish = std::make_shared<Done<int>>(guarded(context, std::move(done)));
    const auto answer = [link, finish](Result<int> outcome) {
        if (!*finish)
            return;
        const Done<int> once = std::exchange(*finish, {});
        link->deleteLater();
        once(std::move(outcome));
    };
    connect(link, &Connection::failed, this, [answer](const Error &error) { answer(fail(error)); });
    connect(link, &Connection::stateChanged, this,
            [this, link, verifier, answer](Connection::State state) {
                if (state == Connection::State::Disconnected)
                    return answer(fail(link->problem().value_or(
                        Error{ErrorCode::Unreachable, QStringLiteral("the link dropped")})));
                if (state != Connection::State::Connected)
                    return;
                verifier->watchOwnAddress(m_parts->profile.identity(), m_parts->profile.cardId(),
                                          answer);
            });
    link->open();
}

void Messenger::keyHistory(const QString &identity, QObject *context,
                           Done<KtAddressHistory> done)
{
    auto canonical = protocol::normalizeEmail(identity);
    if (!canonical)
        return done(fail(canonical.error()));
    m_parts->verifier.history(*canonical, guarded(context, std::move(done)));
}

Result<Messenger::TransparencyStatus> Messenger::transparencyStatus()
{
    Parts &p = *m_parts;
    TransparencyStatus status;
    status.logKeysPinned = p.settings.transparency.has_value();
    if (p.settings.transparency)
        status.origin = p.settings.transparency->checkpoints.name;
    Result<std::optional<QByteArray>> held = p.kt.heldCheckpoint();
    if (!held)
        return fail(held.error());
    if (*held && p.settings.transparency) {
        auto opened = transparency::SignedCheckpoint::open(**held,
                                                           p.settings.transparency->checkpoints);
        if (opened) {
            status.heldSize = opened->checkpoint.size;
            status.heldNote = opened->note;
        }
    }
    Result<KtOwnWatch> watch = p.kt.ownWatch();
    if (!watch)
        return fail(watch.error());
    status.ownWatch = *watch;
    Result<QList<KtEvidence>> evidence = p.kt.evidence();
    if (!evidence)
        return fail(evidence.error());
    status.evidence = std::move(*evidence);
    for (const KtEvidence &caught : std::as_const(status.evidence))
        status.openAlerts += caught.open ? 1 : 0;
    return status;
}

void Messenger::transparencySettled(QObject *context, Done<void> done)
{
    m_parts->verifier.whenIdle(
        [done = guarded(context, std::move(done))] { done(Result<void>()); });
}

Result<void> Messenger::acknowledgeAlert(qint64 id)
{
    return m_parts->kt.acknowledge(id);
}

} // namespace cardinal::client
