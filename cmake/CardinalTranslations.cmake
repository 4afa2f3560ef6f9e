# SPDX-License-Identifier: GPL-3.0-or-later
# cardinal_add_translations(TARGET target CATALOGUE name [SOURCES file...])
#
# The Russian and German catalogues of a program, translations/<name>_<lang>.ts, built by
# qt_add_translations:
# - every build runs lrelease and compiles the .qm files into the target as resources,
#   :/i18n/<name>_<lang>.qm (what the program loads for the system language);
# - lupdate runs only on request, and rewrites the .ts files from the sources:
#     cmake --build BUILD --target update_translations   (all catalogues)
#     cmake --build BUILD --target <target>_lupdate
#   SOURCES (default: the target's own) are the files it reads.
# - the .qm files are also registered for installation (CARDINAL_QM_FILES, see
#   CardinalInstall.cmake), though the program itself needs only its resources.
# Until the .ts files exist, only the lupdate targets are made (they create them).
# scripts/check-translations.sh, the CTest test labelled "translations", fails when a
# catalogue lacks a message lupdate finds or leaves one unfinished; it maps each catalogue
# to its source folders, so a new catalogue is listed there as well.
set(CARDINAL_TRANSLATION_LANGUAGES ru de)

function(cardinal_add_translations)
    cmake_parse_arguments(arg "" "TARGET;CATALOGUE" "SOURCES" ${ARGN})
    if(NOT arg_TARGET OR NOT arg_CATALOGUE OR arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "cardinal_add_translations(TARGET target CATALOGUE name "
                            "[SOURCES file...])")
    endif()
    set(ts_files)
    set(qm_files)
    set(missing)
    foreach(language IN LISTS CARDINAL_TRANSLATION_LANGUAGES)
        set(ts "${PROJECT_SOURCE_DIR}/translations/${arg_CATALOGUE}_${language}.ts")
        list(APPEND ts_files "${ts}")
        list(APPEND qm_files "${CMAKE_CURRENT_BINARY_DIR}/${arg_CATALOGUE}_${language}.qm")
        if(NOT EXISTS "${ts}")
            list(APPEND missing "${ts}")
        endif()
    endforeach()
    set(sources)
    if(arg_SOURCES)
        set(sources SOURCES ${arg_SOURCES})
    endif()
    # The .ts files name their sources (locations) but keep no message that left them.
    set(lupdate_options -no-obsolete -source-language en)

    if(missing)
        message(STATUS "${arg_CATALOGUE}: no ${missing} yet; build the target "
                       "${arg_TARGET}_lupdate to create them")
        qt6_add_lupdate(${arg_TARGET} TS_FILES ${ts_files} ${sources} OPTIONS ${lupdate_options})
        return()
    endif()
    qt6_add_translations(${arg_TARGET} TS_FILES ${ts_files} ${sources}
        RESOURCE_PREFIX /i18n
        LUPDATE_OPTIONS ${lupdate_options})
    set_property(GLOBAL APPEND PROPERTY CARDINAL_QM_FILES ${qm_files})
endfunction()
