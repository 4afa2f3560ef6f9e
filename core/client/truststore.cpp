// SPDX-License-Identifier: GPL-3.0-or-later
#include "truststore.h"

#include "crypto/safetynumber.h"
#include "protocol/cborfields.h"
#include "protocol/identity.h"

#include <QCborArray>
#include <QCborValue>
#include <QDateTime>

#include <algorithm>
#include <limits>

namespace cardinal::client {

using namespace cardinal::protocol;
using Row = ProfileDatabase::Row;

namespace {

constexpr QByteArrayView RecordContext = "contacts.record";
constexpr qint64 RecordFormatVersion = 1;
constexpr qsizetype MaxRecordBytes = 2 * MaxCardBundleBytes + 1024;
const QString RecordName = QStringLiteral("contact record");

QByteArray lookupValue(const QString &identity)
{
    return QByteArrayView("contact").toByteArray() + '\0' + identity.toUtf8();
}

QString stateName(TrustState state)
{
    switch (state) {
    case TrustState::Unverified:
        return QStringLiteral("unverified");
    case TrustState::Verified:
        return QStringLiteral("verified");
    case TrustState::Changed:
        return QStringLiteral("changed");
    case TrustState::Revoked:
        return QStringLiteral("revoked");
    }
    return QStringLiteral("unknown");
}

const crypto::Ed25519PublicKey &keyOf(const CardBundle &bundle)
{
    return bundle.card.content().identityKey;
}

// The record: [version, identity, state, current bundle, pending bundle / null,
// verified safety number / null, updated at, [revoked device id, ...]].
QByteArray encodeRecord(const Contact &contact)
{
    const auto orNull = [](bool present, const QCborValue &value) {
        return present ? value : QCborValue(QCborValue::Null);
    };
    QCborArray revokedIds;
    for (const DeviceId &device : contact.revokedDevices)
        revokedIds.append(device.toByteArray());
    return QCborValue(
               QCborArray{
                   RecordFormatVersion, contact.identity, qint64(contact.state),
                   contact.currentBundle.encode(),
                   orNull(contact.pendingBundle.has_value(),
                          contact.pendingBundle ? contact.pendingBundle->encode() : QByteArray()),
                   orNull(!contact.verifiedSafetyNumber.isEmpty(), contact.verifiedSafetyNumber),
                   contact.updatedAt, revokedIds})
        .toCbor();
}

Result<Contact> decodeRecord(const QByteArray &bytes)
{
    const auto corrupt = [](const QString &why) {
        return fail(ErrorCode::CorruptFile, QStringLiteral("a contact record: %1").arg(why));
    };
    Result<QCborArray> array = decodeCanonicalArray(bytes, MaxRecordBytes, RecordName);
    if (!array)
        return corrupt(array.error().detail);
    CborFields fields(*array, RecordName, 8);
    const qint64 version = fields.integer(0, 0, INT32_MAX);
    const QString identity = fields.text(1, MaxEmailBytes);
    const auto state = TrustState(fields.integer(2, 0, qint64(TrustState::Revoked)));
    const QByteArray currentBytes = fields.bytes(3, 1, MaxCardBundleBytes);
    const bool hasPending = !fields.isNull(4);
    const QByteArray pendingBytes =
        hasPending ? fields.bytes(4, 1, MaxCardBundleBytes) : QByteArray();
    const QString verified =
        fields.isNull(5) ? QString() : fields.text(5, crypto::SafetyNumberDigitCount);
    const qint64 updatedAt = fields.integer(6, 0, std::numeric_limits<qint64>::max());
    QList<DeviceId> revokedDevices;
    for (const QCborValue &value : fields.array(7, MaxRememberedRevokedDevices)) {
        const auto device = DeviceId::fromBytes(value.toByteArray());
        if (!value.isByteArray() || !device)
            fields.reject(QStringLiteral("a revoked device entry is not a device id"));
        else
            revokedDevices.append(*device);
    }
    if (Result<void> ok = fields.status(); !ok)
        return corrupt(ok.error().detail);
    if (version != RecordFormatVersion)
        return fail(ErrorCode::UnsupportedVersion, QStringLiteral("contact record version"));
    if ((state == TrustState::Changed) != hasPending)
        return corrupt(QStringLiteral("a pending card without a changed key, or the reverse"));
    Result<CardBundle> current = CardBundle::decode(currentBytes);
    if (!current)
        return corrupt(current.error().message());
    std::optional<CardBundle> pending;
    if (hasPending) {
        Result<CardBundle> decoded = CardBundle::decode(pendingBytes);
        if (!decoded)
            return corrupt(decoded.error().message());
        pending = std::move(*decoded);
    }
    if (current->card.content().identity != identity)
        return corrupt(QStringLiteral("the card is someone else's"));
    const CardId cardId = current->card.id();
    const crypto::Ed25519PublicKey identityKey = keyOf(*current);
    return Contact{identity,          cardId,       identityKey, state, verified, std::move(pending),
                   std::move(*current), updatedAt, std::move(revokedDevices)};
}

bool sameBundle(const CardBundle &a, const CardBundle &b)
{
    return a.encode() == b.encode();
}

struct Outcome
{
    TrustEvent event = TrustEvent::None;
    bool changed = false;
};

// The rules of the class comment, on a known contact.
Outcome apply(Contact &contact, const CardBundle &bundle, bool revoked)
{
    const bool sameCard = bundle.card.id() == contact.currentBundle.card.id();
    if (revoked) {
        if (sameCard) {
            if (contact.state == TrustState::Revoked)
                return {};
            contact.state = TrustState::Revoked;
            contact.currentBundle = bundle;
            contact.pendingBundle.reset();
            return {TrustEvent::Revoked, true};
        }
        if (contact.pendingBundle && contact.pendingBundle->card.id() == bundle.card.id()) {
            contact.pendingBundle.reset();
            contact.state = TrustState::Verified;
            return {TrustEvent::None, true};
        }
        return {};
    }
    if (contact.state == TrustState::Revoked) {
        if (sameCard)
            return {}; // a revoked card stays revoked, whatever a directory says later
        contact.state =
            contact.verifiedSafetyNumber.isEmpty() ? TrustState::Unverified : TrustState::Verified;
    }
    if (keyOf(bundle) == keyOf(contact.currentBundle)) {
        if (sameBundle(bundle, contact.currentBundle))
            return {};
        contact.currentBundle = bundle;
        return {TrustEvent::DevicesChanged, true};
    }
    switch (contact.state) {
    case TrustState::Unverified:
        contact.currentBundle = bundle;
        return {TrustEvent::KeyChangedNotice, true};
    case TrustState::Changed:
        if (contact.pendingBundle && keyOf(*contact.pendingBundle) == keyOf(bundle)) {
            if (sameBundle(*contact.pendingBundle, bundle))
                return {};
            contact.pendingBundle = bundle;
            return {TrustEvent::DevicesChanged, true};
        }
        contact.pendingBundle = bundle;
        return {TrustEvent::KeyChangedHeld, true};
    case TrustState::Verified:
    case TrustState::Revoked: // became Verified or Unverified above
        contact.state = TrustState::Changed;
        contact.pendingBundle = bundle;
        return {TrustEvent::KeyChangedHeld, true};
    }
    return {};
}

// Adds `device` to the contact's revoked devices; whether anything changed.
bool remember(Contact &contact, const DeviceId &device)
{
    if (contact.revokedDevices.contains(device))
        return false;
    if (contact.revokedDevices.size() >= MaxRememberedRevokedDevices)
        contact.revokedDevices.removeFirst();
    contact.revokedDevices.append(device);
    return true;
}

} // namespace

Result<std::optional<Contact>> TrustStore::load(const QString &identity)
{
    const QByteArray lookup = m_db.lookup(lookupValue(identity));
    Result<QList<Row>> rows =
        m_db.select(QStringLiteral("SELECT record FROM contacts WHERE lookup = ?"), {lookup});
    if (!rows)
        return fail(rows.error());
    if (rows->isEmpty())
        return std::optional<Contact>{};
    Result<QByteArray> record =
        m_db.unseal(RecordContext, lookup, rows->first().at(0).toByteArray());
    if (!record)
        return fail(record.error());
    Result<Contact> contact = decodeRecord(*record);
    if (!contact)
        return fail(contact.error());
    if (contact->identity != identity)
        return fail(ErrorCode::CorruptFile, QStringLiteral("a contact record is filed wrongly"));
    return std::optional{std::move(*contact)};
}

Result<void> TrustStore::store(Contact contact)
{
    contact.updatedAt = QDateTime::currentMSecsSinceEpoch();
    const QByteArray lookup = m_db.lookup(lookupValue(contact.identity));
    Result<QByteArray> sealed = m_db.seal(RecordContext, lookup, encodeRecord(contact));
    if (!sealed)
        return fail(sealed.error());
    Result<ProfileDatabase::Change> stored = m_db.change(
        QStringLiteral("INSERT OR REPLACE INTO contacts (lookup, record) VALUES (?, ?)"),
        {lookup, *sealed});
    return stored ? Result<void>() : fail(stored.error());
}

Result<Contact> TrustStore::loadKnown(const QString &identity)
{
    Result<QString> normalized = normalizeEmail(identity);
    if (!normalized)
        return fail(normalized.error());
    Result<std::optional<Contact>> loaded = load(*normalized);
    if (!loaded)
        return fail(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, QStringLiteral("no card pinned for %1").arg(*normalized));
    return std::move(**loaded);
}

template<typename Change> Result<void> TrustStore::modify(const QString &identity, Change change)
{
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return begun;
    Result<Contact> contact = loadKnown(identity);
    if (!contact)
        return fail(contact.error());
    if (Result<void> changed = change(*contact); !changed)
        return changed;
    if (Result<void> stored = store(std::move(*contact)); !stored)
        return stored;
    return transaction.commit();
}

Result<TrustEvent> TrustStore::observe(const CardBundle &verifiedBundle, bool cardRevoked,
                                       const QList<DeviceId> &revokedDevices)
{
    if (Result<void> verified = verifiedBundle.verify(std::nullopt); !verified)
        return fail(verified.error());
    const QString &identity = verifiedBundle.card.content().identity;
    // Lookups normalise what they are given, so only canonical identities can be found again.
    if (Result<QString> canonical = normalizeEmail(identity); !canonical || *canonical != identity)
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("the card's identity is not canonical"));
    // What the bundle would change, judged from what is stored now.
    const auto evaluate = [&]() -> Result<std::pair<Contact, Outcome>> {
        Result<std::optional<Contact>> existing = load(identity);
        if (!existing)
            return fail(existing.error());
        Outcome outcome{cardRevoked ? TrustEvent::Revoked : TrustEvent::FirstSeen, true};
        Contact contact = existing->value_or(
            Contact{identity, verifiedBundle.card.id(), keyOf(verifiedBundle),
                    cardRevoked ? TrustState::Revoked : TrustState::Unverified, {},
                    std::nullopt, verifiedBundle, 0, {}});
        if (*existing) {
            const CardBundle before = contact.currentBundle;
            outcome = apply(contact, verifiedBundle, cardRevoked);
            // Devices that left the active list of the same card were revoked.
            if (before.card.id() == verifiedBundle.card.id())
                for (const DeviceRecord &device : before.devices)
                    if (std::none_of(verifiedBundle.devices.cbegin(),
                                     verifiedBundle.devices.cend(), [&](const DeviceRecord &d) {
                                         return d.deviceId() == device.deviceId();
                                     }))
                        outcome.changed |= remember(contact, device.deviceId());
        }
        for (const DeviceId &device : revokedDevices)
            outcome.changed |= remember(contact, device);
        return std::pair{std::move(contact), outcome};
    };
    // Nearly every observation is the same card again (one per incoming message); those are
    // answered from a plain read, without the write lock, which the history writer may hold
    // for a batch commit meanwhile. A change takes the lock and judges again under it.
    if (auto unlocked = evaluate(); !unlocked || !unlocked->second.changed)
        return unlocked ? Result<TrustEvent>(unlocked->second.event) : fail(unlocked.error());
    ProfileDatabase::Transaction transaction(m_db);
    if (Result<void> begun = transaction.begin(); !begun)
        return fail(begun.error());
    auto locked = evaluate();
    if (!locked)
        return fail(locked.error());
    auto &[contact, outcome] = *locked;
    if (!outcome.changed)
        return outcome.event; // changed back meanwhile; the transaction rolls back
    if (Result<void> stored = store(std::move(contact)); !stored)
        return fail(stored.error());
    if (Result<void> committed = transaction.commit(); !committed)
        return fail(committed.error());
    return outcome.event;
}

