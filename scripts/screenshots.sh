#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Regenerates docs/screenshots: for each language, the screenshot tour (tests/gui/
# screenshot_tour.cpp) runs a real server, real cardinal-cli users and the real app window
# in a private Xvfb display, and saves the window as it looks.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/build.sh >/dev/null
out=$PWD/docs/screenshots
mkdir -p "$out"
for variant in en ru "en dark"; do
    for display in $(seq 90 140); do [ -e "/tmp/.X$display-lock" ] || break; done
    Xvfb ":$display" -screen 0 1280x800x24 >/dev/null 2>&1 &
    xvfb=$!
    sleep 1
    DISPLAY=":$display" QT_QPA_PLATFORM=xcb build/tests/gui/screenshot_tour "$out" $variant || status=$?
    kill "$xvfb" 2>/dev/null || true
    wait "$xvfb" 2>/dev/null || true
    [ "${status:-0}" -eq 0 ] || exit "$status"
done
