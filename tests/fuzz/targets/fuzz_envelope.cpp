// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::readEnvelopeHeader and protocol::openEnvelope (decryptEnvelope, then the sender
// check), opened as bob's device with the fixtures' key, alice and bob being the senders
// it knows. The first byte picks what the rest is:
//   even: an envelope, as the server routes it and a client opens it;
//   odd:  the plaintext behind an envelope's tag ([inner, signature]), sealed for bob by
//         InnerEnvelope, so the signed-message decoder sees the fuzzer's bytes too.
// Oracle: opening agrees with the header (message id, recipient list naming bob's device);
// openEnvelope() succeeds exactly when decryptEnvelope() does and the sender's signature
// verifies; and an opened message sealed again by its sender opens to the same content.
#include "fixtures.h"
#include "fuzzsupport.h"
#include "innerenvelope.h"

#include "protocol/envelope.h"

using namespace cardinal;
using namespace cardinal::protocol;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_envelope"};

std::optional<crypto::Ed25519PublicKey> senderKey(const CardId &card)
{
    const fuzzing::FuzzPerson *person = fuzzing::personWithCard(card);
    return person ? std::optional(person->identityKey.publicKey()) : std::nullopt;
}

Result<MessageContent> openAsBob(QByteArrayView envelope)
{
    return openEnvelope(envelope, fuzzing::bob().device, fuzzing::bob().deviceKey, senderKey);
}

//! Seals `content` again as its sender, to the same devices, and opens it as bob.
void requireResealable(const MessageContent &content, const EnvelopeHeader &header)
{
    const fuzzing::FuzzPerson *sender = fuzzing::personWithCard(content.senderCard);
    QList<EnvelopeRecipient> recipients;
    for (const DeviceId &device : content.recipients) {
        const fuzzing::FuzzPerson *person = fuzzing::personWithDevice(device);
        if (!person)
            return; // a device whose key the fixtures do not have
        recipients.append(person->recipient());
    }
    crypto::DeterministicRandom random = fuzzing::fixtureRandom("reseal");
    const OutgoingMessage message{content.conversationId, content.type, content.body,
                                  content.sentAtMs, content.messageId, content.checkpoint};
    auto sealed = sealEnvelope({content.senderCard, content.senderDevice, sender->identityKey},
                               recipients, message, header.suite, random);
    oracle.require(bool(sealed) && sealed->skipped.isEmpty(),
                   "an opened message can be sealed again, to every device it named");
    auto reopened = openAsBob(sealed->bytes);
    oracle.require(reopened && *reopened == content,
                   "an opened message sealed again opens to the same content");
}

void check(QByteArrayView envelope)
{
    const Result<EnvelopeHeader> header = readEnvelopeHeader(envelope);
    const Result<UnverifiedMessage> decrypted =
        decryptEnvelope(envelope, fuzzing::bob().device, fuzzing::bob().deviceKey);
    const Result<MessageContent> opened = openAsBob(envelope);
    if (!header) {
        oracle.require(!decrypted && !opened, "an envelope without a header does not open");
        return;
    }
    oracle.require(!header->recipients.isEmpty() && header->recipients.size() <= MaxRecipients,
                   "a header names 1..MaxRecipients devices");
    if (!decrypted) {
        oracle.require(!opened && opened.error().code == decrypted.error().code,
                       "openEnvelope fails as decryptEnvelope does");
        return;
    }
    const MessageContent &content = decrypted->content;
    oracle.require(content.messageId == header->messageId, "opened: the header's message id");
    oracle.require(content.recipients == header->recipients, "opened: the header's recipients");
    oracle.require(header->recipients.contains(fuzzing::bob().device),
                   "opened: bob's device is a recipient");
    const auto key = senderKey(content.senderCard);
    const bool verifies = key && decrypted->verifySender(*key);
    oracle.require(bool(opened) == verifies,
                   "openEnvelope succeeds exactly when the sender's signature verifies");
    if (opened) {
        oracle.require(*opened == content, "openEnvelope gives what decryptEnvelope gave");
        requireResealable(content, *header);
    }
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    static const fuzzing::InnerEnvelope inner;
    fuzzing::InputReader input(data, size);
    const bool plaintext = input.takeByte() & 1;
    const QByteArray bytes = input.rest();
    const QByteArray envelope = plaintext ? inner.around(bytes) : bytes;
    check(envelope);
    return 0;
}
