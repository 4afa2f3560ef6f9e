// SPDX-License-Identifier: GPL-3.0-or-later
// Counts in the app's words take the plural form their language wants: English "1 member",
// "2 members" (from its catalogue of plural forms: without one Qt says "1 members"),
// Russian one / few / many ("1 участник", "3 участника", "5 участников", and 21 like 1),
// German "1 Mitglied", "2 Mitglieder". Through Translations::apply(), as the app switches
// language, and the widgets and Wording that show the counts.
#include "common/error.h"
#include "ui/kit/wording.h"
#include "ui/shell/chatheader.h"
#include "ui/shell/translations.h"

#include <QLabel>
#include <QTest>

using namespace cardinal;
using cardinal::ui::ChatHeader;
using cardinal::ui::Wording;

namespace {

//! The line under a group's name for `count` members.
QString membersLine(int count)
{
    ChatHeader header;
    header.showGroup(QStringLiteral("Team"), count);
    auto *subtitle = header.findChild<QLabel *>(QStringLiteral("chatSubtitle"));
    return subtitle ? subtitle->text() : QStringLiteral("(no subtitle)");
}

//! What the app says to a wrong code when the server's detail counts `left` attempts.
QString wrongCode(int left)
{
    // The server's English detail, which the app reads the count from.
    const QString detail = left == 1 ? QStringLiteral("wrong code; 1 attempt left")
                                     : QStringLiteral("wrong code; %1 attempts left").arg(left);
    return Wording::error(Error{ErrorCode::InvalidCode, detail});
}

QString trayToolTip(int unread)
{
    return QCoreApplication::translate("cardinal::ui::TrayNotifier",
                                       "Cardinal — %n unread messages", nullptr, unread);
}

} // namespace

class TestGuiPlurals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void cleanup() { ui::Translations::apply(QStringLiteral("en")); }

    void english()
    {
        QCOMPARE(ui::Translations::apply(QStringLiteral("en")), QStringLiteral("en"));
        QCOMPARE(membersLine(1), QStringLiteral("1 member"));
        QCOMPARE(membersLine(2), QStringLiteral("2 members"));
        QCOMPARE(membersLine(21), QStringLiteral("21 members"));
        QCOMPARE(wrongCode(1), QStringLiteral("That code is not correct: 1 attempt left."));
        QCOMPARE(wrongCode(4), QStringLiteral("That code is not correct: 4 attempts left."));
        QCOMPARE(trayToolTip(1), QStringLiteral("Cardinal — 1 unread message"));
        QCOMPARE(trayToolTip(2), QStringLiteral("Cardinal — 2 unread messages"));
        // The catalogue holds the counted messages only: the rest stays the source text.
        QCOMPARE(membersLine(-1), QStringLiteral("Group"));
    }

    void russian()
    {
        QCOMPARE(ui::Translations::apply(QStringLiteral("ru")), QStringLiteral("ru"));
        QCOMPARE(membersLine(1), QStringLiteral("1 участник"));
        QCOMPARE(membersLine(3), QStringLiteral("3 участника"));
        QCOMPARE(membersLine(5), QStringLiteral("5 участников"));
        QCOMPARE(membersLine(11), QStringLiteral("11 участников"));
        QCOMPARE(membersLine(21), QStringLiteral("21 участник"));
        QCOMPARE(wrongCode(1), QStringLiteral("Код неверный: осталась 1 попытка."));
        QCOMPARE(wrongCode(3), QStringLiteral("Код неверный: осталось 3 попытки."));
        QCOMPARE(wrongCode(5), QStringLiteral("Код неверный: осталось 5 попыток."));
        QCOMPARE(trayToolTip(1), QStringLiteral("Cardinal — 1 непрочитанное сообщение"));
        QCOMPARE(trayToolTip(3), QStringLiteral("Cardinal — 3 непрочитанных сообщения"));
        QCOMPARE(trayToolTip(5), QStringLiteral("Cardinal — 5 непрочитанных сообщений"));
    }

    void german()
    {
        QCOMPARE(ui::Translations::apply(QStringLiteral("de")), QStringLiteral("de"));
        QCOMPARE(membersLine(1), QStringLiteral("1 Mitglied"));
        QCOMPARE(membersLine(2), QStringLiteral("2 Mitglieder"));
        QCOMPARE(wrongCode(1), QStringLiteral("Dieser Code ist falsch: noch 1 Versuch."));
        QCOMPARE(wrongCode(3), QStringLiteral("Dieser Code ist falsch: noch 3 Versuche."));
    }
};

QTEST_MAIN(TestGuiPlurals)
#include "tst_gui_plurals.moc"
