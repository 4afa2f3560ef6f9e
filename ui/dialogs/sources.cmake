# SPDX-License-Identifier: GPL-3.0-or-later
# Dialogs over the Messenger: verifying a contact, new chat and group, group members, the
# account, settings.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/accountdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/accountdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/changepassphrasedialog.cpp
    ${CMAKE_CURRENT_LIST_DIR}/changepassphrasedialog.h
    ${CMAKE_CURRENT_LIST_DIR}/groupmembersdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/groupmembersdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/keybackupdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/keybackupdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/keyhistorydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/keyhistorydialog.h
    ${CMAKE_CURRENT_LIST_DIR}/lookupwording.cpp ${CMAKE_CURRENT_LIST_DIR}/lookupwording.h
    ${CMAKE_CURRENT_LIST_DIR}/newchatdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/newchatdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/newgroupdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/newgroupdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/safetynumberqr.cpp ${CMAKE_CURRENT_LIST_DIR}/safetynumberqr.h
    ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/settingsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.cpp ${CMAKE_CURRENT_LIST_DIR}/shortcutsdialog.h
    ${CMAKE_CURRENT_LIST_DIR}/verifydialog.cpp ${CMAKE_CURRENT_LIST_DIR}/verifydialog.h
)
