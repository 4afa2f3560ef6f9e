# SPDX-License-Identifier: GPL-3.0-or-later
# How Cardinal's tests are registered with CTest.
#
# The sanitizer build (CARDINAL_SANITIZE, or CARDINAL_FUZZ which brings the sanitizers) names
# every test asan/<name>, so that scripts/test.sh runs both builds' suites in one CTest run
# that ends in one summary, and a failure says which build it came from. Its tests get the
# sanitizers' options and three times the time.
if(CARDINAL_SANITIZE OR CARDINAL_FUZZ)
    set(CARDINAL_TEST_PREFIX "asan/")
    set(CARDINAL_TEST_ENVIRONMENT
        "ASAN_OPTIONS=detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1"
        "UBSAN_OPTIONS=print_stacktrace=1:halt_on_error=1")
    set(CARDINAL_TEST_TIME_FACTOR 3)
else()
    set(CARDINAL_TEST_PREFIX "")
    set(CARDINAL_TEST_ENVIRONMENT "ASAN_OPTIONS=detect_leaks=1")
    set(CARDINAL_TEST_TIME_FACTOR 1)
endif()

# cardinal_register_test(NAME COMMAND cmd... [LABELS label...] [TIMEOUT s]
#                        [ENVIRONMENT var=value...] [PROPERTIES prop value...] [FILES_ONLY])
# Registers one test under its build's name (above). FILES_ONLY: the test checks files,
# not compiled code (catalogues, desktop files), so the sanitizer build leaves it out.
function(cardinal_register_test name)
    cmake_parse_arguments(arg "FILES_ONLY" "TIMEOUT" "COMMAND;LABELS;ENVIRONMENT;PROPERTIES"
                          ${ARGN})
    if(arg_FILES_ONLY AND CARDINAL_TEST_PREFIX)
        return()
    endif()
    if(NOT arg_TIMEOUT)
        set(arg_TIMEOUT 300)
    endif()
    math(EXPR timeout "${arg_TIMEOUT} * ${CARDINAL_TEST_TIME_FACTOR}")
    set(test ${CARDINAL_TEST_PREFIX}${name})
    add_test(NAME ${test} COMMAND ${arg_COMMAND})
    set_tests_properties(${test} PROPERTIES LABELS "${arg_LABELS}" TIMEOUT ${timeout}
        ENVIRONMENT "QT_QPA_PLATFORM=offscreen;${CARDINAL_TEST_ENVIRONMENT};${arg_ENVIRONMENT}"
        ${arg_PROPERTIES})
endfunction()

# add_cardinal_test(NAME SOURCES file... [LIBS lib...] [LABELS label...] [TIMEOUT s])
# One Qt Test executable per suite, registered with CTest under its labels.
function(add_cardinal_test name)
    cmake_parse_arguments(arg "" "TIMEOUT" "SOURCES;LIBS;LABELS" ${ARGN})
    add_executable(${name} ${arg_SOURCES})
    target_link_libraries(${name} PRIVATE Qt6::Test cardinal_build_flags ${arg_LIBS})
    target_include_directories(${name} PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
    target_compile_definitions(${name} PRIVATE
        CARDINAL_SHARED_TESTDATA="${PROJECT_SOURCE_DIR}/../shared/testdata")
    cardinal_register_test(${name} COMMAND ${name} LABELS ${arg_LABELS} TIMEOUT ${arg_TIMEOUT})
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
