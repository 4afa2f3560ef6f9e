// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: registration, restore, key backup, devices.
#include "onlinecommands.h"
#include "onlinesession.h"
#include "translation.h"

#include "common/fileio.h"
#include "protocol/cborfields.h"
#include "protocol/identity.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>
#include <QDir>
#include <QSysInfo>
#include <QTextStream>

namespace cardinal::cli {

using namespace cardinal::client;

namespace {

constexpr QLatin1StringView RestoreMarker{"restore.cbor"};

QString restoreMarkerPath(const QString &profileDir)
{
    return QDir(profileDir).filePath(RestoreMarker);
}

Result<QUrl> serverUrl(const QString &text)
{
    const QUrl url(text);
    if (!url.isValid() || (url.scheme() != QStringLiteral("ws") && url.scheme() != QStringLiteral("wss")))
        return fail(ErrorCode::InvalidArgument, Cli::tr("--server takes ws://HOST:PORT or wss://HOST:PORT"));
    return url;
}

// --authority KEY: the server's authority key in hex (spaces allowed, as init prints it).
Result<std::optional<crypto::Ed25519PublicKey>> authorityOption(const CliOptions &options)
{
    if (options.authority.isEmpty())
        return std::optional<crypto::Ed25519PublicKey>{};
    auto key = crypto::Ed25519PublicKey::fromBytes(
        QByteArray::fromHex(QString(options.authority).remove(u' ').toLatin1()));
    if (!key)
        return fail(ErrorCode::InvalidArgument, Cli::tr("--authority takes the 64 hex digits of the key"));
    return std::optional(*key);
}

//! The token as `cardinal-server issue-token` printed it (base64url, one line), from the
//! option or, for "-", from standard input (so that it stays out of the process list).
Result<QByteArray> tokenOption(const CliOptions &options)
{
    QString text = options.token;
    if (text == QStringLiteral("-"))
        text = QTextStream(stdin).readLine(4096);
    auto decoded = QByteArray::fromBase64Encoding(
        text.trimmed().toLatin1(),
        QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals |
            QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.isEmpty())
        return fail(ErrorCode::InvalidArgument,
                    Cli::tr("that is not a token as 'cardinal-server issue-token' prints it"));
    return decoded.decoded;
}

void printRegistered(const CliOptions &options, const Messenger &messenger)
{
    Printer(options.json).line(Cli::tr("registered %1").arg(messenger.identity()),
                               {{QStringLiteral("type"), QStringLiteral("registered")},
                                {QStringLiteral("identity"), messenger.identity()}});
}

Result<void> registerWithToken(OnlineSession &session, const CliOptions &options)
{
    auto token = tokenOption(options);
    if (!token)
        return fail(token.error());
    Messenger &messenger = session.messenger();
    auto registered = session.await<void>([&](QObject *context, Messenger::Done<void> done) {
        messenger.registerWithToken(*token, context, done);
    });
    if (!registered)
        return registered;
    if (auto ok = session.connect(); !ok)
        return ok;
    printRegistered(options, messenger);
    return {};
}

} // namespace

Result<void> runRegister(const CliOptions &options)
{
    auto url = serverUrl(options.server);
    if (!url)
        return fail(url.error());
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    if (messenger.isRegistered())
        return fail(ErrorCode::Conflict, Cli::tr("this profile is registered already"));
    auto authority = authorityOption(options);
    if (!authority)
        return fail(authority.error());
    if (auto ok = messenger.setServer(*url, *authority); !ok)
        return ok;
    if (auto ok = (*session)->connect(Connection::State::Connected); !ok)
        return ok;
    if (!options.token.isEmpty())
        return registerWithToken(**session, options);
    auto expires = (*session)->await<qint64>([&](QObject *context, Messenger::Done<qint64> done) {
        messenger.requestCode(context, done);
    });
    if (!expires)
        return fail(expires.error());
    const int minutes = int((*expires + 59) / 60);
    Printer(options.json).line(Cli::tr("a code was sent to %1; it expires in %n minutes. "
                                       "Run: cardinal-cli confirm CODE",
                                       nullptr, minutes)
                                   .arg(messenger.identity()),
                               {{QStringLiteral("type"), QStringLiteral("code-sent")},
                                {QStringLiteral("identity"), messenger.identity()},
                                {QStringLiteral("expiresIn"), *expires}});
    return {};
}

Result<void> runRestore(const CliOptions &options)
{
    auto url = serverUrl(options.server);
    if (!url)
        return fail(url.error());
    auto identity = protocol::normalizeEmail(options.identity);
    if (!identity)
        return fail(identity.error());
    if (Messenger::profileExists(options.profileDir))
        return fail(ErrorCode::Conflict, Cli::tr("a profile exists in %1 already").arg(options.profileDir));
    auto authority = authorityOption(options);
    if (!authority)
        return fail(authority.error());
    Restore restore(*url, *identity, *authority);
    QEventLoop loop;
    std::optional<Result<qint64>> sent;
    restore.requestCode(&loop, [&](Result<qint64> result) {
        sent.emplace(std::move(result));
        loop.quit();
    });
    if (!sent)
        OnlineSession::runFor(loop, NetworkTimeout);
    if (!sent)
        return fail(ErrorCode::Unreachable, Cli::tr("no answer from the server"));
    if (!*sent)
        return fail(sent->error());
    if (!QDir().mkpath(options.profileDir))
        return fail(ErrorCode::IoError, Cli::tr("cannot create %1").arg(options.profileDir));
    const QCborValue pinned = *authority ? QCborValue((*authority)->toByteArray()) : QCborValue(nullptr);
    const QByteArray marker = QCborValue(QCborArray{url->toString(), *identity, pinned}).toCbor();
    if (auto ok = writeFileAtomically(restoreMarkerPath(options.profileDir), marker); !ok)
        return ok;
    Printer(options.json).line(Cli::tr("a code was sent to %1. Run: cardinal-cli confirm CODE").arg(*identity),
                               {{QStringLiteral("type"), QStringLiteral("code-sent")},
                                {QStringLiteral("identity"), *identity}});
    return {};
}

namespace {

// `confirm` for a restore started with `restore`: the backup is sealed under the same
// passphrase as the profile it came from, which also protects the new profile.
Result<void> completeRestore(const CliOptions &options, const QString &code)
{
    auto marker = readFileBounded(restoreMarkerPath(options.profileDir), 4096);
    if (!marker)
        return fail(marker.error());
    auto array = protocol::decodeCanonicalArray(*marker, 4096, QStringLiteral("restore marker"));
    if (!array)
        return fail(array.error());
    const QUrl url(array->at(0).toString());
    const QString identity = array->at(1).toString();
    auto passphrase = readPassphrase(options.passphrase, Cli::tr("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    const auto authority = crypto::Ed25519PublicKey::fromBytes(array->at(2).toByteArray());
    Restore restore(url, identity, authority);
    QEventLoop loop;
    std::optional<Result<void>> restored;
    restore.complete(code, *passphrase, options.profileDir, QSysInfo::machineHostName(),
                     *passphrase, &loop, [&](Result<void> result) {
                         restored.emplace(std::move(result));
                         loop.quit();
                     });
    if (!restored)
        OnlineSession::runFor(loop, NetworkTimeout);
    if (!restored)
        return fail(ErrorCode::Unreachable, Cli::tr("no answer from the server"));
    if (!*restored)
        return *restored;
    QFile::remove(restoreMarkerPath(options.profileDir));
    // Join the card now, so the other devices start encrypting to this one.
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Printer(options.json).line(Cli::tr("restored %1 on this device").arg(identity),
                               {{QStringLiteral("type"), QStringLiteral("restored")},
                                {QStringLiteral("identity"), identity}});
    return {};
}

} // namespace

Result<void> runConfirm(const CliOptions &options)
{
    const QString code = options.args.value(0);
    if (QFile::exists(restoreMarkerPath(options.profileDir)) &&
        !Messenger::profileExists(options.profileDir))
        return completeRestore(options, code);
    auto session = OnlineSession::open(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    if (auto ok = (*session)->connect(Connection::State::Connected); !ok)
        return ok;
    auto confirmed = (*session)->await<void>([&](QObject *context, Messenger::Done<void> done) {
        messenger.confirmCode(code, context, done);
    });
    if (!confirmed)
        return confirmed;
    if (auto ok = (*session)->connect(); !ok)
        return ok;
    printRegistered(options, messenger);
    return {};
}

Result<void> runBackupUpload(const CliOptions &options)
{
    auto passphrase = readPassphrase(options.passphrase, Cli::tr("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto uploaded = (*session)->await<void>([&](QObject *context, Messenger::Done<void> done) {
        messenger.uploadBackup(*passphrase, context, done);
    });
    if (!uploaded)
        return uploaded;
    Printer(options.json).line(Cli::tr("key backup stored on the server (sealed under your passphrase)"),
                               {{QStringLiteral("type"), QStringLiteral("backup-stored")}});
    return {};
}

Result<void> runDevices(const CliOptions &options)
{
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto devices = (*session)->await<QList<protocol::DeviceRecord>>(
        [&](QObject *context, Messenger::Done<QList<protocol::DeviceRecord>> done) {
            messenger.devices(context, done);
        });
    if (!devices)
        return fail(devices.error());
    const Printer printer(options.json);
    for (const protocol::DeviceRecord &device : *devices) {
        const bool self = device.deviceId() == messenger.deviceId();
        const QString id = protocol::toHex(device.deviceId());
        const QString note = self ? QString(QStringLiteral("  ") + Cli::tr("(this device)")) : QString();
        printer.line(QStringLiteral("%1  %2%3").arg(id, device.content().label, note),
                     {{QStringLiteral("type"), QStringLiteral("device")},
                      {QStringLiteral("id"), id},
                      {QStringLiteral("label"), device.content().label},
                      {QStringLiteral("thisDevice"), self}});
    }
    return {};
}

Result<void> runRevoke(const CliOptions &options)
{
    const auto device = protocol::idFromHex<protocol::DeviceId>(options.device);
    if (!device)
        return fail(ErrorCode::InvalidArgument, Cli::tr("--device takes a device id (see 'devices')"));
    auto session = OnlineSession::openOnline(options);
    if (!session)
        return fail(session.error());
    Messenger &messenger = (*session)->messenger();
    auto revoked = (*session)->await<void>([&](QObject *context, Messenger::Done<void> done) {
        messenger.revokeDevice(*device, context, done);
    });
    if (!revoked)
        return revoked;
    Printer(options.json).line(Cli::tr("revoked device %1").arg(options.device),
                               {{QStringLiteral("type"), QStringLiteral("device-revoked")},
                                {QStringLiteral("id"), options.device}});
    return {};
}

} // namespace cardinal::cli
