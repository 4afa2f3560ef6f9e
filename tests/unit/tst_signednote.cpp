// SPDX-License-Identifier: GPL-3.0-or-later
// C2SP signed notes and tlog checkpoints, the envelope of the key-transparency log's
// checkpoints. The known answer is the example of Go's reference implementation
// (golang.org/x/mod/sumdb/note, note_test.go): its key, note and signature, transcribed, so
// that Cardinal's notes are byte for byte what the transparency ecosystem reads.
#include "transparency/checkpoint.h"
#include "transparency/signednote.h"

#include <QTest>

#include "resultchecks.h"

using namespace cardinal;
using namespace cardinal::transparency;

namespace {

const QString GoVerifierKey =
    QStringLiteral("PeterNeumann+c74f20a3+ARpc2QcUPDhMQegwxbzhKqiBfsVkmqq/LDE4izWy10TW");
//! The seed behind it: "PRIVATE+KEY+PeterNeumann+c74f20a3+" then base64(0x01 ‖ seed).
const QByteArray GoSignerKeyBlob =
    QByteArrayLiteral("AYEKFALVFGyNhPJEMzD1QIDr+Y7hfZx09iUvxdXHKDFz");
const QByteArray GoText =
    QByteArrayLiteral("If you think cryptography is the answer to your problem,\n"
                      "then you don't know what your problem is.\n");
const QByteArray GoNote =
    GoText +
    QByteArrayLiteral("\n\xE2\x80\x94 PeterNeumann x08go/ZJkuBS9UG/SffcvIAQxVBtiFupLLr8pAcE"
                      "lZInNIuGUgYN1FFYC2pZSNXgKvqfqdngotpRZb6KE6RyyBwJnAM=\n");

crypto::Ed25519KeyPair goKey()
{
    const QByteArray blob = QByteArray::fromBase64(GoSignerKeyBlob);
    auto seed =
        crypto::SecretBytes<crypto::Ed25519SeedSize>::fromBytes(crypto::asBytes(blob.sliced(1)));
    return crypto::Ed25519KeyPair::fromSeed(*seed);
}

NoteVerifier goVerifier()
{
    return *NoteVerifier::parse(GoVerifierKey);
}

Checkpoint sampleCheckpoint()
{
    Checkpoint checkpoint;
    checkpoint.origin = QStringLiteral("chat.example.org/cardinal-kt");
    checkpoint.size = 1'234'567;
    checkpoint.root = leafHash("a root");
    return checkpoint;
}

} // namespace

