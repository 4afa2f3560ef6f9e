// SPDX-License-Identifier: GPL-3.0-or-later
// The message history on real SQLite files: round trips, de-duplication, windows,
// summaries, trust notices, drafts and started chats, the outbox, persistence, and a hundred thousand messages.
#include "client/historystore.h"
#include "client/trustnotices.h"
#include "client/truststore.h"
#include "historytesting.h"
#include "profilestoresupport.h"

#include <QElapsedTimer>
#include <QTemporaryDir>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::client::testing;
using cardinal::testing::idsOf;

namespace {

// The history as a list of orderKey-stripped messages, for comparisons.
HistoryMessage withoutOrder(HistoryMessage m)
{
    m.orderKey = 0;
    return m;
}

} // namespace

class TestHistoryStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTripsEveryField()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        HistoryMessage failed = outgoing(1, ConversationRef::group(groupId),
                                         QByteArray("gr\xc3\xbc\xc3\x9f"
                                                    "e\0bin",
                                                    10),
                                         MessageState::Failed);
        failed.delivered = 2;
        failed.total = 5;
        failed.failure = FailureReason::make(FailureKind::RecipientRevoked, {bob});
        HistoryMessage broken = incoming(2, ConversationRef::direct(bob), {});
        broken.state = MessageState::Undecryptable;
        broken.failure = FailureReason::make(FailureKind::DamagedOrAltered);
        HistoryMessage line = incoming(3, ConversationRef::direct(bob), "key changed");
        line.direction = Direction::System;
        line.sender.clear();
        for (const HistoryMessage &m : {failed, broken, line}) {
            const auto added = history.addMessage(m);
            QVERIFY_OK(added);
            QVERIFY(*added);
            const auto read = history.message(m.id);
            QVERIFY_OK(read);
            QVERIFY(read->has_value());
            QVERIFY((*read)->orderKey > 0);
            QCOMPARE(withoutOrder(**read), m);
        }
        const auto none = history.message(messageId(99));
        QVERIFY_OK(none);
        QVERIFY(!none->has_value());
    }

    void deduplicatesByMessageId()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const HistoryMessage first = incoming(1, ConversationRef::direct(bob), "first");
        QCOMPARE(*history.addMessage(first), true);
        // Same id, different everything: refused, the stored message is unchanged.
        QCOMPARE(*history.addMessage(incoming(1, ConversationRef::direct(carol), "replay")), false);
        QCOMPARE(withoutOrder(**history.message(first.id)), first);
        // Within a batch and against the store.
        const auto added = history.addMessages({incoming(2, ConversationRef::direct(bob), "a"),
                                                incoming(2, ConversationRef::direct(bob), "b"),
                                                incoming(1, ConversationRef::direct(bob), "c"),
                                                incoming(3, ConversationRef::direct(bob), "d")});
        QVERIFY_OK(added);
        QCOMPARE(idsOf(*added), (QList<protocol::MessageId>{messageId(2), messageId(3)}));
        QCOMPARE(*history.messageCount(ConversationRef::direct(bob)), 3);
        QCOMPARE(*history.messageCount(ConversationRef::direct(carol)), 0);
        QCOMPARE((*history.message(messageId(2)))->body, QByteArray("a"));
        // What comes back is what a read gives, order key included.
        QCOMPARE(added->first(), **history.message(messageId(2)));
        QCOMPARE(added->last(), **history.message(messageId(3)));
    }

    void refusesInvalidInputWithoutWriting()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        HistoryMessage bad = incoming(2, ConversationRef::group("short"), "x");
        QVERIFY_FAILS(history.addMessages({incoming(1, ConversationRef::direct(bob), "ok"), bad}),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(history.addMessage(incoming(3, ConversationRef::direct({}), "x")),
                      ErrorCode::InvalidArgument);
        HistoryMessage negative = outgoing(4, ConversationRef::direct(bob), "x");
        negative.total = -1;
        QVERIFY_FAILS(history.addMessage(negative), ErrorCode::InvalidArgument);
        QCOMPARE(*history.messageCount(ConversationRef::direct(bob)), 0);
        QVERIFY(history.conversations()->isEmpty());
        QVERIFY_FAILS(history.messages(ConversationRef::direct(bob), 0),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(history.setGroupTitle("short", QStringLiteral("x")),
                      ErrorCode::InvalidArgument);
        QVERIFY_FAILS(history.updateState(messageId(1), MessageState::Stored, 0, 0),
                      ErrorCode::NotFound);
    }

    void pagesThroughAThousandMessages()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const ConversationRef withBob = ConversationRef::direct(bob);
        const ConversationRef group = ConversationRef::group(groupId);
        QList<HistoryMessage> batch;
        for (quint32 n = 0; n < 1000; ++n) // interleaved with another conversation
            batch << incoming(2 * n, withBob, QByteArray::number(n))
                  << incoming(2 * n + 1, group, "other");
        QCOMPARE(history.addMessages(batch)->size(), 2000);
        QCOMPARE(*history.messageCount(withBob), 1000);

        QList<QByteArray> seen;
        std::optional<qint64> before;
        for (;;) {
            const auto window = history.messages(withBob, 64, before);
            QVERIFY_OK(window);
            if (window->isEmpty())
                break;
            QVERIFY(window->size() == 64 || seen.size() + window->size() == 1000);
            for (const HistoryMessage &m : *window) {
                QVERIFY(!before || m.orderKey < *before);
                QCOMPARE(m.conversation, withBob);
                before = m.orderKey;
                seen << m.body;
            }
        }
        QCOMPARE(seen.size(), 1000);
        for (int i = 0; i < 1000; ++i) // newest first
            QCOMPARE(seen.at(i), QByteArray::number(999 - i));
        QVERIFY(history.messages(ConversationRef::direct(carol), 10)->isEmpty());
    }

    void summarisesConversations()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const ConversationRef withBob = ConversationRef::direct(bob);
        const ConversationRef group = ConversationRef::group(groupId);
        const ConversationRef quiet = ConversationRef::group(QByteArray(16, 'q'));
        QVERIFY_OK(history.setGroupTitle(quiet.groupId, QStringLiteral("Quiet")));
        QVERIFY_OK(history.addMessage(incoming(1, withBob, "hi")));
        QVERIFY_OK(history.addMessage(incoming(2, withBob, "  how\nare   you?  ")));
        QVERIFY_OK(history.addMessage(incoming(3, group, "group hello")));
        QVERIFY_OK(history.setGroupTitle(groupId, QStringLiteral("Bird watchers")));
        QVERIFY_OK(history.addMessage(outgoing(4, group, QByteArray(500, 'x'))));

        auto list = history.conversations();
        QVERIFY_OK(list);
        QCOMPARE(list->size(), 3);
        const ConversationSummary &first = list->at(0);
        QCOMPARE(first.ref, group);
        QCOMPARE(first.title, QStringLiteral("Bird watchers"));
        QCOMPARE(first.lastPreview, QString(PreviewLength, QLatin1Char('x')));
        QCOMPARE(first.lastAtMs, outgoing(4, group, {}).sentAtMs); // outgoing: sent time
        QCOMPARE(first.unreadCount, 1);                            // ours do not count
        const ConversationSummary &second = list->at(1);
        QCOMPARE(second.ref, withBob);
        QCOMPARE(second.title, bob);
        QCOMPARE(second.lastPreview, QStringLiteral("how are you?"));
        QCOMPARE(second.lastAtMs, incoming(2, withBob, {}).receivedAtMs);
        QCOMPARE(second.unreadCount, 2);
        QCOMPARE(list->at(2), (ConversationSummary{quiet, QStringLiteral("Quiet"), {}, 0, 0, {}, {}}));

        QVERIFY_OK(history.markRead(withBob));
        QVERIFY_OK(history.markRead(ConversationRef::direct(carol))); // unknown: a no-op
        QVERIFY_OK(history.addMessage(incoming(5, group, "more")));
        list = history.conversations();
        QCOMPARE(list->at(0).unreadCount, 2);
        QCOMPARE(list->at(1).unreadCount, 0);
        QVERIFY_OK(history.addMessage(incoming(6, withBob, "again")));
        list = history.conversations();
        QCOMPARE(list->at(0).ref, withBob);
        QCOMPARE(list->at(0).unreadCount, 1);
        QVERIFY_OK(history.setGroupTitle(groupId, {}));
        QCOMPARE(history.conversations()->at(1).title, QString());
    }

    void recognisesNoticeTokens()
    {
        const QList<NoticeKind> kinds{NoticeKind::KeyChangedHeld, NoticeKind::KeyChanged,
                                      NoticeKind::Revoked};
        const QStringList names{QStringLiteral("key-changed-held"), QStringLiteral("key-changed"),
                                QStringLiteral("revoked")};
        for (qsizetype i = 0; i < kinds.size(); ++i) {
            const NoticeKind kind = kinds.at(i);
            QCOMPARE(QString(noticeName(kind)), names.at(i));
            QCOMPARE(noticeToken(kind), QByteArray("cardinal-notice:" + names.at(i).toLatin1()));
            HistoryMessage line = incoming(1, ConversationRef::direct(bob), noticeToken(kind));
            line.direction = Direction::System;
            QCOMPARE(noticeKindOf(line), std::optional{kind});
            // Only our own lines are notices: a contact who writes the token wrote text.
            line.direction = Direction::Incoming;
            QCOMPARE(noticeKindOf(line), std::nullopt);
            line.direction = Direction::Outgoing;
            QCOMPARE(noticeKindOf(line), std::nullopt);
            const QString sentence = noticeTextEnglish(kind, bob);
            QVERIFY2(sentence.contains(bob), qPrintable(sentence));
            QVERIFY(!sentence.contains(QStringLiteral("cardinal-notice")));
        }
        QCOMPARE(noticeTextEnglish(NoticeKind::KeyChangedHeld, bob),
                 QStringLiteral("The safety number with bob@example.org changed. Messages to them "
                                "are held until you verify the new number or accept the new key."));
        QCOMPARE(noticeTextEnglish(NoticeKind::KeyChanged, bob),
                 QStringLiteral("The safety number with bob@example.org changed. Compare it with "
                                "them to make sure it is really them."));
        QCOMPARE(noticeTextEnglish(NoticeKind::Revoked, bob),
                 QStringLiteral("bob@example.org revoked their key; nothing more is sent to it."));
        // Lines of older versions, unknown and damaged tokens are no notices: shown as stored.
        for (const QByteArray &body :
             {QByteArray("The security key of bob@example.org changed. Messages to them are "
                         "held until you verify the new safety number or accept the new key."),
              QByteArray("cardinal-notice:from-the-future"), QByteArray("cardinal-notice:"),
              QByteArray("cardinal-notice:revoked "), QByteArray("cardinal-notice:Revoked"),
              QByteArray("cardinal-notice:revoked\0x", 25), QByteArray("revoked"), QByteArray()}) {
            QCOMPARE(noticeKindOf(Direction::System, body), std::nullopt);
        }
    }

    void recordsAndSummarisesNotices()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const ConversationRef withBob = ConversationRef::direct(bob);
        const ConversationRef withCarol = ConversationRef::direct(carol);
        for (TrustEvent quiet : {TrustEvent::None, TrustEvent::FirstSeen, TrustEvent::DevicesChanged})
            QCOMPARE(recordTrustNotice(history, bob, quiet), std::nullopt);
        QCOMPARE(*history.messageCount(withBob), 0);

        QVERIFY_OK(history.addMessage(incoming(1, withBob, "hi")));
        const std::optional<protocol::MessageId> id =
            recordTrustNotice(history, bob, TrustEvent::KeyChangedHeld);
        QVERIFY(id);
        const auto stored = history.message(*id);
        QVERIFY_OK(stored);
        QVERIFY(stored->has_value());
        const HistoryMessage &notice = **stored;
        QCOMPARE(notice.conversation, withBob);
        QCOMPARE(notice.direction, Direction::System);
        QCOMPARE(notice.sender, bob);
        QCOMPARE(notice.body, QByteArray("cardinal-notice:key-changed-held"));
        QCOMPARE(noticeKindOf(notice), std::optional{NoticeKind::KeyChangedHeld});

        // A legacy English line (an older version wrote it) stays what it was.
        const QByteArray legacy("The security key of carol@example.org changed. Compare your "
                                "safety number with them to make sure it is really them.");
        HistoryMessage old = incoming(2, withCarol, legacy);
        old.direction = Direction::System;
        QVERIFY_OK(history.addMessage(old));

        auto list = history.conversations();
        QVERIFY_OK(list);
        QCOMPARE(list->size(), 2);
        const ConversationSummary &carolSummary = list->at(0);
        QCOMPARE(carolSummary.ref, withCarol);
        QCOMPARE(carolSummary.lastNotice, std::nullopt);
        QCOMPARE(carolSummary.lastPreview, QString::fromUtf8(legacy).left(PreviewLength));
        const ConversationSummary &bobSummary = list->at(1);
        QCOMPARE(bobSummary.ref, withBob);
        QCOMPARE(bobSummary.lastNotice, std::optional{NoticeKind::KeyChangedHeld});
        // No token: the English sentence, cut to a preview's length.
        const QString sentence = noticeTextEnglish(NoticeKind::KeyChangedHeld, bob);
        QVERIFY(sentence.size() > PreviewLength);
        QCOMPARE(bobSummary.lastPreview, sentence.left(PreviewLength));
        QCOMPARE(bobSummary.lastAtMs, notice.sentAtMs);
        QCOMPARE(bobSummary.unreadCount, 1); // notices are not unread messages

        // The token written by a contact is text they wrote, not a notice.
        QVERIFY_OK(history.addMessage(incoming(3, withCarol, noticeToken(NoticeKind::Revoked))));
        QVERIFY(recordTrustNotice(history, bob, TrustEvent::Revoked));
        list = history.conversations();
        QVERIFY_OK(list);
        QCOMPARE(list->at(0).ref, withBob);
        QCOMPARE(list->at(0).lastNotice, std::optional{NoticeKind::Revoked});
        QCOMPARE(list->at(0).lastPreview, noticeTextEnglish(NoticeKind::Revoked, bob));
        QCOMPARE(list->at(1).lastNotice, std::nullopt);
        QCOMPARE(list->at(1).lastPreview, QStringLiteral("cardinal-notice:revoked"));
        // A message after the notice is the preview again.
        QVERIFY_OK(history.addMessage(incoming(4, withBob, "it's me, new phone")));
        list = history.conversations();
        QVERIFY_OK(list);
        QCOMPARE(list->at(0).lastNotice, std::nullopt);
        QCOMPARE(list->at(0).lastPreview, QStringLiteral("it's me, new phone"));
    }

    void keepsDraftsStartedChatsAndTheOpenConversation()
    {
        QTemporaryDir dir;
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            HistoryStore history(*db);
            const ConversationRef withBob = ConversationRef::direct(bob);
            const ConversationRef withCarol = ConversationRef::direct(carol);
            const ConversationRef group = ConversationRef::group(groupId);
            QVERIFY_OK(history.addMessage(incoming(1, withBob, "hi")));
            QVERIFY_OK(history.addMessage(incoming(2, group, "group hello")));

            // A chat just started is listed on top before its first message, once.
            const auto started = history.startConversation(withCarol);
            QVERIFY_OK(started);
            QVERIFY(*started);
            QCOMPARE(*history.startConversation(withCarol), false);
            auto list = history.conversations();
            QVERIFY_OK(list);
            QCOMPARE(list->size(), 3);
            QCOMPARE(list->at(0).ref, withCarol);
            QCOMPARE(list->at(0).lastPreview, QString());
            QCOMPARE(list->at(1).ref, group);
            // ... and sinks below newer messages like any other.
            QVERIFY_OK(history.addMessage(incoming(3, withBob, "still there?")));
            list = history.conversations();
            QCOMPARE(list->at(0).ref, withBob);
            QCOMPARE(list->at(1).ref, withCarol);

            // Drafts are per conversation, summarised as one line, cleared by blank text.
            QVERIFY_OK(history.setDraft(group, QStringLiteral("half-typed\nfor the group")));
            QVERIFY_OK(history.setDraft(withBob, QStringLiteral("zebra-draft for bob")));
            QCOMPARE(*history.draft(group), QStringLiteral("half-typed\nfor the group"));
            QCOMPARE(*history.draft(withBob), QStringLiteral("zebra-draft for bob"));
            QCOMPARE(*history.draft(withCarol), QString());
            list = history.conversations();
            for (const ConversationSummary &summary : *list) {
                if (summary.ref == group)
                    QCOMPARE(summary.draft, QStringLiteral("half-typed for the group"));
                else if (summary.ref == withBob)
                    QCOMPARE(summary.draft, QStringLiteral("zebra-draft for bob"));
                else
                    QCOMPARE(summary.draft, QString());
            }
            QVERIFY_OK(history.setDraft(withBob, QStringLiteral("  \n ")));
            QCOMPARE(*history.draft(withBob), QString());
            // Clearing an unknown conversation's draft creates nothing.
            const ConversationRef stranger = ConversationRef::direct(QStringLiteral("x@example.org"));
            QVERIFY_OK(history.setDraft(stranger, QString()));
            QCOMPARE(history.conversations()->size(), 3);
            // Too long, or not a conversation: refused.
            const QString huge(MaxDraftBytes + 1, QLatin1Char('a'));
            QCOMPARE(history.setDraft(group, huge).error().code, ErrorCode::TooLarge);
            QCOMPARE(*history.draft(group), QStringLiteral("half-typed\nfor the group"));
            QCOMPARE(history.setDraft(ConversationRef{}, QStringLiteral("x")).error().code,
                     ErrorCode::InvalidArgument);

            // The open conversation is remembered.
            QCOMPARE(*history.lastOpened(), std::nullopt);
            QVERIFY_OK(history.markOpened(group));
            QVERIFY_OK(history.markOpened(withCarol));
            QCOMPARE(*history.lastOpened(), std::optional{withCarol});
            QVERIFY_OK(history.markOpened(group));
            QCOMPARE(*history.lastOpened(), std::optional{group});
        }
        // Drafts are sealed at rest, and everything survives reopening.
        QVERIFY(!databaseBytes(dir.path()).contains("half-typed"));
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        QCOMPARE(*history.draft(ConversationRef::group(groupId)),
                 QStringLiteral("half-typed\nfor the group"));
        QCOMPARE(*history.lastOpened(), std::optional{ConversationRef::group(groupId)});
        QCOMPARE(history.conversations()->size(), 3);
    }

    void keepsTheOutboxUntilSent()
    {
        QTemporaryDir dir;
        const ConversationRef withBob = ConversationRef::direct(bob);
        const ConversationRef group = ConversationRef::group(groupId);
        {
            auto db = openDatabase(dir.path());
            QVERIFY(db);
            HistoryStore history(*db);
            QVERIFY_OK(history.addMessage(outgoing(1, withBob, "one")));
            QVERIFY_OK(history.addMessage(incoming(2, withBob, "not ours")));
            QVERIFY_OK(history.addMessage(outgoing(3, group, "three", MessageState::Held)));
            QVERIFY_OK(history.addMessage(outgoing(4, withBob, "four", MessageState::Stored)));
            QVERIFY_OK(history.addMessage(outgoing(5, withBob, "five")));
        } // a restart: the outbox is on disk
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        auto outbox = history.outbox();
        QVERIFY_OK(outbox);
        QCOMPARE(outbox->size(), 3);
        QCOMPARE(withoutOrder(outbox->at(0)), outgoing(1, withBob, "one"));
        QCOMPARE(withoutOrder(outbox->at(1)), outgoing(3, group, "three", MessageState::Held));
        QCOMPARE(outbox->at(2).body, QByteArray("five"));

        QVERIFY_OK(history.updateState(messageId(1), MessageState::Stored, 0, 3));
        QVERIFY_OK(history.updateState(messageId(5), MessageState::Failed, 0, 0,
                                       FailureReason::make(FailureKind::NoDeviceToSendTo)));
        QVERIFY_OK(history.updateState(messageId(3), MessageState::Queued, 0, 0));
        outbox = history.outbox();
        QCOMPARE(outbox->size(), 1);
        QCOMPARE(outbox->at(0).id, messageId(3));
        QVERIFY_OK(history.updateState(messageId(1), MessageState::Delivered, 3, 3));
        QVERIFY_OK(history.updateState(messageId(3), MessageState::Stored, 1, 2));
        QVERIFY(history.outbox()->isEmpty());

        const HistoryMessage one = **history.message(messageId(1));
        QCOMPARE(one.state, MessageState::Delivered);
        QCOMPARE(one.delivered, 3);
        QCOMPARE(one.total, 3);
        QCOMPARE((*history.message(messageId(5)))->failure,
                 FailureReason::make(FailureKind::NoDeviceToSendTo));
        QVERIFY_OK(history.updateState(messageId(5), MessageState::Queued, 0, 0));
        QCOMPARE((*history.message(messageId(5)))->failure, std::nullopt);
    }

    void handlesAHundredThousandMessages()
    {
        QTemporaryDir dir;
        auto db = openDatabase(dir.path());
        QVERIFY(db);
        HistoryStore history(*db);
        const ConversationRef withBob = ConversationRef::direct(bob);
        QElapsedTimer timer;
        timer.start();
        for (quint32 batch = 0; batch < 10; ++batch) {
            QList<HistoryMessage> messages;
            messages.reserve(10'000);
            for (quint32 n = 0; n < 10'000; ++n)
                messages << incoming(batch * 10'000 + n, withBob,
                                     "message number " + QByteArray::number(batch * 10'000 + n));
            QCOMPARE(history.addMessages(messages)->size(), 10'000);
        }
        const qint64 addMs = timer.restart();
        const auto newest = history.messages(withBob, 100);
        QVERIFY_OK(newest);
        QCOMPARE(newest->first().body, QByteArray("message number 99999"));
        const auto oldest = history.messages(withBob, 100, 101);
        QVERIFY_OK(oldest);
        QCOMPARE(oldest->size(), 100);
        QCOMPARE(oldest->last().body, QByteArray("message number 0"));
        QCOMPARE(*history.messageCount(withBob), 100'000);
        QCOMPARE(history.conversations()->first().unreadCount, 100'000);
        qInfo("100k messages: added in %lld ms, two windows, count and summary in %lld ms", addMs,
              timer.elapsed());
    }
};

QTEST_GUILESS_MAIN(TestHistoryStore)
#include "tst_historystore.moc"
