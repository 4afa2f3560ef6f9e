# SPDX-License-Identifier: GPL-3.0-or-later
# The dialogs (verify, new chat and group, group members, account, settings), driven
# offscreen against the real server, with cardinal-cli as the other side and the referee.
function(add_gui_dialog_test name)
    add_cardinal_test(${name}
        SOURCES ${CMAKE_CURRENT_LIST_DIR}/${name}.cpp
                ${CMAKE_CURRENT_LIST_DIR}/../common/clitesting.cpp
                ${CMAKE_CURRENT_LIST_DIR}/../common/clitesting.h
        LIBS cardinal_ui cardinal_server_testing
        LABELS gui TIMEOUT 240)
    target_compile_definitions(${name} PRIVATE
        CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
        CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
    add_dependencies(${name} cardinal-server cardinal-cli)
endfunction()
add_gui_dialog_test(tst_gui_verify)
add_gui_dialog_test(tst_gui_dialogs)
