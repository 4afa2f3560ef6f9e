// SPDX-License-Identifier: GPL-3.0-or-later
#include "offlinecommands.h"
#include "translation.h"

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

// A card file from outside: armoured or binary, structurally valid, self-signed, and every
// device record signed by the card's key. Offline there is no authority key to check.
Result<CardBundle> loadCardFile(const QString &path)
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
    return bundle;
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
    auto contact = loadCardFile(options.cardFile);
    if (!contact)
        return fail(contact.error());
    const auto number = crypto::SafetyNumber::compute(
        {profile->identityKey().publicKey(), profile->identity()},
        {contact->card.content().identityKey, contact->card.content().identity});
    printLine(number.displayText());
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
    for (const QString &path : options.to) {
        auto bundle = loadCardFile(path);
        if (!bundle)
            return fail(bundle.error());
        appendDevices(recipients, *bundle);
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
    return writeOutput(options.outFile, *envelope);
}

Result<void> runDecrypt(const CliOptions &options)
{
    auto profile = openProfile(options);
    if (!profile)
        return fail(profile.error());
    std::optional<CardBundle> expectedSender;
    if (!options.from.isEmpty()) {
        auto bundle = loadCardFile(options.from);
        if (!bundle)
            return fail(bundle.error());
        expectedSender = std::move(*bundle);
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
    QTextStream err(stderr);
    if (sender)
        err << "cardinal-cli: " << Cli::tr("good signature from %1").arg(sender->card.content().identity)
            << Qt::endl;
    else
        err << "cardinal-cli: "
            << Cli::tr("warning: sender not verified (card %1); pass --from CARDFILE to verify it")
                   .arg(toHex(content.senderCard))
            << Qt::endl;
    return {};
}

} // namespace cardinal::cli
