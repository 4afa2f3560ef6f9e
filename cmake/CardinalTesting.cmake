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
