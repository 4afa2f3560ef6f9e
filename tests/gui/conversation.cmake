# SPDX-License-Identifier: GPL-3.0-or-later
# Conversations: the timeline model, its view, the list pane and the composer on a local
# profile; and a chat between the app and the real cardinal-cli through the real server.
add_cardinal_test(tst_gui_conversation_model SOURCES tst_gui_conversation_model.cpp
    conversationtesting.h LIBS cardinal_ui LABELS gui)

add_cardinal_test(tst_gui_conversation SOURCES tst_gui_conversation.cpp
    ../common/clitesting.cpp ../common/clitesting.h
    LIBS cardinal_ui cardinal_server_testing LABELS gui TIMEOUT 180)
target_compile_definitions(tst_gui_conversation PRIVATE
    CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
    CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
add_dependencies(tst_gui_conversation cardinal-server cardinal-cli)
