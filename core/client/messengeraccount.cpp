// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: groups, key backup, devices; and Restore, for a new device.
#include "messenger.h"
#include "messenger_p.h"
#include "protocol/armor.h"
#include "protocol/signing.h"

#include <QFutureWatcher>
#include <QtConcurrentRun>

namespace cardinal::client {

using namespace cardinal::protocol;

namespace {
GroupInfo groupFrom(const api::GroupDescription &group)
{
    return {group.id.toByteArray(), group.name, group.owner.toString(), toStrings(group.members)};
}

// The typed fields of a group request, or why there are none: a malformed group id or
// identity never leaves the client.
Result<GroupId> groupIdOf(const QByteArray &bytes)
{
    if (auto id = GroupId::fromBytes(bytes))
        return *id;
    return fail(ErrorCode::InvalidArgument, QStringLiteral("not a group id"));
}

template<typename Change>
Result<Change> membershipChange(const QByteArray &groupId, const QString &identity)
{
    auto group = groupIdOf(groupId);
    if (!group)
        return fail(group.error());
    auto member = Identity::parse(identity);
    if (!member)
        return fail(member.error());
    return Change{{*group, *member}};
}

// The label `cardinal-cli card export` uses, so either side reads the other's files.
constexpr QByteArrayView CardArmorLabel = "CARDINAL CARD";

std::function<void(Result<api::Empty>)> voidReply(Messenger::Done<void> done)
{
    return [done](Result<api::Empty> reply) { done(reply ? Result<void>() : fail(reply.error())); };
}
} // namespace

void Messenger::createGroup(const QString &name, const QStringList &members, QObject *context,
                            Done<QByteArray> done)
{
    done = guarded(context, std::move(done));
    api::GroupCreate request{name, {}};
    for (const QString &identity : members) {
        auto member = Identity::parse(identity);
        if (!member)
            return done(fail(member.error()));
        request.members.append(*member);
    }
    m_parts->connection.call(request,
                                [this, name, done](Result<api::GroupCreate::Reply> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    const QByteArray id = reply->group.toByteArray();
                                    warnIfFailed(m_parts->history.setGroupTitle(id, name), "keep a group's name");
                                    Q_EMIT groupsChanged();
                                    done(id);
                                });
}

void Messenger::addMember(const QByteArray &groupId, const QString &identity, QObject *context,
                          Done<void> done)
{
    done = guarded(context, std::move(done));
    auto request = membershipChange<api::GroupAdd>(groupId, identity);
    if (!request)
        return done(fail(request.error()));
    m_parts->connection.call(*request, voidReply(std::move(done)));
}

void Messenger::removeMember(const QByteArray &groupId, const QString &identity,
                             QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    auto request = membershipChange<api::GroupRemove>(groupId, identity);
    if (!request)
        return done(fail(request.error()));
    m_parts->connection.call(*request, voidReply(std::move(done)));
}

void Messenger::renameGroup(const QByteArray &groupId, const QString &name, QObject *context,
                            Done<void> done)
{
    done = guarded(context, std::move(done));
    const QString trimmed = name.trimmed();
    auto group = groupIdOf(groupId);
    if (!group)
        return done(fail(group.error()));
    m_parts->connection.call(api::GroupRename{*group, trimmed},
                                [this, groupId, trimmed, done](Result<api::Empty> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    warnIfFailed(m_parts->history.setGroupTitle(groupId, trimmed), "keep a group's new name");
                                    Q_EMIT groupsChanged();
                                    done({});
                                });
}

void Messenger::leaveGroup(const QByteArray &groupId, QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    auto request = membershipChange<api::GroupRemove>(groupId, m_parts->profile.identity());
    if (!request)
        return done(fail(request.error()));
    m_parts->connection.call(*request, [this, done](Result<api::Empty> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    Q_EMIT groupsChanged();
                                    done({});
                                });
}

void Messenger::groups(QObject *context, Done<QList<GroupInfo>> done)
{
    done = guarded(context, std::move(done));
    m_parts->connection.call(api::Groups{}, [this, done](Result<api::Groups::Reply> reply) {
        if (!reply)
            return done(fail(reply.error()));
        QList<GroupInfo> list;
        for (const api::GroupDescription &entry : std::as_const(reply->groups)) {
            list.append(groupFrom(entry));
            warnIfFailed(m_parts->history.setGroupTitle(list.last().id, list.last().name),
                         "keep a group's name");
        }
        done(list);
    });
}

void Messenger::uploadBackup(const crypto::SecureBuffer &backupPassphrase, QObject *context,
                             Done<void> done)
{
    done = guarded(context, std::move(done));
    auto sealed = m_parts->profile.sealIdentityBackup(backupPassphrase);
    if (!sealed)
        return done(fail(sealed.error()));
    m_parts->connection.call(api::BackupStore{*sealed}, voidReply(std::move(done)));
}

void Messenger::devices(QObject *context, Done<QList<DeviceRecord>> done)
{
    done = guarded(context, std::move(done));
    Parts &p = *m_parts;
    p.directory.invalidate(p.profile.identity());
    p.directory.lookup(p.profile.identity(), [this, done](Result<VerifiedCard> card) {
        if (!card)
            return done(fail(card.error()));
        if (card->bundle.card.id() != m_parts->profile.cardId())
            return done(fail(ErrorCode::BadSignature,
                             QStringLiteral("the server shows a card for you that is not yours")));
        warnIfFailed(m_parts->profile.storeOwnBundle(card->bundle), "keep our own card");
        done(card->bundle.devices);
    });
}

void Messenger::revokeDevice(const DeviceId &device, QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    Parts &p = *m_parts;
    if (device == p.profile.deviceId())
        return done(fail(ErrorCode::InvalidArgument, QStringLiteral("this device cannot revoke itself")));
    const auto signature = signWithContext(p.profile.identityKey(), DeviceRevocationContext,
                                           {p.profile.cardId().view(), device.view()});
    p.connection.call(api::RevokeDevice{device, signature}, voidReply(std::move(done)));
}

QByteArray Messenger::exportCard() const
{
    return armor(CardArmorLabel, m_parts->profile.ownBundle().encode());
}

Result<void> Messenger::changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                         const crypto::SecureBuffer &newPassphrase)
{
    return m_parts->profile.changePassphrase(oldPassphrase, newPassphrase);
}

