// SPDX-License-Identifier: GPL-3.0-or-later
#include "sessiontransport.h"

namespace cardinal::server {

SessionTransport::~SessionTransport() = default;

} // namespace cardinal::server
