// SPDX-License-Identifier: GPL-3.0-or-later
#include "codedelivery.h"

#include "common/fileio.h"

#include <QDateTime>
#include <QDir>
#include <QLoggingCategory>
#include <QProcess>
#include <QTimer>

#include <cstdio>
#include <utility>

namespace cardinal::server {

namespace {

Q_LOGGING_CATEGORY(lcCodes, "cardinal.codes")

//! Canonical identities have no spaces or control characters; checking again here keeps a
//! caller's mistake from becoming a header injection or a strange file name.
bool isPrintableWithoutSpaces(const QString &text)
{
    if (text.isEmpty())
        return false;
    for (QChar c : text)
        if (c.isSpace() || c.category() == QChar::Other_Control)
            return false;
    return true;
}

Result<void> checkIdentity(const QString &identity)
{
    if (!isPrintableWithoutSpaces(identity))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("code delivery: identity has spaces or control characters"));
    return {};
}

//! "10 minutes", "1 minute", "90 seconds": whole minutes when the lifetime is some.
QString describeLifetime(qint64 seconds)
{
    if (seconds >= 60 && seconds % 60 == 0)
        return seconds == 60 ? QStringLiteral("1 minute")
                             : QStringLiteral("%1 minutes").arg(seconds / 60);
    return seconds == 1 ? QStringLiteral("1 second") : QStringLiteral("%1 seconds").arg(seconds);
}

class ConsoleDelivery final : public CodeDelivery
{
public:
    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 Completion done) override
    {
        done(print(identity, purpose, code));
    }

private:
    static Result<void> print(const QString &identity, const QString &purpose, const QString &code)
    {
        if (auto ok = checkIdentity(identity); !ok)
            return ok;
        const QByteArray line =
            QStringLiteral("code for %1 (%2): %3\n").arg(identity, purpose, code).toUtf8();
        if (std::fwrite(line.constData(), 1, std::size_t(line.size()), stdout) !=
                std::size_t(line.size()) ||
            std::fflush(stdout) != 0)
            return fail(ErrorCode::IoError, QStringLiteral("cannot write to standard output"));
        qCInfo(lcCodes).noquote() << "printed a" << purpose << "code for" << identity
                                  << "on the console";
        return {};
    }
};

class DropDelivery final : public CodeDelivery
{
public:
    explicit DropDelivery(QString directory) : m_directory(std::move(directory)) {}

    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 Completion done) override
    {
        done(drop(identity, purpose, code));
    }

private:
    Result<void> drop(const QString &identity, const QString &purpose, const QString &code) const
    {
        if (auto ok = checkIdentity(identity); !ok)
            return ok;
        // The identity becomes a file name: no separators, and no "." or ".." or hidden
        // files, so the result is always a plain file directly inside the directory.
        if (identity.contains(u'/') || identity.contains(u'\\') || identity.startsWith(u'.'))
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("code delivery: identity is not usable as a file name"));
        QDir dir(m_directory);
        if (!dir.exists() && !QDir().mkpath(m_directory))
            return fail(ErrorCode::IoError,
                        QStringLiteral("cannot create code directory %1").arg(m_directory));
        const QString path = dir.filePath(identity);
        if (auto ok = writeFileAtomically(path, (code + u'\n').toUtf8(), OwnerOnly); !ok)
            return ok;
        qCInfo(lcCodes).noquote() << "dropped a" << purpose << "code for" << identity << "into"
                                  << m_directory;
        return {};
    }

    QString m_directory;
};

//! One run of the sendmail command: feeds it the message, then reports how it ended (exit
//! status 0 within SendmailTimeoutMs) exactly once and deletes itself.
class SendmailJob final : public QObject
{
public:
    SendmailJob(QObject *owner, CodeDelivery::Completion done)
        : QObject(owner), m_done(std::move(done))
    {
        m_process.setStandardOutputFile(QProcess::nullDevice());
        m_process.setStandardErrorFile(QProcess::nullDevice());
        connect(&m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
            if (error == QProcess::FailedToStart) // no finished() follows this one
                finish(fail(ErrorCode::IoError, QStringLiteral("sendmail: cannot start %1: %2")
                                                    .arg(m_program, m_process.errorString())));
        });
        connect(&m_process, &QProcess::finished, this,
                [this](int exitCode, QProcess::ExitStatus status) {
                    if (m_timedOut)
                        return finish(fail(ErrorCode::IoError,
                                           QStringLiteral("sendmail: %1 did not finish in time")
                                               .arg(m_program)));
                    if (status != QProcess::NormalExit || exitCode != 0)
                        return finish(fail(ErrorCode::IoError,
                                           QStringLiteral("sendmail: %1 failed with status %2")
                                               .arg(m_program, QString::number(exitCode))));
                    finish({});
                });
        m_timeout.setSingleShot(true);
        connect(&m_timeout, &QTimer::timeout, this, [this] {
            m_timedOut = true;
            m_process.kill(); // finished() reports it
        });
    }

    //! Abandons the job: its completion never runs (the delivery is being destroyed).
    ~SendmailJob() override
    {
        m_process.disconnect(this);
        m_timeout.stop();
        if (m_process.state() != QProcess::NotRunning) {
            m_process.kill();
            m_process.waitForFinished(1000);
        }
    }

    void start(const QString &program, const QStringList &arguments, const QByteArray &message)
    {
        m_program = program;
        m_timeout.start(SendmailTimeoutMs);
        m_process.start(program, arguments);
        // Buffered until the command runs; the channel closes once all of it is written.
        m_process.write(message);
        m_process.closeWriteChannel();
    }

