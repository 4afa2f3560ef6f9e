// SPDX-License-Identifier: GPL-3.0-or-later
// Reproducible objects for the fuzz targets and the seed generator: people whose keys come
// from their names, their cards and devices, envelopes between them, keystores. The seeds
// are made from these, and the targets that need a key (to open an envelope or a keystore,
// to sign in to the server) use the same ones, so well-formed seeds get all the way through.
// Never use any of it for anything real: every key here is public knowledge.
#pragma once

#include "crypto/keys.h"
#include "crypto/keystore.h"
#include "crypto/random.h"
#include "protocol/cardbundle.h"
#include "protocol/envelope.h"
#include "transparency/merkle.h"
#include "transparency/prefixtree.h"

#include <QList>
#include <QString>

namespace cardinal::fuzzing {

//! When every fixture was made, so that seeds come out the same byte for byte.
inline constexpr qint64 FixtureTimeSeconds = 1'700'000'000;

//! A person with one device, derived from nothing but their name.
struct FuzzPerson
{
    QString identity;
    crypto::Ed25519KeyPair identityKey;
    crypto::X25519KeyPair deviceKey;
    protocol::DeviceId device;
    //! Their self-signed card with their one device.
    protocol::CardBundle bundle;

    [[nodiscard]] const protocol::CardId &cardId() const { return bundle.card.id(); }
    [[nodiscard]] protocol::EnvelopeRecipient recipient() const
    {
        return {device, deviceKey.publicKey()};
    }
};

//! alice@example.org, who sends the envelopes; bob@example.org, who opens them.
[[nodiscard]] const FuzzPerson &alice();
[[nodiscard]] const FuzzPerson &bob();
//! The person whose card is `card`, if it is alice's or bob's.
[[nodiscard]] const FuzzPerson *personWithCard(const protocol::CardId &card);
//! The person whose device is `device`, if it is alice's or bob's.
[[nodiscard]] const FuzzPerson *personWithDevice(const protocol::DeviceId &device);

//! A server authority key that countersigns fixture cards.
[[nodiscard]] const crypto::Ed25519KeyPair &fixtureAuthority();

//! A reproducible random stream for `purpose` (a fresh one on every call).
[[nodiscard]] crypto::DeterministicRandom fixtureRandom(QByteArrayView purpose);

//! The passphrase of every fixture keystore.
[[nodiscard]] crypto::SecureBuffer fixturePassphrase();
//! The cheapest scrypt parameters the keystore format accepts: N = 2^15, r = 1, p = 1
//! (4 MiB, a few milliseconds), so that opening a keystore costs a fuzz target little.
inline constexpr crypto::ScryptParams CheapestScrypt{crypto::MinScryptLog2N, 1, 1};

//! An envelope `sender` seals to `recipients`, with fixed message id, time and randomness
//! (named by `purpose`), gossiping `checkpoint` when one is given.
[[nodiscard]] QByteArray fixtureEnvelope(const FuzzPerson &sender,
                                         const QList<protocol::EnvelopeRecipient> &recipients,
                                         const QByteArray &body, QByteArrayView purpose,
                                         const crypto::HpkeSuite &suite = {},
                                         const QByteArray &checkpoint = {});
//! A checkpoint of a log of 1,000 entries signed by fixtureAuthority(), as a signed note:
//! what a sender gossips in its messages.
[[nodiscard]] QByteArray fixtureCheckpointNote();

//! What fuzz_merkle checks proofs against and the seed generator makes genuine proofs
//! from: a log of FixtureLogSize leaves (the entries "0", "1", ...) and a map of as many
//! labels (fixtureMapLabel(n) holds version n + 1 and the leaf hash of entry n).
inline constexpr int FixtureLogSize = 64;
[[nodiscard]] const transparency::MerkleTree &fixtureLogTree();
[[nodiscard]] transparency::MapLabel fixtureMapLabel(int n);
//! Its root and proofs are computed lazily, hence not const.
[[nodiscard]] transparency::PrefixTree &fixtureMap();

} // namespace cardinal::fuzzing
