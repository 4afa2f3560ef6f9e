// SPDX-License-Identifier: GPL-3.0-or-later
// The key-transparency log's text formats: transparency::SignedNote::parse (every
// checkpoint a client receives), Checkpoint::parse (the text inside), NoteVerifier::parse
// (a log's key as people paste it) and openNote with the fixtures' log key.
// The first byte picks what the rest is: 0 a note, 1 a checkpoint text, 2 a verifier key,
// 3 a checkpoint text that the target signs first, so that mutations reach the checkpoint
// parser behind a valid signature.
// Oracle: everything that parses re-encodes to exactly the input (the formats are
// canonical); openNote succeeds only on notes that parse, and gives back their text; a
// signed checkpoint opens to the checkpoint that was signed.
#include "fixtures.h"
#include "fuzzsupport.h"

#include "transparency/checkpoint.h"

using namespace cardinal;
using namespace cardinal::transparency;

namespace {

constexpr fuzzing::Oracle oracle{"fuzz_signednote"};

const QString LogName = QStringLiteral("kt.example.org/log");

NoteVerifier logVerifier()
{
    return {LogName, fuzzing::fixtureAuthority().publicKey()};
}

void fuzzNote(QByteArrayView input)
{
    const Result<SignedNote> note = SignedNote::parse(input);
    const Result<QByteArray> opened = openNote(input, logVerifier());
    if (!note) {
        oracle.require(!opened && opened.error().code == note.error().code,
                       "openNote fails as SignedNote::parse does");
        return;
    }
    oracle.requireSameBytes("a parsed note re-encoded", input, note->encode());
    oracle.require(!note->signatures.isEmpty() && note->signatures.size() <= MaxNoteSignatures,
                   "a parsed note has 1..MaxNoteSignatures signatures");
    if (opened)
        oracle.requireSameBytes("an opened note's text", note->text, *opened);
}

void fuzzCheckpoint(QByteArrayView input)
{
    const Result<Checkpoint> checkpoint = Checkpoint::parse(input);
    if (!checkpoint)
        return;
    const Result<QByteArray> text = checkpoint->text();
    oracle.require(bool(text), "a parsed checkpoint has a text");
    oracle.requireSameBytes("a parsed checkpoint's text", input, *text);
}

void fuzzVerifierKey(QByteArrayView input)
{
    const QString text = QString::fromUtf8(input);
    const Result<NoteVerifier> verifier = NoteVerifier::parse(text);
    if (!verifier)
        return;
    oracle.require(verifier->encode() == text, "a parsed verifier key encodes to its text");
}

void fuzzSignedCheckpoint(QByteArrayView input)
{
    const Result<Checkpoint> checkpoint = Checkpoint::parse(input);
    const Result<QByteArray> note = signNote(input, LogName, fuzzing::fixtureAuthority());
    if (!note)
        return;
    const Result<SignedCheckpoint> opened = SignedCheckpoint::open(*note, logVerifier());
    if (!checkpoint) {
        oracle.require(!opened, "a text that is no checkpoint does not open as one");
        return;
    }
    if (checkpoint->origin != LogName) {
        oracle.require(!opened, "a checkpoint of another origin does not open");
        return;
    }
    oracle.require(opened && opened->checkpoint == *checkpoint && opened->note == *note,
                   "a signed checkpoint opens to what was signed");
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t *data, std::size_t size)
{
    fuzzing::InputReader input(data, size);
    const std::uint8_t kind = input.takeByte();
    const QByteArray rest = input.rest();
    switch (kind % 4) {
    case 0: fuzzNote(rest); break;
    case 1: fuzzCheckpoint(rest); break;
    case 2: fuzzVerifierKey(rest); break;
    case 3: fuzzSignedCheckpoint(rest); break;
    }
    return 0;
}
