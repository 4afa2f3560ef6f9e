# SPDX-License-Identifier: GPL-3.0-or-later
# First run and unlock: the real widgets driven to a registered profile against the real
# server; the restore path starts from a user registered with the real cardinal-cli.
add_cardinal_test(tst_gui_onboarding
    SOURCES ${CMAKE_CURRENT_LIST_DIR}/tst_gui_onboarding.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../common/clitesting.cpp
            ${CMAKE_CURRENT_LIST_DIR}/../common/clitesting.h
    LIBS cardinal_ui cardinal_server_testing
    LABELS gui TIMEOUT 240)
target_compile_definitions(tst_gui_onboarding PRIVATE
    CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
    CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
add_dependencies(tst_gui_onboarding cardinal-server cardinal-cli)
