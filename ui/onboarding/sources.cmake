# SPDX-License-Identifier: GPL-3.0-or-later
# First run (new account or restore from the key backup) and the unlock screen: a flow
# controller over one small page class per step, all drawn on the same centred card.
target_sources(cardinal_ui PRIVATE
    ${CMAKE_CURRENT_LIST_DIR}/codepage.cpp ${CMAKE_CURRENT_LIST_DIR}/codepage.h
    ${CMAKE_CURRENT_LIST_DIR}/identitypage.cpp ${CMAKE_CURRENT_LIST_DIR}/identitypage.h
    ${CMAKE_CURRENT_LIST_DIR}/onboardingcard.cpp ${CMAKE_CURRENT_LIST_DIR}/onboardingcard.h
    ${CMAKE_CURRENT_LIST_DIR}/onboardingflow.cpp ${CMAKE_CURRENT_LIST_DIR}/onboardingflow.h
    ${CMAKE_CURRENT_LIST_DIR}/onboardingpage.cpp ${CMAKE_CURRENT_LIST_DIR}/onboardingpage.h
    ${CMAKE_CURRENT_LIST_DIR}/passphrasepage.cpp ${CMAKE_CURRENT_LIST_DIR}/passphrasepage.h
    ${CMAKE_CURRENT_LIST_DIR}/serverpage.cpp ${CMAKE_CURRENT_LIST_DIR}/serverpage.h
    ${CMAKE_CURRENT_LIST_DIR}/unlockscreen.cpp ${CMAKE_CURRENT_LIST_DIR}/unlockscreen.h
    ${CMAKE_CURRENT_LIST_DIR}/welcomepage.cpp ${CMAKE_CURRENT_LIST_DIR}/welcomepage.h
)
