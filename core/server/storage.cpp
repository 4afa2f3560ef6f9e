// SPDX-License-Identifier: GPL-3.0-or-later
#include "storage.h"

namespace cardinal::server {

// Out of line so that the vtable has one home.
Storage::~Storage() = default;

} // namespace cardinal::server
