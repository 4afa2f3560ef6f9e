// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "serverconfig.h"
#include "validationtoken.h"

#include <QObject>
#include <QUrl>

#include <memory>

namespace cardinal::server {

//! Names of the files in a server's data directory.
inline constexpr QLatin1StringView DatabaseFileName{"cardinal.sqlite"};

//! What `cardinal-server init` reports: the authority key clients pin.
struct InitReport
{
    QString authorityFingerprint; //!< SHA-256 of the key, grouped hex
    QString authorityKeyHex;      //!< the key itself
    //! The key-transparency keys clients pin next to it (docs/key-transparency.md): the
    //! checkpoints' Ed25519 key and the labels' VRF key, as hex.
    QString transparencyKeyHex;
    QString labelKeyHex;
    //! The checkpoints' verifier key in C2SP note form (origin+keyID+base64 key), as
    //! witnesses and monitors take it.
    QString checkpointVerifierKey;
};

struct ServerKeys;

//! Creates a data directory (`config.dataDir`): the database with its schema and the
//! server's keys. Fails if keys exist there already (they are never silently replaced).
[[nodiscard]] Result<InitReport> initDataDirectory(const ServerConfig &config);

//! The origin of the log's checkpoints: the configured one, or one made from the key.
[[nodiscard]] QString transparencyOrigin(const TransparencyConfig &config, const ServerKeys &keys);

//! A token `cardinal-server issue-token` minted: base64url-encoded, and when it expires.
struct IssuedToken
{
    QString token;
    qint64 expiresAt = 0; //!< Unix seconds
};

//! A validation token for `identity`, minted with the data directory's application key,
//! for operators who verify identities themselves, valid for `lifetimeSeconds` (see
//! parseTokenLifetime()).
[[nodiscard]] Result<IssuedToken>
issueValidationToken(const QString &dataDir, const QString &identity, const QString &purpose,
                     qint64 lifetimeSeconds = ValidationTokenLifetimeSeconds);

//! A running channel server: storage, keys, code delivery, identity verifier and the
//! WebSocket front, wired together and listening. Destroying it closes every connection
//! and the database cleanly.
class ServerInstance : public QObject
{
    Q_OBJECT

public:
    //! Opens the data directory, listens, and starts serving. `config` is copied.
    [[nodiscard]] static Result<std::unique_ptr<ServerInstance>> start(const ServerConfig &config);
    ~ServerInstance() override;

    [[nodiscard]] QUrl url() const;

private:
    struct Parts;
    explicit ServerInstance(std::unique_ptr<Parts> parts);
    std::unique_ptr<Parts> m_parts;
};

} // namespace cardinal::server
