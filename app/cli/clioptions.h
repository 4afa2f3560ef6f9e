// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "terminal.h"

#include <QStringList>

namespace cardinal::cli {

//! Everything the command line said, for every command (each uses what it needs).
struct CliOptions
{
    QString profileDir;
    PassphraseSource passphrase;
    QStringList args;     //!< positional arguments after the command's name
    bool json = false;    //!< --json: one JSON object per line
    QString identity;     //!< init/restore --identity
    QString device;       //!< init --device NAME; revoke --device ID
    QString cardFile;     //!< safety-number --card
    QStringList to;       //!< encrypt --to CARDFILE (repeatable); send --to EMAIL
    QString from;         //!< decrypt --from
    QString inFile;       //!< --in (default: standard input)
    QString outFile;      //!< --out (default: standard output)
    QString server;       //!< register/restore --server URL
    QString authority;    //!< register --authority KEY (hex): pin the server's key up front
    QString token;        //!< register --token TOKEN (as issue-token printed it; - reads stdin)
    QString ktKey;        //!< kt audit --kt-key KEY: the log's checkpoint key to expect
    QString group;        //!< send/history --group ID (hex)
    QString with;         //!< history --with EMAIL
    QStringList members;  //!< group create --member EMAIL (repeatable)
    bool mark = false;    //!< verify --mark
    double waitSeconds = 3; //!< receive --wait
};

} // namespace cardinal::cli
