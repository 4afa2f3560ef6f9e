// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// Public: the facade. Together with the value headers it includes (conversations.h,
// contacts.h, notices.h, failurereason.h, profilesetup.h) and connection.h for its State, it
// is all ui/ and app/ may include of core/client (tests/unit/check_public_headers enforces
// the list); none of them pulls in QtSql.
#include "common/result.h"
#include "connection.h"
#include "contacts.h"
#include "conversations.h"
#include "crypto/safetynumber.h"
#include "crypto/secure.h"
#include "kttypes.h"
#include "profilesetup.h"

#include <QList>
#include <QObject>
#include <QUrl>

#include <functional>
#include <memory>

namespace cardinal::client {

class Profile;
struct MessengerInternals;
struct ServerSettings;

//! The whole client, as the GUI and the CLI see it: one unlocked profile, its history and
//! contacts, and its link to the server. The stores behind it are private: every read goes
//! through a method, every change through a command that also emits a signal saying what
//! changed, so that every view can follow. State is a property; outcomes of network work
//! arrive through the `Done` callbacks, which are not called once their `context` object is
//! destroyed (a null context counts as destroyed: pass the object that waits, usually
//! `this`); everything that happens on its own is a signal.
//!
//! | signal | fires when |
//! |---|---|
//! | connectionStateChanged | the link goes Connecting / Connected / Online / Disconnected |
//! | messagesAdded | entries are in the history (incoming, outgoing, notices, undecryptable), |
//! |  | incoming ones in the batches the inbox stores them |
//! | messageChanged | an outgoing message was stored, delivered, held or failed |
//! | backlogReceived | after connecting, all the server held for this device is stored |
//! | contactChanged | a contact's card or trust state changed (key change, revocation, |
//! |  | a decision of ours) |
//! | groupsChanged | a group we are in was created, renamed, joined or left, or changed |
//! |  | members |
//! | conversationStarted, conversationRead, | a command of ours listed a conversation, read |
//! | conversationOpened, draftSaved | it, opened it or kept its draft |
//! | registeredChanged, serverChanged | the properties of those names changed |
//! | failed | the link gave up (pinned authority mismatch, device refused) |
//!
//! A signal fires after the change is stored, so a slot that reads it back sees it.
//! Lives on the thread that created it (the GUI thread, or the CLI's).
class Messenger : public QObject
{
    Q_OBJECT
    Q_PROPERTY(cardinal::client::Connection::State connectionState READ connectionState NOTIFY
                   connectionStateChanged)
    Q_PROPERTY(bool registered READ isRegistered NOTIFY registeredChanged)
    //! Fixed for a Messenger's life: a profile is one identity.
    Q_PROPERTY(QString identity READ identity CONSTANT)
    Q_PROPERTY(QUrl server READ server NOTIFY serverChanged)

public:
    template<typename T>
    using Done = std::function<void(Result<T>)>;

    // Profiles.
    //! Whether `directory` holds a profile.
    [[nodiscard]] static bool profileExists(const QString &directory);
    //! The identity a profile directory names, read without the passphrase, so an unlock
    //! screen can say whose profile it is: a hint for display only (only opening checks it).
    [[nodiscard]] static Result<QString> profileIdentity(const QString &directory);
    //! Creates a profile in `directory` (keys, self-signed card, keystore sealed under
    //! `passphrase`) and opens it, without blocking the caller's thread: making the keys
    //! and scrypt run on a worker thread (QtConcurrent), the database is opened on the
    //! caller's thread. Fails as Profile::create() would (a profile exists there already,
    //! a bad identity or device label, a short passphrase). Nothing happens if `context` is
    //! destroyed first.
    static void createInBackground(const QString &directory, const ProfileSetup &setup,
                                   crypto::SecureBuffer passphrase, QObject *context,
                                   Done<std::unique_ptr<Messenger>> done);
    //! Unlocks the profile in `directory`. Blocks for the keystore's scrypt (about 100 ms on
    //! a desktop, longer on a slow machine): for a command-line tool, not an event-driven UI.
    [[nodiscard]] static Result<std::unique_ptr<Messenger>>
    open(const QString &directory, const crypto::SecureBuffer &passphrase,
         QObject *parent = nullptr);
    //! open() without blocking the caller's thread: scrypt and unsealing the keys run on a
    //! worker thread (QtConcurrent); the database is then opened on the caller's thread, which
    //! the Messenger lives on, and `done` gets the outcome there. Nothing happens if `context`
    //! is destroyed first (the keys are wiped with the abandoned result).
    static void openInBackground(const QString &directory, crypto::SecureBuffer passphrase,
                                 QObject *context, Done<std::unique_ptr<Messenger>> done);
    ~Messenger() override;

