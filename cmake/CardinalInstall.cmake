# SPDX-License-Identifier: GPL-3.0-or-later
# Install layout and packaging (issue 6). The executables install themselves next to
# their targets (app/*/CMakeLists.txt); this file adds desktop integration, manual pages,
# the server's systemd unit and configuration file, and the CPack .deb (docs/packaging.md).
#
# Layout under the prefix (Debian's with --prefix /usr, as the .deb uses):
#   bin/cardinal, bin/cardinal-cli, bin/cardinal-server
#   share/applications/<app id>.desktop
#   share/icons/hicolor/scalable/apps/<app id>.svg
#   share/metainfo/<app id>.metainfo.xml
#   share/man/man1/cardinal.1, cardinal-cli.1, cardinal-server.1
#   share/doc/cardinal/            server.md, packaging.md, cardinal-server.conf.sample,
#                                  copyright (machine-readable, as Debian policy asks)
#   share/cardinal/translations/   only when .qm files are registered (see below)
#   lib/systemd/system/cardinal-server.service
#   etc/cardinal/cardinal-server.conf   (/etc/... when the prefix is /usr)

# The top-level CMakeLists.txt names the app id; the fallback keeps this file usable alone.
if(NOT CARDINAL_APP_ID)
    set(CARDINAL_APP_ID org.cardinalmessenger.Cardinal)
endif()

set(CARDINAL_HOMEPAGE_URL "https://cardinal.example.org" CACHE STRING
    "Project home page, named in the AppStream metainfo and the .deb")
set(CARDINAL_SCREENSHOT_BASE_URL "${CARDINAL_HOMEPAGE_URL}/docs/screenshots" CACHE STRING
    "Where the screenshots named in the AppStream metainfo are published (docs/screenshots/)")
set(CARDINAL_MAINTAINER "Cardinal developers <cardinal@example.org>" CACHE STRING
    "Maintainer field of the .deb")
set(CARDINAL_RELEASE_DATE "2026-11-28" CACHE STRING
    "Date of release ${PROJECT_VERSION}, for the AppStream releases list")

# Translations hook. Whoever builds the .qm catalogues registers them with
#   set_property(GLOBAL APPEND PROPERTY CARDINAL_QM_FILES ${qm_files})
# from any directory, before or after this file; at the end of the configure step they are
# installed into CARDINAL_TRANSLATIONS_INSTALL_DIR (relative to the prefix). Nothing is
# installed there when nobody registers any (the app may compile them in as resources).
set(CARDINAL_TRANSLATIONS_INSTALL_DIR "${CMAKE_INSTALL_DATADIR}/cardinal/translations"
    CACHE STRING "Where .qm translation catalogues are installed, relative to the prefix")
function(cardinal_install_registered_translations)
    get_property(qm_files GLOBAL PROPERTY CARDINAL_QM_FILES)
    if(qm_files)
        install(FILES ${qm_files} DESTINATION ${CARDINAL_TRANSLATIONS_INSTALL_DIR})
    endif()
endfunction()
cmake_language(DEFER DIRECTORY ${PROJECT_SOURCE_DIR}
               CALL cardinal_install_registered_translations)

set(cardinal_resources ${PROJECT_SOURCE_DIR}/resources)
set(cardinal_generated ${PROJECT_BINARY_DIR}/install)

# Desktop integration: the desktop file, icon and metainfo share the app id, which is also
# the app's QGuiApplication::desktopFileName (app/gui/main.cpp), so shells match windows
# to the launcher entry.
configure_file(${cardinal_resources}/desktop/cardinal.desktop.in
               ${cardinal_generated}/${CARDINAL_APP_ID}.desktop @ONLY)
configure_file(${cardinal_resources}/metainfo/cardinal.metainfo.xml.in
               ${cardinal_generated}/${CARDINAL_APP_ID}.metainfo.xml @ONLY)
install(FILES ${cardinal_generated}/${CARDINAL_APP_ID}.desktop
        DESTINATION ${CMAKE_INSTALL_DATADIR}/applications)
