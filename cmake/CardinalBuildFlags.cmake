# SPDX-License-Identifier: GPL-3.0-or-later
# Warnings, hardening and Qt strictness for Cardinal's own targets, as one INTERFACE target
# that every target of ours links PRIVATE. Third-party headers come in as system includes,
# so -Werror applies to our code only.
add_library(cardinal_build_flags INTERFACE)
target_compile_options(cardinal_build_flags INTERFACE
    -Wall -Wextra -Wpedantic -Werror
    -Wshadow -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual
    -Wimplicit-fallthrough -Wformat=2
    # At -O3 GCC 12 reports "potential null pointer dereference" inside Qt's inlined
    # QArrayDataPointer::deref() (a known false positive); the -O2 builds keep the check.
    $<$<NOT:$<CONFIG:Release>>:-Wnull-dereference>
    -fstack-protector-strong -fno-strict-aliasing)
target_compile_definitions(cardinal_build_flags INTERFACE
    QT_NO_CAST_FROM_ASCII QT_NO_CAST_TO_ASCII QT_NO_CAST_FROM_BYTEARRAY
    QT_NO_URL_CAST_FROM_STRING QT_NO_FOREACH QT_NO_KEYWORDS QT_USE_QSTRINGBUILDER
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    $<$<NOT:$<CONFIG:Debug>>:_FORTIFY_SOURCE=2>)
target_link_options(cardinal_build_flags INTERFACE -Wl,-z,relro -Wl,-z,now -Wl,--as-needed)

# The sanitizer build: ASan + UBSan, every UBSan finding fatal, at -O1 (what the sanitizers'
# authors recommend: fast enough for the whole suite, stacks still readable; the build type
# decides only the debug information).
#
# CARDINAL_FUZZ (clang only) is the sanitizer build with the fuzz targets of tests/fuzz in it
# (docs/fuzzing.md): our code also gets the coverage instrumentation libFuzzer steers by
# (fuzzer-no-link; the targets add libFuzzer's main). scripts/test.sh builds it so, so one
# sanitizer build runs the suite, the fuzz smoke and the fuzzing campaigns.
# CARDINAL_FUZZ_COVERAGE is a build of its own: core and the targets with clang's
# source-based coverage instead of the sanitizers, for llvm-cov reports.
if(CARDINAL_FUZZ OR CARDINAL_FUZZ_COVERAGE)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CARDINAL_FUZZ needs clang: configure with CXX=clang++ "
                            "(scripts/build.sh --sanitize and scripts/fuzz.sh do)")
    endif()
endif()
if(CARDINAL_FUZZ_COVERAGE)
    target_compile_options(cardinal_build_flags INTERFACE
        -fprofile-instr-generate -fcoverage-mapping -U_FORTIFY_SOURCE)
    target_link_options(cardinal_build_flags INTERFACE -fprofile-instr-generate)
elseif(CARDINAL_SANITIZE OR CARDINAL_FUZZ)
    set(_cardinal_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
    target_compile_options(cardinal_build_flags INTERFACE ${_cardinal_san} -O1
        # _FORTIFY_SOURCE and ASan overlap; ASan's checks are the stronger ones.
        -U_FORTIFY_SOURCE
        $<$<BOOL:${CARDINAL_FUZZ}>:-fsanitize=fuzzer-no-link>)
    target_link_options(cardinal_build_flags INTERFACE ${_cardinal_san})
endif()