QString Messenger::identityFingerprint() const
{
    const QByteArray hex = m_parts->profile.identityKey().publicKey().toByteArray().toHex();
    QStringList groups;
    for (qsizetype i = 0; i < hex.size(); i += 4)
        groups.append(QString::fromLatin1(hex.mid(i, 4)));
    return groups.join(u' ');
}

Restore::Restore(const QUrl &server, const QString &identity,
                 std::optional<crypto::Ed25519PublicKey> authority, QObject *parent)
    : QObject(parent), m_identity(normalizeEmail(identity).hasValue() ? *normalizeEmail(identity) : identity),
      m_connection(new Connection(server, this))
{
    m_connection->setAutoReconnect(false);
    m_connection->setPinnedAuthority(authority);
    m_connection->open();
}

Restore::~Restore() = default;

void Restore::createFromBackup(const QString &directory, const QByteArray &backup,
                               std::shared_ptr<crypto::SecureBuffer> backupPassphrase,
                               const CardBundle &card, const QString &deviceLabel,
                               std::shared_ptr<crypto::SecureBuffer> profilePassphrase,
                               const ServerSettings &settings, Messenger::Done<void> done)
{
    // Opening the backup and sealing the new keystore each run scrypt: on a worker thread,
    // which touches nothing but these values and the new profile's files.
    auto *watcher = new QFutureWatcher<Result<void>>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [watcher, directory, settings, done] {
        const Result<void> created = watcher->result();
        watcher->deleteLater();
        if (!created)
            return done(created);
        done(settings.save(directory));
    });
    watcher->setFuture(QtConcurrent::run([directory, backup, backupPassphrase, card, deviceLabel,
                                          profilePassphrase]() -> Result<void> {
        auto profile = Profile::createFromBackup(directory, backup, *backupPassphrase, card,
                                                 deviceLabel, *profilePassphrase);
        if (!profile)
            return fail(profile.error());
        return {};
    }));
}

void Restore::requestCode(QObject *context, Messenger::Done<qint64> done)
{
    done = guarded(context, std::move(done));
    auto identity = Identity::parse(m_identity);
    if (!identity)
        return done(fail(identity.error()));
    m_connection->call(api::RequestCode{*identity, CodePurpose::Recover},
                       [done](Result<api::RequestCode::Reply> reply) {
                           if (!reply)
                               return done(fail(reply.error()));
                           done(reply->expiresInSeconds);
                       });
}

void Restore::complete(const QString &code, const crypto::SecureBuffer &backupPassphrase,
                       const QString &directory, const QString &deviceLabel,
                       const crypto::SecureBuffer &profilePassphrase, QObject *context,
                       Messenger::Done<void> done)
{
    done = guarded(context, std::move(done));
    auto backupPass = std::make_shared<crypto::SecureBuffer>(backupPassphrase.copy());
    auto profilePass = std::make_shared<crypto::SecureBuffer>(profilePassphrase.copy());
    auto identity = Identity::parse(m_identity);
    if (!identity)
        return done(fail(identity.error()));
    m_connection->call(
        api::ConfirmCode{*identity, CodePurpose::Recover, code.trimmed()},
        [=, this](Result<api::ConfirmCode::Reply> token) {
            if (!token)
                return done(fail(token.error()));
            m_connection->call(api::BackupFetch{token->token},
                               [=, this](Result<api::BackupFetch::Reply> fetched) {
                if (!fetched)
                    return done(fail(fetched.error()));
                const auto authority = m_connection->serverAuthority();
                if (!authority)
                    return done(fail(ErrorCode::Unreachable,
                                     QStringLiteral("no server authority key")));
                const QByteArray &backup = fetched->keystore;
                auto card = CardDirectory::verifyResponse(fetched->card, *authority);
                if (!card)
                    return done(fail(card.error()));
                if (card->bundle.card.content().identity != m_identity || card->revoked)
                    return done(fail(ErrorCode::BadSignature, QStringLiteral("the server returned another card")));
                ServerSettings settings{m_connection->url(), authority,
                                        m_connection->serverLogKeys()};
                createFromBackup(directory, backup, backupPass, card->bundle, deviceLabel,
                                 profilePass, settings, done);
            });
        });
}

} // namespace cardinal::client
