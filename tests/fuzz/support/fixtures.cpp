// SPDX-License-Identifier: GPL-3.0-or-later
#include "fixtures.h"

#include "transparency/checkpoint.h"

#include <cstdio>
#include <cstdlib>

namespace cardinal::fuzzing {

namespace {

[[noreturn]] void fixtureFailed(const char *what, const Error &error)
{
    std::fprintf(stderr, "fuzz fixtures: cannot make %s: %s\n", what,
                 qUtf8Printable(error.message()));
    std::abort();
}

FuzzPerson makePerson(const QString &name)
{
    crypto::DeterministicRandom random = fixtureRandom(name.toUtf8());
    crypto::Ed25519KeyPair identityKey = crypto::Ed25519KeyPair::generate(random);
    crypto::X25519KeyPair deviceKey = crypto::X25519KeyPair::generate(random);
    protocol::DeviceId device;
    random.fill(device.span());
    const QString identity = name + QStringLiteral("@example.org");

    auto card = protocol::Card::create({protocol::IdentityType::Email, identity,
                                        identityKey.publicKey(), FixtureTimeSeconds, {}},
                                       identityKey);
    if (!card)
        fixtureFailed("a card", card.error());
    auto record = protocol::DeviceRecord::create(
        {card->id(), device, QStringLiteral("desk"), deviceKey.publicKey(), FixtureTimeSeconds},
        identityKey);
    if (!record)
        fixtureFailed("a device record", record.error());
    return {identity, identityKey, deviceKey, device, {*card, {*record}}};
}

} // namespace

const FuzzPerson &alice()
{
    static const FuzzPerson person = makePerson(QStringLiteral("alice"));
    return person;
}

const FuzzPerson &bob()
{
    static const FuzzPerson person = makePerson(QStringLiteral("bob"));
    return person;
}

const FuzzPerson *personWithCard(const protocol::CardId &card)
{
    for (const FuzzPerson *person : {&alice(), &bob()})
        if (person->cardId() == card)
            return person;
    return nullptr;
}

const FuzzPerson *personWithDevice(const protocol::DeviceId &device)
{
    for (const FuzzPerson *person : {&alice(), &bob()})
        if (person->device == device)
            return person;
    return nullptr;
}

const crypto::Ed25519KeyPair &fixtureAuthority()
{
    static const crypto::Ed25519KeyPair key = [] {
        crypto::DeterministicRandom random = fixtureRandom("authority");
        return crypto::Ed25519KeyPair::generate(random);
    }();
    return key;
}

crypto::DeterministicRandom fixtureRandom(QByteArrayView purpose)
{
    const QByteArray seed = QByteArrayLiteral("cardinal fuzz fixture: ") + purpose.toByteArray();
    return crypto::DeterministicRandom(
        {reinterpret_cast<const std::uint8_t *>(seed.constData()), std::size_t(seed.size())});
}

crypto::SecureBuffer fixturePassphrase()
{
    return crypto::SecureBuffer::fromUtf8(QStringLiteral("correct horse battery staple"));
}

QByteArray fixtureCheckpointNote()
{
    transparency::Checkpoint checkpoint;
    checkpoint.origin = QStringLiteral("fuzz.example.org/cardinal-kt");
    checkpoint.size = 1000;
    checkpoint.root = transparency::leafHash("1000");
    auto note = transparency::SignedCheckpoint::sign(checkpoint, fixtureAuthority());
    if (!note)
        fixtureFailed("a checkpoint", note.error());
    return note->note;
}

QByteArray fixtureEnvelope(const FuzzPerson &sender,
                           const QList<protocol::EnvelopeRecipient> &recipients,
                           const QByteArray &body, QByteArrayView purpose,
                           const crypto::HpkeSuite &suite, const QByteArray &checkpoint)
{
    const QByteArray name = QByteArrayLiteral("envelope ") + purpose.toByteArray();
    crypto::DeterministicRandom random = fixtureRandom(name);
    protocol::MessageId messageId;
    random.fill(messageId.span());
    const protocol::OutgoingMessage message{QByteArrayLiteral("conversation"), 1, body,
                                            FixtureTimeSeconds * 1000, messageId, checkpoint};
    auto sealed = protocol::sealEnvelope({sender.cardId(), sender.device, sender.identityKey},
                                         recipients, message, suite, random);
    if (!sealed)
        fixtureFailed("an envelope", sealed.error());
    return sealed->bytes;
}

const transparency::MerkleTree &fixtureLogTree()
{
    static const transparency::MerkleTree made = [] {
        transparency::MerkleTree built;
        for (int i = 0; i < FixtureLogSize; ++i)
            built.append(transparency::leafHash(QByteArray::number(i)));
        return built;
    }();
    return made;
}

transparency::MapLabel fixtureMapLabel(int n)
{
    return crypto::sha256(QByteArray(QByteArray("label ") + QByteArray::number(n)));
}

transparency::PrefixTree &fixtureMap()
{
    static transparency::PrefixTree made = [] {
        transparency::PrefixTree built;
        for (int i = 0; i < FixtureLogSize; ++i)
            built.set(fixtureMapLabel(i),
                      {std::uint64_t(i + 1), transparency::leafHash(QByteArray::number(i))});
        return built;
    }();
    return made;
}

} // namespace cardinal::fuzzing
