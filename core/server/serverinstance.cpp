// SPDX-License-Identifier: GPL-3.0-or-later
#include "serverinstance.h"

#include "asyncstorage.h"
#include "channelserver.h"
#include "codedelivery.h"
#include "identityverifier.h"
#include "protocol/identity.h"
#include "serverkeys.h"
#include "sqlitestorage.h"
#include "sqlitesupport.h"
#include "transparencyservice.h"
#include "validationtoken.h"

#include <QDateTime>
#include <QDir>
#include <QTimer>

namespace cardinal::server {

namespace {
constexpr auto PurgeInterval = std::chrono::minutes(1);

QString databasePath(const QString &dataDir)
{
    return QDir(dataDir).filePath(DatabaseFileName);
}
} // namespace

QString transparencyOrigin(const TransparencyConfig &config, const ServerKeys &keys)
{
    if (!config.origin.isEmpty())
        return config.origin;
    const crypto::Sha256Digest digest = crypto::sha256(keys.transparency.publicKey().view());
    return QStringLiteral("cardinal-kt/") +
           QString::fromLatin1(digest.toByteArray().toHex().left(16));
}

Result<InitReport> initDataDirectory(const ServerConfig &config)
{
    const QString &dataDir = config.dataDir;
    if (!QDir().mkpath(dataDir))
        return fail(ErrorCode::IoError, QStringLiteral("cannot create %1").arg(dataDir));
    QFile::setPermissions(dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                       QFileDevice::ExeOwner);
    auto keys = ServerKeys::create(dataDir);
    if (!keys)
        return fail(keys.error());
    auto storage = SqliteStorage::open(databasePath(dataDir));
    if (!storage)
        return fail(storage.error());
    const crypto::Ed25519PublicKey &authority = keys->authority.publicKey();
    return InitReport{authorityFingerprint(authority), publicKeyHex(authority),
                      publicKeyHex(keys->transparency.publicKey()),
                      QString::fromLatin1(keys->labels.publicKey().toByteArray().toHex()),
                      transparency::NoteVerifier{transparencyOrigin(config.transparency, *keys),
                                                 keys->transparency.publicKey()}
                          .encode()};
}

Result<IssuedToken> issueValidationToken(const QString &dataDir, const QString &identity,
                                         const QString &purpose, qint64 lifetimeSeconds)
{
    if (lifetimeSeconds < MinIssuedTokenLifetimeSeconds ||
        lifetimeSeconds > MaxIssuedTokenLifetimeSeconds)
        return fail(ErrorCode::InvalidArgument, QStringLiteral("a token lives 1 minute to 30 days"));
    auto canonical = protocol::normalizeEmail(identity);
    if (!canonical)
        return fail(canonical.error());
    auto keys = ServerKeys::load(dataDir);
    if (!keys)
        return fail(keys.error());
    const qint64 now = QDateTime::currentSecsSinceEpoch();
    const ValidationToken token = ValidationToken::mint(keys->application, *canonical, purpose,
                                                        now, lifetimeSeconds, crypto::systemRandom());
    return IssuedToken{QString::fromLatin1(token.encode().toBase64(
                           QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals)),
                       now + lifetimeSeconds};
}

struct ServerInstance::Parts
{
    Parts(const ServerConfig &c, ServerKeys k) : config(c), keys(std::move(k)) {}

    ServerConfig config;
    ServerKeys keys;
    std::unique_ptr<AsyncStorage> storage;
    std::unique_ptr<CodeDelivery> delivery;
    std::unique_ptr<IdentityVerifier> verifier;
    std::unique_ptr<TransparencyService> transparency;
    std::unique_ptr<ChannelServer> server;
    QTimer purgeTimer;
};

ServerInstance::ServerInstance(std::unique_ptr<Parts> parts) : m_parts(std::move(parts)) {}

ServerInstance::~ServerInstance()
{
    // The front goes first: no session may touch storage while it closes.
    m_parts->server.reset();
}

QUrl ServerInstance::url() const
{
    return m_parts->server->url();
}

Result<std::unique_ptr<ServerInstance>> ServerInstance::start(const ServerConfig &config)
{
    auto keys = ServerKeys::load(config.dataDir);
    if (!keys)
        return fail(keys.error().code,
                    keys.error().message() +
                        QStringLiteral(" (run 'cardinal-server init --data %1' first)").arg(config.dataDir));
    auto storage = AsyncStorage::start(
        [path = databasePath(config.dataDir)]() -> Result<std::unique_ptr<Storage>> {
            auto opened = SqliteStorage::open(path);
            if (!opened)
                return fail(opened.error());
            return std::unique_ptr<Storage>(std::move(*opened));
        });
    if (!storage)
        return fail(storage.error());

    auto parts = std::make_unique<Parts>(config, std::move(*keys));
    parts->storage = std::move(*storage);
    const int codeLifetime = parts->config.limits.codeLifetimeSeconds;
    parts->delivery = makeCodeDelivery(parts->config.codes, codeLifetime);
    parts->verifier =
        std::make_unique<IdentityVerifier>(*parts->storage, parts->keys, *parts->delivery);
    parts->verifier->setCodeLifetimeSeconds(codeLifetime);
    const auto now = [] { return QDateTime::currentMSecsSinceEpoch(); };
    auto transparency =
        TransparencyService::start(*parts->storage, parts->keys,
                                   {transparencyOrigin(parts->config.transparency, parts->keys),
                                    parts->config.transparency.epoch, TransparencyConfig::MaxEpoch},
                                   now);
    if (!transparency)
        return fail(transparency.error());
    parts->transparency = std::move(*transparency);
    parts->server = std::make_unique<ChannelServer>(parts->config, *parts->storage, parts->keys,
                                                    *parts->verifier, *parts->transparency, now);
    if (auto ok = parts->server->listen(); !ok)
        return fail(ok.error());

    AsyncStorage *store = parts->storage.get();
    QTimer *timer = &parts->purgeTimer;
    QObject::connect(timer, &QTimer::timeout, [store, timer] {
        store->run(
            timer,
            [now = QDateTime::currentSecsSinceEpoch()](Storage &database) {
                return database.purgeExpired(now);
            },
            [](Result<void> purged) {
                if (!purged)
                    qCWarning(lcStorage) << "could not purge expired data:"
                                         << purged.error().message();
            });
    });
    parts->purgeTimer.start(PurgeInterval);
    return std::unique_ptr<ServerInstance>(new ServerInstance(std::move(parts)));
}

} // namespace cardinal::server
