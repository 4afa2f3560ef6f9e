// SPDX-License-Identifier: GPL-3.0-or-later
#include "session.h"

#include "crypto/pointchecks.h"
#include "protocol/devicerecord.h"
#include "protocol/wirefields.h"

namespace cardinal::protocol::api {

using Trailing = CborFields::Trailing;

QCborArray Hello::encode() const
{
    QCborArray out{protocolVersion, serverName, authority.toByteArray(), challenge};
    if (transparency) {
        out.append(transparency->checkpoints.encode());
        out.append(transparency->labels.toByteArray());
    }
    return out;
}

Result<Hello> Hello::decode(const QCborArray &payload)
{
    CborFields fields(payload, type(), 4, Trailing::Ignore);
    Hello hello;
    hello.protocolVersion = fields.integer(0, 0, INT32_MAX);
    hello.serverName = fields.text(1, MaxServerNameBytes);
    hello.authority = fields.fixed<crypto::Ed25519PublicKey>(2);
    hello.challenge = fields.bytes(3, MinChallengeBytes, MaxChallengeBytes);
    if (payload.size() > 4) {
        auto verifier = transparency::NoteVerifier::parse(fields.text(4, MaxNoteKeyTextBytes));
        const auto labels = fields.fixed<crypto::VrfPublicKey>(5);
        if (verifier)
            hello.transparency = kt::LogKeys{std::move(*verifier), labels};
        else
            fields.reject(QStringLiteral("field 4: ") + verifier.error().message());
    }
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    // A server whose authority key is of small order could countersign anything.
    if (auto usable = crypto::checkEd25519PublicKey(hello.authority); !usable)
        return fail(usable.error().code,
                    QStringLiteral("hello: the authority key is ") + usable.error().detail);
    return hello;
}

Auth Auth::prove(const Hello &hello, const CardId &card, const DeviceId &device,
                 const crypto::Ed25519KeyPair &identityKey, QByteArray newDeviceRecord)
{
    Auth auth{card, device, {}, std::move(newDeviceRecord)};
    auth.signature = auth.proof(hello.challenge, hello.authority).sign(identityKey);
    return auth;
}

SessionProof Auth::proof(QByteArray challenge, const crypto::Ed25519PublicKey &authority) const
{
    return SessionProof{std::move(challenge), authority, card, device};
}

QCborArray Auth::encode() const
{
    const QCborValue record =
        newDeviceRecord.isEmpty() ? QCborValue(nullptr) : QCborValue(newDeviceRecord);
    return {card.toByteArray(), device.toByteArray(), signature.toByteArray(), record};
}

Result<Auth> Auth::decode(const QCborArray &payload)
{
    CborFields fields(payload, type(), 4);
    Auth auth;
    auth.card = fields.fixed<CardId>(0);
    auth.device = fields.fixed<DeviceId>(1);
    auth.signature = fields.fixed<crypto::Ed25519Signature>(2);
    if (!fields.isNull(3))
        auth.newDeviceRecord = fields.bytes(3, 1, MaxDeviceRecordBytes);
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return auth;
}

QCborArray Auth::Reply::encode() const
{
    return {identity.toString()};
}

Result<Auth::Reply> Auth::Reply::decode(const QCborArray &payload)
{
    CborFields fields(payload, type() + QStringLiteral(" reply"), 1, Trailing::Ignore);
    Reply reply{identityAt(fields, 0)};
    if (auto ok = fields.status(); !ok)
        return fail(ok.error());
    return reply;
}

} // namespace cardinal::protocol::api
