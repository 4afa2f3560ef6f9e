# SPDX-License-Identifier: GPL-3.0-or-later
# Small pieces every area uses: per-profile settings, icons, avatars, wording, passphrases.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/inlineerror.cpp ${CMAKE_CURRENT_LIST_DIR}/inlineerror.h
    ${CMAKE_CURRENT_LIST_DIR}/namestyle.cpp ${CMAKE_CURRENT_LIST_DIR}/namestyle.h
    ${CMAKE_CURRENT_LIST_DIR}/appsettings.cpp ${CMAKE_CURRENT_LIST_DIR}/appsettings.h
    ${CMAKE_CURRENT_LIST_DIR}/autostart.cpp ${CMAKE_CURRENT_LIST_DIR}/autostart.h
    ${CMAKE_CURRENT_LIST_DIR}/elidedlabel.cpp ${CMAKE_CURRENT_LIST_DIR}/elidedlabel.h
    ${CMAKE_CURRENT_LIST_DIR}/icons.cpp ${CMAKE_CURRENT_LIST_DIR}/icons.h
    ${CMAKE_CURRENT_LIST_DIR}/passphrasefields.cpp ${CMAKE_CURRENT_LIST_DIR}/passphrasefields.h
    ${CMAKE_CURRENT_LIST_DIR}/tones.cpp ${CMAKE_CURRENT_LIST_DIR}/tones.h
    ${CMAKE_CURRENT_LIST_DIR}/wording.cpp ${CMAKE_CURRENT_LIST_DIR}/wording.h
)
