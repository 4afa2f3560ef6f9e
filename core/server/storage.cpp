// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

namespace cardinal::server {

// Out of line so that the vtable has one home.
Storage::~Storage() = default;

Result<std::optional<AckedMessage>> Storage::ack(const protocol::DeviceId &device, qint64 seq)
{
    auto acked = ack(device, QList<qint64>{seq});
    if (!acked)
        return fail(acked.error());
    return acked->isEmpty() ? std::optional<AckedMessage>{} : std::optional(acked->first());
}

} // namespace cardinal::server
