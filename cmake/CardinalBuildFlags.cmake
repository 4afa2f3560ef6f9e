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

if(CARDINAL_SANITIZE)
    set(_cardinal_san -fsanitize=address,undefined -fno-sanitize-recover=undefined
                      -fno-omit-frame-pointer)
    target_compile_options(cardinal_build_flags INTERFACE ${_cardinal_san})
    target_link_options(cardinal_build_flags INTERFACE ${_cardinal_san})
    # _FORTIFY_SOURCE and ASan overlap; ASan's checks are the stronger ones.
    target_compile_options(cardinal_build_flags INTERFACE -U_FORTIFY_SOURCE)
endif()

# The fuzz build (tests/fuzz, docs/fuzzing.md), clang only. Our code gets the coverage
# instrumentation libFuzzer steers by (fuzzer-no-link; the targets add libFuzzer's main)
# and ASan + UBSan, every UBSan finding fatal so the fuzzer keeps its input. With
# CARDINAL_FUZZ_COVERAGE: clang's source-based coverage instead, for llvm-cov reports.
if(CARDINAL_FUZZ)
    if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
        message(FATAL_ERROR "CARDINAL_FUZZ needs clang: configure with CXX=clang++ "
                            "(scripts/fuzz.sh does)")
    endif()
    if(CARDINAL_SANITIZE)
        message(FATAL_ERROR "CARDINAL_FUZZ brings its own sanitizers; leave CARDINAL_SANITIZE off")
    endif()
    if(CARDINAL_FUZZ_COVERAGE)
        set(_cardinal_fuzz_compile -fprofile-instr-generate -fcoverage-mapping)
        set(_cardinal_fuzz_link -fprofile-instr-generate)
    else()
        set(_cardinal_fuzz_compile -fsanitize=fuzzer-no-link,address,undefined
                                   -fno-sanitize-recover=undefined -fno-omit-frame-pointer)
        set(_cardinal_fuzz_link -fsanitize=address,undefined)
    endif()
    target_compile_options(cardinal_build_flags INTERFACE ${_cardinal_fuzz_compile}
                           -U_FORTIFY_SOURCE)
    target_link_options(cardinal_build_flags INTERFACE ${_cardinal_fuzz_link})
endif()
