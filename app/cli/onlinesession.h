// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "clioptions.h"
#include "translation.h"
#include "client/failurereason.h"
#include "client/messenger.h"
#include "client/notices.h"

#include <QEventLoop>
#include <QJsonObject>

#include <chrono>
#include <memory>

namespace cardinal::cli {

//! How long a command waits for the server before giving up.
inline constexpr std::chrono::seconds NetworkTimeout{20};

//! An unlocked profile with its Messenger, and the small amount of event-loop driving a
//! one-shot command needs: wait for a state, wait for a callback, with timeouts.
class OnlineSession
{
public:
    //! Asks for the passphrase and opens the profile. Only with `receiving` are incoming
    //! messages taken from the server; other commands leave them for `receive` or `listen`.
    [[nodiscard]] static Result<std::unique_ptr<OnlineSession>> open(const CliOptions &options,
                                                                     bool receiving = false);
    //! open(), then connect() and wait until Online: what most commands start with.
    [[nodiscard]] static Result<std::unique_ptr<OnlineSession>> openOnline(const CliOptions &options);

    [[nodiscard]] client::Messenger &messenger() { return *m_messenger; }

    //! Connects and waits until `state` (Connected for registration, Online otherwise).
    [[nodiscard]] Result<void> connect(client::Connection::State state = client::Connection::State::Online);

    //! Waits (bounded) until no outgoing message is Queued any more, i.e. what can go out
    //! now has gone out (e.g. held messages released by accepting a key), or the link drops.
    void sendQueued();

    //! Runs `start` and waits (bounded) for the callback it is given.
    template<typename T>
    [[nodiscard]] Result<T>
    await(const std::function<void(QObject *context, client::Messenger::Done<T>)> &start)
    {
        std::optional<Result<T>> outcome;
        QEventLoop loop;
        // The loop is the answer's context: gone when this returns, so a late answer is
        // dropped rather than written to what no longer exists.
        start(&loop, [&](Result<T> result) {
            outcome.emplace(std::move(result));
            loop.quit();
        });
        if (!outcome)
            runFor(loop, NetworkTimeout);
        if (!outcome)
            return fail(ErrorCode::Unreachable, Cli::tr("no answer from the server"));
        return std::move(*outcome);
    }

    //! Runs `loop` until it quits or `limit` passes.
    static void runFor(QEventLoop &loop, std::chrono::milliseconds limit);

private:
    explicit OnlineSession(std::unique_ptr<client::Messenger> messenger);
    std::unique_ptr<client::Messenger> m_messenger;
};

//! Prints results as text lines, or with --json as one JSON object per line.
class Printer
{
public:
    explicit Printer(bool json) : m_json(json) {}
    void line(const QString &text, const QJsonObject &json) const;
    void message(const client::HistoryMessage &message) const;

private:
    bool m_json;
};

//! Lower-case names for states, as --json prints them (never translated).
[[nodiscard]] QString stateName(client::MessageState state);
[[nodiscard]] QString trustName(client::TrustState state);
[[nodiscard]] QString directionName(client::Direction direction);

//! The same states in the user's language, for text output.
[[nodiscard]] QString stateText(client::MessageState state);
[[nodiscard]] QString trustText(client::TrustState state);
//! A trust notice about `identity` as a sentence in the user's language.
[[nodiscard]] QString noticeText(client::NoticeKind kind, const QString &identity);
//! Why a message could not be opened, is held or was not sent, as a clause in the user's
//! language that follows "could not decrypt:" or "not sent:". (--json prints
//! client::failureName() as "reason" and client::failureTextEnglish() as "error".)
[[nodiscard]] QString failureText(const client::FailureReason &reason);

} // namespace cardinal::cli
