// SPDX-License-Identifier: GPL-3.0-or-later
// Shared by the conversation GUI suites: a local profile (no server) opened as a Messenger,
// and made-up timeline entries to fill its history with.
#pragma once

#include "client/messenger.h"
#include "client/messengerinternals.h"
#include "client/profile.h"
#include "resultchecks.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

namespace cardinal::testing {

inline const QString LocalIdentity = QStringLiteral("alice@example.org");
inline const QString PeerIdentity = QStringLiteral("bob@example.org");
inline const QString MemberIdentity = QStringLiteral("carol@example.org");

inline crypto::SecureBuffer localPassphrase()
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView("correct horse battery staple"));
}

//! A new profile in `directory`, opened; nullptr after a failed check.
inline std::unique_ptr<client::Messenger> createLocalMessenger(const QString &directory)
{
    client::ProfileSetup setup;
    setup.identity = LocalIdentity;
    setup.deviceLabel = QStringLiteral("laptop");
    auto profile = client::Profile::create(directory, setup, localPassphrase());
    if (!profile) {
        qWarning("create failed: %s", errorText(profile).constData());
        return nullptr;
    }
    auto messenger = client::Messenger::open(directory, localPassphrase());
    if (!messenger) {
        qWarning("open failed: %s", errorText(messenger).constData());
        return nullptr;
    }
    return std::move(*messenger);
}

//! A message id distinct for each (`n`, `salt`).
inline protocol::MessageId madeUpId(quint32 n, quint8 salt = 0)
{
    std::array<std::uint8_t, 16> bytes{};
    for (int i = 0; i < 4; ++i)
        bytes[std::size_t(i)] = std::uint8_t(n >> (8 * i));
    bytes[14] = salt;
    bytes[15] = 0x5A;
    return protocol::MessageId(bytes);
}

//! Entry `n` of `ref` at `atMs`: incoming from the peer (or from carol in a group), every
//! third one outgoing and delivered.
inline client::HistoryMessage madeUpMessage(quint32 n, const client::ConversationRef &ref,
                                            qint64 atMs, quint8 salt = 0)
{
    client::HistoryMessage m;
    m.id = madeUpId(n, salt);
    m.conversation = ref;
    const bool outgoing = n % 3 == 0;
    m.direction = outgoing ? client::Direction::Outgoing : client::Direction::Incoming;
    m.sender =
        outgoing ? LocalIdentity
                 : (ref.kind == client::ConversationRef::Kind::Direct ? ref.peer : MemberIdentity);
    m.body =
        QStringLiteral("Message %1: the walrus said it would bring the marmalade.").arg(n).toUtf8();
    m.sentAtMs = m.receivedAtMs = atMs;
    m.state = outgoing ? client::MessageState::Delivered : client::MessageState::Received;
    m.delivered = m.total = outgoing ? 1 : 0;
    return m;
}

//! Adds an incoming message `n` to `ref`, received now, as the inbox would, and announces
//! it with Messenger::messagesAdded.
inline protocol::MessageId arriveNow(client::Messenger &messenger, quint32 n,
                                     const client::ConversationRef &ref)
{
    client::HistoryMessage m = madeUpMessage(n, ref, QDateTime::currentMSecsSinceEpoch(), 7);
    m.direction = client::Direction::Incoming;
    m.sender = ref.kind == client::ConversationRef::Kind::Direct ? ref.peer : MemberIdentity;
    m.state = client::MessageState::Received;
    m.delivered = m.total = 0;
    auto added = client::MessengerInternals::history(messenger).addMessage(m);
    if (!added || !*added)
        qWarning("arriveNow: message %u not added", n);
    client::MessengerInternals::announceAdded(messenger, {m.id});
    return m.id;
}

} // namespace cardinal::testing
