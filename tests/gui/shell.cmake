# SPDX-License-Identifier: GPL-3.0-or-later
# The whole window: unlock, chat with a cardinal-cli user, notifications, key change, lock.
add_cardinal_test(tst_gui_app SOURCES tst_gui_app.cpp
    ../common/clitesting.cpp ../common/clitesting.h ../common/cardswap.cpp ../common/cardswap.h
    LIBS cardinal_ui cardinal_server_testing cardinal_server LABELS gui TIMEOUT 240)
target_compile_definitions(tst_gui_app PRIVATE
    CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
    CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
add_dependencies(tst_gui_app cardinal-server cardinal-cli)

# Not a test: makes docs/screenshots (scripts/screenshots.sh runs it in an X server).
add_executable(screenshot_tour screenshot_tour.cpp
    ../common/clitesting.cpp ../common/clitesting.h ../common/cardswap.cpp ../common/cardswap.h)
target_include_directories(screenshot_tour PRIVATE ${PROJECT_SOURCE_DIR}/tests/common)
target_link_libraries(screenshot_tour PRIVATE cardinal_ui cardinal_server_testing cardinal_server
    Qt6::Test cardinal_build_flags)
target_compile_definitions(screenshot_tour PRIVATE
    CARDINAL_SERVER_PATH="$<TARGET_FILE:cardinal-server>"
    CARDINAL_CLI_PATH="$<TARGET_FILE:cardinal-cli>")
add_dependencies(screenshot_tour cardinal-server cardinal-cli)
