// SPDX-License-Identifier: GPL-3.0-or-later
#include "historywriter.h"

#include <QLoggingCategory>

#include <memory>
#include <optional>

namespace cardinal::client {

Q_LOGGING_CATEGORY(lcHistoryWriter, "cardinal.history.writer")

//! The connection and the store over it; made, used and destroyed on the writer's thread.
class HistoryWriter::Worker : public QObject
{
public:
    void open(const QString &directory, const StorageKey &storageKey)
    {
        auto database = ProfileDatabase::open(directory, storageKey);
        if (!database) {
            m_openError = database.error();
            return;
        }
        m_database = std::move(*database);
        m_history.emplace(*m_database);
    }

    [[nodiscard]] Result<QList<HistoryMessage>> store(const QList<HistoryMessage> &messages)
    {
        if (!m_history)
            return fail(m_openError.value_or(Error{ErrorCode::IoError, QString()}));
        return m_history->addMessages(messages);
    }

    [[nodiscard]] bool isOpen() const { return m_history.has_value(); }

private:
    std::optional<Error> m_openError;
    std::unique_ptr<ProfileDatabase> m_database;
    std::optional<HistoryStore> m_history; // destroyed before m_database
};

HistoryWriter::HistoryWriter(const QString &directory, const StorageKey &storageKey,
                             QObject *parent)
    : QObject(parent), m_worker(new Worker)
{
    m_thread.setObjectName(QStringLiteral("cardinal history writer"));
    m_worker->moveToThread(&m_thread);
    // Deferred deletions still run on a thread whose event loop has stopped.
    connect(&m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread.start();
    QMetaObject::invokeMethod(m_worker, [this, worker = m_worker, directory, storageKey] {
        worker->open(directory, storageKey);
        if (!worker->isOpen()) {
            qCWarning(lcHistoryWriter) << "cannot open a second connection to the profile"
                                          " database";
            m_failedToOpen = true;
        }
    });
}

HistoryWriter::~HistoryWriter()
{
    m_thread.quit();
    m_thread.wait();
}

void HistoryWriter::store(QList<HistoryMessage> messages, Done done)
{
    auto write = [this, worker = m_worker, messages = std::move(messages), done = std::move(done)] {
        Result<QList<HistoryMessage>> stored = worker->store(messages);
        // Posted to this object: dropped, not called, once it is gone.
        QMetaObject::invokeMethod(this, [done, stored = std::move(stored)] { done(stored); });
    };
    QMetaObject::invokeMethod(m_worker, std::move(write));
}

} // namespace cardinal::client
