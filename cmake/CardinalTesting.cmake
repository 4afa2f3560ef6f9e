# SPDX-License-Identifier: GPL-3.0-or-later
# add_cardinal_test(NAME SOURCES file... [LIBS lib...] [LABELS label...] [TIMEOUT s])
# One Qt Test executable per suite, registered with CTest under its labels.
function(add_cardinal_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test cardinal_build_flags ${arg_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${name} PRIVATE
        CARDINAL_SHARED_TESTDATA="${PROJECT_SOURCE_DIR}/../shared/testdata")
    add_test(NAME ${name} COMMAND ${name})
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    set_tests_properties(${name} PROPERTIES LABELS "${arg_LABELS}" TIMEOUT ${arg_TIMEOUT}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;ASAN_OPTIONS=detect_leaks=1")
endfunction()

# cardinal_test_uses_programs(target [CARD_SWAP])
# For suites that run the real cardinal-server and cardinal-cli (tests/common/clitesting.h):
# compiles the CLI harness in, tells the suite where the programs are, builds them first.
# CARD_SWAP adds tests/common/cardswap.h (a card replaced on the server; needs
# cardinal_server).
function(cardinal_test_uses_programs target)
    cmake_parse_arguments(arg "CARD_SWAP" "" "" ${ARGN})
    set(common ${PROJECT_SOURCE_DIR}/tests/common)
    target_sources(${target} PRIVATE ${common}/clitesting.cpp ${common}/clitesting.h)
    target_link_libraries(${target} PRIVATE cardinal_server_testing)
    if(arg_CARD_SWAP)
        target_sources(${target} PRIVATE ${common}/cardswap.cpp ${common}/cardswap.h)
        target_link_libraries(${target} PRIVATE cardinal_server)
    endif()
    target_compile_definitions(${target} PRIVATE
        CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
        CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
    add_dependencies(${target} cardinal-server cardinal-cli)
endfunction()
