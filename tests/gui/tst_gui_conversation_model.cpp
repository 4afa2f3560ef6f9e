// SPDX-License-Identifier: GPL-3.0-or-later
// The timeline over a local profile (no server): the model reads windows, never the whole
// conversation; day separators; live appends and state changes; the view keeps its place
// when older messages load; copying; trust notices in the app's words and language.
#include "conversationtesting.h"
#include "client/trustnotices.h"
#include "client/truststore.h"
#include "ui/conversation/conversationlistmodel.h"
#include "ui/conversation/conversationview.h"
#include "ui/conversation/messagelistview.h"
#include "ui/conversation/messagemodel.h"
#include "ui/kit/wording.h"

#include <QApplication>
#include <QClipboard>
#include <QListView>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;
using cardinal::ui::MessageModel;

namespace {

constexpr int MessageCount = 1000;
constexpr qint64 Spacing = 20 * 60 * 1000; // 20 minutes: 1,000 messages span two weeks
const ConversationRef Direct = ConversationRef::direct(PeerIdentity);
const QByteArray GroupId(16, 'g');

qint64 dayOf(const QModelIndex &index)
{
    return QDateTime::fromMSecsSinceEpoch(index.data(MessageModel::TimestampRole).toLongLong())
        .date()
        .toJulianDay();
}

} // namespace

