#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and shows Cardinal working: the CLI's help, then a local
# demo in a temporary directory where alice encrypts a note to bob, bob decrypts it and
# both compare their safety number.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/install-deps.sh
bash scripts/build.sh
cli=$PWD/build/app/cli/cardinal-cli

"$cli" --help
echo
echo "== Local demo =="
demo=$(mktemp -d)
trap 'rm -rf "$demo"' EXIT
export CARDINAL_PASSPHRASE="demo passphrase, not for real use"
"$cli" --profile "$demo/alice" init --identity alice@example.org --device laptop
"$cli" --profile "$demo/bob" init --identity bob@example.org --device desktop
"$cli" --profile "$demo/alice" card export --out "$demo/alice.card"
"$cli" --profile "$demo/bob" card export --out "$demo/bob.card"
echo "Meet at the usual place at seven." > "$demo/note.txt"
"$cli" --profile "$demo/alice" encrypt --to "$demo/bob.card" --in "$demo/note.txt" --out "$demo/note.cardinal"
echo "alice sealed $(stat -c %s "$demo/note.cardinal") bytes for bob; bob opens them:"
"$cli" --profile "$demo/bob" decrypt --from "$demo/alice.card" --in "$demo/note.cardinal"
echo "safety number, as alice sees it:"
"$cli" --profile "$demo/alice" safety-number --card "$demo/bob.card"
echo "safety number, as bob sees it:"
"$cli" --profile "$demo/bob" safety-number --card "$demo/alice.card"
