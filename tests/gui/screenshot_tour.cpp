// SPDX-License-Identifier: GPL-3.0-or-later
// Makes the screenshots in docs/screenshots: a real server, real cardinal-cli users writing
// to alice, and the real app window on alice's profile. Not a test; run it through
// scripts/screenshots.sh, which runs it in an X server for each language:
//   screenshot_tour OUTDIR LANGUAGE [dark]
// Saves unlock-, main-, verify- and keychange-LANGUAGE[-dark].png.
#include "cardswap.h"
#include "clitesting.h"
#include "serverprocess.h"

#include "client/messenger.h"
#include "ui/dialogs/accountdialog.h"
#include "ui/dialogs/groupmembersdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/dialogs/verifydialog.h"
#include "ui/kit/appsettings.h"
#include "ui/conversation/conversationlistpane.h"
#include "ui/shell/appwindow.h"
#include "ui/shell/chatworkspace.h"
#include "ui/shell/colorscheme.h"

#include <QApplication>
#include <QDeadlineTimer>
#include <QDir>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace cardinal;
using namespace cardinal::testing;

namespace {

constexpr int WaitMs = 30'000;

struct Lines
{
    QStringList bobToAlice, aliceToBob, carolToAlice, groupName, groupLines, heldLine;
};

Lines linesFor(const QString &language)
{
    if (language == u"ru")
        return {{QStringLiteral("Привет! Ты уже поставила Cardinal?"),
                 QStringLiteral("Отлично. Сверим код безопасности при встрече?"),
                 QStringLiteral("Договорились. Возьму распечатку.")},
                {QStringLiteral("Да, только что. Работает быстро."),
                 QStringLiteral("Конечно, завтра в кафе в десять.")},
                {QStringLiteral("Черновик отчёта у тебя в почте.")},
                {QStringLiteral("Поход в выходные")},
                {QStringLiteral("Кто берёт палатку?"), QStringLiteral("Я возьму, и котелок тоже.")},
                {QStringLiteral("Увидимся завтра!")}};
    if (language == u"de")
        return {{QStringLiteral("Hallo! Hast du Cardinal schon installiert?"),
                 QStringLiteral("Super. Vergleichen wir die Sicherheitsnummer beim Treffen?"),
                 QStringLiteral("Abgemacht. Ich bringe sie ausgedruckt mit.")},
                {QStringLiteral("Ja, gerade eben. Läuft flott."),
                 QStringLiteral("Klar, morgen um zehn im Café.")},
                {QStringLiteral("Der Berichtsentwurf liegt in deinem Postfach.")},
                {QStringLiteral("Wanderung am Wochenende")},
                {QStringLiteral("Wer nimmt das Zelt?"), QStringLiteral("Ich, und den Kocher auch.")},
                {QStringLiteral("Bis morgen!")}};
    return {{QStringLiteral("Hi! Did you install Cardinal yet?"),
             QStringLiteral("Great. Shall we compare safety numbers when we meet?"),
             QStringLiteral("Deal. I'll bring mine printed out.")},
            {QStringLiteral("Yes, just now. It's quick."),
             QStringLiteral("Sure, tomorrow at the café at ten.")},
            {QStringLiteral("The draft report is in your inbox.")},
            {QStringLiteral("Weekend hike")},
            {QStringLiteral("Who brings the tent?"), QStringLiteral("I will, and the stove too.")},
            {QStringLiteral("See you tomorrow!")}};
}

bool check(bool ok, const char *what)
{
    if (!ok)
        qCritical("screenshot tour: %s", what);
    return ok;
}

bool send(const CliUsers &users, const QString &from, const QString &to, const QString &text)
{
    return users.run(from, {QStringLiteral("send"), QStringLiteral("--to"), CliUsers::identity(to), text})
               .exitCode == 0;
}

bool waitFor(const std::function<bool()> &condition)
{
    QDeadlineTimer deadline(WaitMs);
    while (!condition()) {
        if (deadline.hasExpired())
            return false;
        QTest::qWait(50);
    }
    return true;
}

bool save(QWidget *widget, const QString &path)
{
    QTest::qWait(400); // let the last layout and paint settle
    const bool saved = widget->grab().save(path);
    if (saved)
        qInfo("saved %s", qPrintable(path));
    return saved;
}

} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    const QStringList args = QApplication::arguments();
    if (args.size() < 3 || args.size() > 4 || (args.size() == 4 && args.at(3) != u"dark")) {
        qCritical("usage: screenshot_tour OUTDIR LANGUAGE [dark]");
        return 2;
    }
    const QString out = QDir(args.at(1)).absolutePath();
    const QString language = args.at(2);
    const bool dark = args.size() == 4;
    if (dark)
        qputenv("CARDINAL_COLOR_SCHEME", "dark");
    ui::ColorScheme scheme;
    scheme.apply();
    const QString suffix = language + (dark ? QStringLiteral("-dark.png") : QStringLiteral(".png"));
    const Lines lines = linesFor(language);
    QDir().mkpath(out);

    ServerProcess server(QStringLiteral(CARDINAL_SERVER_PATH));
    CliUsers users;
    if (!check(server.init() && server.start(), "server"))
        return 1;
    const QString alice = QStringLiteral("alice"), bob = QStringLiteral("bob"),
                  carol = QStringLiteral("carol");
    for (const QString &name : {alice, bob, carol}) {
        QString error;
        if (!check(users.registerUser(server, name, &error), qPrintable(error)))
            return 1;
    }
    bool ok = send(users, carol, alice, lines.carolToAlice.at(0));
    for (int i = 0; i < 2; ++i)
        ok = ok && send(users, bob, alice, lines.bobToAlice.at(i))
             && users.run(alice, {QStringLiteral("receive")}).exitCode == 0
             && send(users, alice, bob, lines.aliceToBob.at(i));
    const CliRun group = users.json(alice, {QStringLiteral("group"), QStringLiteral("create"),
                                            lines.groupName.at(0), QStringLiteral("--member"),
                                            CliUsers::identity(bob), QStringLiteral("--member"),
                                            CliUsers::identity(carol)});
    const QString groupId = group.json().isEmpty() ? QString() : field(group.json().last(), "id");
    ok = ok && !groupId.isEmpty()
         && users.run(bob, {QStringLiteral("send"), QStringLiteral("--group"), groupId,
                            lines.groupLines.at(0)}).exitCode == 0
         && users.run(carol, {QStringLiteral("send"), QStringLiteral("--group"), groupId,
                              lines.groupLines.at(1)}).exitCode == 0
         && send(users, bob, alice, lines.bobToAlice.at(2));
    if (!check(ok, "conversation set-up"))
        return 1;

    ui::AppSettings(users.profileDir(alice)).setLanguage(language);
    ui::AppWindow window(users.profileDir(alice), server.url());
    window.settings().setAutoLockMinutes(0);
    window.resize(1100, 700);
    window.start();
    window.show();
    if (!check(QTest::qWaitForWindowExposed(&window), "window shown"))
        return 1;
    auto *passphrase = window.findChild<QLineEdit *>(QStringLiteral("unlockPassphraseEdit"));
    if (!check(passphrase, "unlock screen"))
        return 1;
    save(&window, out + QStringLiteral("/unlock-") + suffix);
    QTest::keyClicks(passphrase, QString::fromLatin1(CliUsers::Passphrase));
    QTest::keyClick(passphrase, Qt::Key_Return);
    if (!check(waitFor([&] { return window.messenger() && window.messenger()->connectionState()
                                                               == client::Connection::State::Online; }),
               "online"))
        return 1;
    const auto withBob = client::ConversationRef::direct(CliUsers::identity(bob));
    if (!check(waitFor([&] {
                   auto newest = window.messenger()->messages(withBob, 5);
                   return newest && newest->size() >= 5;
               }),
               "messages"))
        return 1;
    // The first thing a person sees after unlocking, in a small window: nothing cut off.
    window.resize(800, 600);
    QTest::qWait(200);
    save(&window, out + QStringLiteral("/empty-") + suffix);
    window.resize(1100, 700);
    const auto inGroup = client::ConversationRef::group(QByteArray::fromHex(groupId.toLatin1()));
    (void)window.messenger()->saveDraft(inGroup, lines.aliceToBob.at(1));
    window.workspace()->openConversation(withBob);
    window.workspace()->conversationList()->refresh();
    QTest::qWait(200);
    save(&window, out + QStringLiteral("/main-") + suffix);

    {
        ui::SettingsDialog settings(window.settings(), window.messenger(), &window);
        settings.setNotificationNote(
            QCoreApplication::translate("cardinal::ui::AppWindow",
                                        "Notifications appear in your desktop's notification area."));
        settings.show();
        if (!check(QTest::qWaitForWindowExposed(&settings), "settings shown"))
            return 1;
        save(&settings, out + QStringLiteral("/settings-") + suffix);
    }

    {
        ui::GroupMembersDialog members(*window.messenger(), inGroup.groupId, &window);
        QSignalSpy loaded(&members, &ui::GroupMembersDialog::membersLoaded);
        members.show();
        if (!check(QTest::qWaitForWindowExposed(&members) && loaded.wait(WaitMs), "members dialog"))
            return 1;
        QTest::qWait(100);
        save(&members, out + QStringLiteral("/members-") + suffix);
    }

    {
        ui::VerifyDialog verify(*window.messenger(), CliUsers::identity(bob), &window);
        verify.show();
        if (!check(QTest::qWaitForWindowExposed(&verify), "verify dialog shown"))
            return 1;
        save(&verify, out + QStringLiteral("/verify-") + suffix);
    }

    {
        ui::AccountDialog account(*window.messenger(), &window);
        QSignalSpy loaded(&account, &ui::AccountDialog::devicesLoaded);
        account.show();
        if (!check(QTest::qWaitForWindowExposed(&account) && loaded.wait(WaitMs), "account dialog"))
            return 1;
        save(&account, out + QStringLiteral("/account-") + suffix);
    }

    if (!check(bool(window.messenger()->markVerified(CliUsers::identity(bob))), "verify"))
        return 1;
    SwappedCard newKey;
    QString error;
    if (!check(swapCard(server, CliUsers::identity(bob), newKey, &error), qPrintable(error)))
        return 1;
    waitFor([&] { return window.messenger()->connectionState() == client::Connection::State::Online; });
    auto *composer = window.findChild<QPlainTextEdit *>(QStringLiteral("composerEdit"));
    if (!check(composer, "composer"))
        return 1;
    // keyClicks cannot type Cyrillic; the text goes in directly, Enter sends it.
    composer->setPlainText(lines.heldLine.at(0));
    QTest::keyClick(composer, Qt::Key_Return);
    auto *banner = window.findChild<QWidget *>(QStringLiteral("keyChangeBanner"));
    if (!check(banner && waitFor([&] { return banner->isVisible(); }), "banner"))
        return 1;
    save(&window, out + QStringLiteral("/keychange-") + suffix);
    return 0;
}
