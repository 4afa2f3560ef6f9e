# SPDX-License-Identifier: GPL-3.0-or-later
# Fails when ui/ or app/ includes a header of core/client that is not the Messenger facade or
# one of its value headers, or when one of those public headers includes a private one or
# reaches for SQL. The stores (history, trust, profile database) stay behind the facade.
#
#   cmake -DSOURCE_DIR=<tree holding ui/ and app/> -DCLIENT_DIR=<core/client> -P this-file
cmake_minimum_required(VERSION 3.25)

# What ui/ and app/ may include of core/client. None of them pulls in QtSql.
set(public_headers
    messenger.h      # the facade
    conversations.h  # ConversationRef, HistoryMessage, ConversationSummary, states
    contacts.h       # Contact, TrustState, GroupInfo
    notices.h        # NoticeKind and its words
    failurereason.h  # FailureReason
    profilesetup.h   # ProfileSetup, MinPassphraseLength
    connection.h     # Connection::State, as Messenger::connectionState() returns it
    serverprobe.h    # checking a server before any profile exists
    profilepaths.h   # where profiles live
    kttypes.h        # KtEvidence, KtOwnWatch, KtAddressHistory: the log as a client knows it
    ktaudit.h        # replaying a server's whole log without a profile (kt audit)
    ktexport.h       # evidence as people export it
)
# The CLI's offline keystore commands (card export, encrypt, decrypt, safety-number) work on
# the keys without a Messenger, its database or a server.
set(cli_only_headers profile.h)

foreach(var SOURCE_DIR CLIENT_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "checkpublicheaders: set -D${var}=...")
    endif()
endforeach()

set(problems "")

# Includes of core/client in the sources under `dir`, checked against `allowed`.
function(check_tree dir allowed)
    file(GLOB_RECURSE sources "${dir}/*.h" "${dir}/*.cpp")
    foreach(source IN LISTS sources)
        file(STRINGS "${source}" includes REGEX "^[ \t]*#[ \t]*include[ \t]*[\"<]client/")
        foreach(line IN LISTS includes)
            string(REGEX REPLACE ".*client/([^\">]+)[\">].*" "\\1" header "${line}")
            if(NOT header IN_LIST allowed)
                file(RELATIVE_PATH shown "${SOURCE_DIR}" "${source}")
                list(APPEND problems "${shown} includes client/${header}, which is private")
            endif()
        endforeach()
    endforeach()
    set(problems "${problems}" PARENT_SCOPE)
endfunction()

check_tree("${SOURCE_DIR}/ui" "${public_headers}")
check_tree("${SOURCE_DIR}/app" "${public_headers};${cli_only_headers}")

# The public headers themselves include only each other (and no SQL).
foreach(header IN LISTS public_headers cli_only_headers)
    if(NOT EXISTS "${CLIENT_DIR}/${header}")
        list(APPEND problems "public header ${header} is missing")
        continue()
    endif()
    file(STRINGS "${CLIENT_DIR}/${header}" includes REGEX "^[ \t]*#[ \t]*include")
    foreach(line IN LISTS includes)
        if(line MATCHES "[\"<](storage/|QtSql|QSql)")
            list(APPEND problems "public header ${header} pulls in SQL: ${line}")
        elseif(line MATCHES "#[ \t]*include[ \t]*\"([^\"/]+)\"")
            if(NOT CMAKE_MATCH_1 IN_LIST public_headers)
                list(APPEND problems "public header ${header} includes private ${CMAKE_MATCH_1}")
            endif()
        endif()
    endforeach()
endforeach()

if(problems)
    list(JOIN problems "\n  " text)
    message(FATAL_ERROR "core/client is reached around its facade:\n  ${text}")
endif()
message(STATUS "ui/ and app/ include only the public headers of core/client")