class TestSignedNote : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void theReferenceExampleIsReproducedByteForByte()
    {
        const Result<NoteVerifier> verifier = NoteVerifier::parse(GoVerifierKey);
        QVERIFY(verifier);
        QCOMPARE(verifier->name, QStringLiteral("PeterNeumann"));
        QCOMPARE(verifier->keyId(), std::uint32_t(0xc74f20a3));
        QCOMPARE(verifier->encode(), GoVerifierKey);
        QCOMPARE(goKey().publicKey(), verifier->key);
        const Result<QByteArray> signedNote =
            signNote(GoText, QStringLiteral("PeterNeumann"), goKey());
        QVERIFY(signedNote);
        QCOMPARE(*signedNote, GoNote);
        const Result<QByteArray> opened = openNote(GoNote, *verifier);
        QVERIFY(opened);
        QCOMPARE(*opened, GoText);
    }

    void aChangedTextOrSignatureIsRefused()
    {
        QByteArray changed = GoNote;
        changed.replace("cryptography", "cryptographY");
        QVERIFY_FAILS(openNote(changed, goVerifier()), ErrorCode::BadSignature);
        // Every base64 character of the signature changed: refused, never accepted.
        const qsizetype start = GoNote.lastIndexOf(' ') + 1;
        for (qsizetype i = start; i < GoNote.size() - 2; ++i) {
            QByteArray spoilt = GoNote;
            spoilt[i] = spoilt[i] == 'A' ? 'B' : 'A';
            QVERIFY2(!openNote(spoilt, goVerifier()), qPrintable(QString::number(i)));
        }
    }

    void signaturesOfOtherKeysAreSkippedAndTheFirstKnownOneDecides()
    {
        const crypto::Ed25519KeyPair witness = crypto::Ed25519KeyPair::generate();
        SignedNote note = *SignedNote::parse(GoNote);
        const NoteSignature foreign{
            QStringLiteral("witness.example/w1"),
            ed25519NoteKeyId(QStringLiteral("witness.example/w1"), witness.publicKey()),
            witness.sign(GoText).toByteArray()};
        note.signatures.prepend(foreign);
        QCOMPARE(*openNote(note.encode(), goVerifier()), GoText);

        // Same name, other key ID: an unknown key, skipped.
        NoteSignature sameName = note.signatures.last();
        sameName.keyId ^= 1;
        SignedNote onlyUnknown{GoText, {foreign, sameName}};
        QVERIFY_FAILS(openNote(onlyUnknown.encode(), goVerifier()), ErrorCode::NotFound);

        // A bad signature from the known key first rejects the note, whatever follows.
        NoteSignature bad = note.signatures.last();
        bad.signature[0] = char(bad.signature[0] ^ 1);
        SignedNote badFirst{GoText, {bad, note.signatures.last()}};
        QVERIFY_FAILS(openNote(badFirst.encode(), goVerifier()), ErrorCode::BadSignature);
    }

    void malformedNotesAreRefused_data()
    {
        QTest::addColumn<QByteArray>("note");
        const QByteArray line = GoNote.sliced(GoText.size() + 1);
        QTest::newRow("no blank line") << GoText + line;
        QTest::newRow("no final newline") << GoNote.chopped(1);
        QTest::newRow("no signature") << GoText + '\n';
        QTest::newRow("a hyphen for the dash") << GoText + "\n-- " + line.sliced(4);
        QTest::newRow("a tab") << QByteArray(GoNote).replace(' ', '\t');
        QTest::newRow("a carriage return") << QByteArray(GoNote).replace('\n', "\r\n");
        QTest::newRow("invalid UTF-8") << QByteArray(GoNote).replace("If", "I\xff");
        QTest::newRow("unpadded base64") << QByteArray(GoNote).replace("AM=\n", "AM\n");
        QTest::newRow("no key ID") << GoText + "\n\xE2\x80\x94 PeterNeumann AAAA\n";
        QTest::newRow("a space in the name")
            << GoText + "\n\xE2\x80\x94 Peter Neumann" + line.sliced(line.lastIndexOf(' '));
        QTest::newRow("a plus in the name")
            << GoText + "\n\xE2\x80\x94 Peter+Neumann" + line.sliced(line.lastIndexOf(' '));
        QByteArray tooMany = GoText + '\n';
        for (qsizetype i = 0; i <= MaxNoteSignatures; ++i)
            tooMany += line;
        QTest::newRow("too many signatures") << tooMany;
        QTest::newRow("too large") << QByteArray(MaxNoteBytes, 'a') + GoNote;
    }

    void malformedNotesAreRefused()
    {
        QFETCH(QByteArray, note);
        const Result<SignedNote> parsed = SignedNote::parse(note);
        QVERIFY(!parsed);
        QVERIFY(parsed.error().code == ErrorCode::MalformedInput ||
                parsed.error().code == ErrorCode::TooLarge);
        QVERIFY(!openNote(note, goVerifier()));
    }

    void verifierKeysAreCheckedWhole()
    {
        // Every proper substring and every single-character change is refused.
        const QString key = GoVerifierKey;
        for (qsizetype i = 0; i < key.size(); ++i) {
            for (qsizetype j = i + 1; j <= key.size(); ++j) {
                if (i != 0 || j != key.size())
                    QVERIFY2(!NoteVerifier::parse(key.sliced(i, j - i)),
                             qPrintable(key.sliced(i, j - i)));
            }
            QString changed = key;
            changed[i] = QChar(changed.at(i).unicode() + 1);
            QVERIFY2(!NoteVerifier::parse(changed), qPrintable(changed));
        }
        // A key of small order, with the key ID it would have, is refused too.
        NoteVerifier neutral{QStringLiteral("weak"),
                             *crypto::Ed25519PublicKey::fromBytes(
                                 QByteArray::fromHex("01000000000000000000000000000000"
                                                     "00000000000000000000000000000000"))};
        QVERIFY(!NoteVerifier::parse(neutral.encode()));
    }

    void textsThatANoteCannotCarryAreNotSigned()
    {
        const crypto::Ed25519KeyPair key = goKey();
        const QString name = QStringLiteral("PeterNeumann");
        for (const QByteArray &text :
             {QByteArray(), QByteArray("no newline"), QByteArray("two\n\nparagraphs\n"),
              QByteArray("\n"), QByteArray("a\ttab\n")})
            QVERIFY_FAILS(signNote(text, name, key), ErrorCode::InvalidArgument);
        for (const QString &badName :
             {QString(), QStringLiteral("a b"), QStringLiteral("a+b"), QStringLiteral("a\u2003b")})
            QVERIFY_FAILS(signNote(GoText, badName, key), ErrorCode::InvalidArgument);
    }

    void checkpointsRoundTripAndAreSignedUnderTheirOrigin()
    {
        Checkpoint checkpoint = sampleCheckpoint();
        checkpoint.extensions = {QStringLiteral("map 7 AAAA")};
        const Result<QByteArray> text = checkpoint.text();
        QVERIFY(text);
        QVERIFY(text->startsWith("chat.example.org/cardinal-kt\n1234567\n"));
        QCOMPARE(*Checkpoint::parse(*text), checkpoint);

        const crypto::Ed25519KeyPair logKey = crypto::Ed25519KeyPair::generate();
        const Result<SignedCheckpoint> signedCheckpoint =
            SignedCheckpoint::sign(checkpoint, logKey);
        QVERIFY(signedCheckpoint);
        const NoteVerifier log{checkpoint.origin, logKey.publicKey()};
        const Result<SignedCheckpoint> opened = SignedCheckpoint::open(signedCheckpoint->note, log);
        QVERIFY(opened);
        QCOMPARE(opened->checkpoint, checkpoint);
        QCOMPARE(opened->note, signedCheckpoint->note);

        // The same key under another name is another log.
        const NoteVerifier other{QStringLiteral("other.example/kt"), logKey.publicKey()};
        QVERIFY_FAILS(SignedCheckpoint::open(signedCheckpoint->note, other), ErrorCode::NotFound);
        // A note signed by the log's key under its name, but stating another origin.
        Checkpoint foreign = checkpoint;
        foreign.origin = QStringLiteral("other.example/kt");
        const QByteArray foreignNote = *signNote(*foreign.text(), checkpoint.origin, logKey);
        QVERIFY_FAILS(SignedCheckpoint::open(foreignNote, log), ErrorCode::BadSignature);
    }

    void malformedCheckpointsAreRefused_data()
    {
        QTest::addColumn<QByteArray>("text");
        const QByteArray root = leafHash("r").toByteArray().toBase64();
        QTest::newRow("two lines") << QByteArray("origin\n5\n");
        QTest::newRow("no newline") << "origin\n5\n" + root;
        QTest::newRow("leading zero") << "origin\n05\n" + root + '\n';
        QTest::newRow("negative") << "origin\n-5\n" + root + '\n';
        QTest::newRow("beyond 2^63-1") << "origin\n9223372036854775808\n" + root + '\n';
        QTest::newRow("twenty digits") << "origin\n18446744073709551616\n" + root + '\n';
        QTest::newRow("empty size") << "origin\n\n" + root + '\n';
        QTest::newRow("short root") << "origin\n5\n" + QByteArray(31, 'r').toBase64() + '\n';
        QTest::newRow("unpadded root") << "origin\n5\n" + root.chopped(1) + '\n';
        QTest::newRow("space in origin") << "an origin\n5\n" + root + '\n';
        QTest::newRow("empty extension") << "origin\n5\n" + root + "\n\next\n";
        // Found by fuzz_signednote: read as U+FFFD, written back as other bytes.
        QTest::newRow("invalid UTF-8 extension") << "origin\n5\n" + root + "\n8AE\x96\xaa\n";
        QTest::newRow("tab in extension") << "origin\n5\n" + root + "\nmap\t1\n";
        QByteArray many = "origin\n5\n" + root + '\n';
        for (qsizetype i = 0; i <= MaxCheckpointExtensions; ++i)
            many += "ext\n";
        QTest::newRow("too many extensions") << many;
    }

    void malformedCheckpointsAreRefused()
    {
        QFETCH(QByteArray, text);
        QVERIFY_FAILS(Checkpoint::parse(text), ErrorCode::MalformedInput);
    }
};

QTEST_GUILESS_MAIN(TestSignedNote)
#include "tst_signednote.moc"
