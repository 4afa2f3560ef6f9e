# SPDX-License-Identifier: GPL-3.0-or-later
# Conversations: the list on the left, the timeline of one conversation, the composer.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/composer.cpp ${CMAKE_CURRENT_LIST_DIR}/composer.h
    ${CMAKE_CURRENT_LIST_DIR}/conversationlistdelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/conversationlistdelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/conversationlistmodel.cpp ${CMAKE_CURRENT_LIST_DIR}/conversationlistmodel.h
    ${CMAKE_CURRENT_LIST_DIR}/conversationlistpane.cpp ${CMAKE_CURRENT_LIST_DIR}/conversationlistpane.h
    ${CMAKE_CURRENT_LIST_DIR}/conversationview.cpp ${CMAKE_CURRENT_LIST_DIR}/conversationview.h
    ${CMAKE_CURRENT_LIST_DIR}/messagedelegate.cpp ${CMAKE_CURRENT_LIST_DIR}/messagedelegate.h
    ${CMAKE_CURRENT_LIST_DIR}/messagelistview.cpp ${CMAKE_CURRENT_LIST_DIR}/messagelistview.h
    ${CMAKE_CURRENT_LIST_DIR}/messagemodel.cpp ${CMAKE_CURRENT_LIST_DIR}/messagemodel.h
)
