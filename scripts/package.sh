#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the Debian package (cardinal_VERSION-1_ARCH.deb) with CPack from the build in
# BUILD_DIR (default: build), configuring and building it first (scripts/build.sh).
#   scripts/package.sh            the .deb lands in BUILD_DIR
#   scripts/package.sh OUT_DIR    the .deb lands in OUT_DIR
# Install it with: apt-get install ./cardinal_*.deb  (docs/packaging.md)
set -euo pipefail
cd "$(dirname "$0")/.."
build_dir=${BUILD_DIR:-build}
out_dir=${1:-$build_dir}

bash scripts/install-deps.sh
bash scripts/build.sh
mkdir -p "$out_dir"
out_dir=$(cd "$out_dir" && pwd)
# The package's own prefix is /usr whatever the build's CMAKE_INSTALL_PREFIX is: CPack
# installs into a staging directory with --prefix /usr.
(cd "$build_dir" && cpack -G DEB -B "$out_dir")
rm -rf "$out_dir/_CPack_Packages"
deb=$(ls -t "$out_dir"/cardinal_*.deb | head -n1)
echo "package: $deb"
dpkg-deb --field "$deb" Package Version Depends Recommends Installed-Size