install(FILES ${cardinal_resources}/icons/cardinal.svg
        DESTINATION ${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps
        RENAME ${CARDINAL_APP_ID}.svg)
install(FILES ${cardinal_generated}/${CARDINAL_APP_ID}.metainfo.xml
        DESTINATION ${CMAKE_INSTALL_DATADIR}/metainfo)

install(FILES
            ${PROJECT_SOURCE_DIR}/docs/man/cardinal.1
            ${PROJECT_SOURCE_DIR}/docs/man/cardinal-cli.1
            ${PROJECT_SOURCE_DIR}/docs/man/cardinal-server.1
        DESTINATION ${CMAKE_INSTALL_MANDIR}/man1)
# Debian policy wants the licence in /usr/share/doc/PACKAGE/copyright, in the
# machine-readable format, pointing at /usr/share/common-licenses/GPL-3 rather than
# carrying the full text (the top-level LICENSE): lintian flags a copy of the GPL.
configure_file(${cardinal_resources}/debian/copyright.in ${cardinal_generated}/copyright @ONLY)
install(FILES
            ${PROJECT_SOURCE_DIR}/docs/server.md
            ${PROJECT_SOURCE_DIR}/docs/packaging.md
            ${PROJECT_SOURCE_DIR}/docs/cardinal-server.conf.sample
            ${cardinal_generated}/copyright
        DESTINATION ${CMAKE_INSTALL_DATAROOTDIR}/doc/cardinal)

# The server's unit and configuration file name absolute paths (the binary, /etc), so they
# are written at install time from the prefix in effect then: `cmake --install --prefix`
# and CPack (which installs with --prefix /usr into a staging DESTDIR) may both differ from
# the configure-time prefix. Like GNUInstallDirs, the prefix /usr keeps its configuration in
# /etc; any other prefix in PREFIX/etc, so a test install never writes outside its prefix.
install(CODE "
    if(CMAKE_INSTALL_PREFIX STREQUAL \"/usr\")
        set(CARDINAL_SYSCONFDIR /etc)
    else()
        set(CARDINAL_SYSCONFDIR \"\${CMAKE_INSTALL_PREFIX}/etc\")
    endif()
    set(CARDINAL_BINDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_BINDIR}\")
    set(CARDINAL_DOCDIR \"\${CMAKE_INSTALL_PREFIX}/${CMAKE_INSTALL_DATAROOTDIR}/doc/cardinal\")
    configure_file(\"${cardinal_resources}/systemd/cardinal-server.service.in\"
                   \"${cardinal_generated}/cardinal-server.service\" @ONLY)
    file(INSTALL \"${cardinal_generated}/cardinal-server.service\"
         DESTINATION \"\${CMAKE_INSTALL_PREFIX}/lib/systemd/system\"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
    file(INSTALL \"${cardinal_resources}/systemd/cardinal-server.conf\"
         DESTINATION \"\${CARDINAL_SYSCONFDIR}/cardinal\"
         FILE_PERMISSIONS OWNER_READ OWNER_WRITE GROUP_READ WORLD_READ)
")

# The .deb (scripts/package.sh). Shared-library dependencies come from dpkg-shlibdeps;
# what Qt loads as plugins at run time is invisible to it and is named here.
set(CPACK_GENERATOR DEB)
set(CPACK_PACKAGE_NAME cardinal)
set(CPACK_PACKAGE_VENDOR "Cardinal developers")
set(CPACK_PACKAGE_CONTACT "${CARDINAL_MAINTAINER}")
set(CPACK_PACKAGE_HOMEPAGE_URL "${CARDINAL_HOMEPAGE_URL}")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "end-to-end encrypted desktop messenger and server")
set(CPACK_PACKAGE_DESCRIPTION [=[
Cardinal encrypts every message on the sender's machine to each device of each
recipient (HPKE, RFC 9180, over X25519, signed with Ed25519) and hands the server
only ciphertext. People confirm each other's keys by comparing a safety number.
.
This package contains the desktop app (cardinal), the command-line client
(cardinal-cli) and the channel server (cardinal-server) with a hardened systemd
unit that is installed but neither enabled nor started.]=])
set(CPACK_STRIP_FILES ON)
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_SECTION net)
set(CPACK_DEBIAN_PACKAGE_PRIORITY optional)
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# The server's database goes through Qt's SQLite driver, a plugin: without it nothing works.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "libqt6sql6-sqlite")
# Platform plugins (xcb, wayland) and the SVG icon engine: the app runs without them, but
# only offscreen and without icons. Colour emoji: without a font for them, an emoji in a
# message is an empty box.
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS
    "qt6-qpa-plugins, libqt6svg6, qt6-wayland, qt6-translations-l10n, fonts-noto-color-emoji")
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA
    ${cardinal_resources}/debian/conffiles
    ${cardinal_resources}/debian/postinst
    ${cardinal_resources}/debian/prerm
    ${cardinal_resources}/debian/postrm)
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)
include(CPack)
