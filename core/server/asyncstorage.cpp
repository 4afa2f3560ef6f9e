// SPDX-License-Identifier: GPL-3.0-or-later
#include "asyncstorage.h"

#include <QPointer>
#include <QSemaphore>
#include <QThread>

#include <atomic>

namespace cardinal::server {

struct AsyncStorage::Worker : QObject
{
    std::unique_ptr<Storage> storage;
    std::atomic<int> backlog{0};
};

AsyncStorage::AsyncStorage()
    : m_thread(std::make_unique<QThread>()), m_worker(std::make_unique<Worker>()),
      m_home(std::make_unique<QObject>())
{
    m_thread->setObjectName(QStringLiteral("storage"));
    m_worker->moveToThread(m_thread.get());
    m_thread->start();
}

Result<std::unique_ptr<AsyncStorage>> AsyncStorage::start(Opener open)
{
    std::unique_ptr<AsyncStorage> storage(new AsyncStorage());
    std::optional<Error> failure;
    Worker *worker = storage->m_worker.get();
    QSemaphore opened;
    QMetaObject::invokeMethod(
        worker,
        [&] {
            auto created = open();
            if (created)
                worker->storage = std::move(*created);
            else
                failure = created.error();
            opened.release();
        },
        Qt::QueuedConnection);
    opened.acquire();
    if (failure)
        return fail(*failure);
    return storage;
}

AsyncStorage::~AsyncStorage()
{
    // Posted after every unit submitted so far, so those run first; the storage closes on
    // the thread that opened it.
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker,
        [worker] {
            worker->storage.reset();
            QThread::currentThread()->quit();
        },
        Qt::QueuedConnection);
    m_thread->wait();
}

int AsyncStorage::backlog() const
{
    return m_worker->backlog.load(std::memory_order_relaxed);
}

void AsyncStorage::post(QObject *context, Job job)
{
    Q_ASSERT(context && context->thread() == m_home->thread());
    Q_ASSERT(QThread::currentThread() == m_home->thread());
    Worker *worker = m_worker.get();
    worker->backlog.fetch_add(1, std::memory_order_relaxed);
    // The guard is copied across threads but only read back here, on its own thread.
    QMetaObject::invokeMethod(
        worker,
        [worker, home = m_home.get(), guard = QPointer<QObject>(context),
         job = std::move(job)]() mutable {
            Completion completion = job(*worker->storage);
            worker->backlog.fetch_sub(1, std::memory_order_relaxed);
            // `home` outlives this thread's work: the destructor stops the thread first.
            QMetaObject::invokeMethod(
                home,
                [guard = std::move(guard), completion = std::move(completion)] {
                    if (guard)
                        completion();
                },
                Qt::QueuedConnection);
        },
        Qt::QueuedConnection);
}

void AsyncStorage::runBlocking(const std::function<void(Storage &)> &work)
{
    Worker *worker = m_worker.get();
    QMetaObject::invokeMethod(
        worker, [worker, &work] { work(*worker->storage); }, Qt::BlockingQueuedConnection);
}

} // namespace cardinal::server
