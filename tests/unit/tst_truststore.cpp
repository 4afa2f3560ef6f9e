// SPDX-License-Identifier: GPL-3.0-or-later
// The trust store on real SQLite files: trust on first use, every state transition, held
// key changes, revocation, persistence, tampering and what reaches the disk.
#include "client/historystore.h"
#include "client/truststore.h"
#include "crypto/safetynumber.h"
#include "profilestoresupport.h"

#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;
using namespace cardinal::protocol;
using crypto::Ed25519KeyPair;

namespace {

const QString alice = QStringLiteral("alice@example.org");

std::span<const std::uint8_t> seedBytes(const char *text)
{
    return {reinterpret_cast<const std::uint8_t *>(text), std::strlen(text)};
}

struct Fixture
{
    crypto::DeterministicRandom random{seedBytes("tst_truststore")};
    Ed25519KeyPair aliceKey = Ed25519KeyPair::generate(random);
    Ed25519KeyPair bobKey = Ed25519KeyPair::generate(random);
    Ed25519KeyPair bobNewKey = Ed25519KeyPair::generate(random);
    Ed25519KeyPair attackerKey = Ed25519KeyPair::generate(random);
    Ed25519KeyPair carolKey = Ed25519KeyPair::generate(random);

    //! A card for `identity` and `key` with `devices` signed device records.
    CardBundle bundle(const QString &identity, const Ed25519KeyPair &key, int devices = 1,
                      qint64 createdAt = 1'700'000'000)
    {
        Card card =
            *Card::create({IdentityType::Email, identity, key.publicKey(), createdAt, {}}, key);
        QList<DeviceRecord> records;
        for (int i = 0; i < devices; ++i) {
            DeviceId id;
            id.span()[0] = std::uint8_t(i + 1);
            const auto deviceKey = crypto::X25519KeyPair::generate(random);
            records << *DeviceRecord::create({card.id(), id, QStringLiteral("device %1").arg(i),
                                              deviceKey.publicKey(), createdAt},
                                             key);
        }
        return CardBundle{std::move(card), records};
    }

    QString safetyNumber(const Ed25519KeyPair &theirKey, const QString &them)
    {
        return crypto::SafetyNumber::compute({aliceKey.publicKey(), alice},
                                             {theirKey.publicKey(), them})
            .digits();
    }
};

bool sameBundle(const CardBundle &a, const CardBundle &b)
{
    return a.encode() == b.encode();
}

} // namespace

class TestTrustStore : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<ProfileDatabase> m_db;
    std::optional<TrustStore> m_trust;
    Fixture f;

    TrustStore &trust() { return *m_trust; }

    //! The bundle recipient() offers for `identity`; nothing unless it is Usable.
    std::optional<CardBundle> usableBundle(const QString &identity)
    {
        const Result<Recipient> recipient = trust().recipient(identity);
        if (!recipient || recipient->state != RecipientState::Usable)
            return std::nullopt;
        return recipient->bundle;
    }
    //! Whether recipient() offers exactly `expected` for `identity`.
    bool usableAs(const QString &identity, const CardBundle &expected)
    {
        const std::optional<CardBundle> bundle = usableBundle(identity);
        return bundle && sameBundle(*bundle, expected);
    }
    //! How many devices recipient() offers for `identity`; -1 unless it is Usable.
    qsizetype usableDevices(const QString &identity)
    {
        const std::optional<CardBundle> bundle = usableBundle(identity);
        return bundle ? bundle->devices.size() : -1;
    }
    //! recipient()'s state for `identity`; nothing when it fails.
    std::optional<RecipientState> recipientState(const QString &identity)
    {
        const Result<Recipient> recipient = trust().recipient(identity);
        return recipient ? std::optional(recipient->state) : std::nullopt;
    }

private Q_SLOTS:
    // A fresh database for each test.
    void init()
    {
        m_trust.reset();
        m_db.reset();
        QFile::remove(m_dir.filePath(QStringLiteral("profile.sqlite")));
        m_db = openDatabase(m_dir.path());
        QVERIFY(m_db);
        m_trust.emplace(*m_db);
    }

