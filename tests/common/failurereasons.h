// SPDX-License-Identifier: GPL-3.0-or-later
// One failure reason of every kind, for the suites that check each is stored and worded
// (tst_failurereason checks that no kind is missing here).
#pragma once

#include "client/failurereason.h"

#include <QList>

namespace cardinal::testing {

//! One reason of every FailureKind, with the details each kind names.
inline QList<client::FailureReason> everyFailureReason()
{
    using K = client::FailureKind;
    const auto make = &client::FailureReason::make;
    const QString bob = QStringLiteral("bob@example.org");
    const QString carol = QStringLiteral("carol@example.org");
    return {
        make(K::Other, {QStringLiteral("a sentence of Cardinal 0.1")}),
        make(K::NotForThisDevice, {}),
        make(K::DamagedOrAltered, {}),
        make(K::MalformedEnvelope, {}),
        make(K::UnsupportedVersion, {}),
        make(K::SenderMismatch, {bob, QStringLiteral("mallory@example.org")}),
        make(K::UnknownSenderDevice, {}),
        make(K::BadSignature, {}),
        make(K::WrongConversation, {}),
        make(K::SenderCardUnusable, {QStringLiteral("bad signature: the authority's")}),
        make(K::KeyChanged, {bob, carol}),
        make(K::NoDeviceToSendTo, {}),
        make(K::EncryptionFailed, {QStringLiteral("crypto failure")}),
        make(K::RefusedByServer, {QStringLiteral("limit reached: Schlüssel, 鍵 and 🔑")}),
        make(K::NotInGroup, {}),
        make(K::RecipientUnknown, {carol}),
        make(K::RecipientRevoked, {bob}),
        make(K::RecipientCardUnusable, {bob, QStringLiteral("malformed input")}),
        make(K::RecipientsLeftOut, {carol, QStringLiteral("weak key: an X25519 key of small order")}),
    };
}

} // namespace cardinal::testing
