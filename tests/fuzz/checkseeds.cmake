# SPDX-License-Identifier: GPL-3.0-or-later
# The checked-in seeds and dictionaries (FUZZ_DIR/corpus, FUZZ_DIR/dict) must be exactly what
# cardinal-fuzz-seeds (GENERATOR) makes today: a format that changed without
# `scripts/fuzz.sh --seeds` leaves the fuzzers starting from inputs that no longer decode.
#   cmake -DGENERATOR=... -DSOURCE_DIR=... -DFUZZ_DIR=... -DSCRATCH_DIR=... -P checkseeds.cmake
cmake_minimum_required(VERSION 3.25)
foreach(var GENERATOR SOURCE_DIR FUZZ_DIR SCRATCH_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkseeds.cmake needs -D${var}=...")
    endif()
endforeach()

file(REMOVE_RECURSE ${SCRATCH_DIR})
execute_process(COMMAND ${GENERATOR} ${SOURCE_DIR} ${SCRATCH_DIR}
                RESULT_VARIABLE status OUTPUT_QUIET ERROR_VARIABLE errors)
if(NOT status EQUAL 0)
    message(FATAL_ERROR "cardinal-fuzz-seeds failed (${status}): ${errors}")
endif()

set(differences "")
foreach(kind corpus dict)
    file(GLOB_RECURSE made RELATIVE ${SCRATCH_DIR}/${kind} ${SCRATCH_DIR}/${kind}/*)
    file(GLOB_RECURSE kept RELATIVE ${FUZZ_DIR}/${kind} ${FUZZ_DIR}/${kind}/*)
    foreach(file IN LISTS made)
        if(NOT file IN_LIST kept)
            string(APPEND differences "  missing from the tree: ${kind}/${file}\n")
        else()
            execute_process(COMMAND ${CMAKE_COMMAND} -E compare_files
                                    ${SCRATCH_DIR}/${kind}/${file} ${FUZZ_DIR}/${kind}/${file}
                            RESULT_VARIABLE same)
            if(NOT same EQUAL 0)
                string(APPEND differences "  differs: ${kind}/${file}\n")
            endif()
        endif()
    endforeach()
    foreach(file IN LISTS kept)
        if(NOT file IN_LIST made)
            string(APPEND differences "  no longer made: ${kind}/${file}\n")
        endif()
    endforeach()
endforeach()

if(differences)
    message(FATAL_ERROR "The checked-in fuzz seeds are not what the generator makes today; "
                        "run scripts/fuzz.sh --seeds and commit the result:\n${differences}")
endif()
message(STATUS "fuzz seeds: every file is what the generator makes")
