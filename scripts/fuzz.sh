#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the fuzz targets (tests/fuzz, docs/fuzzing.md) with clang, Ninja and ccache into
# build-fuzz/ and runs them.
#   scripts/fuzz.sh [SECONDS]    fuzz every target SECONDS (default 60) on its corpus, then
#                                print executions and coverage gained per target
#   scripts/fuzz.sh --smoke      run every target once over its checked-in corpus and
#                                regressions, and check the seeds are what the generator
#                                makes (for CI: quick, fails on a known crashing input)
#   scripts/fuzz.sh --coverage   build build-fuzz-cov/ for source coverage, replay every
#                                corpus, print llvm-cov's line coverage of each decoder
#   scripts/fuzz.sh --seeds      regenerate tests/fuzz/corpus and tests/fuzz/dict
# TARGETS="fuzz_frame fuzz_card" limits any mode to those targets. A run's new inputs stay
# in build-fuzz/corpus/<target>/, crashes in build-fuzz/artifacts/<target>/. Exit status 1
# when a target crashed or an oracle failed.
set -euo pipefail
cd "$(dirname "$0")/.."

fuzz_dir=tests/fuzz
jobs=${JOBS:-$(nproc)}
export UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1
export QT_QPA_PLATFORM=offscreen

mode=fuzz
seconds=60
case "${1:-}" in
    --smoke) mode=smoke ;;
    --coverage) mode=coverage ;;
    --seeds) mode=seeds ;;
    '') ;;
    *[!0-9]*) echo "usage: scripts/fuzz.sh [SECONDS | --smoke | --coverage | --seeds]" >&2; exit 2 ;;
    *) seconds=$1 ;;
esac

# build DIR [CMAKE ARGS...]: configures once (with clang) and builds the fuzz targets.
build() {
    local dir=$1
    shift
    if [ ! -f "$dir/build.ninja" ]; then
        CC=clang CXX=clang++ cmake -S . -B "$dir" -G Ninja -DCMAKE_BUILD_TYPE=RelWithDebInfo \
            -DCARDINAL_FUZZ=ON "$@" >/dev/null
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
    local out=$1
    rm -rf "$out/corpus" "$out/dict"
    build-fuzz/fuzz/cardinal-fuzz-seeds "$PWD" "$out" >/dev/null
}

smoke() {
    local failed=0 start=$SECONDS
    local check=build-fuzz/seeds-check
    regenerate_seeds "$check"
    if ! diff -r "$check/corpus" "$fuzz_dir/corpus" >/dev/null ||
       ! diff -r "$check/dict" "$fuzz_dir/dict" >/dev/null; then
        echo "fuzz: tests/fuzz/corpus or dict differ from what the generator makes;" \
             "run scripts/fuzz.sh --seeds and commit the result" >&2
        failed=1
    fi
    for target in $(targets build-fuzz); do
        local log=build-fuzz/logs/$target.smoke.log artifacts=build-fuzz/artifacts/$target
        mkdir -p build-fuzz/logs "$artifacts"
        # shellcheck disable=SC2046
        if build-fuzz/fuzz/"$target" -runs=0 -timeout=25 -artifact_prefix="$artifacts/" \
            $(inputs_of "$target") >"$log" 2>&1; then
            # shellcheck disable=SC2046
            printf '%-20s ok   %s inputs\n' "$target" "$(find $(inputs_of "$target") -type f | wc -l)"
        else
            printf '%-20s FAIL (see %s)\n' "$target" "$log"
            grep -m3 -E 'ORACLE FAILURE|ERROR:|runtime error' "$log" || true
            failed=1
        fi
    done
    echo "fuzz smoke: $((SECONDS - start)) s"
    return $failed
}

# A number from a libFuzzer log: the last "name: N" of lines matching `pattern`.
stat_of() {
    local log=$1 pattern=$2 name=$3
    grep -E "$pattern" "$log" | tail -1 | grep -oE "$name: [0-9]+" | grep -oE '[0-9]+' || echo 0
}

fuzz() {
    local failed=0 rows=()
    mkdir -p build-fuzz/logs
    for target in $(targets build-fuzz); do
        local corpus=build-fuzz/corpus/$target artifacts=build-fuzz/artifacts/$target
        local log=build-fuzz/logs/$target.log
        mkdir -p "$corpus" "$artifacts"
        local args=(-max_total_time="$seconds" -print_final_stats=1 -timeout=25
                    -artifact_prefix="$artifacts/")
        [ -f "$fuzz_dir/dict/$target.dict" ] && args+=(-dict="$fuzz_dir/dict/$target.dict")
        echo "fuzzing $target for $seconds s ..."
        local status=ok
        # shellcheck disable=SC2046
        build-fuzz/fuzz/"$target" "${args[@]}" "$corpus" $(inputs_of "$target") >"$log" 2>&1 ||
            status=CRASH
        local execs start_cov end_cov features units
        execs=$(grep -oE 'stat::number_of_executed_units: *[0-9]+' "$log" | grep -oE '[0-9]+$' ||
                stat_of "$log" '^#[0-9]+' '#')
        start_cov=$(stat_of "$log" 'INITED' cov)
        end_cov=$(stat_of "$log" '^#[0-9]+.*cov:' cov)
        features=$(stat_of "$log" '^#[0-9]+.*ft:' ft)
        units=$(grep -oE 'stat::new_units_added: *[0-9]+' "$log" | grep -oE '[0-9]+$' || echo 0)
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
        echo "A crash or oracle failure: its input is in build-fuzz/artifacts/<target>/." \
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
)

coverage() {
    local dir=build-fuzz-cov
    build "$dir" -DCARDINAL_FUZZ_COVERAGE=ON
    rm -rf "$dir/profiles"
    mkdir -p "$dir/profiles"
    local objects=()
    for target in $(targets "$dir"); do
        local corpora
        corpora=$(inputs_of "$target")
        [ -d "build-fuzz/corpus/$target" ] && corpora="$corpora build-fuzz/corpus/$target"
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
    seeds)
        build build-fuzz
        regenerate_seeds "$fuzz_dir"
        echo "fuzz: regenerated $fuzz_dir/corpus and $fuzz_dir/dict"
        ;;
    smoke)
        build build-fuzz
        smoke
        ;;
    fuzz)
        build build-fuzz
        fuzz
        ;;
    coverage) coverage ;;
esac
