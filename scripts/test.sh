#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Installs what is needed, builds, and runs the whole test suite (unit, conformance,
# integration, GUI, install, benchmark smoke runs, fuzz smoke) in both builds: the normal one
# (build/) and the sanitizer one (build-asan/: clang, ASan + UBSan, with the fuzz targets,
# whose tests are named asan/...). Both suites run in one CTest run, which ends with its
# summary line.
#   scripts/test.sh              both builds (what CI runs)
#   scripts/test.sh --normal     only the normal build
#   scripts/test.sh --sanitize   only the sanitizer build
set -euo pipefail
cd "$(dirname "$0")/.."
builds=(normal sanitize)
case "${1:-}" in
    --normal) builds=(normal) ;;
    --sanitize) builds=(sanitize) ;;
    '') ;;
    *) echo "usage: scripts/test.sh [--normal | --sanitize]" >&2; exit 2 ;;
esac
bash scripts/install-deps.sh

suite=build-suite
mkdir -p "$suite"
: >"$suite/CTestTestfile.cmake"
for build in "${builds[@]}"; do
    if [ "$build" = normal ]; then
        BUILD_DIR=build bash scripts/build.sh
        echo "subdirs(\"$PWD/build\")" >>"$suite/CTestTestfile.cmake"
    else
        BUILD_DIR=build-asan bash scripts/build.sh --sanitize
        echo "subdirs(\"$PWD/build-asan\")" >>"$suite/CTestTestfile.cmake"
    fi
done
export QT_QPA_PLATFORM=offscreen
ctest --test-dir "$suite" --output-on-failure --parallel "$(nproc)" --timeout 600
