#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets (tests/fuzz, docs/fuzzing.md) in the sanitizer build (build-asan/:
# clang, ASan + UBSan, `scripts/build.sh --sanitize`) and runs them.
#   scripts/fuzz.sh [SECONDS]    fuzz every target SECONDS (default 60) on its corpus, then
#                                print executions and coverage gained per target, and add
#                                the run to build-asan/fuzz-logs/ledger.tsv
#   scripts/fuzz.sh --totals     executions and time per target over every run in the ledger
#   scripts/fuzz.sh --smoke      run every target once over its checked-in corpus and
#                                regressions, and check the seeds are what the generator
#                                makes (the suite's `fuzz` tests; quick, fails on a known
#                                crashing input)
#   scripts/fuzz.sh --coverage   build build-fuzz-cov/ for source coverage, replay every
#                                corpus, print llvm-cov's line coverage of each decoder
#   scripts/fuzz.sh --seeds      regenerate tests/fuzz/corpus and tests/fuzz/dict
# TARGETS="fuzz_frame fuzz_card" limits any mode to those targets. A run's new inputs stay
# in build-asan/fuzz-corpus/<target>/, crashes in build-asan/fuzz-artifacts/<target>/.
# Exit status 1 when a target crashed or an oracle failed.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz_dir=tests/fuzz
out=build-asan
jobs=${JOBS:-$(nproc)}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

mode=fuzz
seconds=60
case "${1:-}" in
    --smoke) mode=smoke ;;
    --coverage) mode=coverage ;;
    --seeds) mode=seeds ;;
    --totals) mode=totals ;;
    '') ;;
    *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS | --totals | --smoke | --coverage | --seeds]" >&2
              exit 2 ;;
    *) seconds=$1 ;;
esac

# The sanitizer build's fuzz targets (and nothing else of it).
build_targets() {
    BUILD_DIR=$out TARGET=cardinal-fuzz bash scripts/build.sh --sanitize
}

# The coverage build: core and the targets only, with clang's source-based coverage.
build_coverage() {
    local dir=$1
    if [ ! -f "$dir/build.ninja" ]; then
        CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCARDINAL_FUZZ_COVERAGE=ON >/dev/null
    fi
    cmake --build "$dir" --parallel "$jobs"
}

# The targets that were built, or those named in TARGETS.
targets() {
    local dir=$1
    if [ -n "${TARGETS:-}" ]; then
        echo "$TARGETS"
    else
        find "$dir/fuzz" -maxdepth 1 -name 'fuzz_*' -type f -executable -printf '%f\n' | sort
    fi
}

# The checked-in inputs of a target: its seeds and its regressions.
inputs_of() {
    local target=$1
    for d in "$fuzz_dir/corpus/$target" "$fuzz_dir/regressions/$target"; do
        [ -d "$d" ] && echo "$d"
    done
    return 0
}

regenerate_seeds() {
    rm -rf "$fuzz_dir/corpus" "$fuzz_dir/dict"
    "$out/fuzz/cardinal-fuzz-seeds" "$PWD" "$fuzz_dir" >/dev/null
}

# The suite's fuzz tests: fuzz_smoke_<target> replays a target's checked-in inputs once,
# fuzz_seeds compares the checked-in seeds with the generator's.
smoke() {
    QT_QPA_PLATFORM=offscreen ctest --test-dir "$out" -L fuzz --output-on-failure \
        --parallel "$jobs"
}

# Options of a target's campaign beyond the common ones. fuzz_session keeps its server
# across inputs by design (a database, caches), so every input looks like a leak to
# libFuzzer, whose leak check then scans the whole heap: half the speed for nothing. Its
# smoke test keeps the check.
extra_args_of() {
    case $1 in
        fuzz_session) echo -detect_leaks=0 ;;
    esac
}

# The ledger: one line per target and campaign (date, target, seconds, executions, new
# inputs, status), so that the executions of every run add up.
ledger=$out/fuzz-logs/ledger.tsv

totals() {
    [ -f "$ledger" ] || { echo "fuzz: no campaign recorded in $ledger yet" >&2; return 1; }
    printf '%-20s %6s %10s %14s %9s %8s %8s\n' target runs seconds executions new-units \
        crashes timeouts
    awk -F '\t' '{ runs[$2]++; secs[$2] += $3; execs[$2] += $4; units[$2] += $5
                   if ($6 == "CRASH") crashes[$2]++
                   if ($6 == "TIMEOUT") timeouts[$2]++ }
        END { for (t in runs) printf "%-20s %6d %10d %14d %9d %8d %8d\n", t, runs[t], secs[t],
                                     execs[t], units[t], crashes[t], timeouts[t] }' "$ledger" |
        sort
}

# A number from a libFuzzer log: the last "name: N" of lines matching `pattern`.
stat_of() {
    local log=$1 pattern=$2 name=$3
    grep -E "$pattern" "$log" | tail -1 | grep -oE "$name: [0-9]+" | grep -oE '[0-9]+' || echo 0
}

