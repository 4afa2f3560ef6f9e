// SPDX-License-Identifier: GPL-3.0-or-later
// The floor bench_server compares the channel server against: a bare QWebSocketServer that
// forwards binary messages without parsing, storage or authentication.
#pragma once

namespace cardinal::bench {

//! Runs the baseline relay until SIGTERM (`bench_server --baseline-server`). Prints
//! "listening on ws://127.0.0.1:PORT". A client joins a route with the text message
//! "join ROUTE" (answered "ok"; joining again moves it); every binary message is forwarded
//! unchanged to the other members of the sender's route: the peer of a direct pair, the
//! nine others of a group. Returns the exit code.
int runBaselineServer();

} // namespace cardinal::bench