Result<void> TrustStore::markVerified(const QString &identity, const QString &safetyNumberDigits)
{
    QString digits = safetyNumberDigits;
    digits.remove(QLatin1Char(' '));
    if (digits.size() != crypto::SafetyNumberDigitCount ||
        !std::all_of(digits.cbegin(), digits.cend(),
                     [](QChar c) { return c >= QLatin1Char('0') && c <= QLatin1Char('9'); }))
        return fail(
            ErrorCode::InvalidArgument,
            QStringLiteral("a safety number has %1 digits").arg(crypto::SafetyNumberDigitCount));
    return modify(identity, [&digits](Contact &contact) -> Result<void> {
        if (contact.state != TrustState::Unverified)
            return fail(ErrorCode::Forbidden,
                        QStringLiteral("only an unverified contact can be marked verified"
                                       " (%1 is %2)")
                            .arg(contact.identity, stateName(contact.state)));
        contact.state = TrustState::Verified;
        contact.verifiedSafetyNumber = digits;
        return {};
    });
}

Result<void> TrustStore::clearVerification(const QString &identity)
{
    return modify(identity, [](Contact &contact) -> Result<void> {
        if (contact.state != TrustState::Verified)
            return fail(ErrorCode::Forbidden, QStringLiteral("%1 is %2, not verified")
                                                  .arg(contact.identity, stateName(contact.state)));
        contact.state = TrustState::Unverified;
        contact.verifiedSafetyNumber.clear();
        return {};
    });
}

