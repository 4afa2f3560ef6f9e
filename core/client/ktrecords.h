// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// How KtStore writes its values before sealing them: plain CBOR arrays with a format number
// where a later version may change them. Decoders treat their input as hostile (the sealed
// value was authenticated, but by a key that a damaged or older profile may have used) and
// fail with CorruptFile; fuzz_profilerows feeds them.

#include "common/result.h"
#include "kttypes.h"

#include <QByteArray>

namespace cardinal::client {

//! Evidence as kept: [1, kind, server, subject, detail, [statement, ...]]. The id, the time
//! found and whether it is open are columns of the row, not part of the record.
[[nodiscard]] QByteArray encodeKtEvidence(const KtEvidence &evidence);
[[nodiscard]] Result<KtEvidence> decodeKtEvidence(QByteArrayView bytes);

//! The watch of one's own address: [version, baseline, checkedAtMs].
[[nodiscard]] QByteArray encodeKtOwnWatch(const KtOwnWatch &watch);
[[nodiscard]] Result<KtOwnWatch> decodeKtOwnWatch(QByteArrayView bytes);

} // namespace cardinal::client
