// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-fuzz-seeds SOURCE_DIR OUTPUT_DIR: writes the seed corpora and dictionaries of
// every fuzz target (OUTPUT_DIR/corpus/<target>/, OUTPUT_DIR/dict/<target>.dict) from
// objects our own code makes out of the fixtures. Everything is deterministic, so running
// it again gives the same files: scripts/fuzz.sh --seeds regenerates tests/fuzz, and
// --smoke checks that what is checked in is what this makes.
#include "seedwriter.h"

#include <QCoreApplication>

#include <cstdio>

int main(int argc, char **argv)
{
    QCoreApplication application(argc, argv);
    const QStringList arguments = QCoreApplication::arguments();
    if (arguments.size() != 3) {
        std::fprintf(stderr, "usage: cardinal-fuzz-seeds SOURCE_DIR OUTPUT_DIR\n");
        return 2;
    }
    cardinal::fuzzing::SeedWriter out(arguments.at(2));
    cardinal::fuzzing::writeProtocolSeeds(out);
    cardinal::fuzzing::writeApiSeeds(out);
    cardinal::fuzzing::writeStoreSeeds(out, arguments.at(1));
    cardinal::fuzzing::writeSessionSeeds(out);
    cardinal::fuzzing::writeTransparencySeeds(out);
    std::printf("wrote %d files under %s\n", out.written(), qUtf8Printable(arguments.at(2)));
    return 0;
}
