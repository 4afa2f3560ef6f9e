# SPDX-License-Identifier: GPL-3.0-or-later
# Conversations: the timeline model, its view, the list pane and the composer on a local
# profile; why messages failed, in each language; and a chat between the app and the real
# cardinal-cli through the real server.
add_cardinal_test(tst_gui_conversation_model SOURCES tst_gui_conversation_model.cpp
    conversationtesting.h LIBS cardinal_ui LABELS gui)
add_cardinal_test(tst_gui_failures SOURCES tst_gui_failures.cpp conversationtesting.h
    LIBS cardinal_ui LABELS gui)
add_cardinal_test(tst_gui_conversation_widgets SOURCES tst_gui_conversation_widgets.cpp
    conversationtesting.h LIBS cardinal_ui LABELS gui)
add_cardinal_test(tst_gui_conversation SOURCES tst_gui_conversation.cpp
    LIBS cardinal_ui LABELS gui TIMEOUT 180)
cardinal_test_uses_programs(tst_gui_conversation)
