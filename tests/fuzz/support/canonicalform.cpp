// SPDX-License-Identifier: GPL-3.0-or-later
#include "canonicalform.h"

#include "protocol/identity.h"

#include <QCborArray>

namespace cardinal::fuzzing {

bool sameUpToCanonicalForm(const QCborValue &received, const QCborValue &encoded,
                           Appended appended)
{
    if (encoded.isArray()) {
        if (!received.isArray())
            return false;
        const QCborArray in = received.toArray();
        const QCborArray out = encoded.toArray();
        const bool lengthFits = appended == Appended::Dropped ? out.size() <= in.size()
                                                              : out.size() == in.size();
        if (!lengthFits)
            return false;
        for (qsizetype i = 0; i < out.size(); ++i)
            if (!sameUpToCanonicalForm(in.at(i), out.at(i), appended))
                return false;
        return true;
    }
    if (encoded.isString() && received.isString() && encoded != received) {
        const auto canonical = protocol::normalizeEmail(received.toString());
        return canonical && *canonical == encoded.toString();
    }
    // Compared as bytes: QCborValue's own comparison orders NaN and such in its own way.
    return received.toCbor() == encoded.toCbor();
}

} // namespace cardinal::fuzzing
