// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "connection.h"
#include "ktstore.h"
#include "kttypes.h"
#include "protocol/api/directory.h"
#include "protocol/cardbundle.h"

#include <QObject>
#include <QSet>

#include <deque>
#include <functional>
#include <set>

namespace cardinal::client {

//! The client's side of key transparency (docs/key-transparency.md, "What a client
//! checks"): every directory answer is checked against the server's log before its card is
//! used, every checkpoint seen must extend the one held, and the profile's own address is
//! watched for keys none of its devices made. Whatever contradicts itself is stored as
//! evidence (KtStore) and announced with alertRaised(); the card is not used.
//!
//! Without pinned log keys (a server from before the log) nothing is checked. Lives on the
//! connection's thread.
class KtVerifier : public QObject
{
    Q_OBJECT

public:
    //! `server` names the server in evidence (its URL).
    KtVerifier(Connection &connection, KtStore &store, QString server, QObject *parent = nullptr);

    void setLogKeys(std::optional<protocol::kt::LogKeys> keys) { m_keys = std::move(keys); }
    void setServer(QString server) { m_server = std::move(server); }
    [[nodiscard]] const std::optional<protocol::kt::LogKeys> &logKeys() const { return m_keys; }

    //! Called with nothing once the answer checks out, with the seconds to wait when the
    //! card is not in a checkpoint yet (ask again then), or with why it must not be used:
    //! ProofFailed (evidence stored) or the errors of the proof's parts.
    using Checked = std::function<void(Result<std::optional<qint64>>)>;
    //! Checks a `lookup` (of `identity`) or `lookup-card` answer whose bundle has been
    //! verified already (`bundle`).
    void checkLookup(const protocol::api::CardLookup &lookup, const protocol::CardBundle &bundle,
                     Checked done);

    //! Checks that `checkpoint` and the held one are of one log (a consistency proof, or
    //! equal roots at one size), then holds the newer. Checks run one at a time.
    void checkCheckpoint(const transparency::SignedCheckpoint &checkpoint,
                         std::function<void(Result<void>)> done);

    //! The held checkpoint as the signed note to gossip in outgoing messages; empty
    //! without a log or before the first checkpoint.
    [[nodiscard]] QByteArray gossip() const;

    //! Checks a checkpoint `sender` gossiped in a message they signed against the held one,
    //! as checkCheckpoint() does; but a contradiction here means the server shows `sender`
    //! and us different logs: a SplitView naming the server and `sender`. A note that is
    //! not this log's checkpoint (another log's, a bad signature) says nothing about the
    //! server and is ignored. Gossip that could not be checked for want of a link is checked
    //! again once the connection is back; a note already found consistent, or already
    //! caught, is not checked again.
    void checkGossip(const QByteArray &note, const QString &sender,
                     std::function<void(Result<void>)> done = {});

    //! Calls `done` once no checkpoint check is queued or running (at once when none is):
    //! for a one-shot client that must not exit with gossip half checked.
    void whenIdle(std::function<void()> done);

    //! Every change the log holds for `identity`, oldest first, each checked.
    void history(const QString &identity, std::function<void(Result<KtAddressHistory>)> done);

    //! Reads the changes of the profile's own address since the last check and raises an
    //! alert for any card that is not `ownCard` from the first entry holding it on. The
    //! number of alerts raised.
    void watchOwnAddress(const QString &identity, const protocol::CardId &ownCard,
                         std::function<void(Result<int>)> done);

Q_SIGNALS:
    void alertRaised(const cardinal::client::KtEvidence &evidence);

private:
    struct CheckpointCheck
    {
        transparency::SignedCheckpoint checkpoint;
        QString gossipedBy; //!< whose message carried it; empty for the server's own answers
        std::function<void(Result<void>)> done;
    };
    struct PendingGossip
    {
        QByteArray note;
        QString sender;
        int attempts = 0; //!< answers "busy, ask later" so far
    };
    //! Whether the server says it cannot answer now: worth asking again later.
    [[nodiscard]] static bool serverBusy(ErrorCode code);
    void enqueueCheck(CheckpointCheck check);
    void runNextCheck();
    void finishCheck(Result<void> outcome);
    void compareWithHeld(const CheckpointCheck &check, std::function<void(Result<void>)> done);
    void checkGossip(PendingGossip gossip, std::function<void(Result<void>)> done);
    void gossipChecked(PendingGossip gossip, const Result<void> &outcome);
    void retryPendingGossip();
    void historyFrom(const QString &identity, std::uint64_t since, KtAddressHistory sofar,
                     std::function<void(Result<KtAddressHistory>)> done);
    //! Stores evidence, announces it, and returns the ProofFailed to fail with.
    Failure caught(KtEvidence::Kind kind, const QString &subject, const QString &detail,
                   QList<QByteArray> statements);

    Connection &m_connection;
    KtStore &m_store;
    QString m_server;
    std::optional<protocol::kt::LogKeys> m_keys;
    std::deque<CheckpointCheck> m_checks;
    bool m_checking = false;
    protocol::kt::LabelCache m_labels;   //!< VRF proofs checked already
    std::set<QByteArray> m_settledGossip;
    QSet<QString> m_gossipInQueue;        //!< senders whose gossip is being checked   //!< notes found consistent or caught already
    QList<PendingGossip> m_pendingGossip; //!< unchecked for want of a link
    QList<std::function<void()>> m_idleWaiters;
};

} // namespace cardinal::client
