// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "storage.h"
#include "storage/sqlitedatabase.h"

#include <QVariant>

#include <initializer_list>
#include <memory>

namespace cardinal::server {

//! Storage in one SQLite file (WAL journal), through QtSql's QSQLITE driver.
//!
//! Each instance owns a connection of its own, so several may be open at once (in tests, or
//! on different files). Every method is a single transaction. Beyond the Storage contract:
//! - inserting what exists already (a card, device or group id, a member) and naming what
//!   does not exist (revoking an unknown card or device, setting attempts of a missing code,
//!   changing members of an unknown channel or of a direct channel) are InvalidArgument;
//! - removing what is absent already (deleteCode(), removeMember() of a non-member) is a
//!   successful no-op;
//! - cards and devices must be stored unrevoked, and a device only joins an active card;
//! - a message queued for nobody is given a seq and deleted at once (nothing will ack it);
//!   the duplicate check of storeMessage() therefore covers messages still queued somewhere;
//! - purgeExpired() drops codes and nonces whose expiry lies strictly before `nowSeconds`;
//! - a direct channel's id is the first 16 bytes of SHA-256("cardinal direct channel" || 0x00
//!   || min(a, b) || 0x00 || max(a, b)), identities as UTF-8 ordered bytewise; directChannel()
//!   refuses (InvalidArgument) if a group was created under that id.
class SqliteStorage final : public Storage
{
public:
    //! How far a successful return is durable: Normal survives a crash or kill of the
    //! process, Full also a power loss (see storage::Synchronous).
    using Durability = storage::Synchronous;

    //! Opens (creating it with mode 0600 if missing) and migrates the database at
    //! `databasePath`. CorruptFile if the file is not an SQLite database or not one of ours,
    //! UnsupportedVersion if its schema is newer than this build, IoError otherwise.
    [[nodiscard]] static Result<std::unique_ptr<SqliteStorage>>
    open(const QString &databasePath, Durability durability = Durability::Normal);

    ~SqliteStorage() override;
    SqliteStorage(const SqliteStorage &) = delete;
    SqliteStorage &operator=(const SqliteStorage &) = delete;

    //! The schema version this build creates and understands.
    [[nodiscard]] static int schemaVersion();

    [[nodiscard]] Result<std::optional<StoredCard>> activeCard(const QString &identity) override;
    [[nodiscard]] Result<std::optional<StoredCard>> card(const protocol::CardId &id) override;
    [[nodiscard]] Result<void> publishCard(const StoredCard &card,
                                           const StoredDevice &firstDevice) override;
    [[nodiscard]] Result<void> revokeCard(const protocol::CardId &id) override;
    [[nodiscard]] Result<QList<StoredDevice>> devices(const protocol::CardId &card,
                                                      bool includeRevoked) override;
    [[nodiscard]] Result<std::optional<StoredDevice>> device(const protocol::DeviceId &id) override;
    [[nodiscard]] Result<void> addDevice(const StoredDevice &device) override;
    [[nodiscard]] Result<void> revokeDevice(const protocol::DeviceId &id,
                                            const QByteArray &revocation) override;

    [[nodiscard]] Result<void> putCode(const QString &identity, const QString &purpose,
                                       const PendingCode &code) override;
    [[nodiscard]] Result<std::optional<PendingCode>> code(const QString &identity,
                                                          const QString &purpose) override;
    [[nodiscard]] Result<void> setCodeAttempts(const QString &identity, const QString &purpose,
                                               int attemptsLeft) override;
    [[nodiscard]] Result<void> deleteCode(const QString &identity, const QString &purpose) override;
    [[nodiscard]] Result<bool> consumeToken(const QByteArray &nonce, qint64 expiresAt) override;

    [[nodiscard]] Result<void> putBackup(const QString &identity, const QByteArray &blob) override;
    [[nodiscard]] Result<std::optional<QByteArray>> backup(const QString &identity) override;

    [[nodiscard]] Result<Channel> directChannel(const QString &a, const QString &b) override;
    [[nodiscard]] Result<void> createGroup(const Channel &group) override;
    [[nodiscard]] Result<std::optional<Channel>> channel(const QByteArray &id) override;
    [[nodiscard]] Result<void> addMember(const QByteArray &channelId,
                                         const QString &identity) override;
    [[nodiscard]] Result<void> renameGroup(const QByteArray &channelId,
                                           const QString &name) override;
    [[nodiscard]] Result<void> removeMember(const QByteArray &channelId,
                                            const QString &identity) override;
    [[nodiscard]] Result<QList<Channel>> groupsOf(const QString &identity) override;
    [[nodiscard]] Result<QStringList> peersOf(const QString &identity) override;

