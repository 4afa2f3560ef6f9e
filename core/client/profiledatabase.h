// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"
#include "crypto/keys.h"
#include "crypto/random.h"
#include "crypto/secure.h"
#include "storage/sqlitedatabase.h"

#include <QLatin1StringView>
#include <QVariant>

#include <initializer_list>
#include <memory>

namespace cardinal::client {

//! Size of the key that opens a profile database.
inline constexpr std::size_t StorageKeySize = 32;
//! The key that opens a profile database; see deriveStorageKey().
using StorageKey = crypto::SecretBytes<StorageKeySize>;

//! The storage key of the profile whose device key is `deviceKey`:
//! HKDF-SHA256 (RFC 5869) with the device's X25519 private key as input keying material, an
//! empty salt and info "Cardinal profile storage v1", 32 bytes of output.
//! The private key exists only inside the passphrase-sealed keystore, so the database cannot
//! be read without the passphrase. A new device key (a restored device has one of its own)
//! means a new key, and so a database of its own.
[[nodiscard]] StorageKey deriveStorageKey(const crypto::X25519KeyPair &deviceKey);

//! The encrypted local database of a profile: `profile.sqlite` in the profile directory
//! (mode 0600, WAL journal, versioned schema), one SQLite connection of its own, shared by
//! HistoryStore and TrustStore. Not thread-safe; use from one thread. The stores keep a
//! reference to it, so it must outlive them.
//!
//! Keys. The storage key is used only to derive two subkeys (HKDF-Expand, RFC 5869):
//!
//!     seal key  = HKDF-Expand(storage key, "Cardinal profile seal v1", 32)    AES-256-GCM
//!     index key = HKDF-Expand(storage key, "Cardinal profile index v1", 32)   HMAC-SHA256
//!
//! Sealed values (seal()) are `nonce (12 random bytes) || ciphertext || tag (16)`, AES-256-GCM
//! under the seal key with
//!
//!     aad = context || 0x00 || row key
//!
//! where the context names table and column ("messages.body") and the row key is what
//! identifies the row (see each store). A sealed value copied into another row, column or
//! table fails to open. With random nonces one key stays safe for 2^32 seals, far more
//! than a history will ever hold.
//!
//! Lookup values (lookup()) are HMAC-SHA256(index key, value): equal values give equal
//! lookups, so a unique index can find a row by identity or conversation, but nobody without
//! the key can read a lookup or test a guess against it.
//!
//! What the file holds (S = sealed, L = lookup value, P = plaintext):
//!
//!     meta           name P, value S (a known constant that checks the key on open)
//!     conversations  id P (local counter), lookup L (of ConversationRef::key()),
//!                    ref S (ConversationRef::key(): the peer's identity or the group id),
//!                    title S (group name), last_read_seq P (how far the user has read),
//!                    draft S (what was typed and not sent), listed_after_seq P (where a
//!                    conversation without messages is listed), opened_seq P (which
//!                    conversation was opened last)
//!     messages       seq P (local arrival order), id P (the sender's random message id),
//!                    conversation P (which conversations row), direction P, state P,
//!                    sent_at_ms P, received_at_ms P, delivered P, total P,
//!                    sender S, body S, failure S (why Held, Failed or Undecryptable;
//!                    see below)
//!     contacts       lookup L (of the identity), record S (identity, trust state, current
//!                    and pending card bundle, verified safety number, update time)
//!     kt_state       name P, value S (the key-transparency checkpoint held, how far the
//!                    own address was watched; ktstore.h)
//!     kt_evidence    id P, found_at_ms P, open P, record S (what the log was caught at)
//!
//! A failure reason is sealed in a versioned form (failurereason.h): the byte 0xFF, which
//! UTF-8 text never contains, then canonical CBOR [kind, [detail, ...]], the kind being a
//! FailureKind number and the details the identities or English words it names. Version 0.1
//! sealed an English sentence instead; such a value (any that does not start with 0xFF)
//! reads back as FailureKind::Other with its text. Like every sealed value it is bounded and
//! checked field by field when read; anything else fails with CorruptFile.
//!
//! Without the key a reader of the file therefore learns how many conversations and
//! contacts there are, how many messages each conversation has, with their times,
//! directions, delivery states and counts, message ids (the server sees those too), roughly
//! how long each body is, how far each conversation has been read, whether it holds a
//! draft and roughly how long it is, and which conversation was opened last. Not: who the
//! contacts and peers are, who sent a message, what it says, group names and ids, why
//! something failed, trust states or safety numbers.
//!
//! Integrity: sealed values are authenticated and bound to their row; plaintext columns are
//! not. Someone who can write the file can delete rows, change states, times and read marks,
//! or put back an older sealed value of the same row, but cannot read or forge content, or
//! move it to another row or conversation unnoticed: reading such a row fails with
//! CorruptFile.
class ProfileDatabase
{
public:
    //! The database's file name inside the profile directory.
    static constexpr QLatin1StringView FileName{"profile.sqlite"};

