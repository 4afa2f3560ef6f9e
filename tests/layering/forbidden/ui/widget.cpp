// SPDX-License-Identifier: GPL-3.0-or-later
// Not built: the input of check_public_headers_rejects, which must fail on it.
#include "client/messenger.h"
#include "client/historystore.h"
