// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "storage.h"

#include <QObject>

#include <functional>
#include <memory>
#include <optional>
#include <type_traits>

class QThread;

namespace cardinal::server {

//! The server's storage, reached without waiting for it: the storage lives on a thread of
//! its own, and the server's thread hands it *units* of work and goes on serving.
//!
//! A unit is a function of the Storage that does everything one step of a request needs
//! (the reads that decide, then the writes) and returns a Result. It runs on the storage
//! thread; its result comes back to the thread that submitted it, through that thread's
//! event loop, and goes to `done`, unless `context` was destroyed meanwhile (then it is
//! dropped; the unit itself has run). So a request costs one round trip to the storage, not
//! one per query, and the event loop that serves every connection never waits on a disk.
//!
//! Units run one at a time, in the order they were submitted, and their results come back
//! in that order. The Storage behind stays synchronous and simple to implement (SQLite and
//! PostgreSQL through QtSql both block); batching units into one commit and a pool of
//! connections are this class's to add, without changing the services.
//!
//! What a unit may touch: only the Storage and what it holds by value or shared ownership.
//! It runs on another thread, and possibly after whoever submitted it is gone, so it must
//! not capture `this` of a service or a session, nor anything they own.
//!
//! Use from the thread that started it (the server's).
class AsyncStorage
{
public:
    //! Creates the Storage. Called on the storage thread: a QtSql connection belongs to the
    //! thread that opened it.
    using Opener = std::function<Result<std::unique_ptr<Storage>>()>;

    //! Starts the storage thread and opens the storage there with `open`, waiting for it
    //! (start-up only). Fails with whatever `open` failed with.
    [[nodiscard]] static Result<std::unique_ptr<AsyncStorage>> start(Opener open);

    //! Runs every unit submitted so far, closes the storage on its thread and stops that
    //! thread. Results not yet handed back are dropped.
    ~AsyncStorage();
    AsyncStorage(const AsyncStorage &) = delete;
    AsyncStorage &operator=(const AsyncStorage &) = delete;

    //! Runs `unit(Storage &) -> Result<T>` on the storage thread, then `done(Result<T>)` on
    //! this thread, unless `context` (an object of this thread, not null) is gone by then.
    template<typename Unit, typename Done>
    void run(QObject *context, Unit unit, Done done)
    {
        using R = std::invoke_result_t<Unit &, Storage &>;
        static_assert(std::is_invocable_v<Done &, R>, "done takes the unit's result");
        post(context, [unit = std::move(unit), done = std::move(done)](Storage &storage) mutable {
            return Completion([result = unit(storage), done = std::move(done)]() mutable {
                done(std::move(result));
            });
        });
    }

    //! Runs `unit` on the storage thread and waits for its result: for start-up, shutdown,
    //! tools and tests, never on a thread that serves clients.
    template<typename Unit>
    [[nodiscard]] std::invoke_result_t<Unit &, Storage &> wait(Unit unit)
    {
        using R = std::invoke_result_t<Unit &, Storage &>;
        std::optional<R> result;
        runBlocking([&](Storage &storage) { result.emplace(unit(storage)); });
        return std::move(*result);
    }

    //! Units submitted and not yet run (for statistics and benchmarks).
    [[nodiscard]] int backlog() const;

private:
    using Completion = std::function<void()>;
    //! Runs on the storage thread; returns what to run back on the submitting thread.
    using Job = std::function<Completion(Storage &)>;

    struct Worker;
    AsyncStorage();
    void post(QObject *context, Job job);
    void runBlocking(const std::function<void(Storage &)> &work);

    std::unique_ptr<QThread> m_thread;
    std::unique_ptr<Worker> m_worker; //!< lives on m_thread; owns the Storage
    std::unique_ptr<QObject> m_home;  //!< lives here; results are delivered through it
};

} // namespace cardinal::server
