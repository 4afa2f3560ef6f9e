// SPDX-License-Identifier: GPL-3.0-or-later
// Public: what a new profile is made of (see Messenger::createProfile()).
#pragma once

#include <QString>

namespace cardinal::client {

//! Shortest passphrase we accept for a new profile; the keystore's scrypt slows guessing,
//! but cannot save a passphrase that is guessed in a few thousand tries.
inline constexpr qsizetype MinPassphraseLength = 8;

//! What a new profile is made of.
struct ProfileSetup
{
    QString identity;     //!< an e-mail address; normalised
    QString deviceLabel;  //!< shown to contacts, e.g. "laptop"
    qint64 createdAt = 0; //!< seconds since the Unix epoch; 0 = now
};

} // namespace cardinal::client
