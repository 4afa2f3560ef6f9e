// SPDX-License-Identifier: GPL-3.0-or-later
// The server's Session and Dispatcher, stateful: a sequence of client messages into a
// fresh Session per input, over server parts made once per process (SessionRig: SQLite in
// a temporary directory, alice and bob registered, messages kept queued for bob).
//
// Input: a flags byte, then records [tag, length (2 bytes, big-endian), bytes]:
//   flags bit 0: sign in before the first record; bit 1: as bob (else alice);
//   tag % 8:  0 binary message, then storage settles    1 binary message, no settling
//             2 text message (UTF-8)                      3 pong
//             4 the client stops reading                  5 the client reads everything
//             6 sign in as alice                          7 sign in as bob
// and storage settles after every record but a 1.
// Oracle: SessionProbe's invariants, checked after every record (see sessionprobe.h).
#include "fuzzsupport.h"
#include "sessionprobe.h"
#include "sessionrig.h"

#include <QCoreApplication>

using namespace cardinal;
using namespace cardinal::fuzzing;

namespace {

//! Bounds the work of one input.
constexpr int MaxRecords = 256;

SessionRig &rig()
{
    static SessionRig made;
    return made;
}

void feed(SessionProbe &probe, std::uint8_t tag, const QByteArray &bytes)
{
    switch (tag % 8) {
    case 0:
    case 1:
        probe.sendBinary(bytes, tag % 8 == 0);
        return;
    case 2:
        probe.sendText(QString::fromUtf8(bytes));
        break;
    case 3:
        probe.sendPong();
        break;
    case 4:
        probe.stopReading();
        break;
    case 5:
        probe.drain();
        break;
    case 6:
        probe.authenticateAs(alice());
        break;
    case 7:
        probe.authenticateAs(bob());
        break;
    }
    probe.settle();
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    // Qt gets arguments of its own: libFuzzer's flags are none of its business.
    static int argc = 1;
    static char name[] = "fuzz_session";
    static char *argv[] = {name, nullptr};
    static QCoreApplication application(argc, argv);
    silenceQtLogging();
    (void)rig();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    InputReader input(data, size);
    const std::uint8_t flags = input.takeByte();
    rig().topUpBobsQueue();
    SessionProbe probe(rig());
    if (flags & 1)
        probe.authenticateAs(flags & 2 ? bob() : alice());
    for (int records = 0; records < MaxRecords && !input.atEnd(); ++records) {
        const std::uint8_t tag = input.takeByte();
        const QByteArray bytes = input.take(input.takeUint16());
        feed(probe, tag, bytes);
    }
    return 0;
}
