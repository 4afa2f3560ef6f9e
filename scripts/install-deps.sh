#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs every Debian 12 package that building, testing and running Cardinal needs.
# Idempotent: packages already present are skipped, so repeated runs cost seconds.
set -euo pipefail

packages=(
    build-essential cmake ninja-build ccache pkg-config git
    qt6-base-dev qt6-base-dev-tools qt6-websockets-dev qt6-tools-dev qt6-tools-dev-tools
    qt6-l10n-tools qt6-translations-l10n libqt6sql6-sqlite libqt6svg6 qt6-svg-dev qt6-qpa-plugins
    libcrypto++-dev libsodium-dev libqrencode-dev openssl
    xvfb xdotool desktop-file-utils appstream
    dpkg-dev file groff-base systemd dbus-daemon
    # The sanitizer build (scripts/build.sh --sanitize; its suite, the fuzz targets): clang,
    # libFuzzer and the sanitizers' runtimes; llvm-cov and llvm-profdata for coverage.
    clang libclang-rt-14-dev llvm
)

missing=()
for p in "${packages[@]}"; do
    dpkg-query -W -f='${Status}' "$p" 2>/dev/null | grep -q "install ok installed" || missing+=("$p")
done

if [ ${#missing[@]} -gt 0 ]; then
    if [ "$(id -u)" -ne 0 ]; then
        echo "install-deps: need root to install: ${missing[*]}" >&2
        exit 1
    fi
    export DEBIAN_FRONTEND=noninteractive
    apt-get update -qq
    apt-get install -y -qq --no-install-recommends "${missing[@]}"
fi
