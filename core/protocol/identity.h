// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/result.h"

#include <QString>

namespace cardinal::protocol {

//! The kinds of identity a card can bind a key to. Only e-mail addresses today; the number
//! is part of the signed card, so new kinds can be added without ambiguity.
enum class IdentityType : quint8 {
    Email = 1,
};

//! RFC 5321 §4.5.3.1.3: a forward-path is at most 256 octets including the angle brackets.
inline constexpr qsizetype MaxEmailBytes = 254;

//! The canonical form of an e-mail identity, or InvalidArgument explaining what is wrong.
//!
//! Canonical: surrounding whitespace removed, the whole address lower-cased (providers treat
//! local parts case-insensitively in practice, and two cards for "Bob@x" and "bob@x" would
//! confuse people), exactly one '@', a non-empty local part, a domain with a dot and no empty
//! labels, no whitespace or control characters, at most MaxEmailBytes of UTF-8. Cards, codes
//! and lookups all use this form, so equal addresses compare equal everywhere.
[[nodiscard]] Result<QString> normalizeEmail(const QString &input);

} // namespace cardinal::protocol
