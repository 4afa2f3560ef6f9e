# SPDX-License-Identifier: GPL-3.0-or-later
# Install layout and packaging (issue 6). The executables install themselves next to
# their targets; this file adds desktop integration, documentation and CPack.
