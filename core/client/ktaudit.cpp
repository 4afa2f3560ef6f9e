// SPDX-License-Identifier: GPL-3.0-or-later
#include "ktaudit.h"

#include "protocol/api/transparency.h"
#include "protocol/ktreplay.h"

#include <QPointer>

#include <memory>

namespace cardinal::client {

namespace api = protocol::api;

namespace {

constexpr qint64 PageSize = api::MaxKtEntriesPerRequest;

struct Audit
{
    Connection &connection;
    transparency::NoteVerifier keys;
    std::optional<transparency::SignedCheckpoint> held;
    QPointer<QObject> context;
    std::function<void(Result<KtAuditReport>)> done;
    protocol::kt::LogReplay replay;
    transparency::SignedCheckpoint newest;
    KtAuditReport report;

    void finish(Result<KtAuditReport> outcome)
    {
        if (context)
            done(std::move(outcome));
    }
};

Failure disagrees(const QString &why)
{
    return fail(ErrorCode::ProofFailed, why);
}

void readFrom(std::shared_ptr<Audit> audit)
{
    if (audit->replay.size() >= audit->newest.checkpoint.size) {
        if (audit->replay.root() != audit->newest.checkpoint.root)
            return audit->finish(disagrees(QStringLiteral("the log does not give the newest "
                                                          "checkpoint's root")));
        if (audit->held && !audit->report.matchedHeld)
            return audit->finish(disagrees(QStringLiteral("the log never passes the checkpoint "
                                                          "this profile holds")));
        audit->report.entries = audit->replay.size();
        audit->report.epochs = audit->replay.epochs();
        audit->report.addresses = audit->replay.labels();
        audit->report.checkpoint = audit->newest.note;
        return audit->finish(audit->report);
    }
    const qint64 count =
        std::min<qint64>(PageSize, qint64(audit->newest.checkpoint.size - audit->replay.size()));
    audit->connection.call(
        api::KtEntries{audit->replay.size(), count},
        [audit](Result<api::KtEntries::Reply> page) {
            if (!page)
                return audit->finish(fail(page.error()));
            if (page->entries.isEmpty())
                return audit->finish(disagrees(QStringLiteral("the log ends at %1 entries, "
                                                              "before its newest checkpoint")
                                                   .arg(audit->replay.size())));
            qsizetype nextCheckpoint = 0;
            for (const QByteArray &entry : std::as_const(page->entries)) {
                if (auto appended = audit->replay.append(entry); !appended)
                    return audit->finish(fail(appended.error()));
                const auto &held = audit->held;
                if (held && audit->replay.size() == held->checkpoint.size) {
                    if (audit->replay.root() != held->checkpoint.root)
                        return audit->finish(disagrees(
                            QStringLiteral("the log differs from the checkpoint of %1 entries "
                                           "this profile holds: it was rewritten")
                                .arg(held->checkpoint.size)));
                    audit->report.matchedHeld = true;
                }
                if (!audit->replay.endsWithEpoch())
                    continue;
                if (nextCheckpoint >= page->checkpoints.size())
                    return audit->finish(disagrees(
                        QStringLiteral("no checkpoint for the epoch ending at %1 entries")
                            .arg(audit->replay.size())));
                auto checked = audit->replay.checkCheckpoint(
                    page->checkpoints.at(nextCheckpoint++), audit->keys);
                if (!checked)
                    return audit->finish(fail(checked.error()));
                ++audit->report.checkpoints;
            }
            if (nextCheckpoint != page->checkpoints.size())
                return audit->finish(disagrees(QStringLiteral("checkpoints for sizes that end "
                                                              "no epoch")));
            readFrom(audit);
        });
}

} // namespace

void auditLog(Connection &connection, const transparency::NoteVerifier &keys,
              std::optional<transparency::SignedCheckpoint> held, QObject *context,
              std::function<void(Result<KtAuditReport>)> done)
{
    auto audit = std::make_shared<Audit>(
        Audit{connection, keys, std::move(held), context, std::move(done), {}, {}, {}});
    connection.call(api::KtCheckpoint{}, [audit](Result<api::KtCheckpoint::Reply> reply) {
        if (!reply)
            return audit->finish(fail(reply.error()));
        auto newest = transparency::SignedCheckpoint::open(reply->checkpoint, audit->keys);
        if (!newest)
            return audit->finish(fail(newest.error()));
        audit->newest = std::move(*newest);
        if (audit->held && audit->held->checkpoint.size > audit->newest.checkpoint.size)
            return audit->finish(disagrees(
                QStringLiteral("the log has %1 entries, fewer than the %2 of the checkpoint "
                               "this profile holds: it was rolled back")
                    .arg(audit->newest.checkpoint.size)
                    .arg(audit->held->checkpoint.size)));
        readFrom(audit);
    });
}

} // namespace cardinal::client
