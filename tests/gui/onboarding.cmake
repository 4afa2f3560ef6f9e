# SPDX-License-Identifier: GPL-3.0-or-later
# First run and unlock: the real widgets driven to a registered profile against the real
# server; the restore path starts from a user registered with the real cardinal-cli.
add_cardinal_test(tst_gui_onboarding SOURCES tst_gui_onboarding.cpp
    LIBS cardinal_ui LABELS gui TIMEOUT 240)
cardinal_test_uses_programs(tst_gui_onboarding)
# Registering with an invitation token instead of a code, against the real server.
add_cardinal_test(tst_gui_invitation SOURCES tst_gui_invitation.cpp
    LIBS cardinal_ui LABELS gui TIMEOUT 120)
cardinal_test_uses_programs(tst_gui_invitation)
