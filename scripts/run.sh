#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The README's run command: installs what is needed, builds, starts a local channel server
# on ws://127.0.0.1:7447 (or uses the one already running there) and opens the app.
#   scripts/run.sh                 the app with profile "default"
#   scripts/run.sh --profile bob   any of the app's options (see build/app/cardinal --help)
# The server keeps its data in ~/.local/share/cardinal/local-server (CARDINAL_SERVER_DATA)
# and prints the e-mail codes it would send here, in this terminal: type them into the app.
# It stops when the app that started it closes.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh

server=$PWD/build/app/server/cardinal-server
app=$PWD/build/app/cardinal
port=7447
data=${CARDINAL_SERVER_DATA:-${XDG_DATA_HOME:-$HOME/.local/share}/cardinal/local-server}

if [ -z "${DISPLAY:-}" ] && [ -z "${WAYLAND_DISPLAY:-}" ]; then
    echo "run: no display (DISPLAY/WAYLAND_DISPLAY unset). Run this in a desktop session," >&2
    echo "     or try the command-line demo: bash scripts/demo-cli.sh" >&2
    exit 1
fi

server_pid=""
cleanup() { [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null || true; }
trap cleanup EXIT

if (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
    echo "== using the channel server already listening on 127.0.0.1:$port =="
else
    if [ ! -f "$data/server-keys.cbor" ]; then
        mkdir -p "$data"
        "$server" init --data "$data"
    fi
    echo "== local channel server on ws://127.0.0.1:$port; identity codes appear below =="
    "$server" --data "$data" --listen "127.0.0.1:$port" --codes console &
    server_pid=$!
    for _ in $(seq 100); do
        (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null && break
        sleep 0.1
    done
fi

"$app" --server "ws://127.0.0.1:$port" "$@"
