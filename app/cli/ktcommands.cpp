// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: the key-transparency log (docs/key-transparency.md): kt status, history,
// audit, evidence, acknowledge.
#include "onlinecommands.h"
#include "onlinesession.h"
#include "translation.h"

#include "client/ktaudit.h"
#include "client/ktexport.h"
#include "common/fileio.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace cardinal::cli {

using namespace cardinal::client;

namespace {

QString dateText(qint64 msSinceEpoch)
{
    if (msSinceEpoch <= 0)
        return Cli::tr("never");
    return QDateTime::fromMSecsSinceEpoch(msSinceEpoch, QTimeZone::utc()).toString(Qt::ISODate);
}

QString changeName(protocol::kt::ChangeKind kind)
{
    switch (kind) {
    case protocol::kt::ChangeKind::CardPublished:
        return QStringLiteral("card-published");
    case protocol::kt::ChangeKind::DeviceAdded:
        return QStringLiteral("device-added");
    case protocol::kt::ChangeKind::DeviceRevoked:
        return QStringLiteral("device-revoked");
    case protocol::kt::ChangeKind::CardRevoked:
        return QStringLiteral("card-revoked");
    }
    return QStringLiteral("unknown");
}

} // namespace

Result<void> runKtStatus(const CliOptions &options)
{
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    // A fresh look at our own address when the server can be reached; offline, what was
    // found before.
    if (messenger.isRegistered() &&
        (*session)->connect(Connection::State::Connected)) {
        (void)(*session)->await<int>([&](QObject *context, Messenger::Done<int> done) {
            messenger.checkOwnAddress(context, done);
        });
    }
    auto status = messenger.transparencyStatus();
    if (!status)
        return fail(status.error());
    const Printer printer(options.json);
    printer.line(status->logKeysPinned
                     ? Cli::tr("log %1: checkpoint of %2 entries held; own address checked %3 "
                               "(version %4)")
                           .arg(status->origin)
                           .arg(status->heldSize)
                           .arg(dateText(status->ownWatch.checkedAtMs))
                           .arg(status->ownWatch.version)
                     : Cli::tr("the server keeps no key-transparency log"),
                 {{QStringLiteral("type"), QStringLiteral("kt-status")},
                  {QStringLiteral("log"), status->origin},
                  {QStringLiteral("checkpointSize"), qint64(status->heldSize)},
                  {QStringLiteral("checkpoint"), QString::fromUtf8(status->heldNote)},
                  {QStringLiteral("ownVersion"), qint64(status->ownWatch.version)},
                  {QStringLiteral("ownCheckedAt"), dateText(status->ownWatch.checkedAtMs)},
                  {QStringLiteral("openAlerts"), status->openAlerts}});
    for (const KtEvidence &evidence : std::as_const(status->evidence)) {
        if (!evidence.open)
            continue;
        printer.line(Cli::tr("ALERT %1 (%2): %3").arg(evidence.id).arg(dateText(evidence.foundAtMs), evidence.detail),
                     evidenceJson(evidence));
    }
    if (status->openAlerts > 0)
        return fail(ErrorCode::ProofFailed,
                    Cli::tr("%n key-transparency alert(s) open; see 'kt evidence'", nullptr,
                            status->openAlerts));
    return {};
}

Result<void> runKtHistory(const CliOptions &options)
{
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    if (auto connected = (*session)->connect(Connection::State::Connected); !connected)
        return connected;
    Messenger &messenger = (*session)->messenger();
    const QString identity = options.args.value(0);
    auto history = (*session)->await<KtAddressHistory>(
        [&](QObject *context, Messenger::Done<KtAddressHistory> done) {
            messenger.keyHistory(identity, context, done);
        });
    if (!history)
        return fail(history.error());
    const Printer printer(options.json);
    if (history->entries.isEmpty())
        printer.line(Cli::tr("the log holds nothing for %1").arg(identity),
                     {{QStringLiteral("type"), QStringLiteral("kt-history-empty")},
                      {QStringLiteral("identity"), identity}});
    for (const KtHistoryEntry &entry : std::as_const(history->entries)) {
        const QString when = dateText(entry.change.time * 1000);
        QJsonArray devices;
        QString card;
        QString fingerprint;
        if (entry.bundle) {
            card = protocol::toHex(entry.bundle->card.id());
            fingerprint = QString::fromLatin1(
                entry.bundle->card.content().identityKey.toByteArray().toHex());
            for (const protocol::DeviceRecord &device : entry.bundle->devices)
                devices.append(protocol::toHex(device.deviceId()));
        }
        printer.line(
            entry.bundle
                ? Cli::tr("version %1  %2  %3  card %4  key %5  devices %6  (log entry %7)")
                      .arg(entry.change.version)
                      .arg(when, changeName(entry.change.kind), card.left(16),
                           fingerprint.left(16))
                      .arg(devices.size())
                      .arg(entry.index)
                : Cli::tr("version %1  %2  %3  no card  (log entry %4)")
                      .arg(entry.change.version)
                      .arg(when, changeName(entry.change.kind))
                      .arg(entry.index),
            {{QStringLiteral("type"), QStringLiteral("kt-entry")},
             {QStringLiteral("identity"), identity},
             {QStringLiteral("version"), qint64(entry.change.version)},
             {QStringLiteral("index"), qint64(entry.index)},
             {QStringLiteral("time"), when},
             {QStringLiteral("kind"), changeName(entry.change.kind)},
             {QStringLiteral("card"), card},
             {QStringLiteral("identityKey"), fingerprint},
             {QStringLiteral("devices"), devices}});
    }
    return {};
}

