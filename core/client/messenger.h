// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "connection.h"
#include "crypto/safetynumber.h"
#include "historystore.h"
#include "truststore.h"

#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace cardinal::client {

class CardDirectory;
class Inbox;
class Outbox;
class ProfileDatabase;
class Profile;

//! A group as the server describes it.
struct GroupInfo
{
    QByteArray id;
    QString name;
    QString owner;
    QStringList members;
};

//! The whole client, as the GUI and the CLI see it: one unlocked profile, its history and
//! contacts, and its link to the server. Commands are methods; outcomes of network work
//! arrive through the `Done` callbacks; everything that happens on its own is a signal.
//!
//! | signal | fires when |
//! |---|---|
//! | connectionStateChanged | the link goes Connecting / Connected / Online / Disconnected |
//! | messageAdded | a message (incoming, outgoing, or undecryptable) is in the history |
//! | backlogReceived | after connecting, everything the server held for this device is in the history |
//! | messageStateChanged | an outgoing message was stored, delivered, held or failed |
//! | contactChanged | a contact's card or trust state changed (key change, revocation) |
//! | groupsChanged | a group we are in was created, renamed, joined or left, or changed members |
//! | failed | the link gave up (pinned authority mismatch, device refused) |
//!
//! Lives on the thread that created it (the GUI thread, or the CLI's).
class Messenger : public QObject
{
    Q_OBJECT

public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    //! Unlocks the profile in `directory`. Blocks for the keystore's scrypt (about 100 ms on
    //! a desktop, longer on a slow machine): for a command-line tool, not an event-driven UI.
    [[nodiscard]] static Result<std::unique_ptr<Messenger>>
    open(const QString &directory, const crypto::SecureBuffer &passphrase, QObject *parent = nullptr);
    //! open() without blocking the caller's thread: scrypt and unsealing the keys run on a
    //! worker thread (QtConcurrent); the database is then opened on the caller's thread, which
    //! the Messenger lives on, and `done` gets the outcome there. Nothing happens if `context`
    //! is destroyed first (the keys are wiped with the abandoned result).
    static void openInBackground(const QString &directory, crypto::SecureBuffer passphrase,
                                 QObject *context, Done<std::unique_ptr<Messenger>> done);
    ~Messenger() override;

    [[nodiscard]] Profile &profile();
    [[nodiscard]] HistoryStore &history();
    [[nodiscard]] TrustStore &trust();

    // Server.
    //! The server this profile talks to; empty until set.
    [[nodiscard]] QUrl server() const;
    //! Chooses the server. `authority` pins its authority key up front (from the operator,
    //! as `cardinal-server init` printed it); without it the key is pinned on first contact.
    //! A different server forgets the old pin.
    [[nodiscard]] Result<void> setServer(const QUrl &url,
                                         std::optional<crypto::Ed25519PublicKey> authority = {});
    //! Connects (and reconnects after drops) until disconnect().
    void connectToServer();
    void disconnectFromServer();
    [[nodiscard]] Connection::State connectionState() const;
    //! Why the link is not up: the last attempt's failure (a network ErrorCode) or a lost
    //! link; empty while connected and before the first attempt.
    [[nodiscard]] std::optional<Error> connectionProblem() const;
    //! Whether the server has countersigned our card, i.e. registration is complete.
    [[nodiscard]] bool isRegistered() const;
    //! Whether incoming messages are taken (stored and acknowledged) while connected; on by
    //! default. Off, they stay queued on the server for a later session: for a one-shot
    //! command that must not consume what a later `receive` is to show.
    void setReceiving(bool enabled);

    // Registration.
    //! Asks the server to send a code to our identity.
    void requestCode(Done<qint64> done);
    //! Confirms the code and publishes our card; then the link authenticates.
    void confirmCode(const QString &code, Done<void> done);

    // Messages.
    //! Writes a text message to the history (Queued) and sends it when possible.
    [[nodiscard]] Result<protocol::MessageId> sendText(const ConversationRef &conversation,
                                                       const QString &text);

    // Contacts and trust.
    //! Everyone we have a card for, by identity (not ourselves: the trust store also keeps
    //! our own card, to remember our revoked devices).
    [[nodiscard]] Result<QList<Contact>> contacts();
    //! Looks `identity` up on the server, verifies and pins its card.
    void lookupContact(const QString &identity, Done<Contact> done);
    //! The safety number between us and a known contact (from its current card).
    [[nodiscard]] Result<crypto::SafetyNumber> safetyNumber(const QString &identity);
    //! Marks a contact verified, recording the safety number compared. For a Changed contact
    //! that is the new key's number: the new key is accepted and held messages are sent.
    [[nodiscard]] Result<void> markVerified(const QString &identity);
    [[nodiscard]] Result<void> clearVerification(const QString &identity);
    //! Accepts a changed contact's new key; held messages are sent to it.
    [[nodiscard]] Result<void> acceptNewKey(const QString &identity);

