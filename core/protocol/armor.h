// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QByteArray>

namespace cardinal::protocol {

//! Text armour for binary objects that people copy around (cards), in the familiar
//! PEM-like shape, so a card can be pasted into a mail or a chat:
//!
//!     -----BEGIN CARDINAL CARD-----
//!     <base64, 64 columns>
//!     -----END CARDINAL CARD-----
//!
//! `label` is the word(s) after BEGIN, e.g. "CARDINAL CARD".
[[nodiscard]] QByteArray armor(QByteArrayView label, QByteArrayView bytes);

//! The bytes inside armour with `label`, or `input` unchanged when it does not start with
//! an armour line (binary files are accepted as they are). Strict base64; MalformedInput
//! for a broken armour, TooLarge above `maxBytes` of input.
[[nodiscard]] Result<QByteArray> dearmor(QByteArrayView label, QByteArrayView input,
                                         qsizetype maxBytes);

} // namespace cardinal::protocol