    // Who we are.
    //! Our identity (canonical e-mail address).
    [[nodiscard]] QString identity() const;
    //! This device's id and the label its record shows to contacts.
    [[nodiscard]] protocol::DeviceId deviceId() const;
    [[nodiscard]] QString deviceLabel() const;
    //! Our identity key's fingerprint for reading aloud or comparing by eye: the 32 key bytes
    //! as 16 groups of 4 lowercase hex digits, separated by spaces.
    [[nodiscard]] QString identityFingerprint() const;

    // Server.
    //! The server this profile talks to; empty until set.
    [[nodiscard]] QUrl server() const;
    //! Chooses the server. `authority` pins its authority key up front (from the operator,
    //! as `cardinal-server init` printed it); without it the key is pinned on first contact.
    //! A different server forgets the old pin. Emits serverChanged() when the address changed.
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
    void requestCode(QObject *context, Done<qint64> done);
    //! Publishes our card with a validation token the server's operator issued
    //! (`cardinal-server issue-token`: an invitation from an organisation that verified us
    //! its own way) instead of a code; then the link authenticates. InvalidToken with the
    //! server's reason for a token of another address, expired or used; nothing is
    //! published then.
    void registerWithToken(const QByteArray &token, QObject *context, Done<void> done);
    //! Confirms the code and publishes our card; then the link authenticates.
    //! registeredChanged() fires before `done`.
    void confirmCode(const QString &code, QObject *context, Done<void> done);

    // Conversations and messages (messengerhistory.cpp).
    //! Every conversation, the one with the newest message first, with its unread count and
    //! draft (see HistoryStore::conversations()).
    [[nodiscard]] Result<QList<ConversationSummary>> conversations();
    //! Up to `limit` (> 0) messages of `conversation`, newest first, all older than
    //! `beforeOrderKey` when given: the newest window, then the one before it, and so on.
    [[nodiscard]] Result<QList<HistoryMessage>>
    messages(const ConversationRef &conversation, int limit,
             std::optional<qint64> beforeOrderKey = std::nullopt);
    //! The message with `id`, if there is one.
    [[nodiscard]] Result<std::optional<HistoryMessage>> message(const protocol::MessageId &id);
    //! Our messages not yet accepted by the server (Queued) or waiting for us (Held), oldest
    //! first.
    [[nodiscard]] Result<QList<HistoryMessage>> pendingMessages();
    //! Writes a text message to the history (Queued), emits messagesAdded() and sends it
    //! when possible.
    [[nodiscard]] Result<protocol::MessageId> sendText(const ConversationRef &conversation,
                                                       const QString &text);
    //! Lists `conversation` (on top) before its first message: a chat just started. True
    //! when it was new; then conversationStarted() fires.
    [[nodiscard]] Result<bool> startConversation(const ConversationRef &conversation);
    //! Marks every message of `conversation` read (unread count 0); conversationRead().
    [[nodiscard]] Result<void> markRead(const ConversationRef &conversation);
    //! Records that the person opened `conversation`, so that lastOpened() names it after
    //! unlocking or restarting; conversationOpened().
    [[nodiscard]] Result<void> markOpened(const ConversationRef &conversation);
    //! The conversation markOpened() was called for last, if any.
    [[nodiscard]] Result<std::optional<ConversationRef>> lastOpened();
    //! Keeps `text` as the conversation's draft (blank text removes it; at most MaxDraftBytes
    //! of UTF-8, TooLarge otherwise); draftSaved().
    [[nodiscard]] Result<void> saveDraft(const ConversationRef &conversation, const QString &text);
    //! The conversation's draft; empty when there is none.
    [[nodiscard]] Result<QString> draft(const ConversationRef &conversation);

