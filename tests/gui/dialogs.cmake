# SPDX-License-Identifier: GPL-3.0-or-later
# The dialogs (verify, new chat and group, group members, account, settings), driven
# offscreen against the real server, with cardinal-cli as the other side and the referee.
foreach(name tst_gui_verify tst_gui_dialogs)
    add_cardinal_test(${name} SOURCES ${name}.cpp LIBS cardinal_ui LABELS gui TIMEOUT 240)
    cardinal_test_uses_programs(${name})
endforeach()
