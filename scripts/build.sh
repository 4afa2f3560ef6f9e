#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Configures (once) and builds Cardinal with Ninja and ccache.
#   scripts/build.sh [CMAKE ARGS...]             the normal build, in BUILD_DIR (default build/)
#   scripts/build.sh --sanitize [CMAKE ARGS...]  the sanitizer build, in BUILD_DIR (default
#       build-asan/): clang, ASan + UBSan at -O1 with line tables, and the fuzz targets
#       (-DCARDINAL_FUZZ=ON)
# TARGET=name builds only that target (e.g. TARGET=cardinal-fuzz). Extra arguments go to the
# CMake configure step.
set -euo pipefail
cd "$(dirname "$0")/.."
configure=()
if [ "${1:-}" = "--sanitize" ]; then
    shift
    build_dir=${BUILD_DIR:-build-asan}
    export CC=clang CXX=clang++
    # Line tables are all the sanitizers' reports need, and build faster than full debug
    # information; for a debugger, add -DCMAKE_CXX_FLAGS_DEBUG=-g.
    configure=(-DCARDINAL_FUZZ=ON -DCMAKE_BUILD_TYPE=Debug -DCMAKE_CXX_FLAGS_DEBUG=-gline-tables-only)
    # A directory configured with another compiler (GCC's sanitizer build of 0.4 and before)
    # cannot switch: CMake fixes the compiler at the first configure.
    if [ -f "$build_dir/CMakeCache.txt" ] &&
       ! grep -q '^CMAKE_CXX_COMPILER:[A-Z]*=.*clang++' "$build_dir/CMakeCache.txt"; then
        echo "build: $build_dir was configured with another compiler; configuring it afresh" >&2
        rm -rf "$build_dir/CMakeCache.txt" "$build_dir/CMakeFiles"
    fi
else
    build_dir=${BUILD_DIR:-build}
fi
if [ ! -f "$build_dir/build.ninja" ] || [ $# -gt 0 ] || [ ${#configure[@]} -gt 0 ]; then
    cmake -S . -B "$build_dir" -G Ninja "${configure[@]}" "$@" >/dev/null
fi
cmake --build "$build_dir" --parallel "$(nproc)" ${TARGET:+--target "$TARGET"}
