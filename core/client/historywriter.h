// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "historystore.h"
#include "profiledatabase.h"

#include <QObject>
#include <QThread>

#include <atomic>
#include <functional>

namespace cardinal::client {

//! Adds messages to a profile's history on a thread of its own, so that sealing the rows
//! and the commit's fsync (synchronous=FULL) keep off the thread that asked.
//!
//! The thread opens a ProfileDatabase connection of its own to the same file (a QtSql
//! connection belongs to the thread that made it); WAL lets the owner's connection read
//! while this one writes, and the two take turns for writing (BEGIN IMMEDIATE waits for the
//! other's commit). Whatever one connection commits, the next read of the other sees.
//!
//! Batches are written one at a time in the order store() was called, and each `done` is
//! called on the owner's thread in that order, after the commit. Made, used and destroyed
//! on one thread (the owner's); only the writing happens on its own.
class HistoryWriter : public QObject
{
    Q_OBJECT

public:
    //! What a store() comes to: the messages that were new, as HistoryStore::addMessages().
    using Done = std::function<void(Result<QList<HistoryMessage>>)>;

    //! Starts the thread and opens the database of the profile in `directory` there, with
    //! `storageKey` (see ProfileDatabase::open()).
    HistoryWriter(const QString &directory, const StorageKey &storageKey,
                  QObject *parent = nullptr);
    //! Waits for the batch being written (its `done` is not called), drops those not begun,
    //! and closes the connection on its thread.
    ~HistoryWriter() override;
    HistoryWriter(const HistoryWriter &) = delete;
    HistoryWriter &operator=(const HistoryWriter &) = delete;

    //! Adds `messages` in one transaction, all or nothing, on the writer's thread, then calls
    //! `done` here. The error of opening the database, if that failed (see failedToOpen()).
    void store(QList<HistoryMessage> messages, Done done);

    //! True once the thread could not open its connection: every store() then fails, and
    //! the owner should store on its own connection instead.
    [[nodiscard]] bool failedToOpen() const { return m_failedToOpen.load(); }

private:
    class Worker;

    QThread m_thread;
    Worker *m_worker; //!< lives on m_thread, deleted there when it finishes
    std::atomic<bool> m_failedToOpen{false};
};

} // namespace cardinal::client
