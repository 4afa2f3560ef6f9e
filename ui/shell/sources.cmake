# SPDX-License-Identifier: GPL-3.0-or-later
# The window and what holds the app together: screens, lock, tray, language.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/appwindow.cpp ${CMAKE_CURRENT_LIST_DIR}/appwindow.h
    ${CMAKE_CURRENT_LIST_DIR}/chatheader.cpp ${CMAKE_CURRENT_LIST_DIR}/chatheader.h
    ${CMAKE_CURRENT_LIST_DIR}/chatpane.cpp ${CMAKE_CURRENT_LIST_DIR}/chatpane.h
    ${CMAKE_CURRENT_LIST_DIR}/chatworkspace.cpp ${CMAKE_CURRENT_LIST_DIR}/chatworkspace.h
    ${CMAKE_CURRENT_LIST_DIR}/colorscheme.cpp ${CMAKE_CURRENT_LIST_DIR}/colorscheme.h
    ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.cpp ${CMAKE_CURRENT_LIST_DIR}/connectionindicator.h
    ${CMAKE_CURRENT_LIST_DIR}/darkstyle.cpp ${CMAKE_CURRENT_LIST_DIR}/darkstyle.h
    ${CMAKE_CURRENT_LIST_DIR}/desktopnotifications.cpp ${CMAKE_CURRENT_LIST_DIR}/desktopnotifications.h
    ${CMAKE_CURRENT_LIST_DIR}/idlelock.cpp ${CMAKE_CURRENT_LIST_DIR}/idlelock.h
    ${CMAKE_CURRENT_LIST_DIR}/keychangebanner.cpp ${CMAKE_CURRENT_LIST_DIR}/keychangebanner.h
    ${CMAKE_CURRENT_LIST_DIR}/singleinstance.cpp ${CMAKE_CURRENT_LIST_DIR}/singleinstance.h
    ${CMAKE_CURRENT_LIST_DIR}/translations.cpp ${CMAKE_CURRENT_LIST_DIR}/translations.h
    ${CMAKE_CURRENT_LIST_DIR}/transparencyalertbanner.cpp ${CMAKE_CURRENT_LIST_DIR}/transparencyalertbanner.h
    ${CMAKE_CURRENT_LIST_DIR}/traynotifier.cpp ${CMAKE_CURRENT_LIST_DIR}/traynotifier.h
)
