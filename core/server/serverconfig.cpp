// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverconfig.h"

#include "transparency/checkpoint.h"
#include "transparency/signednote.h"

#include "common/fileio.h"

#include <QDir>
#include <QFileInfo>
#include <QProcess>
#include <QSet>
#include <QStringDecoder>

#include <functional>

namespace cardinal::server {

namespace {

//! A config file is a few dozen lines; anything this big is the wrong file.
constexpr qint64 MaxConfigFileBytes = 64 * 1024;
constexpr qsizetype MaxServerNameChars = 64;
constexpr qsizetype MaxMailFromBytes = 254;

bool hasControlCharacters(QStringView text)
{
    for (QChar c : text)
        if (c.category() == QChar::Other_Control)
            return true;
    return false;
}

//! "user@host" with no spaces or control characters. Deliberately looser than
//! protocol::normalizeEmail (which wants a dot in the domain): "cardinal@localhost" is a
//! fine sender. What matters is that it cannot inject header lines into the mail.
bool isPlainAddress(const QString &address)
{
    if (address.isEmpty() || address.toUtf8().size() > MaxMailFromBytes)
        return false;
    for (QChar c : address)
        if (c.isSpace() || c.category() == QChar::Other_Control || c == u'<' || c == u'>')
            return false;
    const qsizetype at = address.indexOf(u'@');
    return at > 0 && at < address.size() - 1 && address.indexOf(u'@', at + 1) == -1;
}

//! Parses a decimal integer in [min, max] (no sign, no suffix, no separators).
std::optional<qint64> parseBounded(const QString &text, qint64 min, qint64 max)
{
    if (text.isEmpty() || text.size() > 18)
        return std::nullopt;
    for (QChar c : text)
        if (c < u'0' || c > u'9')
            return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok);
    if (!ok || value < min || value > max)
        return std::nullopt;
    return value;
}

//! One numeric setting: where it lives in ServerLimits and what it may be.
struct LimitKey
{
    const char *name;
    qint64 min;
    qint64 max;
    std::function<void(ServerLimits &, qint64)> set;
};

template<typename Field>
std::function<void(ServerLimits &, qint64)> setter(Field ServerLimits::*field)
{
    return [field](ServerLimits &limits, qint64 value) { limits.*field = Field(value); };
}

// The ranges keep a typo from taking the server down (a frame limit of 10 bytes, a
// timeout of a week) while leaving room for small test setups and large deployments.
const QList<LimitKey> &limitKeys()
{
    static const QList<LimitKey> keys{
        {"max-frame-bytes", 64 * 1024, 64 * 1024 * 1024, setter(&ServerLimits::maxFrameBytes)},
        {"max-recipients", 1, 100'000, setter(&ServerLimits::maxRecipients)},
        {"max-queued-per-device", 1, 10'000'000, setter(&ServerLimits::maxQueuedPerDevice)},
        {"requests-per-second", 1, 100'000, setter(&ServerLimits::requestsPerSecond)},
        {"request-burst", 1, 1'000'000, setter(&ServerLimits::requestBurst)},
        {"max-unauthenticated", 1, 1'000'000, setter(&ServerLimits::maxUnauthenticated)},
        {"max-connections", 1, 1'000'000, setter(&ServerLimits::maxConnections)},
        {"auth-timeout", 1, 3600, setter(&ServerLimits::authTimeoutSeconds)},
        {"idle-timeout", 5, 86'400, setter(&ServerLimits::idleTimeoutSeconds)},
        {"max-group-members", 2, 100'000, setter(&ServerLimits::maxGroupMembers)},
        {"max-backup-bytes", 1024, 16 * 1024 * 1024, setter(&ServerLimits::maxBackupBytes)},
        {"max-pending-write-bytes", 64 * 1024, qint64(1024) * 1024 * 1024,
         setter(&ServerLimits::maxPendingWriteBytes)},
        {"code-lifetime", 1, 86'400, setter(&ServerLimits::codeLifetimeSeconds)},
    };
    return keys;
}

} // namespace

Result<CodeDeliveryConfig> CodeDeliveryConfig::parse(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    CodeDeliveryConfig config;
    if (trimmed == QStringLiteral("console")) {
        config.kind = Kind::Console;
        return config;
    }
    const qsizetype colon = trimmed.indexOf(u':');
    const QString kind = trimmed.left(colon);
    const QString argument = colon < 0 ? QString() : trimmed.mid(colon + 1).trimmed();
    if (colon >= 0 && hasControlCharacters(argument))
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("code delivery: control characters in \"%1\"").arg(kind));
    if (kind == QStringLiteral("drop") && colon >= 0 && !argument.isEmpty()) {
        config.kind = Kind::Drop;
        config.argument = argument;
        return config;
    }
    if (kind == QStringLiteral("sendmail") && colon >= 0 &&
        !QProcess::splitCommand(argument).isEmpty()) {
        config.kind = Kind::Sendmail;
        config.argument = argument;
        return config;
    }
    return fail(ErrorCode::InvalidArgument,
                QStringLiteral("code delivery must be \"console\", \"drop:DIRECTORY\" or "
                               "\"sendmail:COMMAND\""));
}

Result<void> ServerConfig::setListen(const QString &hostPort)
{
    const auto invalid = [&] {
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("listen address must be HOST:PORT or [IPv6]:PORT with a port "
                                   "from 0 to 65535, not \"%1\"")
                        .arg(hostPort.left(100)));
    };
    const QString text = hostPort.trimmed();
    const qsizetype colon = text.lastIndexOf(u':');
    if (colon <= 0)
        return invalid();
    QString host = text.left(colon);
    const auto port = parseBounded(text.mid(colon + 1), 0, 65535);
    if (!port)
        return invalid();
    if (host.startsWith(u'[')) {
        if (!host.endsWith(u']') || host.size() < 3)
            return invalid();
        host = host.mid(1, host.size() - 2);
        // Brackets are for IPv6 only; "[1.2.3.4]" is a typo we should not guess about.
        if (!host.contains(u':'))
            return invalid();
    } else if (host.contains(u':')) {
        return invalid(); // an IPv6 address without brackets: the port would be ambiguous
    }
    QHostAddress address;
    // Only literal addresses: resolving names would make startup depend on DNS. "localhost"
    // is the one name everybody types, and it means the loopback address.
    if (host == QStringLiteral("localhost"))
        address = QHostAddress(QHostAddress::LocalHost);
    else if (!address.setAddress(host))
        return invalid();
    listenAddress = address;
    listenPort = quint16(*port);
    return {};
}

Result<void> ServerConfig::loadFile(const QString &path)
{
    auto bytes = readFileBounded(path, MaxConfigFileBytes);
    if (!bytes)
        return fail(bytes.error());
    QStringDecoder decoder(QStringDecoder::Utf8);
    const QString text = decoder(*bytes);
    if (decoder.hasError())
        return fail(ErrorCode::InvalidArgument, QStringLiteral("%1: not UTF-8 text").arg(path));

    // Relative paths in the file mean relative to the file, not to wherever the server
    // happens to be started from.
    const QDir base = QFileInfo(path).absoluteDir();
    // Values are trimmed, so a path that ends in white space once cleaned ("dir /" is
    // "dir ") could not be written back as it was read: refused, not silently changed.
    const auto resolve = [&](const QString &value) -> std::optional<QString> {
        const QString cleaned = QDir::cleanPath(base.filePath(value));
        if (cleaned != cleaned.trimmed())
            return std::nullopt;
        return cleaned;
    };
    const auto pathRefused = [](const QString &key) {
        return QStringLiteral("the path of %1 ends in white space").arg(key);
    };

    // Work on a copy so a bad line leaves the current configuration untouched.
    ServerConfig next = *this;
    QSet<QString> seen;
    const QStringList lines = text.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QString line = lines.at(i).trimmed();
        const auto bad = [&](const QString &why) {
            return fail(ErrorCode::InvalidArgument,
                        QStringLiteral("%1 line %2: %3").arg(path, QString::number(i + 1), why));
        };
        if (line.isEmpty() || line.startsWith(u'#'))
            continue;
        if (line.startsWith(u'['))
            return bad(QStringLiteral("sections are not used; write \"key = value\" lines only"));
        const qsizetype equals = line.indexOf(u'=');
        if (equals < 0)
            return bad(QStringLiteral("expected \"key = value\""));
        const QString key = line.left(equals).trimmed();
        const QString value = line.mid(equals + 1).trimmed();
        if (key.isEmpty())
            return bad(QStringLiteral("expected \"key = value\""));
        if (hasControlCharacters(value))
            return bad(QStringLiteral("control characters in the value of %1").arg(key));
        if (value.isEmpty())
            return bad(QStringLiteral("%1 needs a value").arg(key));
        if (seen.contains(key))
            return bad(QStringLiteral("%1 is set twice").arg(key));
        seen.insert(key);

        if (key == QStringLiteral("listen")) {
            if (auto ok = next.setListen(value); !ok)
                return bad(ok.error().detail);
        } else if (key == QStringLiteral("tls-cert")) {
            const std::optional<QString> resolved = resolve(value);
            if (!resolved)
                return bad(pathRefused(key));
            next.tlsCertificate = *resolved;
        } else if (key == QStringLiteral("tls-key")) {
            const std::optional<QString> resolved = resolve(value);
            if (!resolved)
                return bad(pathRefused(key));
            next.tlsKey = *resolved;
        } else if (key == QStringLiteral("data")) {
            const std::optional<QString> resolved = resolve(value);
            if (!resolved)
                return bad(pathRefused(key));
            next.dataDir = *resolved;
        } else if (key == QStringLiteral("codes")) {
            auto delivery = CodeDeliveryConfig::parse(value);
            if (!delivery)
                return bad(delivery.error().detail);
            if (delivery->kind == CodeDeliveryConfig::Kind::Drop) {
                const std::optional<QString> resolved = resolve(delivery->argument);
                if (!resolved)
                    return bad(pathRefused(key));
                delivery->argument = *resolved;
            }
            delivery->from = next.codes.from; // mail-from may come before or after codes
            next.codes = *delivery;
        } else if (key == QStringLiteral("mail-from")) {
            if (!isPlainAddress(value))
                return bad(QStringLiteral("mail-from must be a plain address like "
                                          "cardinal@example.org"));
            next.codes.from = value;
        } else if (key == QStringLiteral("server-name")) {
            if (value.size() > MaxServerNameChars)
                return bad(QStringLiteral("server-name is longer than %1 characters")
                               .arg(MaxServerNameChars));
            next.serverName = value;
        } else if (key == QStringLiteral("kt-origin")) {
            if (!transparency::isValidNoteKeyName(value) ||
                value.toUtf8().size() > transparency::MaxCheckpointOriginBytes)
                return bad(QStringLiteral("kt-origin must be a name without spaces or '+', "
                                          "like chat.example.org/cardinal-kt"));
            next.transparency.origin = value;
        } else if (key == QStringLiteral("kt-epoch")) {
            bool isNumber = false;
            const double seconds = value.toDouble(&isNumber);
            const bool inRange = isNumber && seconds >= 0.02 && seconds <= 3600; // NaN fails
            const auto epoch = std::chrono::milliseconds(inRange ? qint64(seconds * 1000) : 0);
            if (!inRange || epoch < TransparencyConfig::MinEpoch ||
                epoch > TransparencyConfig::MaxEpoch)
                return bad(QStringLiteral("kt-epoch must be a number of seconds from 0.02 "
                                          "to 3600"));
            next.transparency.epoch = epoch;
        } else {
            const auto &keys = limitKeys();
            const auto it = std::find_if(keys.begin(), keys.end(), [&](const LimitKey &limit) {
                return key == QLatin1StringView(limit.name);
            });
            if (it == keys.end())
                return bad(QStringLiteral("unknown key \"%1\"").arg(key.left(64)));
            const auto number = parseBounded(value, it->min, it->max);
            if (!number)
                return bad(QStringLiteral("%1 must be a whole number from %2 to %3")
                               .arg(key, QString::number(it->min), QString::number(it->max)));
            it->set(next.limits, *number);
        }
    }
    if (next.tlsCertificate.isEmpty() != next.tlsKey.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("%1: tls-cert and tls-key go together").arg(path));
    *this = std::move(next);
    return {};
}

} // namespace cardinal::server