    // Groups.
    void createGroup(const QString &name, const QStringList &members, Done<QByteArray> done);
    void addMember(const QByteArray &groupId, const QString &identity, Done<void> done);
    void removeMember(const QByteArray &groupId, const QString &identity, Done<void> done);
    //! Renames a group (its owner only); every member's list shows the new name.
    void renameGroup(const QByteArray &groupId, const QString &name, Done<void> done);
    //! Leaves a group (anyone but its owner). Its conversation stays in the history.
    void leaveGroup(const QByteArray &groupId, Done<void> done);
    void groups(Done<QList<GroupInfo>> done);

    // Key backup and devices.
    //! Uploads our identity key sealed under `backupPassphrase`.
    void uploadBackup(const crypto::SecureBuffer &backupPassphrase, Done<void> done);
    //! Our card's active devices, as the server has them.
    void devices(Done<QList<protocol::DeviceRecord>> done);
    //! Revokes one of our devices (never this one).
    void revokeDevice(const protocol::DeviceId &device, Done<void> done);

    // Account.
    //! Our public card bundle, armoured ("CARDINAL CARD") exactly as `cardinal-cli card
    //! export` writes it: what someone needs to compute our safety number offline. Nothing
    //! secret is in it.
    [[nodiscard]] QByteArray exportCard() const;
    //! Re-seals this profile's keys under `newPassphrase`. WrongPassphrase when
    //! `oldPassphrase` is not the current one; InvalidArgument when the new one is shorter
    //! than MinPassphraseLength. The open session is not affected.
    [[nodiscard]] Result<void> changePassphrase(const crypto::SecureBuffer &oldPassphrase,
                                                const crypto::SecureBuffer &newPassphrase);
    //! Our identity key's fingerprint for reading aloud or comparing by eye: the 32 key bytes
    //! as 16 groups of 4 lowercase hex digits, separated by spaces.
    [[nodiscard]] QString identityFingerprint() const;

Q_SIGNALS:
    void connectionStateChanged(cardinal::client::Connection::State state);
    void messageAdded(const cardinal::protocol::MessageId &id);
    //! Once per connection: every message the server had queued for this device when it
    //! connected is stored (or, with receiving off, left on the server). Servers before
    //! protocol 0.3 do not say so; then it never fires.
    void backlogReceived();
    void messageStateChanged(const cardinal::protocol::MessageId &id);
    void contactChanged(const QString &identity);
    void groupsChanged();
    void failed(const cardinal::Error &error);

private:
    struct Parts;
    explicit Messenger(std::unique_ptr<Parts> parts, QObject *parent);
    //! The part of opening that follows unlocking the keys (on the Messenger's thread).
    [[nodiscard]] static Result<std::unique_ptr<Messenger>>
    finishOpening(const QString &directory, Result<Profile> profile, QObject *parent);
    void wire();
    void onEvent(const protocol::Frame &event);
    void applyCredentials();
    //! Accepts a changed contact's key and releases held messages; no notice.
    [[nodiscard]] Result<void> acceptKey(const QString &identity);
    //! Records the person's trust decision in the contact's conversation.
    void noteDecision(const QString &identity, NoticeKind kind);

    std::unique_ptr<Parts> m_parts;
};

//! Restoring an identity on a new device from the server's key backup, in two steps like
//! registration: request a code, then confirm it (which downloads and opens the backup and
//! creates the profile). The new device joins its card when it first authenticates.
class Restore : public QObject
{
    Q_OBJECT

public:
    //! `authority` pins the server's key up front, as for Messenger::setServer().
    Restore(const QUrl &server, const QString &identity,
            std::optional<crypto::Ed25519PublicKey> authority = {}, QObject *parent = nullptr);
    ~Restore() override;

    void requestCode(Messenger::Done<qint64> done);
    //! Confirms the code, fetches and opens the backup with `backupPassphrase`, and creates
    //! the profile in `directory` under `profilePassphrase`.
    void complete(const QString &code, const crypto::SecureBuffer &backupPassphrase,
                  const QString &directory, const QString &deviceLabel,
                  const crypto::SecureBuffer &profilePassphrase, Messenger::Done<void> done);

private:
    QString m_identity;
    Connection *m_connection;
};

//! Reads the server settings kept in a profile directory (url, pinned authority key).
struct ServerSettings
{
    QUrl url;
    std::optional<crypto::Ed25519PublicKey> authority;

    [[nodiscard]] static Result<ServerSettings> load(const QString &profileDirectory);
    [[nodiscard]] Result<void> save(const QString &profileDirectory) const;
};

} // namespace cardinal::client
