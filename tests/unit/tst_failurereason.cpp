// SPDX-License-Identifier: GPL-3.0-or-later
// Why a message failed, as the profile database keeps it: every kind round-trips through the
// history store (sealed, reopened), sentences stored by 0.1 still open as Other, damaged
// stored forms are refused as CorruptFile, and reasons stay within their bounds.
#include "client/failurereason.h"
#include "client/historystore.h"
#include "client/historysupport.h"
#include "failurereasons.h"
#include "profilestoresupport.h"

#include <QCborArray>
#include <QCborValue>
#include <QSet>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;

namespace {

const QString mallory = QStringLiteral("mallory@example.org");

using cardinal::testing::everyFailureReason;

//! The stored form of a typed reason with these CBOR fields, however wrong they are.
QByteArray typed(const QCborArray &fields)
{
    return QByteArray(1, FailureEncodingV1) + QCborValue(fields).toCbor();
}

//! Seals `stored` into the failure column of message `id`, as an older version (or damage)
//! left it.
void putStoredFailure(ProfileDatabase &db, const HistoryMessage &message, const QByteArray &stored)
{
    const QByteArray rowKey = history::messageRowKey(
        message.id, db.lookup(message.conversation.key()), message.direction);
    const Result<QByteArray> sealed = db.seal(history::FailureContext, rowKey, stored);
    QVERIFY_OK(sealed);
    QVERIFY_OK(db.change(QStringLiteral("UPDATE messages SET failure = ? WHERE id = ?"),
                         {*sealed, message.id.toByteArray()}));
}

} // namespace