class TestGuiConversationModel : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Messenger> m_messenger;
    qint64 m_firstAtMs = 0;

    //! Checks that the rows run oldest to newest and that FirstOfDayRole marks exactly the
    //! first row of each day.
    static void checkOrderAndDays(const MessageModel &model)
    {
        for (int row = 0; row < model.rowCount(); ++row) {
            const QModelIndex index = model.index(row);
            const bool expected = row == 0 || dayOf(model.index(row - 1)) != dayOf(index);
            QCOMPARE(index.data(MessageModel::FirstOfDayRole).toBool(), expected);
            if (row > 0)
                QVERIFY(model.index(row - 1).data(MessageModel::OrderKeyRole).toLongLong() <
                        index.data(MessageModel::OrderKeyRole).toLongLong());
        }
    }

    //! Shows `view` at 480×600 with `ref` open; false when the window never appeared.
    [[nodiscard]] bool showWith(ui::ConversationView &view, const ConversationRef &ref)
    {
        view.resize(480, 600);
        view.show();
        if (!QTest::qWaitForWindowExposed(&view))
            return false;
        view.setConversation(m_messenger.get(), ref);
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_messenger = createLocalMessenger(m_dir.path());
        QVERIFY(m_messenger);
        // Two weeks of a direct conversation ending an hour ago, and a short group chat.
        m_firstAtMs = QDateTime::currentMSecsSinceEpoch() - 3'600'000 - MessageCount * Spacing;
        QList<HistoryMessage> batch;
        for (quint32 n = 0; n < MessageCount; ++n)
            batch.append(madeUpMessage(n, Direct, m_firstAtMs + n * Spacing));
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages(batch));
        QVERIFY_OK(MessengerInternals::history(*m_messenger)
                       .setGroupTitle(GroupId, QStringLiteral("Book club")));
        QList<HistoryMessage> group;
        for (quint32 n = 1; n <= 5; ++n)
            group.append(
                madeUpMessage(n, ConversationRef::group(GroupId), m_firstAtMs + n * Spacing, 1));
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages(group));
    }

    void opensWithOneWindowAndFetchesOlderOnes()
    {
        ui::ConversationView view;
        view.setConversation(m_messenger.get(), Direct);
        MessageModel *model = view.model();
        QVERIFY(model);
        QCOMPARE(model->rowCount(), MessageModel::InitialWindow);
        QVERIFY(model->canFetchMore({}));
        // The newest message is the last row.
        QVERIFY(model->index(model->rowCount() - 1)
                    .data(MessageModel::TextRole)
                    .toString()
                    .startsWith(QStringLiteral("Message %1:").arg(MessageCount - 1)));
        checkOrderAndDays(*model);

        model->fetchMore({});
        QVERIFY(model->rowCount() > MessageModel::InitialWindow);
        QVERIFY(model->rowCount() < MessageCount);
        checkOrderAndDays(*model);

        for (int i = 0; i < MessageCount && model->canFetchMore({}); ++i)
            model->fetchMore({});
        QCOMPARE(model->rowCount(), MessageCount);
        QVERIFY(model->reachedStart());
        QVERIFY(model->index(0)
                    .data(MessageModel::TextRole)
                    .toString()
                    .startsWith(QStringLiteral("Message 0:")));
        checkOrderAndDays(*model);
    }

    void rolesDescribeEachMessage()
    {
        ui::ConversationView view;
        view.setConversation(m_messenger.get(), Direct);
        MessageModel *model = view.model();
        QVERIFY(model);
        // n = 999 is outgoing (every third), n = 998 incoming.
        const QModelIndex last = model->index(model->rowCount() - 2);
        QCOMPARE(last.data(MessageModel::DirectionRole).toInt(), int(Direction::Incoming));
        QCOMPARE(last.data(MessageModel::SenderRole).toString(), PeerIdentity);
        const QString spoken = last.data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.startsWith(PeerIdentity + QStringLiteral(", ")), qPrintable(spoken));
        QVERIFY2(
            spoken.endsWith(QStringLiteral(": ") + last.data(MessageModel::TextRole).toString()),
            qPrintable(spoken));
        // An hour ago, so the day label says today (or yesterday just after midnight).
        const QString label = last.data(MessageModel::DayLabelRole).toString();
        QVERIFY2(label == QStringLiteral("Today") || label == QStringLiteral("Yesterday"),
                 qPrintable(label));
        bool sawOutgoing = false;
        for (int row = 0; row < model->rowCount(); ++row) {
            const QModelIndex index = model->index(row);
            if (index.data(MessageModel::DirectionRole).toInt() != int(Direction::Outgoing))
                continue;
            sawOutgoing = true;
            QVERIFY(
                index.data(Qt::AccessibleTextRole).toString().startsWith(QStringLiteral("You, ")));
            QCOMPARE(index.data(MessageModel::StateRole).toInt(), int(MessageState::Delivered));
            QVERIFY(index.data(MessageModel::NoteRole).toString().isEmpty());
        }
        QVERIFY(sawOutgoing);
    }

    void followsNewMessagesAndStateChanges()
    {
        ui::ConversationView view;
        view.resize(480, 600);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&view));
        QSignalSpy read(&view, &ui::ConversationView::readMarked);
        view.setConversation(m_messenger.get(), Direct);
        QCOMPARE(read.size(), 1); // showing it marks it read
        MessageModel *model = view.model();
        QVERIFY(model);
        auto *list = view.findChild<ui::MessageListView *>(QStringLiteral("messageView"));
        QVERIFY(list);
        QTRY_VERIFY(list->isAtBottom());
        const int before = model->rowCount();

        // Written here (offline: it stays Queued in the outbox).
        auto sent = m_messenger->sendText(Direct, QStringLiteral("Is the lighthouse open?"));
        QVERIFY_OK(sent);
        QCOMPARE(model->rowCount(), before + 1);
        const std::optional<int> row = model->rowOf(*sent);
        QCOMPARE(row, std::optional<int>(before));
        QCOMPARE(model->index(*row).data(MessageModel::StateRole).toInt(),
                 int(MessageState::Queued));

        // The outbox gives up on it: the row changes in place, with the reason in its note.
        QVERIFY_OK(MessengerInternals::history(*m_messenger).updateState(
            *sent, MessageState::Failed, 0, 1,
            FailureReason::make(FailureKind::RefusedByServer,
                                {QStringLiteral("limit reached: a recipient's queue is full")})));
        QSignalSpy changed(model, &QAbstractItemModel::dataChanged);
        MessengerInternals::announceChanged(*m_messenger, *sent);
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().at(0).value<QModelIndex>().row(), *row);
        QCOMPARE(model->index(*row).data(MessageModel::StateRole).toInt(),
                 int(MessageState::Failed));
        QCOMPARE(model->index(*row).data(MessageModel::NoteRole).toString(),
                 QStringLiteral("Not sent: the server refused it (limit reached: a recipient's "
                                "queue is full)"));

        // Someone else's conversation does not show up here.
        arriveNow(*m_messenger, 1, ConversationRef::group(GroupId));
        QCOMPARE(model->rowCount(), before + 1);

        // An incoming message while we look: appended, still at the bottom, marked read.
        read.clear();
        const protocol::MessageId incoming = arriveNow(*m_messenger, 2, Direct);
        QCOMPARE(model->rowCount(), before + 2);
        QCOMPARE(model->rowOf(incoming), std::optional<int>(before + 1));
        QCOMPARE(read.size(), 1);
        QTRY_VERIFY(list->isAtBottom());
        auto summaries = m_messenger->conversations();
        QVERIFY_OK(summaries);
        for (const ConversationSummary &summary : std::as_const(*summaries))
            if (summary.ref == Direct)
                QCOMPARE(summary.unreadCount, 0);
    }

    void undecryptableEntriesExplainThemselves()
    {
        const ConversationRef ref = ConversationRef::direct(QStringLiteral("dave@example.org"));
        HistoryMessage broken = madeUpMessage(1, ref, QDateTime::currentMSecsSinceEpoch(), 9);
        broken.direction = Direction::Incoming;
        broken.sender = ref.peer;
        broken.body.clear();
        broken.state = MessageState::Undecryptable;
        broken.failure = FailureReason::make(FailureKind::NotForThisDevice);
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessage(broken));
        ui::ConversationView view;
        view.setConversation(m_messenger.get(), ref);
        QCOMPARE(view.model()->rowCount(), 1);
        const QModelIndex index = view.model()->index(0);
        QCOMPARE(index.data(MessageModel::TextRole).toString(),
                 QStringLiteral("Could not decrypt this message: it was not encrypted for this "
                                "device"));
        QVERIFY(!index.data(MessageModel::ExplanationRole).toString().isEmpty());
        QVERIFY(!view.model()->canFetchMore({}));
        // It is drawn (size hint and paint must cope with an empty body).
        view.resize(400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(view.listView()->visualRect(view.listView()->model()->index(0, 0)).height() > 0);
    }

    void noticesAreSaidInTheAppsLanguage()
    {
        const QString erin = QStringLiteral("erin@example.org");
        const ConversationRef ref = ConversationRef::direct(erin);
        // A line an older version stored as an English sentence, then a notice of now.
        HistoryMessage legacy = madeUpMessage(1, ref, QDateTime::currentMSecsSinceEpoch(), 11);
        legacy.direction = Direction::System;
        legacy.sender = erin;
        legacy.body = QByteArrayLiteral("The security key of erin@example.org changed.");
        legacy.state = MessageState::Received;
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessage(legacy));
        QVERIFY(recordTrustNotice(MessengerInternals::history(*m_messenger), erin,
                                  TrustEvent::KeyChangedNotice));

        MessageModel model(m_messenger.get(), ref);
        QVERIFY(model.load());
        QCOMPARE(model.rowCount(), 2);
        const QModelIndex old = model.index(0);
        const QModelIndex notice = model.index(1);
        QCOMPARE(old.data(MessageModel::TextRole).toString(), QString::fromUtf8(legacy.body));
        const QString english = ui::Wording::notice(NoticeKind::KeyChanged, erin);
        QCOMPARE(english, QStringLiteral("The safety number with erin@example.org changed. "
                                         "Compare it with them to make sure it is really them."));
        QCOMPARE(notice.data(MessageModel::TextRole).toString(), english);
        QCOMPARE(notice.data(MessageModel::DirectionRole).toInt(), int(Direction::System));
        QVERIFY(notice.data(Qt::AccessibleTextRole).toString().contains(english));

        ui::ConversationListModel list;
        list.setMessenger(m_messenger.get());
        QModelIndex row;
        for (int i = 0; i < list.rowCount() && !row.isValid(); ++i)
            if (list.index(i, 0).data(ui::ConversationListModel::TitleRole).toString() == erin)
                row = list.index(i, 0);
        QVERIFY(row.isValid());
        QCOMPARE(row.data(ui::ConversationListModel::PreviewRole).toString(), english);

        // The stored token is said in whatever language the app runs in, here Russian: the
        // same rows, read again, with the app's own catalogue installed.
        QTranslator russian;
        QVERIFY(russian.load(QStringLiteral(":/i18n/cardinal_ru.qm")));
        QVERIFY(QCoreApplication::installTranslator(&russian));
        const QString translated = ui::Wording::notice(NoticeKind::KeyChanged, erin);
        const QString timeline = notice.data(MessageModel::TextRole).toString();
        const QString preview = row.data(ui::ConversationListModel::PreviewRole).toString();
        const QString legacyNow = old.data(MessageModel::TextRole).toString();
        QCoreApplication::removeTranslator(&russian);
        QVERIFY(translated != english);
        QVERIFY2(translated.contains(erin), qPrintable(translated));
        QVERIFY2(translated.startsWith(QStringLiteral("Код безопасности с erin@example.org")),
                 qPrintable(translated));
        QCOMPARE(timeline, translated);
        QCOMPARE(preview, translated);
        QCOMPARE(legacyNow, QString::fromUtf8(legacy.body)); // stored words stay as they are
    }

    void scrollingUpLoadsOlderMessagesInPlace()
    {
        ui::ConversationView view;
        QVERIFY(showWith(view, Direct));
        MessageModel *model = view.model();
        QListView *list = view.listView();
        QScrollBar *bar = list->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 0);
        // Nothing more is read while the newest message is on screen.
        QTest::qWait(50);
        QCOMPARE(model->rowCount(), MessageModel::InitialWindow);

        const QPoint probe(list->viewport()->width() / 2, 40);
        bar->setValue(0);
        QTRY_VERIFY(model->rowCount() > MessageModel::InitialWindow);
        // The message that was at the top is still where it was, now with older ones above.
        const QModelIndex top = list->indexAt(probe);
        QVERIFY(top.isValid());
        const int loaded = model->rowCount() - MessageModel::InitialWindow;
        QVERIFY2(top.row() >= loaded - 1 && top.row() <= loaded + 1,
                 qPrintable(QStringLiteral("row %1, loaded %2").arg(top.row()).arg(loaded)));
        QVERIFY(bar->value() > 0);
        checkOrderAndDays(*model);
    }

    void bubblesKeepLineBreaks()
    {
        // Three from the same sender on one day, so that only the body sets a row's height
        // (the first row also carries the day separator).
        const ConversationRef withFay = ConversationRef::direct(QStringLiteral("fay@example.org"));
        QList<HistoryMessage> messages;
        for (const QByteArray &body : {QByteArray("first"), QByteArray("Line one Line two"),
                                       QByteArray("Line one\nLine two")}) {
            HistoryMessage m = madeUpMessage(1, withFay, m_firstAtMs + messages.size(), 3);
            m.id = madeUpId(quint32(messages.size()), 3);
            m.body = body;
            messages.append(m);
        }
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages(messages));
        ui::ConversationView view;
        QVERIFY(showWith(view, withFay));
        QListView *list = view.listView();

        QCOMPARE(list->model()->rowCount(), 3);
        const int unbroken = list->visualRect(list->model()->index(1, 0)).height();
        const int broken = list->visualRect(list->model()->index(2, 0)).height();
        // Both fit on one line of this width: only the line break makes the second taller.
        QVERIFY2(broken > unbroken + list->fontMetrics().height() / 2,
                 qPrintable(QStringLiteral("%1 vs %2").arg(broken).arg(unbroken)));
    }

    void longMessagesAreCollapsedBehindReadMore()
    {
        const ConversationRef withGus = ConversationRef::direct(QStringLiteral("gus@example.org"));
        QStringList lines;
        for (int i = 1; i <= 80; ++i)
            lines.append(QStringLiteral("log line %1 of a pasted build log").arg(i));
        HistoryMessage log = madeUpMessage(1, withGus, m_firstAtMs, 4);
        log.body = lines.join(u'\n').toUtf8();
        HistoryMessage shortOne = madeUpMessage(2, withGus, m_firstAtMs + 1, 4);
        shortOne.body = "short";
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages({log, shortOne}));
        ui::ConversationView view;
        QVERIFY(showWith(view, withGus));
        QListView *list = view.listView();
        const QModelIndex index = list->model()->index(0, 0);
        QVERIFY(index.data(MessageModel::CollapsedRole).toBool());
        QVERIFY(!list->model()->index(1, 0).data(MessageModel::CollapsedRole).toBool());
        const QString shown = index.data(MessageModel::TextRole).toString();
        QVERIFY2(shown.count(u'\n') < MessageModel::CollapseLines, qPrintable(shown));
        QVERIFY(shown.endsWith(QStringLiteral("…")));
        // Copying takes the whole message.
        QCOMPARE(index.data(Qt::DisplayRole).toString(), QString::fromUtf8(log.body));
        const int collapsedHeight = list->visualRect(index).height();
        QVERIFY(collapsedHeight < list->viewport()->height());

        // Enter on it shows all of it.
        list->setFocus();
        list->setCurrentIndex(index);
        QTest::keyClick(list, Qt::Key_Return);
        QVERIFY(!index.data(MessageModel::CollapsedRole).toBool());
        QCOMPARE(index.data(MessageModel::TextRole).toString(), QString::fromUtf8(log.body));
        QTRY_VERIFY(list->visualRect(index).height() > 3 * collapsedHeight);

        // A click on the link does the same. Where the link is drawn is the delegate's
        // business: look for it near the bubble's bottom left, a bounded search.
        HistoryMessage second = log;
        second.id = madeUpId(9, 4);
        second.sentAtMs = second.receivedAtMs = m_firstAtMs + 2;
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessage(second));
        view.setConversation(m_messenger.get(), withGus);
        const QModelIndex again = list->model()->index(list->model()->rowCount() - 1, 0);
        QVERIFY(again.data(MessageModel::CollapsedRole).toBool());
        list->scrollTo(again, QAbstractItemView::PositionAtBottom);
        const QRect bubble = list->visualRect(again);
        bool expanded = false;
        for (int y = bubble.bottom(); !expanded && y > bubble.bottom() - 120; y -= 2) {
            for (int x = bubble.left() + 4; !expanded && x < bubble.left() + 80; x += 4) {
                QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, QPoint(x, y));
                expanded = !again.data(MessageModel::CollapsedRole).toBool();
            }
        }
        QVERIFY(expanded);
    }

    void copiesTheSelectedMessage()
    {
        ui::ConversationView view;
        QVERIFY(showWith(view, Direct));
        QListView *list = view.listView();
        const QModelIndex last = list->model()->index(list->model()->rowCount() - 1, 0);
        list->setCurrentIndex(last);
        list->setFocus();
        QApplication::clipboard()->clear();
        QTest::keySequence(list, QKeySequence::Copy);
        QCOMPARE(QApplication::clipboard()->text(), last.data(MessageModel::TextRole).toString());
    }
    // Runs last: it adds a notice to the long conversation the other cases count.
    void trustNoticesAndShrinkingKeepTheNewestInView()
    {
        ui::ConversationView view;
        QVERIFY(showWith(view, Direct));
        QListView *list = view.listView();
        QScrollBar *bar = list->verticalScrollBar();
        QTRY_VERIFY(bar->maximum() > 1000);
        const auto newestVisible = [list] {
            const QModelIndex newest = list->model()->index(list->model()->rowCount() - 1, 0);
            return list->viewport()->rect().contains(list->visualRect(newest).bottomLeft());
        };
        QVERIFY(newestVisible());

        // Shrinking (a banner appears above) keeps the newest row in view.
        view.resize(480, 420);
        QTRY_VERIFY(newestVisible());

        // Scrolled up to read, a trust notice still comes into view: it is about safety.
        bar->setValue(bar->maximum() - 900);
        QVERIFY(!newestVisible());
        const std::optional<protocol::MessageId> notice =
            recordTrustNotice(MessengerInternals::history(*m_messenger), PeerIdentity,
                              TrustEvent::KeyChangedNotice);
        QVERIFY(notice);
        MessengerInternals::announceAdded(*m_messenger, {*notice});
        QTRY_VERIFY(newestVisible());
        const QModelIndex newest = list->model()->index(list->model()->rowCount() - 1, 0);
        QCOMPARE(newest.data(MessageModel::DirectionRole).toInt(), int(Direction::System));
    }
};

QTEST_MAIN(TestGuiConversationModel)
#include "tst_gui_conversation_model.moc"
