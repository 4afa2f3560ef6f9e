# SPDX-License-Identifier: GPL-3.0-or-later
# cardinal_add_translations(TARGET target CATALOGUE name [SOURCES file...])
#
# The catalogues of a program, translations/<name>_<lang>.ts: Russian and German, and
# English, the sources' language, whose catalogue holds only the messages with a count
# (tr("%n minutes", nullptr, n)): Qt takes plural forms from a catalogue alone, so without
# it English says "1 minutes".
# - every build runs lrelease and compiles the .qm files into the target as resources,
#   :/i18n/<name>_<lang>.qm (what the program loads for the user's language);
# - lupdate runs only on request, and rewrites the .ts files from the sources:
#     cmake --build BUILD --target update_translations   (all catalogues)
#     cmake --build BUILD --target <target>_lupdate       (Russian and German)
#     cmake --build BUILD --target <target>_en_lupdate    (English: lupdate -pluralonly)
#   SOURCES (default: the target's own) are the files it reads.
# - the .qm files are also registered for installation (CARDINAL_QM_FILES, see
#   CardinalInstall.cmake), though the program itself needs only its resources.
# Until the .ts files exist, only the lupdate targets are made (they create them).
# scripts/check-translations.sh, the CTest test labelled "translations", fails when a
# catalogue lacks a message lupdate finds, leaves one unfinished or short of plural forms;
# it maps each catalogue to its source folders, so a new catalogue is listed there as well.
set(CARDINAL_TRANSLATION_LANGUAGES ru de)
set(CARDINAL_PLURALS_LANGUAGE en)

function(cardinal_add_translations)
    cmake_parse_arguments(arg "" "TARGET;CATALOGUE" "SOURCES" ${ARGN})
    if(NOT arg_TARGET OR NOT arg_CATALOGUE OR arg_UNPARSED_ARGUMENTS)
        message(FATAL_ERROR "cardinal_add_translations(TARGET target CATALOGUE name "
                            "[SOURCES file...])")
    endif()
    set(ts_dir "${PROJECT_SOURCE_DIR}/translations")
    set(ts_files)
    foreach(language IN LISTS CARDINAL_TRANSLATION_LANGUAGES)
        list(APPEND ts_files "${ts_dir}/${arg_CATALOGUE}_${language}.ts")
    endforeach()
    set(plurals_ts "${ts_dir}/${arg_CATALOGUE}_${CARDINAL_PLURALS_LANGUAGE}.ts")
    set(missing)
    foreach(ts IN LISTS ts_files plurals_ts)
        if(NOT EXISTS "${ts}")
            list(APPEND missing "${ts}")
        endif()
    endforeach()

    set(sources ${arg_SOURCES})
    if(NOT sources)
        get_target_property(sources ${arg_TARGET} SOURCES)
        list(FILTER sources INCLUDE REGEX "\\.(cpp|h)$")
    endif()
    # The .ts files name their sources (locations) but keep no message that left them.
    set(lupdate_options -no-obsolete -source-language en)
    qt6_add_lupdate(${arg_TARGET} TS_FILES ${ts_files} SOURCES ${sources}
                    OPTIONS ${lupdate_options})
    # English needs a run of its own (-pluralonly). Its name is only a name, so the include
    # paths that let lupdate find the classes, hence the contexts, are given: the ones
    # scripts/check-translations.sh uses ("ui/kit/wording.h", "common/error.h").
    qt6_add_lupdate(${arg_TARGET}_${CARDINAL_PLURALS_LANGUAGE} TS_FILES ${plurals_ts}
                    SOURCES ${sources}
                    INCLUDE_DIRECTORIES ${PROJECT_SOURCE_DIR} ${PROJECT_SOURCE_DIR}/core
                    OPTIONS ${lupdate_options} -pluralonly)
    if(missing)
        message(STATUS "${arg_CATALOGUE}: no ${missing} yet; build the target "
                       "update_translations to create them")
        return()
    endif()

    qt6_add_lrelease(${arg_TARGET} TS_FILES ${ts_files} ${plurals_ts}
                     QM_FILES_OUTPUT_VARIABLE qm_files)
    qt6_add_resources(${arg_TARGET} ${arg_TARGET}_translations
        PREFIX /i18n
        BASE ${CMAKE_CURRENT_BINARY_DIR}
        FILES ${qm_files})
    set_property(GLOBAL APPEND PROPERTY CARDINAL_QM_FILES ${qm_files})
endfunction()