class TestFailureReason : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void everyKindIsCoveredAndNamed()
    {
        // Exactly the kinds everyFailureReason() has are known: a new kind needs a case there.
        QSet<int> kinds;
        for (const FailureReason &reason : everyFailureReason())
            kinds.insert(int(reason.kind));
        for (int n = 0; n <= 0xFF; ++n)
            QCOMPARE(bool(decodeFailureReason(typed({n, QCborArray{}}))), kinds.contains(n));
        QSet<QString> names;
        for (const FailureReason &reason : everyFailureReason()) {
            const QString name = failureName(reason.kind);
            QVERIFY(!name.isEmpty());
            QCOMPARE(name, name.toLower());
            names.insert(name);
            const QString english = failureTextEnglish(reason);
            QVERIFY(!english.isEmpty());
            for (const QString &detail : reason.details)
                QVERIFY2(english.contains(detail), qPrintable(english));
        }
        QCOMPARE(names.size(), everyFailureReason().size());
        QCOMPARE(failureName(FailureKind::KeyChanged), QLatin1StringView("key-changed"));
    }

    void encodingIsVersionedAndExact()
    {
        for (const FailureReason &reason : everyFailureReason()) {
            const Result<QByteArray> stored = encodeFailureReason(reason);
            QVERIFY_OK(stored);
            QCOMPARE(stored->front(), FailureEncodingV1);
            const Result<FailureReason> decoded = decodeFailureReason(*stored);
            QVERIFY_OK(decoded);
            QVERIFY(*decoded == reason);
        }
        // The bytes, pinned: 0xFF, then [5, ["bob@example.org", "mallory@example.org"]].
        const QByteArray expected = QByteArray::fromHex(
            "ff8205826f626f62406578616d706c652e6f7267736d616c6c6f7279406578616d706c652e6f7267");
        QCOMPARE(
            *encodeFailureReason(FailureReason::make(FailureKind::SenderMismatch, {bob, mallory})),
            expected);
    }

    void everyKindRoundTripsThroughTheStore()
    {
        QTemporaryDir dir;
        const ConversationRef withBob = ConversationRef::direct(bob);
        const QList<FailureReason> reasons = everyFailureReason();
        QList<HistoryMessage> written;
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            HistoryStore history(*db);
            quint32 n = 0;
            for (const FailureReason &reason : reasons) {
                // Added with the reason, and set by updateState() on a second message.
                HistoryMessage broken = incoming(++n, withBob, {});
                broken.state = MessageState::Undecryptable;
                broken.failure = reason;
                QVERIFY_OK(history.addMessage(broken));
                HistoryMessage given = outgoing(++n, withBob, "given up");
                QVERIFY_OK(history.addMessage(given));
                QVERIFY_OK(history.updateState(given.id, MessageState::Failed, 0, 1, reason));
                given.state = MessageState::Failed;
                given.total = 1;
                given.failure = reason;
                written << broken << given;
            }
            // Sealed: none of the stored forms is in the file as it is.
            QVERIFY_OK(db->checkpoint());
            const QByteArray file = databaseBytes(dir.path());
            for (const FailureReason &reason : reasons)
                if (!reason.details.isEmpty()) // long enough not to turn up by chance
                    QVERIFY(!file.contains(*encodeFailureReason(reason)));
            QVERIFY(!file.contains(QByteArrayView("Schl\xc3\xbcssel")));
        }
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        for (HistoryMessage expected : std::as_const(written)) {
            const auto read = history.message(expected.id);
            QVERIFY_OK(read);
            QVERIFY(read->has_value());
            expected.orderKey = (*read)->orderKey;
            QVERIFY((**read).failure == expected.failure);
            QVERIFY(**read == expected);
        }
        const auto window = history.messages(withBob, 100);
        QVERIFY_OK(window);
        QCOMPARE(window->size(), written.size());
        // Sent after all: the reason goes.
        QVERIFY_OK(history.updateState(written.last().id, MessageState::Stored, 1, 1));
        QCOMPARE((*history.message(written.last().id))->failure, std::nullopt);
    }

    void sentencesOfOlderVersionsStillOpen()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const QString undecryptable =
            QStringLiteral("the server says it is from bob@example.org, the card says "
                           "mallory@example.org");
        const QString held = QStringLiteral("the key of bob@example.org changed: verify it or "
                                            "accept the new key — Schlüssel");
        HistoryMessage broken = incoming(1, ConversationRef::direct(bob), {});
        broken.state = MessageState::Undecryptable;
        HistoryMessage waiting =
            outgoing(2, ConversationRef::direct(bob), "wait", MessageState::Held);
        QVERIFY_OK(history.addMessages({broken, waiting}));
        // What 0.1 wrote: the English sentence as UTF-8, sealed in the same column.
        putStoredFailure(*db, broken, undecryptable.toUtf8());
        putStoredFailure(*db, waiting, held.toUtf8());

        const auto legacy = history.message(broken.id);
        QVERIFY_OK(legacy);
        QVERIFY((*legacy)->failure ==
                (FailureReason{FailureKind::Other, QStringList{undecryptable}}));
        QCOMPARE(failureTextEnglish(*(*legacy)->failure), undecryptable);
        const auto outbox = history.outbox();
        QVERIFY_OK(outbox);
        QCOMPARE(outbox->size(), 1);
        QVERIFY(outbox->first().failure == (FailureReason{FailureKind::Other, QStringList{held}}));
        // Written again, it is typed from then on.
        QVERIFY_OK(history.updateState(waiting.id, MessageState::Held, 0, 0,
                                       FailureReason::make(FailureKind::KeyChanged, {bob})));
        QCOMPARE((*history.message(waiting.id))->failure->kind, FailureKind::KeyChanged);
    }

    void damagedStoredFormsAreCorruptFile_data()
    {
        QTest::addColumn<QByteArray>("stored");
        const QByteArray valid = typed({1, QCborArray{}});
        QCborArray nine;
        for (int i = 0; i < MaxFailureDetails + 1; ++i)
            nine.append(QStringLiteral("x"));
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("version byte alone") << QByteArray(1, FailureEncodingV1);
        QTest::newRow("not CBOR") << QByteArray("\xff\xff\xff", 3);
        QTest::newRow("not an array")
            << QByteArray(QByteArray(1, FailureEncodingV1) + QCborValue(1).toCbor());
        QTest::newRow("one field") << typed({1});
        QTest::newRow("three fields") << typed({1, QCborArray{}, 0});
        QTest::newRow("kind is text") << typed({QStringLiteral("1"), QCborArray{}});
        QTest::newRow("kind negative") << typed({-1, QCborArray{}});
        QTest::newRow("kind beyond a byte") << typed({0x101, QCborArray{}});
        QTest::newRow("kind unknown") << typed({10, QCborArray{}});
        QTest::newRow("details not an array") << typed({1, QStringLiteral("x")});
        QTest::newRow("detail not text") << typed({1, QCborArray{QByteArray("x")}});
        QTest::newRow("too many details") << typed({1, nine});
        QTest::newRow("detail too long")
            << typed({1, QCborArray{QString(MaxFailureDetailBytes + 1, u'x')}});
        QTest::newRow("control character") << typed({1, QCborArray{QStringLiteral("a\nb")}});
        QTest::newRow("not canonical") << QByteArray::fromHex("ff82180180");
        QTest::newRow("indefinite length") << QByteArray::fromHex("ff9f0180ff");
        QTest::newRow("trailing byte") << QByteArray(valid + '\0');
        QTest::newRow("cut short") << valid.chopped(1);
        QTest::newRow("another version byte")
            << QByteArray(QByteArray(1, char(0xFE)) + valid.sliced(1));
        QTest::newRow("neither UTF-8 nor typed") << QByteArray("\xc3\x28 broken", 8);
        QTest::newRow("too long") << QByteArray(MaxStoredFailureBytes + 1, 'a');
    }

    void damagedStoredFormsAreCorruptFile()
    {
        QFETCH(QByteArray, stored);
        QVERIFY_FAILS(decodeFailureReason(stored), ErrorCode::CorruptFile);

        // The same through the store: the row does not open, the others still do.
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const ConversationRef withBob = ConversationRef::direct(bob);
        HistoryMessage broken = incoming(1, withBob, {});
        broken.state = MessageState::Undecryptable;
        broken.failure = FailureReason::make(FailureKind::DamagedOrAltered);
        QVERIFY_OK(history.addMessages({broken, incoming(2, withBob, "fine")}));
        putStoredFailure(*db, broken, stored);
        QVERIFY_FAILS(history.message(broken.id), ErrorCode::CorruptFile);
        QVERIFY_FAILS(history.messages(withBob, 10), ErrorCode::CorruptFile);
        QVERIFY_OK(history.message(messageId(2)));
    }

    void reasonsStayWithinTheirBounds()
    {
        // make() cuts: the first MaxFailureDetails details, each to MaxFailureDetailBytes of
        // UTF-8 at a character boundary, control characters made spaces.
        QStringList many;
        for (int i = 0; i < MaxFailureDetails + 3; ++i)
            many.append(QString::number(i));
        const FailureReason cut = FailureReason::make(FailureKind::KeyChanged, many);
        QCOMPARE(cut.details, many.first(MaxFailureDetails));
        const QString longWords = QString(MaxFailureDetailBytes - 1, u'a') + QStringLiteral("ü!");
        const FailureReason words = FailureReason::make(
            FailureKind::RefusedByServer, {longWords, QStringLiteral("line one\nline\ttwo")});
        QCOMPARE(words.details.at(0), QString(MaxFailureDetailBytes - 1, u'a'));
        QCOMPARE(words.details.at(1), QStringLiteral("line one line two"));
        QVERIFY(decodeFailureReason(*encodeFailureReason(words))->details == words.details);

        // A reason made without make() and beyond the bounds is refused before anything is
        // written.
        const FailureReason tooMany{FailureKind::KeyChanged, many};
        const FailureReason tooLong{FailureKind::RefusedByServer, {longWords}};
        const FailureReason control{FailureKind::RefusedByServer, {QStringLiteral("a\rb")}};
        const FailureReason unknown{FailureKind(10), {}};
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const HistoryMessage queued = outgoing(1, ConversationRef::direct(bob), "q");
        QVERIFY_OK(history.addMessage(queued));
        for (const FailureReason &bad : {tooMany, tooLong, control, unknown}) {
            QVERIFY_FAILS(encodeFailureReason(bad), ErrorCode::InvalidArgument);
            HistoryMessage failed =
                outgoing(2, ConversationRef::direct(carol), "f", MessageState::Failed);
            failed.failure = bad;
            QVERIFY_FAILS(history.addMessage(failed), ErrorCode::InvalidArgument);
            QVERIFY_FAILS(history.updateState(queued.id, MessageState::Failed, 0, 0, bad),
                          ErrorCode::InvalidArgument);
        }
        QCOMPARE(*history.messageCount(ConversationRef::direct(carol)), 0);
        QCOMPARE((*history.message(queued.id))->state, MessageState::Queued);
    }
};

QTEST_GUILESS_MAIN(TestFailureReason)
#include "tst_failurereason.moc"