Result<void> runKtAudit(const CliOptions &options)
{
    const QUrl url(options.server);
    if (!url.isValid() ||
        (url.scheme() != QStringLiteral("ws") && url.scheme() != QStringLiteral("wss")))
        return fail(ErrorCode::InvalidArgument,
                    Cli::tr("--server takes ws://HOST:PORT or wss://HOST:PORT"));
    Connection connection(url);
    connection.setAutoReconnect(false);
    QEventLoop loop;
    QObject::connect(&connection, &Connection::stateChanged, &loop, [&](Connection::State state) {
        if (state == Connection::State::Connected || state == Connection::State::Disconnected)
            loop.quit();
    });
    QObject::connect(&connection, &Connection::failed, &loop, &QEventLoop::quit);
    connection.open();
    OnlineSession::runFor(loop, NetworkTimeout);
    if (connection.state() != Connection::State::Connected)
        return fail(connection.problem().value_or(
            Error{ErrorCode::Unreachable, Cli::tr("no answer from the server")}));
    const auto announced = connection.serverLogKeys();
    if (!announced)
        return fail(ErrorCode::UnsupportedVersion,
                    Cli::tr("the server keeps no key-transparency log"));
    transparency::NoteVerifier keys = announced->checkpoints;
    if (!options.ktKey.isEmpty()) {
        auto pinned = transparency::NoteVerifier::parse(options.ktKey);
        if (!pinned)
            return fail(ErrorCode::InvalidArgument,
                        Cli::tr("--kt-key takes the checkpoint key as 'cardinal-server init' "
                                "printed it"));
        if (pinned->encode() != keys.encode())
            return fail(ErrorCode::BadSignature,
                        Cli::tr("the server's checkpoint key is not the one given"));
        keys = *pinned;
    }
    std::optional<Result<KtAuditReport>> outcome;
    QEventLoop auditing;
    auditLog(connection, keys, std::nullopt, &auditing, [&](Result<KtAuditReport> report) {
        outcome.emplace(std::move(report));
        auditing.quit();
    });
    if (!outcome)
        OnlineSession::runFor(auditing, std::chrono::minutes(30));
    if (!outcome)
        return fail(ErrorCode::Unreachable, Cli::tr("the audit did not finish"));
    const Printer printer(options.json);
    if (!*outcome) {
        printer.line(Cli::tr("audit FAILED: %1").arg(outcome->error().detail),
                     {{QStringLiteral("type"), QStringLiteral("kt-audit")},
                      {QStringLiteral("ok"), false},
                      {QStringLiteral("error"), outcome->error().detail}});
        return fail(outcome->error());
    }
    const KtAuditReport &report = **outcome;
    printer.line(Cli::tr("audit passed: %1 entries, %2 epochs, %3 checkpoints, %4 addresses; "
                         "log key %5")
                     .arg(report.entries)
                     .arg(report.epochs)
                     .arg(report.checkpoints)
                     .arg(report.addresses)
                     .arg(keys.encode()),
                 {{QStringLiteral("type"), QStringLiteral("kt-audit")},
                  {QStringLiteral("ok"), true},
                  {QStringLiteral("entries"), qint64(report.entries)},
                  {QStringLiteral("epochs"), qint64(report.epochs)},
                  {QStringLiteral("checkpoints"), qint64(report.checkpoints)},
                  {QStringLiteral("addresses"), qint64(report.addresses)},
                  {QStringLiteral("logKey"), keys.encode()},
                  {QStringLiteral("checkpoint"), QString::fromUtf8(report.checkpoint)}});
    return {};
}

Result<void> runKtEvidence(const CliOptions &options)
{
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    auto status = (*session)->messenger().transparencyStatus();
    if (!status)
        return fail(status.error());
    const QByteArray bytes = evidenceDocument(status->origin, status->evidence);
    const int count = int(status->evidence.size());
    if (options.outFile.isEmpty()) {
        QTextStream(stdout) << QString::fromUtf8(bytes);
        return {};
    }
    if (auto written = writeFileAtomically(options.outFile, bytes); !written)
        return written;
    Printer(options.json).line(Cli::tr("%n piece(s) of evidence written to %1", nullptr, count)
                                   .arg(options.outFile),
                               {{QStringLiteral("type"), QStringLiteral("kt-evidence")},
                                {QStringLiteral("count"), count},
                                {QStringLiteral("file"), options.outFile}});
    return {};
}

Result<void> runKtAcknowledge(const CliOptions &options)
{
    bool isNumber = false;
    const qint64 id = options.args.value(0).toLongLong(&isNumber);
    if (!isNumber)
        return fail(ErrorCode::InvalidArgument, Cli::tr("kt acknowledge takes an alert number"));
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    if (auto done = (*session)->messenger().acknowledgeAlert(id); !done)
        return done;
    Printer(options.json).line(Cli::tr("alert %1 acknowledged").arg(id),
                               {{QStringLiteral("type"), QStringLiteral("kt-acknowledged")},
                                {QStringLiteral("id"), id}});
    return {};
}

} // namespace cardinal::cli