    //! Opens the database in `directory` (which must exist), creating it with mode 0600 if
    //! missing, and migrates its schema to schemaVersion(). DecryptionFailed when
    //! `storageKey` is not the key the database was created with; CorruptFile when the file
    //! is not an SQLite database or not ours; UnsupportedVersion when a newer Cardinal wrote
    //! it; IoError otherwise. `random` supplies the nonces of every seal().
    [[nodiscard]] static Result<std::unique_ptr<ProfileDatabase>>
    open(const QString &directory, const StorageKey &storageKey,
         crypto::RandomSource &random = crypto::systemRandom());

    //! Closes the connection; SQLite then checkpoints the WAL into the file and deletes it.
    ~ProfileDatabase();
    ProfileDatabase(const ProfileDatabase &) = delete;
    ProfileDatabase &operator=(const ProfileDatabase &) = delete;

    //! The schema version this build creates and understands.
    [[nodiscard]] static int schemaVersion();

    //! The database file's path.
    [[nodiscard]] const QString &path() const { return m_sql->path(); }

    //! Copies everything in the WAL into the database file and empties the WAL, e.g. before
    //! a backup copies the file.
    [[nodiscard]] Result<void> checkpoint() { return m_sql->checkpoint(); }

    // Building blocks for the stores of this library, from storage::SqliteDatabase.

    using Change = storage::SqliteDatabase::Change;
    using Row = storage::SqliteDatabase::Row;

    //! An explicit write transaction (BEGIN IMMEDIATE, waiting up to 5 s for another
    //! connection's write lock), rolled back unless committed. commit() makes the changes
    //! durable: synchronous=FULL, an fsync per commit. Transactions do not nest.
    class Transaction : public storage::SqliteDatabase::Transaction
    {
    public:
        explicit Transaction(ProfileDatabase &database)
            : storage::SqliteDatabase::Transaction(*database.m_sql)
        {
        }
    };

    //! Runs a write statement with `values` bound in order. Statements are prepared once and
    //! reused; `sql` must hold placeholders only, never values (it may be logged).
    [[nodiscard]] Result<Change> change(const QString &sql,
                                        std::initializer_list<QVariant> values = {})
    {
        return m_sql->change(sql, values);
    }
    //! Runs a query with `values` bound in order and returns all its rows.
    [[nodiscard]] Result<QList<Row>> select(const QString &sql,
                                            std::initializer_list<QVariant> values = {})
    {
        return m_sql->select(sql, values);
    }

    //! Seals `plaintext` for column `context` of the row identified by `rowKey` (see above).
    [[nodiscard]] Result<QByteArray> seal(QByteArrayView context, QByteArrayView rowKey,
                                          QByteArrayView plaintext);
    //! Opens what seal() made for the same context and row key. CorruptFile when it does not
    //! authenticate: the value was altered, damaged or moved from another row.
    [[nodiscard]] Result<QByteArray> unseal(QByteArrayView context, QByteArrayView rowKey,
                                            QByteArrayView sealed) const;
    //! The lookup value of `value`: HMAC-SHA256(index key, value), 32 bytes.
    [[nodiscard]] QByteArray lookup(QByteArrayView value) const;

private:
    ProfileDatabase(std::unique_ptr<storage::SqliteDatabase> sql, crypto::RandomSource &random);

    [[nodiscard]] Result<void> checkKey();

    std::unique_ptr<storage::SqliteDatabase> m_sql;
    crypto::RandomSource &m_random;
    crypto::SecretBytes<32> m_sealKey;
    crypto::SecretBytes<32> m_indexKey;
};

} // namespace cardinal::client
