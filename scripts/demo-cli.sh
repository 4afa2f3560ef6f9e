#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# The command-line demo: builds, starts a throw-away channel server and shows Cardinal working:
# alice and bob register (codes come from the server's drop directory), exchange messages,
# and compare their safety number. Everything lives in a temporary directory that is
# removed at the end; the server stops with the script.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cli=$PWD/build/app/cli/cardinal-cli
server=$PWD/build/app/server/cardinal-server

"$cli" --help | head -5
demo=$(mktemp -d)
server_pid=""
cleanup() {
    [ -n "$server_pid" ] && kill "$server_pid" 2>/dev/null && wait "$server_pid" 2>/dev/null
    rm -rf "$demo"
}
trap cleanup EXIT

echo
echo "== A local channel server =="
"$server" init --data "$demo/server"
"$server" --data "$demo/server" --listen 127.0.0.1:0 --codes "drop:$demo/codes" \
    > "$demo/server.out" 2> "$demo/server.log" &
server_pid=$!
for _ in $(seq 50); do grep -q "listening on" "$demo/server.out" 2>/dev/null && break; sleep 0.1; done
url=$(sed -n 's/^listening on //p' "$demo/server.out")
echo "serving on $url"

export CARDINAL_PASSPHRASE="demo passphrase, not for real use"
for who in alice bob; do
    echo
    echo "== $who registers =="
    "$cli" --profile "$demo/$who" init --identity "$who@example.org" --device laptop
    "$cli" --profile "$demo/$who" register --server "$url"
    "$cli" --profile "$demo/$who" confirm "$(cat "$demo/codes/$who@example.org")"
done

echo
echo "== alice writes to bob, who is offline =="
"$cli" --profile "$demo/alice" send --to bob@example.org "Meet at the usual place at seven."
echo "== bob comes online, reads, answers =="
"$cli" --profile "$demo/bob" receive
"$cli" --profile "$demo/bob" send --to alice@example.org "See you there."
"$cli" --profile "$demo/alice" receive
echo "== the conversation as alice keeps it (encrypted at rest) =="
"$cli" --profile "$demo/alice" history --with bob@example.org
echo "== the safety number alice and bob compare =="
"$cli" --profile "$demo/alice" verify bob@example.org
"$cli" --profile "$demo/bob" verify alice@example.org
