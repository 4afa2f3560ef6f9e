// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation list and the composer over a local profile (no server): the list shows,
// filters (title and last message), selects by keyboard and keeps its selection when new
// messages arrive; the composer sends on Enter, not on Shift+Enter, never sends blank text,
// and grows up to six lines.
#include "conversationtesting.h"
#include "loopbackfakes.h"
#include "ui/kit/elidedlabel.h"
#include "ui/kit/inlineerror.h"
#include "ui/kit/wording.h"
#include "ui/shell/chatpane.h"
#include "ui/shell/connectionindicator.h"
#include "ui/shell/translations.h"
#include "ui/conversation/composer.h"
#include "ui/conversation/conversationlistpane.h"

#include <QDialog>
#include <QLabel>
#include <QVBoxLayout>
#include <QLineEdit>
#include <QListView>
#include <QPlainTextEdit>
#include <QSignalSpy>
#include <QRegularExpression>
#include <QTest>
#include <QToolButton>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;

namespace {
const ConversationRef Direct = ConversationRef::direct(PeerIdentity);
const QByteArray GroupId(16, 'g');
} // namespace

class TestGuiConversationWidgets : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Messenger> m_messenger;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_messenger = createLocalMessenger(m_dir.path());
        QVERIFY(m_messenger);
        const qint64 start = QDateTime::currentMSecsSinceEpoch() - 86'400'000;
        QList<HistoryMessage> messages;
        for (quint32 n = 0; n < 10; ++n)
            messages.append(madeUpMessage(n, Direct, start + n * 60'000));
        for (quint32 n = 1; n <= 5; ++n)
            messages.append(
                madeUpMessage(n, ConversationRef::group(GroupId), start + n * 60'000, 1));
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessages(messages));
        QVERIFY_OK(MessengerInternals::history(*m_messenger)
                       .setGroupTitle(GroupId, QStringLiteral("Book club")));
    }

    void listPaneShowsFiltersAndSelects()
    {
        ui::ConversationListPane pane;
        pane.resize(320, 500);
        auto *filter = pane.findChild<QLineEdit *>(QStringLiteral("conversationFilter"));
        auto *list = pane.findChild<QListView *>(QStringLiteral("conversationList"));
        auto *empty = pane.findChild<QLabel *>(QStringLiteral("conversationListEmpty"));
        QVERIFY(filter && list && empty);
        QCOMPARE(filter->placeholderText(), QStringLiteral("Search"));
        pane.show();
        QVERIFY(QTest::qWaitForWindowExposed(&pane));
        QVERIFY(empty->isVisible()); // no messenger yet: nothing to list

        const ConversationRef erin = ConversationRef::direct(QStringLiteral("erin@example.org"));
        HistoryMessage pancakes = madeUpMessage(1, erin, QDateTime::currentMSecsSinceEpoch(), 3);
        pancakes.body = "Pancakes on Sunday at the lighthouse?";
        QVERIFY_OK(MessengerInternals::history(*m_messenger).addMessage(pancakes));

        QSignalSpy unread(&pane, &ui::ConversationListPane::unreadCountChanged);
        QSignalSpy selected(&pane, &ui::ConversationListPane::conversationSelected);
        pane.setMessenger(m_messenger.get());
        QVERIFY(!empty->isVisible());
        const int all = list->model()->rowCount();
        QVERIFY(all >= 2);

        // By title, then by the last message's text.
        filter->setText(QStringLiteral("book CLUB"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), QStringLiteral("Book club"));
        filter->setText(QStringLiteral("PANCAKES"));
        QCOMPARE(list->model()->rowCount(), 1);
        QCOMPARE(list->model()->index(0, 0).data().toString(), erin.peer);
        filter->setText(QStringLiteral("no such thing anywhere"));
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(empty->isVisible());
        QVERIFY2(empty->text().startsWith(QStringLiteral("No results for “no such thing anywhere”")),
                 qPrintable(empty->text()));
        filter->clear();
        QCOMPARE(list->model()->rowCount(), all);

        // Enter in the filter box opens the first match; Down and Up move and select.
        filter->setFocus();
        filter->setText(QStringLiteral("book"));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(selected.size(), 1);
        QCOMPARE(selected.last().at(0).value<ConversationRef>(), ConversationRef::group(GroupId));
        QCOMPARE(pane.current(), std::optional<ConversationRef>(ConversationRef::group(GroupId)));
        filter->clear();
        list->setFocus();
        const int row = list->currentIndex().row();
        const int target = row > 0 ? row - 1 : row + 1;
        QTest::keyClick(list, row > 0 ? Qt::Key_Up : Qt::Key_Down);
        QCOMPARE(list->currentIndex().row(), target);
        QCOMPARE(selected.size(), 2);
        QCOMPARE(pane.current(),
                 std::optional<ConversationRef>(selected.last().at(0).value<ConversationRef>()));

        // A new message arrives: refreshed once after the burst, selection kept, count up.
        const std::optional<ConversationRef> current = pane.current();
        const int unreadBefore = unread.isEmpty() ? -1 : unread.last().at(0).toInt();
        for (quint32 n = 100; n < 105; ++n)
            arriveNow(*m_messenger, n, ConversationRef::group(GroupId));
        QTRY_VERIFY(!unread.isEmpty() && unread.last().at(0).toInt() != unreadBefore);
        QCOMPARE(pane.current(), current);
        QCOMPARE(list->model()->index(list->currentIndex().row(), 0).isValid(), true);

        // Locking drops everything.
        pane.setMessenger(nullptr);
        QCOMPARE(list->model()->rowCount(), 0);
        QVERIFY(!pane.current());
        QVERIFY(empty->isVisible());
        QCOMPARE(unread.last().at(0).toInt(), 0);
    }

    void timesHaveNoSeconds()
    {
        // Whatever the system's regional format, and also without one (the C locale).
        const QRegularExpression hourMinute(QStringLiteral("^\\d{1,2}[:.]05(\\s?\\S+)?$"));
        for (const QLocale &language : {QLocale::c(), QLocale(QStringLiteral("ru")),
                                        QLocale(QStringLiteral("de")), QLocale(QStringLiteral("en_US"))}) {
            QLocale::setDefault(language);
            const QString time = ui::Wording::timeOfDay(QTime(14, 5, 9));
            QVERIFY2(hourMinute.match(time).hasMatch(), qPrintable(time));
            QVERIFY2(!time.contains(QStringLiteral("09")), qPrintable(time));
            const QString both = ui::Wording::dateTime(QDateTime(QDate(2026, 12, 4), QTime(14, 5, 9)));
            QVERIFY2(both.contains(time) && !both.contains(QStringLiteral(":09")), qPrintable(both));
        }
        if (QLocale::system().language() == QLocale::C) {
            QLocale::setDefault(QLocale::c());
            QCOMPARE(ui::Wording::timeOfDay(QTime(9, 5, 9)), QStringLiteral("09:05"));
        }
        QLocale::setDefault(QLocale::c());
    }

    void nothingIsClipped()
    {
        // The empty state, in each language, in a small window.
        for (const QString &language : {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")}) {
            ui::Translations::apply(language);
            ui::ChatPane pane(*m_messenger);
            pane.resize(520, 420);
            pane.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pane));
            auto *hint = pane.findChild<QLabel *>(QStringLiteral("emptyStateHint"));
            QVERIFY(hint && hint->isVisible());
            QTRY_VERIFY2(hint->height() >= hint->heightForWidth(hint->width()),
                         qPrintable(QStringLiteral("%1: %2 < %3").arg(language).arg(hint->height())
                                        .arg(hint->heightForWidth(hint->width()))));
        }
        ui::Translations::apply(QStringLiteral("en"));

        // A long address in a narrow column ends in an ellipsis, whole in its tooltip.
        const QString address = QStringLiteral("maximilian.mustermann-schmidt@example.org");
        ui::ElidedLabel label(address);
        label.resize(120, label.sizeHint().height());
        QVERIFY(label.shownText().endsWith(QStringLiteral("…")));
        QCOMPARE(label.toolTip(), address);
        QVERIFY(label.minimumSizeHint().width() < 120);

        // A dialog grows when an error line appears, instead of squeezing it.
        QDialog dialog;
        auto *layout = new QVBoxLayout(&dialog);
        layout->addWidget(new QLineEdit(&dialog));
        auto *error = new ui::InlineError(&dialog);
        layout->addWidget(error);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        dialog.resize(dialog.minimumSizeHint());
        const int before = dialog.height();
        error->showError(QStringLiteral("Nobody uses Cardinal with the address "
                                        "someone@example.org yet. Check it for typing mistakes, "
                                        "or ask them to install Cardinal and register."));
        QTRY_VERIFY(dialog.height() > before);
        QTRY_VERIFY(error->height() >= error->heightForWidth(error->width()));
    }

    void composerSendsOnEnterOnly()
    {
        ui::Composer composer;
        auto *edit = composer.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
        auto *send = composer.findChild<QToolButton *>(QStringLiteral("sendButton"));
        QVERIFY(edit && send);
        QCOMPARE(edit->placeholderText(), QStringLiteral("Write a message…"));
        composer.show();
        QVERIFY(QTest::qWaitForWindowExposed(&composer));
        QSignalSpy sent(&composer, &ui::Composer::sendRequested);
        const int oneLine = edit->height();

        composer.focusEditor();
        QTest::keyClicks(edit, QStringLiteral("first line"));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClicks(edit, QStringLiteral("second line"));
        QCOMPARE(sent.size(), 0);
        QVERIFY(edit->height() > oneLine); // grew to two lines
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QCOMPARE(sent.first().at(0).toString(), QStringLiteral("first line\nsecond line"));
        QVERIFY(edit->toPlainText().isEmpty());
        QCOMPARE(edit->height(), oneLine);

        // White space only: nothing is sent, and the button stays disabled.
        QTest::keyClicks(edit, QStringLiteral("   "));
        QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(sent.size(), 1);
        QVERIFY(!send->isEnabled());

        // Never taller than six lines.
        edit->clear();
        for (int i = 0; i < 12; ++i) {
            QTest::keyClicks(edit, QStringLiteral("line"));
            QTest::keyClick(edit, Qt::Key_Return, Qt::ShiftModifier);
        }
        const int tallest = edit->height();
        QTest::keyClicks(edit, QStringLiteral("one more"));
        QCOMPARE(edit->height(), tallest);
        QVERIFY(send->isEnabled());
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(sent.size(), 2);

        auto *notice = composer.findChild<QLabel *>(QStringLiteral("composerNotice"));
        QVERIFY(notice);
        QVERIFY(!notice->isVisible());
        composer.setNotice(QStringLiteral("Messages are held"));
        QVERIFY(notice->isVisible());
        composer.setNotice({});
        QVERIFY(!notice->isVisible());
    }
    // Runs last: it points the shared profile at a server that is not there.
    void offlineSaysWhy()
    {
        const quint16 closed = closedLoopbackPort();
        QVERIFY(closed != 0);
        QVERIFY_OK(m_messenger->setServer(QUrl(QStringLiteral("ws://127.0.0.1:%1").arg(closed))));
        ui::ConnectionIndicator indicator(*m_messenger);
        indicator.show();
        auto *label = indicator.findChild<QLabel *>(QStringLiteral("connectionStateLabel"));
        QVERIFY(label);
        m_messenger->connectToServer();
        QTRY_VERIFY_WITH_TIMEOUT(label->text().contains(QStringLiteral("refused")), 15'000);
        QCOMPARE(label->text(), QStringLiteral("Offline: The server refused the connection."));
        QVERIFY2(label->toolTip().contains(QStringLiteral("127.0.0.1:%1").arg(closed)),
                 qPrintable(label->toolTip()));
        m_messenger->disconnectFromServer();
    }
};

QTEST_MAIN(TestGuiConversationWidgets)
#include "tst_gui_conversation_widgets.moc"