    // Contacts and trust.
    //! Everyone we have a card for, by identity (not ourselves: the trust store also keeps
    //! our own card, to remember our revoked devices).
    [[nodiscard]] Result<QList<Contact>> contacts();
    //! The contact `identity`, if we have its card.
    [[nodiscard]] Result<std::optional<Contact>> contact(const QString &identity);
    //! Looks `identity` up on the server, verifies and pins its card.
    void lookupContact(const QString &identity, QObject *context, Done<Contact> done);
    //! The safety number between us and a known contact (from its current card).
    [[nodiscard]] Result<crypto::SafetyNumber> safetyNumber(const QString &identity);
    //! Marks a contact verified, recording the safety number compared. For a Changed contact
    //! that is the new key's number: the new key is accepted and held messages are sent.
    [[nodiscard]] Result<void> markVerified(const QString &identity);
    [[nodiscard]] Result<void> clearVerification(const QString &identity);
    //! Accepts a changed contact's new key; held messages are sent to it.
    [[nodiscard]] Result<void> acceptNewKey(const QString &identity);

    // Groups.
    void createGroup(const QString &name, const QStringList &members, QObject *context,
                     Done<QByteArray> done);
    void addMember(const QByteArray &groupId, const QString &identity, QObject *context,
                   Done<void> done);
    void removeMember(const QByteArray &groupId, const QString &identity, QObject *context,
                      Done<void> done);
    //! Renames a group (its owner only); every member's list shows the new name.
    void renameGroup(const QByteArray &groupId, const QString &name, QObject *context,
                     Done<void> done);
    //! Leaves a group (anyone but its owner). Its conversation stays in the history.
    void leaveGroup(const QByteArray &groupId, QObject *context, Done<void> done);
    void groups(QObject *context, Done<QList<GroupInfo>> done);

    // Key backup and devices.
    //! Uploads our identity key sealed under `backupPassphrase`.
    void uploadBackup(const crypto::SecureBuffer &backupPassphrase, QObject *context,
                      Done<void> done);
    //! Our card's active devices, as the server has them.
    void devices(QObject *context, Done<QList<protocol::DeviceRecord>> done);
    //! Revokes one of our devices (never this one).
    void revokeDevice(const protocol::DeviceId &device, QObject *context, Done<void> done);

    // Key transparency (messengertransparency.cpp; docs/key-transparency.md).
    //! What this profile knows of the server's log.
    struct TransparencyStatus
    {
        bool logKeysPinned = false;
        QString origin;                  //!< the log's name, once its keys are pinned
        //! The newest checkpoint checked (size 0 and no note before the first).
        std::uint64_t heldSize = 0;
        QByteArray heldNote;
        KtOwnWatch ownWatch;             //!< how far our own address has been watched
        QList<KtEvidence> evidence;      //!< everything caught, alerts (open) included
        int openAlerts = 0;
    };
    [[nodiscard]] Result<TransparencyStatus> transparencyStatus();
    //! Every card and device the log holds for `identity`, checked (the key history).
    void keyHistory(const QString &identity, QObject *context, Done<KtAddressHistory> done);
    //! Reads our own address's changes since the last look now (it runs by itself at every
    //! login and daily); the number of new alerts.
    void checkOwnAddress(QObject *context, Done<int> done);
    //! Answers once every checkpoint check under way is done, gossip from received
    //! messages included: a one-shot client waits for it before it exits.
    void transparencySettled(QObject *context, Done<void> done);
    //! Closes alert `id` (the evidence is kept).
    [[nodiscard]] Result<void> acknowledgeAlert(qint64 id);

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

Q_SIGNALS:
    void connectionStateChanged(cardinal::client::Connection::State state);
    void registeredChanged(bool registered);
    void serverChanged(const QUrl &server);
    //! New entries of the history, as stored (orderKey set), oldest first.
    void messagesAdded(const QList<cardinal::client::HistoryMessage> &messages);
    //! A message as it is now stored, after its state or delivery counts changed.
    void messageChanged(const cardinal::client::HistoryMessage &message);
    //! Once per connection: every message the server had queued for this device when it
    //! connected is stored (or, with receiving off, left on the server). Servers before
    //! protocol 0.3 do not say so; then it never fires.
    void backlogReceived();
    void contactChanged(const QString &identity);
    void groupsChanged();
    void conversationStarted(const cardinal::client::ConversationRef &conversation);
    void conversationRead(const cardinal::client::ConversationRef &conversation);
    void conversationOpened(const cardinal::client::ConversationRef &conversation);
    void draftSaved(const cardinal::client::ConversationRef &conversation);
    void failed(const cardinal::Error &error);
    //! The log was caught misbehaving (a key we did not create for our address, a split
    //! view, a rewritten log, an answer its proof contradicts): show it, it is an alert.
    void transparencyAlert(const cardinal::client::KtEvidence &evidence);

private:
    friend struct MessengerInternals;
    struct Parts;
    explicit Messenger(std::unique_ptr<Parts> parts, QObject *parent);
    //! The part of opening that follows unlocking the keys (on the Messenger's thread).
    [[nodiscard]] static Result<std::unique_ptr<Messenger>>
    finishOpening(const QString &directory, Result<Profile> profile, QObject *parent);
    //! Runs `unlock` (scrypt) on a worker thread, then finishOpening() on this one.
    static void openOnWorker(const QString &directory, std::function<Result<Profile>()> unlock,
                             QObject *context, Done<std::unique_ptr<Messenger>> done);
    void wire();
    void wireTransparency();
    void publishOwnCard(const QByteArray &token, Done<void> done);
    void watchOwnAddress();
    void watchWithoutSigningIn(QObject *context, Done<int> done);
    void onEvent(const protocol::Frame &event);
    void applyCredentials();
    //! Reads the new entries back (with their order keys) and emits messagesAdded().
    void announceAdded(const QList<protocol::MessageId> &ids);
    //! Reads the changed entry back and emits messageChanged().
    void announceChanged(const protocol::MessageId &id);
    //! Accepts a changed contact's key and releases held messages; no notice.
    [[nodiscard]] Result<void> acceptKey(const QString &identity);
    //! Records the person's trust decision in the contact's conversation.
    void noteDecision(const QString &identity, NoticeKind kind);