    void pinsOnFirstUse()
    {
        const CardBundle card = f.bundle(bob, f.bobKey);
        QCOMPARE(*trust().observe(card), TrustEvent::FirstSeen);
        const auto contact = trust().contact(QStringLiteral(" Bob@Example.org "));
        QVERIFY_OK(contact);
        QVERIFY(contact->has_value());
        const Contact &c = **contact;
        QCOMPARE(c.identity, bob);
        QCOMPARE(c.state, TrustState::Unverified);
        QCOMPARE(c.cardId, card.card.id());
        QCOMPARE(c.identityKey, f.bobKey.publicKey());
        QVERIFY(!c.pendingBundle);
        QVERIFY(c.verifiedSafetyNumber.isEmpty());
        QVERIFY(c.updatedAt > 0);
        QVERIFY(sameBundle(c.currentBundle, card));
        QVERIFY(usableAs(bob, card));
        // The same bundle again: nothing to report, nothing rewritten.
        QCOMPARE(*trust().observe(card), TrustEvent::None);
        QCOMPARE((*trust().contact(bob))->updatedAt, c.updatedAt);

        QVERIFY(!trust().contact(carol)->has_value());
        // Not knowing someone is a state of theirs, not an error.
        QCOMPARE(recipientState(carol), std::optional(RecipientState::Unknown));
        QVERIFY(!trust().recipient(carol)->bundle);
        QVERIFY_FAILS(trust().contact(QStringLiteral("not an address")),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(trust().recipient(QStringLiteral("not an address")),
                      ErrorCode::InvalidArgument);
    }

    void anUnchangedCardNeedsNoWriteLock()
    {
        // The inbox observes the sender's card for every message while the history writer
        // commits batches on another connection: the same card again must not wait for it.
        const CardBundle card = f.bundle(bob, f.bobKey);
        QCOMPARE(*trust().observe(card), TrustEvent::FirstSeen);
        withRawDatabase(m_dir.path(), [&](QSqlDatabase &other) {
            QVERIFY(rawExec(other, QStringLiteral("PRAGMA busy_timeout = 0")));
            QVERIFY(rawExec(other, QStringLiteral("BEGIN IMMEDIATE"))); // the write lock
            const Result<TrustEvent> again = trust().observe(card);
            QVERIFY_OK(again);
            QCOMPARE(*again, TrustEvent::None);
            QVERIFY(rawExec(other, QStringLiteral("ROLLBACK")));
        });
        // A change still takes the lock and is kept.
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey, 2)), TrustEvent::DevicesChanged);
        QCOMPARE((*trust().contact(bob))->currentBundle.devices.size(), 2);
    }

    void followsDeviceChangesUnderTheSameKey()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey, 1)), TrustEvent::FirstSeen);
        const CardBundle twoDevices = f.bundle(bob, f.bobKey, 2);
        QCOMPARE(*trust().observe(twoDevices), TrustEvent::DevicesChanged);
        QCOMPARE(usableDevices(bob), 2);
        const CardBundle reissued = f.bundle(bob, f.bobKey, 1, 1'800'000'000); // new card id
        QCOMPARE(*trust().observe(reissued), TrustEvent::DevicesChanged);
        QCOMPARE((*trust().contact(bob))->cardId, reissued.card.id());
        QCOMPARE((*trust().contact(bob))->state, TrustState::Unverified);
    }

    // A device that left the card, or that the directory reports revoked, is never
    // encrypted to again, even when a (malicious) directory later lists it as active.
    void remembersRevokedDevices()
    {
        const CardBundle two = f.bundle(bob, f.bobKey, 2);
        QCOMPARE(*trust().observe(two), TrustEvent::FirstSeen);
        CardBundle one = two;
        one.devices.removeLast();
        QVERIFY(trust().observe(one));
        QCOMPARE((*trust().contact(bob))->revokedDevices.size(), 1);
        QVERIFY(trust().observe(two)); // the revoked record comes back
        QCOMPARE(usableDevices(bob), 1);
        QCOMPARE(usableBundle(bob)->devices.first().deviceId(), two.devices.first().deviceId());

        QVERIFY(trust().observe(two, false, {two.devices.first().deviceId()}));
        QCOMPARE(recipientState(bob), std::optional(RecipientState::Usable));
        QCOMPARE(usableDevices(bob), 0);
        QCOMPARE((*trust().contact(bob))->revokedDevices.size(), 2);
    }

    void adoptsAnUnverifiedKeyChangeWithANotice()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey)), TrustEvent::FirstSeen);
        const CardBundle changed = f.bundle(bob, f.bobNewKey);
        QCOMPARE(*trust().observe(changed), TrustEvent::KeyChangedNotice);
        const Contact c = **trust().contact(bob);
        QCOMPARE(c.state, TrustState::Unverified);
        QCOMPARE(c.identityKey, f.bobNewKey.publicKey());
        QVERIFY(!c.pendingBundle);
        QVERIFY(usableAs(bob, changed));
    }

    void holdsAVerifiedKeyChangeUntilAccepted()
    {
        const CardBundle original = f.bundle(bob, f.bobKey);
        QCOMPARE(*trust().observe(original), TrustEvent::FirstSeen);
        const QString number = f.safetyNumber(f.bobKey, bob);
        QVERIFY_OK(trust().markVerified(bob, number));
        QCOMPARE((*trust().contact(bob))->state, TrustState::Verified);
        QCOMPARE((*trust().contact(bob))->verifiedSafetyNumber, number);

        // A server swaps in another key: held, nothing is encrypted to it.
        const CardBundle attacker = f.bundle(bob, f.attackerKey);
        QCOMPARE(*trust().observe(attacker), TrustEvent::KeyChangedHeld);
        Contact c = **trust().contact(bob);
        QCOMPARE(c.state, TrustState::Changed);
        QCOMPARE(c.identityKey, f.bobKey.publicKey());
        QVERIFY(sameBundle(c.currentBundle, original));
        QVERIFY(c.pendingBundle && sameBundle(*c.pendingBundle, attacker));
        QCOMPARE(c.verifiedSafetyNumber, number);
        // Held is a state of the contact's, with nothing to encrypt to; what the state does
        // not allow is still Forbidden.
        const auto held = trust().recipient(bob);
        QVERIFY_OK(held);
        QCOMPARE(held->state, RecipientState::Held);
        QVERIFY(!held->bundle);
        QCOMPARE(*trust().observe(attacker), TrustEvent::None);
        QVERIFY_FAILS(trust().markVerified(bob, number), ErrorCode::Forbidden);
        QVERIFY_FAILS(trust().clearVerification(bob), ErrorCode::Forbidden);
        QCOMPARE(recipientState(bob), std::optional(RecipientState::Held));

        // The old key's devices change meanwhile: still held.
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey, 2)), TrustEvent::DevicesChanged);
        QCOMPARE((*trust().contact(bob))->state, TrustState::Changed);
        // Yet another key replaces the pending one.
        const CardBundle renewed = f.bundle(bob, f.bobNewKey);
        QCOMPARE(*trust().observe(renewed), TrustEvent::KeyChangedHeld);
        QVERIFY(sameBundle(*(*trust().contact(bob))->pendingBundle, renewed));
        QCOMPARE(recipientState(bob), std::optional(RecipientState::Held));

        QVERIFY_OK(trust().acceptNewKey(bob));
        c = **trust().contact(bob);
        QCOMPARE(c.state, TrustState::Unverified);
        QCOMPARE(c.identityKey, f.bobNewKey.publicKey());
        QVERIFY(!c.pendingBundle);
        QVERIFY(c.verifiedSafetyNumber.isEmpty());
        QVERIFY(usableAs(bob, renewed));
        QVERIFY_FAILS(trust().acceptNewKey(bob), ErrorCode::Forbidden);
        // Re-verifying the new key.
        QVERIFY_OK(trust().markVerified(bob, f.safetyNumber(f.bobNewKey, bob)));
        QCOMPARE((*trust().contact(bob))->state, TrustState::Verified);
    }

    void verifiesOnlyFromUnverified()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey)), TrustEvent::FirstSeen);
        const QString number = f.safetyNumber(f.bobKey, bob);
        QVERIFY_FAILS(trust().markVerified(bob, number.left(59)), ErrorCode::InvalidArgument);
        QVERIFY_FAILS(trust().markVerified(bob, number.left(59) + QLatin1Char('x')),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(trust().markVerified(carol, number), ErrorCode::NotFound);
        QVERIFY_FAILS(trust().clearVerification(bob), ErrorCode::Forbidden);
        QVERIFY_FAILS(trust().acceptNewKey(bob), ErrorCode::Forbidden);
        const QString display = crypto::SafetyNumber::compute({f.aliceKey.publicKey(), alice},
                                                              {f.bobKey.publicKey(), bob})
                                    .displayText();
        QVERIFY_OK(trust().markVerified(QStringLiteral("BOB@example.org"), display));
        QCOMPARE((*trust().contact(bob))->verifiedSafetyNumber, number); // spaces dropped
        QVERIFY_FAILS(trust().markVerified(bob, number), ErrorCode::Forbidden);
        QVERIFY_OK(trust().clearVerification(bob));
        const Contact c = **trust().contact(bob);
        QCOMPARE(c.state, TrustState::Unverified);
        QVERIFY(c.verifiedSafetyNumber.isEmpty());
    }

    void neverEncryptsToARevokedCard()
    {
        const CardBundle original = f.bundle(bob, f.bobKey);
        QCOMPARE(*trust().observe(original), TrustEvent::FirstSeen);
        QVERIFY_OK(trust().markVerified(bob, f.safetyNumber(f.bobKey, bob)));
        QCOMPARE(*trust().observe(original, true), TrustEvent::Revoked);
        QCOMPARE((*trust().contact(bob))->state, TrustState::Revoked);
        QCOMPARE(recipientState(bob), std::optional(RecipientState::Revoked));
        QVERIFY(!trust().recipient(bob)->bundle);
        QCOMPARE(*trust().observe(original, true), TrustEvent::None);
        QCOMPARE(*trust().observe(original), TrustEvent::None); // revoked stays revoked
        QCOMPARE((*trust().contact(bob))->state, TrustState::Revoked);
        QVERIFY_FAILS(trust().markVerified(bob, f.safetyNumber(f.bobKey, bob)),
                      ErrorCode::Forbidden);

        // A revocation cannot launder a key change: bob was verified, so a new key is held.
        QCOMPARE(*trust().observe(f.bundle(bob, f.attackerKey)), TrustEvent::KeyChangedHeld);
        QCOMPARE((*trust().contact(bob))->state, TrustState::Changed);
        QCOMPARE(recipientState(bob), std::optional(RecipientState::Held));

        // Carol, never verified: revoked, then a new card under the same key is usable.
        const CardBundle carolCard = f.bundle(carol, f.carolKey);
        QCOMPARE(*trust().observe(carolCard, true), TrustEvent::Revoked); // unknown and revoked
        QCOMPARE(recipientState(carol), std::optional(RecipientState::Revoked));
        const CardBundle reissued = f.bundle(carol, f.carolKey, 1, 1'800'000'000);
        QCOMPARE(*trust().observe(reissued), TrustEvent::DevicesChanged);
        QCOMPARE((*trust().contact(carol))->state, TrustState::Unverified);
        QVERIFY(usableAs(carol, reissued));
        QCOMPARE(*trust().observe(carolCard, true), TrustEvent::None); // an old card
    }

    void dropsARevokedPendingCard()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey)), TrustEvent::FirstSeen);
        QVERIFY_OK(trust().markVerified(bob, f.safetyNumber(f.bobKey, bob)));
        const CardBundle pending = f.bundle(bob, f.bobNewKey);
        QCOMPARE(*trust().observe(pending), TrustEvent::KeyChangedHeld);
        QCOMPARE(*trust().observe(pending, true), TrustEvent::None);
        const Contact c = **trust().contact(bob);
        QCOMPARE(c.state, TrustState::Verified);
        QVERIFY(!c.pendingBundle);
        QCOMPARE(c.identityKey, f.bobKey.publicKey());
    }

    void refusesABundleThatDoesNotVerify()
    {
        CardBundle forged = f.bundle(bob, f.bobKey);
        forged.devices = f.bundle(bob, f.attackerKey).devices; // records signed by another key
        QVERIFY_FAILS(trust().observe(forged), ErrorCode::BadSignature);
        QVERIFY(trust().contacts()->isEmpty());
    }

    void persistsAndListsContacts()
    {
        QCOMPARE(*trust().observe(f.bundle(carol, f.carolKey)), TrustEvent::FirstSeen);
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey)), TrustEvent::FirstSeen);
        QVERIFY_OK(trust().markVerified(bob, f.safetyNumber(f.bobKey, bob)));
        const CardBundle pending = f.bundle(bob, f.bobNewKey);
        QCOMPARE(*trust().observe(pending), TrustEvent::KeyChangedHeld);
        // History shares the database.
        HistoryMessage line;
        line.conversation = ConversationRef::direct(bob);
        line.direction = Direction::System;
        line.body = "the key of bob changed";
        QVERIFY_OK(HistoryStore(*m_db).addMessage(line));
        m_trust.reset();
        m_db.reset();

        m_db = openDatabase(m_dir.path());
        QVERIFY(m_db);
        m_trust.emplace(*m_db);
        const auto list = trust().contacts();
        QVERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        QCOMPARE(list->at(0).identity, bob);
        QCOMPARE(list->at(0).state, TrustState::Changed);
        QCOMPARE(list->at(0).verifiedSafetyNumber, f.safetyNumber(f.bobKey, bob));
        QVERIFY(sameBundle(*list->at(0).pendingBundle, pending));
        QCOMPARE(list->at(1).identity, carol);
        QCOMPARE(list->at(1).identityKey, f.carolKey.publicKey());
        QCOMPARE(HistoryStore(*m_db).conversations()->size(), 1);
    }

    void detectsSwappedRecords()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey)), TrustEvent::FirstSeen);
        QCOMPARE(*trust().observe(f.bundle(carol, f.carolKey)), TrustEvent::FirstSeen);
        m_trust.reset();
        m_db.reset();
        withRawDatabase(m_dir.path(), [](QSqlDatabase &raw) {
            // Through a copy: an UPDATE's subqueries would see the rows it already changed.
            QVERIFY(
                rawExec(raw, QStringLiteral("CREATE TEMP TABLE saved AS SELECT * FROM contacts")));
            QVERIFY(rawExec(raw, QStringLiteral("UPDATE contacts SET record = (SELECT record FROM"
                                                " saved WHERE saved.lookup <> contacts.lookup)")));
        });
        m_db = openDatabase(m_dir.path());
        QVERIFY(m_db);
        m_trust.emplace(*m_db);
        QVERIFY_FAILS(trust().contact(bob), ErrorCode::CorruptFile);
        QVERIFY_FAILS(trust().contacts(), ErrorCode::CorruptFile);
        QVERIFY_FAILS(trust().recipient(carol), ErrorCode::CorruptFile);
    }

    void writesNoIdentityToDisk()
    {
        QCOMPARE(*trust().observe(f.bundle(bob, f.bobKey, 3)), TrustEvent::FirstSeen);
        QCOMPARE(*trust().observe(f.bundle(carol, f.carolKey)), TrustEvent::FirstSeen);
        QVERIFY_OK(trust().markVerified(bob, f.safetyNumber(f.bobKey, bob)));
        const QByteArray open = databaseBytes(m_dir.path());
        const QByteArray key = f.bobKey.publicKey().toByteArray();
        for (const QByteArray &secret : {bob.toUtf8(), carol.toUtf8(), key, QByteArray("device 2"),
                                         f.safetyNumber(f.bobKey, bob).toUtf8()})
            QVERIFY2(!open.contains(secret), secret.toHex().constData());
        m_trust.reset();
        m_db.reset();
        const QByteArray closed = databaseBytes(m_dir.path());
        QVERIFY(closed.size() > 4096);
        for (const QByteArray &secret : {bob.toUtf8(), carol.toUtf8(), key, QByteArray("example")})
            QVERIFY2(!closed.contains(secret), secret.toHex().constData());
    }

    void cleanupTestCase()
    {
        m_trust.reset();
        m_db.reset();
    }
};

QTEST_GUILESS_MAIN(TestTrustStore)
#include "tst_truststore.moc"
