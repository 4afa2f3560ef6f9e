// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinecommands.h"
#include "translation.h"

#include "client/messenger.h"
#include "client/profile.h"
#include "crypto/safetynumber.h"
#include "protocol/armor.h"
#include "protocol/envelope.h"

#include <QDateTime>
#include <QSysInfo>
#include <QTextStream>

namespace cardinal::cli {

using namespace cardinal::protocol;
using client::Profile;

namespace {

constexpr QByteArrayView CardArmorLabel = "CARDINAL CARD";

void printLine(const QString &line)
{
    QTextStream(stdout) << line << Qt::endl;
}

// What a command checked or left out goes to standard error: standard output carries its
// result (digits, an envelope) for scripts.
void printNote(const QString &line)
{
    QTextStream(stderr) << "cardinal-cli: " << line << Qt::endl;
}

// The server authority key this profile has pinned, if it has one: cards from elsewhere
// are checked against it.
std::optional<crypto::Ed25519PublicKey> pinnedAuthority(const CliOptions &options)
{
    auto settings = client::ServerSettings::load(options.profileDir);
    return settings ? settings->authority : std::nullopt;
}

Result<Profile> openProfile(const CliOptions &options)
{
    if (!Profile::exists(options.profileDir))
        return fail(ErrorCode::IoError, Cli::tr("no profile in %1; run 'cardinal-cli init' first")
                                            .arg(options.profileDir));
    auto passphrase = readPassphrase(options.passphrase, Cli::tr("Passphrase: "), false);
    if (!passphrase)
        return fail(passphrase.error());
    return Profile::open(options.profileDir, *passphrase);
}

// A card read from a file, and which checks it passed, to be said once the command has
// succeeded (an error stays one line).
struct CheckedCard
{
    CardBundle bundle;
    QString checks;
};

// A card file from outside: armoured or binary, structurally valid (keys of small order
// refused), self-signed, every device record signed by the card's key, and countersigned by
// `authority` when the profile has pinned one: a card from another server is refused as
// such.
Result<CheckedCard> loadCardFile(const QString &path,
                                 const std::optional<crypto::Ed25519PublicKey> &authority)
{
    auto raw = readInput(path, MaxCardBundleBytes * 2);
    if (!raw)
        return fail(raw.error());
    auto bytes = dearmor(CardArmorLabel, *raw, MaxCardBundleBytes * 2);
    if (!bytes)
        return fail(bytes.error().code, QString(path + QStringLiteral(": ") + errorText(bytes.error())));
    auto bundle = CardBundle::decode(*bytes);
    if (!bundle)
        return fail(bundle.error().code, QString(path + QStringLiteral(": ") + errorText(bundle.error())));
    if (auto ok = bundle->verify(std::nullopt); !ok)
        return fail(ok.error().code, QString(path + QStringLiteral(": ") + errorText(ok.error())));
    const QString identity = bundle->card.content().identity;
    if (!authority)
        return CheckedCard{std::move(*bundle),
                           Cli::tr("checked the card of %1: self-signed, its devices signed by "
                                   "it; not checked which server vouches for it (no server key "
                                   "pinned)")
                               .arg(identity)};
    if (!bundle->card.verifyAuthority(*authority))
        return fail(ErrorCode::BadSignature,
                    Cli::tr("%1: the card of %2 is not from your server: it was not "
                            "countersigned by the server key this profile has pinned")
                        .arg(path, identity));
    return CheckedCard{std::move(*bundle),
                       Cli::tr("checked the card of %1: self-signed, its devices signed by it, "
                               "countersigned by your server")
                           .arg(identity)};
}

void appendDevices(QList<EnvelopeRecipient> &recipients, const CardBundle &bundle)
{
    for (const DeviceRecord &device : bundle.devices) {
        const bool known = std::any_of(recipients.cbegin(), recipients.cend(), [&](const auto &r) {
            return r.deviceId == device.deviceId();
        });
        if (!known)
            recipients.append({device.deviceId(), device.content().encryptionKey});
    }
}

} // namespace

Result<void> runInit(const CliOptions &options)
{
    if (options.identity.isEmpty())
        return fail(ErrorCode::InvalidArgument, Cli::tr("init needs --identity EMAIL"));
    if (Profile::exists(options.profileDir))
        return fail(ErrorCode::InvalidArgument,
                    Cli::tr("a profile already exists in %1").arg(options.profileDir));
    auto passphrase = readPassphrase(options.passphrase,
                                     Cli::tr("Choose a passphrase (at least %n characters): ", nullptr,
                                             client::MinPassphraseLength),
                                     true);
    if (!passphrase)
        return fail(passphrase.error());
    const QString device = options.device.isEmpty() ? QSysInfo::machineHostName() : options.device;
    auto profile = Profile::create(options.profileDir, {options.identity, device, 0}, *passphrase);
    if (!profile)
        return fail(profile.error());
    printLine(Cli::tr("identity: %1").arg(profile->identity()));
    printLine(Cli::tr("card: %1").arg(toHex(profile->cardId())));
    printLine(Cli::tr("device: %1 (%2)").arg(toHex(profile->deviceId()), device));
    printLine(Cli::tr("profile: %1").arg(options.profileDir));
    return {};
}

Result<void> runCardExport(const CliOptions &options)
{
    auto profile = openProfile(options);
    if (!profile)
        return fail(profile.error());
    return writeOutput(options.outFile, armor(CardArmorLabel, profile->ownBundle().encode()));
}

Result<void> runSafetyNumber(const CliOptions &options)
{
    if (options.cardFile.isEmpty())
        return fail(ErrorCode::InvalidArgument, Cli::tr("safety-number needs --card FILE"));
    auto profile = openProfile(options);
    if (!profile)
        return fail(profile.error());
    auto contact = loadCardFile(options.cardFile, pinnedAuthority(options));
    if (!contact)
        return fail(contact.error());
    const protocol::CardContent &card = contact->bundle.card.content();
    const auto number = crypto::SafetyNumber::compute(
        {profile->identityKey().publicKey(), profile->identity()},
        {card.identityKey, card.identity});
    printLine(number.displayText());
    printNote(contact->checks);
    return {};
}

Result<void> runEncrypt(const CliOptions &options)
{
    if (options.to.isEmpty())
        return fail(ErrorCode::InvalidArgument, Cli::tr("encrypt needs at least one --to CARDFILE"));
    auto profile = openProfile(options);
    if (!profile)
        return fail(profile.error());
    QList<EnvelopeRecipient> recipients;
    QStringList checks;
    const auto authority = pinnedAuthority(options);
    for (const QString &path : options.to) {
        auto card = loadCardFile(path, authority);
        if (!card)
            return fail(card.error());
        appendDevices(recipients, card->bundle);
        checks.append(card->checks);
    }
    // Our own devices too, so every device of ours can read what we sent.
    appendDevices(recipients, profile->ownBundle());

    auto body = readInput(options.inFile, MaxMessageBodyBytes);
    if (!body)
        return fail(body.error());
    const EnvelopeSender sender{profile->cardId(), profile->deviceId(), profile->identityKey()};
    OutgoingMessage message;
    message.body = *body;
    message.sentAtMs = QDateTime::currentMSecsSinceEpoch();
    auto envelope = sealEnvelope(sender, recipients, message);
    if (!envelope)
        return fail(envelope.error());
    if (auto written = writeOutput(options.outFile, envelope->bytes); !written)
        return written;
    for (const QString &check : std::as_const(checks))
        printNote(check);
    for (const SkippedRecipient &skipped : std::as_const(envelope->skipped))
        printNote(Cli::tr("left out device %1: %2")
                      .arg(toHex(skipped.deviceId), errorText(skipped.reason)));
    return {};
}

Result<void> runDecrypt(const CliOptions &options)
{
    auto profile = openProfile(options);
    if (!profile)
        return fail(profile.error());
    std::optional<CardBundle> expectedSender;
    QString senderChecks;
    if (!options.from.isEmpty()) {
        auto card = loadCardFile(options.from, pinnedAuthority(options));
        if (!card)
            return fail(card.error());
        expectedSender = std::move(card->bundle);
        senderChecks = card->checks;
    }
    auto envelope = readInput(options.inFile, MaxEnvelopeBytes);
    if (!envelope)
        return fail(envelope.error());
    auto message = decryptEnvelope(*envelope, profile->deviceId(), profile->deviceKey());
    if (!message)
        return fail(message.error());

    const MessageContent &content = message->content;
    const bool fromSelf = content.senderCard == profile->cardId();
    const CardBundle *sender = expectedSender ? &*expectedSender : fromSelf ? &profile->ownBundle() : nullptr;
    if (sender) {
        if (content.senderCard != sender->card.id())
            return fail(ErrorCode::BadSignature,
                        Cli::tr("the message is not from %1").arg(sender->card.content().identity));
        const bool knownDevice = std::any_of(sender->devices.cbegin(), sender->devices.cend(),
                                             [&](const DeviceRecord &d) { return d.deviceId() == content.senderDevice; });
        if (!knownDevice)
            return fail(ErrorCode::BadSignature, Cli::tr("the message comes from a device not on the sender's card"));
        if (auto ok = message->verifySender(sender->card.content().identityKey); !ok)
            return fail(ok.error());
    }
    if (auto ok = writeOutput(options.outFile, content.body); !ok)
        return ok;
    if (!senderChecks.isEmpty())
        printNote(senderChecks);
    if (sender)
        printNote(Cli::tr("good signature from %1").arg(sender->card.content().identity));
    else
        printNote(Cli::tr("warning: sender not verified (card %1); pass --from CARDFILE to verify it")
                      .arg(toHex(content.senderCard)));
    return {};
}

} // namespace cardinal::cli
