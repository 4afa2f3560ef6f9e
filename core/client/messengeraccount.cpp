// SPDX-License-Identifier: GPL-3.0-or-later
// Messenger: groups, key backup, devices; and Restore, for a new device.
#include "messenger.h"
#include "messenger_p.h"
#include "protocol/armor.h"
#include "protocol/signing.h"

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

void Messenger::createGroup(const QString &name, const QStringList &members, Done<QByteArray> done)
{
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

void Messenger::addMember(const QByteArray &groupId, const QString &identity, Done<void> done)
{
    m_parts->connection.request(wire::GroupAdd, {groupId, identity}, voidReply(std::move(done)));
}

void Messenger::removeMember(const QByteArray &groupId, const QString &identity, Done<void> done)
{
    m_parts->connection.request(wire::GroupRemove, {groupId, identity}, voidReply(std::move(done)));
}

void Messenger::renameGroup(const QByteArray &groupId, const QString &name, Done<void> done)
{
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

void Messenger::leaveGroup(const QByteArray &groupId, Done<void> done)
{
    m_parts->connection.request(wire::GroupRemove, {groupId, m_parts->profile.identity()},
                                [this, done](Result<QCborArray> reply) {
                                    if (!reply)
                                        return done(fail(reply.error()));
                                    Q_EMIT groupsChanged();
                                    done({});
                                });
}

void Messenger::groups(Done<QList<GroupInfo>> done)
{
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

void Messenger::uploadBackup(const crypto::SecureBuffer &backupPassphrase, Done<void> done)
{
    auto sealed = m_parts->profile.sealIdentityBackup(backupPassphrase);
    if (!sealed)
        return done(fail(sealed.error()));
    m_parts->connection.request(wire::BackupStore, {*sealed}, voidReply(std::move(done)));
}

void Messenger::devices(Done<QList<DeviceRecord>> done)
{
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

void Messenger::revokeDevice(const DeviceId &device, Done<void> done)
{
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

void Restore::requestCode(Messenger::Done<qint64> done)
{
    m_connection->request(wire::RequestCode, {m_identity, wire::PurposeRecover},
                          [done](Result<QCborArray> reply) {
                              if (!reply)
                                  return done(fail(reply.error()));
                              done(reply->at(0).toInteger());
                          });
}

void Restore::complete(const QString &code, const crypto::SecureBuffer &backupPassphrase,
                       const QString &directory, const QString &deviceLabel,
                       const crypto::SecureBuffer &profilePassphrase, Messenger::Done<void> done)
{
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
                auto profile = Profile::createFromBackup(directory, backup, *backupPass, card->bundle,
                                                         deviceLabel, *profilePass);
                if (!profile)
                    return done(fail(profile.error()));
                ServerSettings settings{m_connection->url(), authority};
                done(settings.save(directory));
            });
        });
}

} // namespace cardinal::client
