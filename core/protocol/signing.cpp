// SPDX-License-Identifier: GPL-3.0-or-later
#include "signing.h"

namespace cardinal::protocol {

namespace {
QByteArray contextMessage(QByteArrayView context, std::initializer_list<QByteArrayView> parts)
{
    qsizetype size = context.size() + 1;
    for (QByteArrayView part : parts)
        size += part.size();
    QByteArray message;
    message.reserve(size);
    message.append(context).append('\0');
    for (QByteArrayView part : parts)
        message.append(part);
    return message;
}
} // namespace

crypto::Ed25519Signature signWithContext(const crypto::Ed25519KeyPair &key, QByteArrayView context,
                                         std::initializer_list<QByteArrayView> parts)
{
    return key.sign(contextMessage(context, parts));
}

bool verifyWithContext(const crypto::Ed25519PublicKey &key, QByteArrayView context,
                       std::initializer_list<QByteArrayView> parts,
                       const crypto::Ed25519Signature &signature)
{
    return crypto::verifyEd25519(key, contextMessage(context, parts), signature);
}

} // namespace cardinal::protocol