fuzz() {
    local failed=0 rows=()
    mkdir -p $out/fuzz-logs
    for target in $(targets "$out"); do
        local corpus=$out/fuzz-corpus/$target artifacts=$out/fuzz-artifacts/$target
        local log=$out/fuzz-logs/$target.log
        mkdir -p "$corpus" "$artifacts"
        # libFuzzer's timeout is wall-clock time: on a machine that also builds, an input
        # that takes a second alone can wait half a minute for a core. Campaigns allow two
        # minutes; a timeout artifact is to be re-run alone before it counts as a hang.
        local args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=120
                    -artifact_prefix="$artifacts/")
        [ -f "$fuzz_dir/dict/$target.dict" ] && args+=(-dict="$fuzz_dir/dict/$target.dict")
        # shellcheck disable=SC2207
        args+=($(extra_args_of "$target"))
        echo "fuzzing $target for $seconds s ..."
        local status=ok
        # shellcheck disable=SC2046
        $out/fuzz/"$target" "${args[@]}" "$corpus" $(inputs_of "$target") >"$log" 2>&1 ||
            status=CRASH
        grep -q 'ERROR: libFuzzer: timeout' "$log" && status=TIMEOUT
        local execs start_cov end_cov features units
        execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' ||
                stat_of "$log" '^#[0-9]+' '#')
        start_cov=$(stat_of "$log" 'INITED' cov)
        end_cov=$(stat_of "$log" '^#[0-9]+.*cov:' cov)
        features=$(stat_of "$log" '^#[0-9]+.*ft:' ft)
        units=$(grep -oE 'stat::new_units_added: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
        printf '%s\t%s\t%s\t%s\t%s\t%s\n' "$(date -u +%FT%TZ)" "$target" "$seconds" "$execs" \
            "$units" "$status" >>"$ledger"
        rows+=("$(printf '%-20s %10s %8s %8s %8s %8s %8s  %s' "$target" "$execs" \
            "$((execs / (seconds > 0 ? seconds : 1)))" "$start_cov" "$end_cov" \
            "$((end_cov - start_cov))" "$units" "$status")")
        if [ "$status" != ok ]; then
            failed=1
            grep -m3 -E 'ORACLE FAILURE|ERROR:|runtime error' "$log" || true
            grep -E 'Test unit written to' "$log" || true
        fi
    done
    echo
    printf '%-20s %10s %8s %8s %8s %8s %8s  %s\n' target execs exec/s cov-start cov-end \
        new-cov new-units status
    printf '%s\n' "${rows[@]}"
    if [ $failed -ne 0 ]; then
        echo "A crash or oracle failure: its input is in $out/fuzz-artifacts/<target>/." \
             "Fix it, and keep the input in tests/fuzz/regressions/<target>/ with a unit test" \
             "(docs/fuzzing.md)." >&2
    fi
    return $failed
}

# The decoders the targets stand for, whose line coverage the report shows.
decoder_sources=(
    core/protocol/frames.cpp core/protocol/api/session.cpp core/protocol/api/directory.cpp
    core/protocol/api/groups.cpp core/protocol/api/relay.cpp core/protocol/api/events.cpp
    core/protocol/wiretypes.cpp core/protocol/wirefields.cpp core/protocol/cborfields.cpp
    core/protocol/card.cpp core/protocol/devicerecord.cpp core/protocol/cardbundle.cpp
    core/protocol/envelope.cpp core/protocol/armor.cpp core/protocol/identity.cpp
    core/crypto/keystore.cpp core/server/serverconfig.cpp core/client/failurereason.cpp
    core/server/session.cpp core/server/dispatcher.cpp core/server/directoryservice.cpp
    core/server/relayservice.cpp
    core/transparency/merkle.cpp core/transparency/signednote.cpp
    core/transparency/checkpoint.cpp core/transparency/prefixtree.cpp
    core/protocol/ktformats.cpp core/crypto/vrf.cpp
)

coverage() {
    local dir=build-fuzz-cov
    build_coverage "$dir"
    rm -rf "$dir/profiles"
    mkdir -p "$dir/profiles"
    local objects=()
    for target in $(targets "$dir"); do
        local corpora
        corpora=$(inputs_of "$target")
        [ -d "$out/fuzz-corpus/$target" ] && corpora="$corpora $out/fuzz-corpus/$target"
        # shellcheck disable=SC2086
        LLVM_PROFILE_FILE="$dir/profiles/$target.profraw" "$dir/fuzz/$target" $corpora \
            >"$dir/profiles/$target.log" 2>&1 || echo "fuzz: $target failed while replaying" >&2
        objects+=(-object "fuzz/$target")
    done
    llvm-profdata-14 merge -sparse "$dir"/profiles/*.profraw -o "$dir/profiles/merged.profdata"
    # llvm-cov resolves the sources relative to the build directory, as they were compiled;
    # it reports every file, so the table keeps the decoders' lines. Functions of the same
    # name in several targets (LLVMFuzzerTestOneInput) are "mismatched": not decoders.
    local report
    report=$(cd "$dir" && llvm-cov-14 report "${objects[@]:1}" \
        -instr-profile profiles/merged.profdata -show-region-summary=false \
        -show-branch-summary=false 2> >(grep -v 'functions have mismatched data' >&2))
    echo
    printf '%-36s %8s %8s %8s\n' "decoder source" lines missed cover
    local file
    for file in "${decoder_sources[@]}"; do
        echo "$report" | awk -v f="../$file" '$1 == f {
            printf "%-36s %8d %8d %8s\n", substr(f, 4), $5, $6, $7 }'
    done
    echo "$report" | awk -v list="${decoder_sources[*]}" '
        BEGIN { n = split(list, files, " "); for (i = 1; i <= n; i++) want["../" files[i]] = 1 }
        $1 in want { lines += $5; missed += $6 }
        END { printf "%-36s %8d %8d %7.2f%%\n", "all of the above", lines, missed,
                     lines ? 100 * (lines - missed) / lines : 0 }'
    echo "(line by line: cd $dir && llvm-cov-14 show fuzz/<target> -instr-profile" \
         "profiles/merged.profdata ../core/...)"
}

case $mode in
    totals) totals ;;
    seeds)
        build_targets
        regenerate_seeds "$fuzz_dir"
        echo "fuzz: regenerated $fuzz_dir/corpus and $fuzz_dir/dict"
        ;;
    smoke)
        build_targets
        smoke
        ;;
    fuzz)
        build_targets
        fuzz
        ;;
    coverage) coverage ;;
esac
