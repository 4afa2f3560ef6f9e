# SPDX-License-Identifier: GPL-3.0-or-later
# Small pieces every area uses: where profiles live, per-profile settings, icons, wording.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/avatar.cpp ${CMAKE_CURRENT_LIST_DIR}/avatar.h
    ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/appsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/icons.cpp ${CMAKE_CURRENT_LIST_DIR}/icons.h
    ${CMAKE_CURRENT_LIST_DIR}/passphrasefields.cpp ${CMAKE_CURRENT_LIST_DIR}/passphrasefields.h
    ${CMAKE_CURRENT_LIST_DIR}/profilepaths.cpp ${CMAKE_CURRENT_LIST_DIR}/profilepaths.h
    ${CMAKE_CURRENT_LIST_DIR}/wording.cpp ${CMAKE_CURRENT_LIST_DIR}/wording.h
)
