// SPDX-License-Identifier: GPL-3.0-or-later
// protocol::normalizeEmail and protocol::Identity::parse: every identity that comes in, in
// requests, cards, events and on the command line. The input is taken as UTF-8.
// Oracle: both agree; the canonical form is a fixed point (normalising it again changes
// nothing), has no surrounding space and no upper case, one '@' after a non-empty local
// part, a domain with a dot and no empty label, and fits MaxEmailBytes.
#include "fuzzsupport.h"

#include "protocol/identity.h"
#include "protocol/wiretypes.h"

using namespace cardinal;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_identity"};

void requireCanonical(const QString &email)
{
    oracle.require(email.toUtf8().size() <= protocol::MaxEmailBytes, "fits MaxEmailBytes");
    oracle.require(email == email.trimmed() && email == email.toLower(),
                   "trimmed and lower case");
    const qsizetype at = email.indexOf(u'@');
    oracle.require(at > 0 && email.indexOf(u'@', at + 1) < 0,
                   "one '@' after a non-empty local part");
    const QString domain = email.mid(at + 1);
    oracle.require(domain.contains(u'.') && !domain.split(u'.').contains(QString()),
                   "a domain with a dot and no empty label");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    const QString input = QString::fromUtf8(fuzzing::bytesOf(data, size));
    const Result<QString> normal = protocol::normalizeEmail(input);
    const Result<protocol::Identity> identity = protocol::Identity::parse(input);
    oracle.require(bool(normal) == bool(identity), "normalizeEmail and Identity::parse agree");
    if (!normal)
        return 0;
    oracle.require(identity->toString() == *normal, "Identity::parse gives the canonical form");
    oracle.require(!identity->isEmpty(), "a parsed identity is not empty");
    requireCanonical(*normal);
    const Result<QString> again = protocol::normalizeEmail(*normal);
    oracle.require(again && *again == *normal, "the canonical form is a fixed point");
    return 0;
}