    std::unique_ptr<Parts> m_parts;
};

//! Restoring an identity on a new device from the server's key backup, in two steps like
//! registration: request a code, then confirm it (which downloads and opens the backup and
//! creates the profile). The new device joins its card when it first authenticates.
//! As with Messenger, `done` is not called once `context` is destroyed.
class Restore : public QObject
{
    Q_OBJECT

public:
    //! `authority` pins the server's key up front, as for Messenger::setServer().
    Restore(const QUrl &server, const QString &identity,
            std::optional<crypto::Ed25519PublicKey> authority = {}, QObject *parent = nullptr);
    ~Restore() override;

    void requestCode(QObject *context, Messenger::Done<qint64> done);
    //! Confirms the code, fetches the backup, and then, on a worker thread (scrypt, twice),
    //! opens it with `backupPassphrase` and creates the profile in `directory` under
    //! `profilePassphrase`.
    void complete(const QString &code, const crypto::SecureBuffer &backupPassphrase,
                  const QString &directory, const QString &deviceLabel,
                  const crypto::SecureBuffer &profilePassphrase, QObject *context,
                  Messenger::Done<void> done);

private:
    //! The part of complete() that runs scrypt: on a worker thread, `done` on this one.
    void createFromBackup(const QString &directory, const QByteArray &backup,
                          std::shared_ptr<crypto::SecureBuffer> backupPassphrase,
                          const protocol::CardBundle &card, const QString &deviceLabel,
                          std::shared_ptr<crypto::SecureBuffer> profilePassphrase,
                          const ServerSettings &settings, Messenger::Done<void> done);

    QString m_identity;
    Connection *m_connection;
};

//! Reads the server settings kept in a profile directory (url, pinned authority key, and
//! since 0.5 the pinned keys of the server's key-transparency log). `server.cbor` holds
//! canonical CBOR [url, authority / null] or [url, authority / null, ktVerifierKey / null,
//! ktVrfKey / null].
struct ServerSettings
{
    QUrl url;
    std::optional<crypto::Ed25519PublicKey> authority;
    std::optional<protocol::kt::LogKeys> transparency;

    [[nodiscard]] static Result<ServerSettings> load(const QString &profileDirectory);
    [[nodiscard]] Result<void> save(const QString &profileDirectory) const;
};

} // namespace cardinal::client