    [[nodiscard]] Result<StoredMessage> storeMessage(const NewMessage &message) override;
    [[nodiscard]] Result<QList<QueuedMessage>> queue(const protocol::DeviceId &device,
                                                     qint64 afterSeq, int limit) override;
    [[nodiscard]] Result<int> queueLength(const protocol::DeviceId &device) override;
    using Storage::ack;
    [[nodiscard]] Result<QList<AckedMessage>> ack(const protocol::DeviceId &device,
                                                  const QList<qint64> &seqs) override;
    [[nodiscard]] Result<void> purgeExpired(qint64 nowSeconds) override;
    [[nodiscard]] Result<void> appendLogEpoch(const QList<StoredLogEntry> &entries,
                                              const QByteArray &checkpoint,
                                              qint64 checkpointSize) override;
    [[nodiscard]] Result<QList<StoredLogEntry>> logEntries(qint64 fromIndex, int limit) override;
    [[nodiscard]] Result<QList<StoredLogEntry>> logEntriesAt(const QList<qint64> &indices) override;
    [[nodiscard]] Result<std::optional<StoredLogEntry>>
    latestLogEntryOfCard(const protocol::CardId &card) override;
    [[nodiscard]] Result<std::optional<QByteArray>> latestCheckpoint() override;
    [[nodiscard]] Result<QList<QByteArray>> checkpoints(qint64 afterSize, qint64 upToSize,
                                                        int limit) override;
    [[nodiscard]] Result<QStringList> cardIdentities() override;

private:
    using Change = storage::SqliteDatabase::Change;
    using Row = storage::SqliteDatabase::Row;

    //! An explicit transaction, rolled back unless committed: begin() (BEGIN IMMEDIATE)
    //! for writes, so a writer never fails half-way on a lock upgrade; begin(Mode::Read)
    //! (plain BEGIN) for reads that need one snapshot across statements.
    class Transaction : public storage::SqliteDatabase::Transaction
    {
    public:
        explicit Transaction(SqliteStorage &owner)
            : storage::SqliteDatabase::Transaction(*owner.m_db)
        {
        }
    };

    explicit SqliteStorage(std::unique_ptr<storage::SqliteDatabase> database);

    //! Runs a write statement with `values` bound in order (prepared once, then reused).
    [[nodiscard]] Result<Change> change(const QString &sql,
                                        std::initializer_list<QVariant> values = {})
    {
        return m_db->change(sql, values);
    }
    //! Runs a query with `values` bound in order and returns all its rows.
    [[nodiscard]] Result<QList<Row>> select(const QString &sql,
                                            std::initializer_list<QVariant> values = {})
    {
        return m_db->select(sql, values);
    }

    //! Drops what is queued for revoked devices (they will never ack it) and the messages
    //! left queued for nobody. Runs inside the caller's transaction.
    [[nodiscard]] Result<void> dropQueuesOfRevokedDevices();
    //! One message of an ack() batch, inside the caller's transaction.
    [[nodiscard]] Result<std::optional<AckedMessage>> ackOne(const protocol::DeviceId &device,
                                                             qint64 seq);
    //! The first column of the first row of a query as bytes, or nothing without a row.
    [[nodiscard]] Result<std::optional<QByteArray>>
    optionalBytes(const QString &sql, std::initializer_list<QVariant> values = {});
    [[nodiscard]] Result<std::optional<StoredCard>> oneCard(const QString &sql,
                                                            const QVariant &key);
    [[nodiscard]] static Result<StoredDevice> deviceFromRow(const Row &row);
    [[nodiscard]] Result<std::optional<Channel>> readChannel(const QByteArray &id);
    //! Runs `sql` (bound to channel id, identity) on a group's members, in one transaction;
    //! InvalidArgument for a direct channel, whose members are fixed.
    [[nodiscard]] Result<void> changeGroupMembers(const QByteArray &channelId,
                                                  const QString &identity, const QString &sql);
    //! The kind of channel `id`; InvalidArgument when there is none.
    [[nodiscard]] Result<ChannelKind> channelKind(const QByteArray &id);

    std::unique_ptr<storage::SqliteDatabase> m_db;
};

} // namespace cardinal::server