private:
    void finish(Result<void> outcome)
    {
        if (!m_done)
            return;
        m_timeout.stop();
        const CodeDelivery::Completion done = std::exchange(m_done, {});
        deleteLater();
        done(std::move(outcome));
    }

    QProcess m_process;
    QTimer m_timeout;
    QString m_program;
    CodeDelivery::Completion m_done;
    bool m_timedOut = false;
};

class SendmailDelivery final : public CodeDelivery
{
public:
    SendmailDelivery(QString command, QString from, qint64 lifetimeSeconds)
        : m_command(std::move(command)), m_from(std::move(from)),
          m_lifetimeSeconds(lifetimeSeconds)
    {
    }

    void deliver(const QString &identity, const QString &purpose, const QString &code,
                 Completion done) override
    {
        if (auto ok = checkIdentity(identity); !ok)
            return done(ok);
        // The sender comes from the configuration; a line break in it would add headers.
        if (!isPrintableWithoutSpaces(m_from))
            return done(fail(ErrorCode::InvalidArgument,
                             QStringLiteral("sendmail: the sender address has spaces or control "
                                            "characters")));
        QStringList arguments = QProcess::splitCommand(m_command);
        if (arguments.isEmpty())
            return done(
                fail(ErrorCode::InvalidArgument, QStringLiteral("sendmail: empty command")));
        if (m_jobs.children().size() >= MaxConcurrentSendmails)
            return done(fail(ErrorCode::RateLimited,
                             QStringLiteral("too many codes are on their way; try again in a "
                                            "minute")));
        const QString program = arguments.takeFirst();
        auto *job = new SendmailJob(&m_jobs, [identity, purpose, done = std::move(done)](
                                                 Result<void> outcome) {
            if (outcome)
                qCInfo(lcCodes).noquote() << "mailed a" << purpose << "code to" << identity;
            done(std::move(outcome));
        });
        job->start(program, arguments, compose(identity, purpose, code));
    }

private:
    QByteArray compose(const QString &identity, const QString &purpose, const QString &code) const
    {
        const QString what = purpose == QStringLiteral("register")
                                 ? QStringLiteral("to register this address with Cardinal")
                             : purpose == QStringLiteral("recover")
                                 ? QStringLiteral("to recover your Cardinal keys")
                                 : QStringLiteral("for Cardinal (%1)").arg(purpose);
        const QString date = QDateTime::currentDateTimeUtc().toString(Qt::RFC2822Date);
        // CRLF line ends as RFC 5322 asks; sendmail -t accepts them as well as LF.
        const QString text =
            QStringLiteral("From: %1\r\n"
                           "To: %2\r\n"
                           "Subject: Your Cardinal code\r\n"
                           "Date: %3\r\n"
                           "MIME-Version: 1.0\r\n"
                           "Content-Type: text/plain; charset=UTF-8\r\n"
                           "Content-Transfer-Encoding: 8bit\r\n"
                           "\r\n"
                           "Your code %4 is:\r\n"
                           "\r\n"
                           "    %5\r\n"
                           "\r\n"
                           "It expires in %6. If you did not ask for it, ignore this "
                           "message.\r\n")
                .arg(m_from, identity, date, what, code, describeLifetime(m_lifetimeSeconds));
        return text.toUtf8();
    }

    QString m_command;
    QString m_from;
    qint64 m_lifetimeSeconds;
    QObject m_jobs; //!< owns the running SendmailJobs; destroying it abandons them
};

} // namespace

CodeDelivery::~CodeDelivery() = default;

std::unique_ptr<CodeDelivery> makeCodeDelivery(const CodeDeliveryConfig &config,
                                               qint64 codeLifetimeSeconds)
{
    switch (config.kind) {
    case CodeDeliveryConfig::Kind::Console:
        return std::make_unique<ConsoleDelivery>();
    case CodeDeliveryConfig::Kind::Drop:
        return std::make_unique<DropDelivery>(config.argument);
    case CodeDeliveryConfig::Kind::Sendmail:
        return std::make_unique<SendmailDelivery>(config.argument, config.from,
                                                  codeLifetimeSeconds);
    }
    return std::make_unique<ConsoleDelivery>();
}

} // namespace cardinal::server
