// SPDX-License-Identifier: GPL-3.0-or-later
#include "benchsupport.h"

#include "crypto/random.h"
#include "protocol/card.h"
#include "protocol/cardbundle.h"
#include "protocol/devicerecord.h"
#include "protocol/envelope.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QTimer>
#include <QtEndian>

#include <unistd.h>

namespace cardinal::bench {

using namespace cardinal::protocol;

Result<BenchIdentity> makeIdentity(int index)
{
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    BenchIdentity identity{
        QStringLiteral("bench-%1@bench.example").arg(index, 5, 10, QLatin1Char('0')),
        crypto::Ed25519KeyPair::generate(),
        crypto::X25519KeyPair::generate(),
        {},
        {},
        {}};
    crypto::systemRandom().fill(identity.deviceId.span());
    auto card = Card::create(
        {IdentityType::Email, identity.email, identity.identityKey.publicKey(), now, std::nullopt},
        identity.identityKey);
    if (!card)
        return fail(card.error());
    identity.cardId = card->id();
    auto record = DeviceRecord::create({card->id(), identity.deviceId, QStringLiteral("bench"),
                                        identity.deviceKey.publicKey(), now},
                                       identity.identityKey);
    if (!record)
        return fail(record.error());
    identity.bundle = CardBundle{*card, {*record}}.encode();
    return identity;
}

Result<SenderPlan> sealPlan(const BenchIdentity &sender,
                            const std::vector<const BenchIdentity *> &recipients,
                            qsizetype bodyBytes, bool checkOpens)
{
    QList<EnvelopeRecipient> to;
    for (const BenchIdentity *recipient : recipients)
        to.append({recipient->deviceId, recipient->deviceKey.publicKey()});
    MessageId id;
    crypto::systemRandom().fill(id.span());
    OutgoingMessage message;
    message.body = QByteArray(bodyBytes, 'b');
    message.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    message.messageId = id;
    auto envelope = sealEnvelope({sender.cardId, sender.deviceId, sender.identityKey}, to, message);
    if (!envelope)
        return fail(envelope.error());
    SenderPlan plan;
    plan.envelope = envelope->bytes;
    plan.idOffset = plan.envelope.indexOf(id.view());
    plan.recipients = int(recipients.size());
    if (plan.idOffset < 0 || plan.envelope.lastIndexOf(id.view()) != plan.idOffset)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("message id not found once"));
    if (checkOpens) {
        const BenchIdentity &first = *recipients.front();
        const auto lookup = [&](const CardId &card) -> std::optional<crypto::Ed25519PublicKey> {
            if (card == sender.cardId)
                return sender.identityKey.publicKey();
            return std::nullopt;
        };
        auto opened = openEnvelope(plan.envelope, first.deviceId, first.deviceKey, lookup);
        if (!opened)
            return fail(opened.error());
    }
    return plan;
}

void writeStamp(char *messageId, const Stamp &stamp)
{
    qToBigEndian<qint64>(stamp.sentNs, messageId);
    qToBigEndian<quint32>(stamp.sender, messageId + 8);
    qToBigEndian<quint32>(stamp.counter, messageId + 12);
}

Stamp readStamp(const std::uint8_t *messageId)
{
    return {qFromBigEndian<qint64>(messageId), qFromBigEndian<quint32>(messageId + 8),
            qFromBigEndian<quint32>(messageId + 12)};
}

bool waitUntil(const std::function<bool()> &done, int timeoutMs)
{
    const QDeadlineTimer deadline(timeoutMs);
    QTimer tick; // wakes the loop so the deadline is noticed even when nothing happens
    tick.start(10);
    while (!done()) {
        if (deadline.hasExpired())
            return false;
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents);
    }
    return true;
}

namespace {
QByteArray procFile(qint64 pid, const char *name)
{
    QFile file(QStringLiteral("/proc/%1/%2").arg(pid).arg(QLatin1StringView(name)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}
} // namespace

qint64 residentKiB(qint64 pid)
{
    const QByteArray status = procFile(pid, "status");
    for (const QByteArray &line : status.split('\n'))
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    return -1;
}

double cpuSeconds(qint64 pid)
{
    // Fields after the parenthesised command name; utime and stime are fields 14 and 15.
    const QByteArray stat = procFile(pid, "stat");
    const qsizetype close = stat.lastIndexOf(')');
    if (close < 0)
        return -1;
    const QList<QByteArray> fields = stat.mid(close + 2).split(' ');
    if (fields.size() < 13)
        return -1;
    const double ticks = double(fields.at(11).toLongLong() + fields.at(12).toLongLong());
    return ticks / double(sysconf(_SC_CLK_TCK));
}

} // namespace cardinal::bench
