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
GroupInfo groupFrom(const QCborArray &fields)
{
    GroupInfo group{fields.at(0).toByteArray(), fields.at(1).toString(), fields.at(2).toString(), {}};
    for (const QCborValue &member : fields.at(3).toArray())
        group.members.append(member.toString());
    return group;
}

// The label `cardinal-cli card export` uses, so either side reads the other's files.
constexpr QByteArrayView CardArmorLabel = "CARDINAL CARD";

Connection::Reply voidReply(Messenger::Done<void> done)
{
    return [done](Result<QCborArray> reply) { done(reply ? Result<void>() : fail(reply.error())); };
}
} // namespace

void Messenger::createGroup(const QString &name, const QStringList &members, QObject *context,
                            Done<QByteArray> done)
{
    done = guarded(context, std::move(done));
    QCborArray list;
    for (const QString &identity : members)
        list.append(identity);
    m_parts->connection.request(wire::GroupCreate, {name, list},
                                [this, name, done](Result<QCborArray> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    const QByteArray id = reply->at(0).toByteArray();
                                    warnIfFailed(m_parts->history.setGroupTitle(id, name), "keep a group's name");
                                    Q_EMIT groupsChanged();
                                    done(id);
                                });
}

void Messenger::addMember(const QByteArray &groupId, const QString &identity, QObject *context,
                          Done<void> done)
{
    done = guarded(context, std::move(done));
    m_parts->connection.request(wire::GroupAdd, {groupId, identity}, voidReply(std::move(done)));
}

void Messenger::removeMember(const QByteArray &groupId, const QString &identity,
                             QObject *context, Done<void> done)
{
    done = guarded(context, std::move(done));
    m_parts->connection.request(wire::GroupRemove, {groupId, identity}, voidReply(std::move(done)));
}

void Messenger::renameGroup(const QByteArray &groupId, const QString &name, QObject *context,
                            Done<void> done)
{
    done = guarded(context, std::move(done));
    const QString trimmed = name.trimmed();
    m_parts->connection.request(wire::GroupRename, {groupId, trimmed},
                                [this, groupId, trimmed, done](Result<QCborArray> reply) {
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
    m_parts->connection.request(wire::GroupRemove, {groupId, m_parts->profile.identity()},
                                [this, done](Result<QCborArray> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    Q_EMIT groupsChanged();
                                    done({});
                                });
}

void Messenger::groups(QObject *context, Done<QList<GroupInfo>> done)
{
    done = guarded(context, std::move(done));
    m_parts->connection.request(wire::Groups, {}, [this, done](Result<QCborArray> reply) {
        if (!reply)
            return done(fail(reply.error()));
        QList<GroupInfo> list;
        for (const QCborValue &entry : reply->at(0).toArray()) {
            list.append(groupFrom(entry.toArray()));
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
    m_parts->connection.request(wire::BackupStore, {*sealed}, voidReply(std::move(done)));
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
    p.connection.request(wire::RevokeDevice, {device.toByteArray(), signature.toByteArray()},
                         voidReply(std::move(done)));
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
    m_connection->request(wire::RequestCode, {m_identity, wire::PurposeRecover},
                          [done](Result<QCborArray> reply) {
                              if (!reply)
                                  return done(fail(reply.error()));
                              done(reply->at(0).toInteger());
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
    m_connection->request(
        wire::ConfirmCode, {m_identity, wire::PurposeRecover, code.trimmed()},
        [=, this](Result<QCborArray> token) {
            if (!token)
                return done(fail(token.error()));
            m_connection->request(wire::BackupFetch, {token->at(0).toByteArray()}, [=, this](Result<QCborArray> fetched) {
                if (!fetched)
                    return done(fail(fetched.error()));
                const auto authority = m_connection->serverAuthority();
                if (!authority || fetched->size() != 4)
                    return done(fail(ErrorCode::MalformedInput, QStringLiteral("unexpected backup response")));
                QCborArray lookup = *fetched;
                const QByteArray backup = lookup.takeFirst().toByteArray();
                auto card = CardDirectory::verifyResponse(lookup, *authority);
                if (!card)
                    return done(fail(card.error()));
                if (card->bundle.card.content().identity != m_identity || card->revoked)
                    return done(fail(ErrorCode::BadSignature, QStringLiteral("the server returned another card")));
                ServerSettings settings{m_connection->url(), authority};
                createFromBackup(directory, backup, backupPass, card->bundle, deviceLabel,
                                 profilePass, settings, done);
            });
        });
}

} // namespace cardinal::client
