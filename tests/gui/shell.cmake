# SPDX-License-Identifier: GPL-3.0-or-later
# The whole window: unlock, chat with a cardinal-cli user, notifications, key change, lock.
add_cardinal_test(tst_gui_app SOURCES tst_gui_app.cpp LIBS cardinal_ui LABELS gui TIMEOUT 240)
cardinal_test_uses_programs(tst_gui_app CARD_SWAP)

# Not a test: makes docs/screenshots (scripts/screenshots.sh runs it in an X server).
add_executable(screenshot_tour screenshot_tour.cpp)
target_include_directories(screenshot_tour PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
target_link_libraries(screenshot_tour PRIVATE cardinal_ui Qt6::Test cardinal_build_flags)
cardinal_test_uses_programs(screenshot_tour CARD_SWAP)

# Notifications through a real, private dbus-daemon (scripts/install-deps.sh installs it).
add_cardinal_test(tst_gui_notifications SOURCES tst_gui_notifications.cpp conversationtesting.h
    LIBS cardinal_ui Qt6::DBus LABELS gui)

# One instance per profile, in process and with the real app binary.
add_cardinal_test(tst_gui_instance SOURCES tst_gui_instance.cpp LIBS cardinal_ui LABELS gui)
target_compile_definitions(tst_gui_instance PRIVATE CARDINAL_GUI_PATH="$<TARGET_FILE:cardinal>")
add_dependencies(tst_gui_instance cardinal)

# Light and dark themes.
add_cardinal_test(tst_gui_appearance SOURCES tst_gui_appearance.cpp LIBS cardinal_ui LABELS gui)

# Counts in each language's plural forms, English's from its own catalogue.
add_cardinal_test(tst_gui_plurals SOURCES tst_gui_plurals.cpp LIBS cardinal_ui
    LABELS gui translations)

# The key-transparency alert banner, in English and Russian.
add_cardinal_test(tst_gui_transparency SOURCES tst_gui_transparency.cpp LIBS cardinal_ui
    LABELS gui)