Result<void> TrustStore::acceptNewKey(const QString &identity)
{
    return modify(identity, [](Contact &contact) -> Result<void> {
        if (contact.state != TrustState::Changed || !contact.pendingBundle)
            return fail(ErrorCode::Forbidden, QStringLiteral("%1 has no new key to accept (%2)")
                                                  .arg(contact.identity, stateName(contact.state)));
        contact.currentBundle = std::move(*contact.pendingBundle);
        contact.pendingBundle.reset();
        contact.state = TrustState::Unverified;
        contact.verifiedSafetyNumber.clear();
        return {};
    });
}

Result<std::optional<Contact>> TrustStore::contact(const QString &identity)
{
    Result<QString> normalized = normalizeEmail(identity);
    if (!normalized)
        return fail(normalized.error());
    return load(*normalized);
}

Result<QList<Contact>> TrustStore::contacts()
{
    Result<QList<Row>> rows = m_db.select(QStringLiteral("SELECT lookup, record FROM contacts"));
    if (!rows)
        return fail(rows.error());
    QList<Contact> out;
    out.reserve(rows->size());
    for (const Row &row : *rows) {
        const QByteArray lookup = row.at(0).toByteArray();
        Result<QByteArray> record = m_db.unseal(RecordContext, lookup, row.at(1).toByteArray());
        if (!record)
            return fail(record.error());
        Result<Contact> contact = decodeRecord(*record);
        if (!contact)
            return fail(contact.error());
        if (m_db.lookup(lookupValue(contact->identity)) != lookup)
            return fail(ErrorCode::CorruptFile,
                        QStringLiteral("a contact record is filed wrongly"));
        out.append(std::move(*contact));
    }
    std::sort(out.begin(), out.end(),
              [](const Contact &a, const Contact &b) { return a.identity < b.identity; });
    return out;
}

Result<Recipient> TrustStore::recipient(const QString &identity)
{
    Result<QString> normalized = normalizeEmail(identity);
    if (!normalized)
        return fail(normalized.error());
    Result<std::optional<Contact>> contact = load(*normalized);
    if (!contact)
        return fail(contact.error());
    if (!*contact)
        return Recipient{RecipientState::Unknown, std::nullopt};
    switch ((*contact)->state) {
    case TrustState::Unverified:
    case TrustState::Verified: {
        CardBundle bundle = (*contact)->currentBundle;
        bundle.devices.removeIf([&](const DeviceRecord &device) {
            return (*contact)->revokedDevices.contains(device.deviceId());
        });
        return Recipient{RecipientState::Usable, std::move(bundle)};
    }
    case TrustState::Changed:
        return Recipient{RecipientState::Held, std::nullopt};
    case TrustState::Revoked:
        break;
    }
    return Recipient{RecipientState::Revoked, std::nullopt};
}

} // namespace cardinal::client
