// SPDX-License-Identifier: GPL-3.0-or-later
// The new-chat, new-group, group-members, account and settings dialogs, driven offscreen
// by their objectNames against the real server; cardinal-cli is the other side (bob, a
// restored second device) and checks what the dialogs produced (an exported card).
#include "client/messenger.h"
#include "client/profile.h"
#include "clitesting.h"
#include "resultchecks.h"
#include "serverprocess.h"
#include "ui/dialogs/accountdialog.h"
#include "ui/dialogs/groupmembersdialog.h"
#include "ui/dialogs/newchatdialog.h"
#include "ui/dialogs/newgroupdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/kit/autostart.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/passphrasefields.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QFileDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QFileInfo>
#include <QTest>
#include <QTimer>

using namespace cardinal;
using namespace cardinal::client;
using namespace cardinal::testing;
using namespace cardinal::ui;

namespace {
const QString Alice = QStringLiteral("alice");
const QString Bob = QStringLiteral("bob");
const QString Carol = QStringLiteral("carol");
const QString Dave = QStringLiteral("dave");
const QString Laptop = QStringLiteral("alice-laptop");
constexpr int NetworkTimeoutMs = 30'000;
constexpr int ReconnectTimeoutMs = 60'000; // the link's backoff is capped at 30 s

crypto::SecureBuffer pass(const char *text)
{
    return crypto::SecureBuffer::fromByteArray(QByteArrayView(text));
}

template<typename T> T *child(QObject &parent, const char *name)
{
    return parent.findChild<T *>(QString::fromLatin1(name));
}

QStringList memberIdentities(const QListWidget &list)
{
    QStringList out;
    for (int i = 0; i < list.count(); ++i)
        out.append(list.item(i)->data(Qt::UserRole).toString());
    return out;
}

//! Waits for a Done callback's result; an answer after the wait is dropped with its context.
template<typename T>
std::optional<Result<T>> await(const std::function<void(QObject *, Messenger::Done<T>)> &call)
{
    std::optional<Result<T>> out;
    QObject context;
    call(&context, [&out](Result<T> result) { out = std::move(result); });
    // The caller checks the result: nothing means the wait timed out.
    [[maybe_unused]] const bool arrived =
        QTest::qWaitFor([&] { return out.has_value(); }, NetworkTimeoutMs);
    return out;
}
} // namespace

class TestGuiDialogs : public QObject
{
    Q_OBJECT

private:
    ServerProcess m_server{QStringLiteral(CARDINAL_SERVER_PATH)};
    CliUsers m_users;
    QTemporaryDir m_files;
    std::unique_ptr<Messenger> m_alice;
    QByteArray m_groupId;

    std::unique_ptr<Messenger> open(const QString &name,
                                    const char *passphrase = CliUsers::Passphrase)
    {
        auto opened = Messenger::open(m_users.profileDir(name), pass(passphrase));
        if (!opened)
            return {};
        (*opened)->connectToServer();
        return std::move(*opened);
    }

    QList<GroupInfo> groupsOf(Messenger &messenger)
    {
        const auto groups = await<QList<GroupInfo>>(
            [&](QObject *context, Messenger::Done<QList<GroupInfo>> done) {
                messenger.groups(context, done);
            });
        return groups && *groups ? **groups : QList<GroupInfo>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY(m_users.isValid());
        QVERIFY(m_files.isValid());
        QString error;
        QVERIFY2(m_users.startWithUsers(m_server, {Alice, Bob, Carol, Dave}, &error), qPrintable(error));
        m_alice = open(Alice);
        QVERIFY(m_alice);
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
    }

    void cleanupTestCase() { m_alice.reset(); }

    void passphraseFieldsRateAndMatch()
    {
        using Strength = PassphraseFields::Strength;
        QCOMPARE(PassphraseFields::rate(QStringLiteral("short")), Strength::TooShort);
        QCOMPARE(PassphraseFields::rate(QStringLiteral("aaaaaaaaaaaaaaaa")), Strength::Weak);
        QCOMPARE(PassphraseFields::rate(QStringLiteral("password")), Strength::Weak);
        QCOMPARE(PassphraseFields::rate(QString::fromLatin1(CliUsers::Passphrase)),
                 Strength::Strong);

        PassphraseFields fields;
        QSignalSpy changed(&fields, &PassphraseFields::changed);
        auto *first = child<QLineEdit>(fields, "passphraseEdit");
        auto *second = child<QLineEdit>(fields, "passphraseConfirmEdit");
        auto *hint = child<QLabel>(fields, "passphraseStrength");
        QVERIFY(first && second && hint);
        QCOMPARE(first->echoMode(), QLineEdit::Password);
        QTest::keyClicks(first, QStringLiteral("short"));
        QVERIFY(hint->text().contains(QStringLiteral("Too short")));
        QVERIFY(!fields.isAcceptable());
        first->setText(QStringLiteral("tulip anchor violet"));
        second->setText(QStringLiteral("tulip anchor viole"));
        QVERIFY(!fields.isAcceptable());
        QVERIFY(!child<QLabel>(fields, "passphraseMismatch")->isHidden());
        second->setText(QStringLiteral("tulip anchor violet"));
        QVERIFY(fields.isAcceptable());
        QVERIFY(changed.size() >= 4);
        QVERIFY(fields.passphrase() == pass("tulip anchor violet"));
        fields.clear();
        QVERIFY(!fields.isAcceptable());
    }

    void newChatExplainsAnUnknownAddress()
    {
        NewChatDialog dialog(*m_alice);
        auto *edit = child<QLineEdit>(dialog, "newChatIdentity");
        auto *start = child<QPushButton>(dialog, "startChatButton");
        auto *error = child<QLabel>(dialog, "newChatError");
        auto *busy = child<QProgressBar>(dialog, "newChatBusy");
        QVERIFY(edit && start && error && busy);
        QVERIFY(!start->isEnabled());

        QTest::keyClicks(edit, QStringLiteral("nobody@example.org"));
        QVERIFY(start->isEnabled());
        QTest::mouseClick(start, Qt::LeftButton);
        QVERIFY(!busy->isHidden());
        QVERIFY(!start->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), NetworkTimeoutMs);
        QCOMPARE(error->text(),
                 QStringLiteral("Nobody uses Cardinal with nobody@example.org yet."));
        QVERIFY(busy->isHidden());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        edit->setText(QStringLiteral(" Bob@Example.org "));
        QVERIFY(error->isHidden());
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(start, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, NetworkTimeoutMs);
        QCOMPARE(dialog.identity(), CliUsers::identity(Bob));
    }

    void newGroupIsCreated()
    {
        NewGroupDialog dialog(*m_alice);
        auto *name = child<QLineEdit>(dialog, "groupNameEdit");
        auto *members = child<QListWidget>(dialog, "groupMembersList");
        auto *add = child<QLineEdit>(dialog, "groupAddMemberEdit");
        auto *create = child<QPushButton>(dialog, "createGroupButton");
        QVERIFY(name && members && add && create);
        // bob is known from the new chat; tick him.
        QVERIFY(memberIdentities(*members).contains(CliUsers::identity(Bob)));
        QVERIFY(!create->isEnabled());
        for (int i = 0; i < members->count(); ++i)
            if (members->item(i)->data(Qt::UserRole).toString() == CliUsers::identity(Bob))
                members->item(i)->setCheckState(Qt::Checked);

        // A typo is explained and creates nothing.
        QTest::keyClicks(name, QStringLiteral("Book club"));
        add->setText(QStringLiteral("nobody@example.org"));
        QTest::mouseClick(create, Qt::LeftButton);
        auto *error = child<QLabel>(dialog, "newGroupError");
        QTRY_VERIFY_WITH_TIMEOUT(!error->isHidden(), NetworkTimeoutMs);
        QVERIFY(error->text().contains(QStringLiteral("nobody@example.org")));
        QCOMPARE(dialog.result(), int(QDialog::Rejected));

        // carol, typed, is looked up and added along.
        add->setText(QStringLiteral("carol@example.org"));
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        QTest::mouseClick(create, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, NetworkTimeoutMs);
        m_groupId = dialog.groupId();
        QVERIFY(!m_groupId.isEmpty());
        QCOMPARE(dialog.checkedMembers(),
                 (QStringList{CliUsers::identity(Bob), CliUsers::identity(Carol)}));

        // The server has it, and bob (as a member) sees it.
        std::unique_ptr<Messenger> bob = open(Bob);
        QVERIFY(bob);
        QTRY_COMPARE_WITH_TIMEOUT(bob->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
        const QList<GroupInfo> groups = groupsOf(*bob);
        const auto found = std::find_if(groups.cbegin(), groups.cend(),
                                        [&](const GroupInfo &g) { return g.id == m_groupId; });
        QVERIFY(found != groups.cend());
        QCOMPARE(found->name, QStringLiteral("Book club"));
        QCOMPARE(found->owner, CliUsers::identity(Alice));
        QVERIFY(found->members.contains(CliUsers::identity(Bob)));
        QVERIFY(found->members.contains(CliUsers::identity(Carol)));
    }

    void ownerChangesMembers()
    {
        QVERIFY(!m_groupId.isEmpty());
        GroupMembersDialog dialog(*m_alice, m_groupId);
        QSignalSpy loaded(&dialog, &GroupMembersDialog::membersLoaded);
        QVERIFY(loaded.wait(NetworkTimeoutMs));
        auto *list = child<QListWidget>(dialog, "groupMembersList");
        auto *edit = child<QLineEdit>(dialog, "addMemberEdit");
        auto *add = child<QPushButton>(dialog, "addMemberButton");
        auto *remove = child<QPushButton>(dialog, "removeMemberButton");
        QVERIFY(list && edit && add && remove);
        QVERIFY(dialog.isOwner());
        QVERIFY(!edit->isHidden());
        QVERIFY(child<QLabel>(dialog, "groupMembersNote")->isHidden());
        QVERIFY(memberIdentities(*list).contains(CliUsers::identity(Carol)));
        const int ownerRow = int(memberIdentities(*list).indexOf(CliUsers::identity(Alice)));
        QVERIFY(ownerRow >= 0);
        QVERIFY(list->item(ownerRow)->text().contains(QStringLiteral("owner")));

        // The owner cannot be removed; carol can.
        list->setCurrentRow(ownerRow);
        QVERIFY(!remove->isEnabled());
        list->setCurrentRow(int(memberIdentities(*list).indexOf(CliUsers::identity(Carol))));
        QVERIFY(remove->isEnabled());
        QTest::mouseClick(remove, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!memberIdentities(*list).contains(CliUsers::identity(Carol)),
                                 NetworkTimeoutMs);

        QTest::keyClicks(edit, CliUsers::identity(Dave));
        QTest::mouseClick(add, Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(memberIdentities(*list).contains(CliUsers::identity(Dave)),
                                 NetworkTimeoutMs);
        QVERIFY(edit->text().isEmpty());

        for (const GroupInfo &group : groupsOf(*m_alice)) {
            if (group.id == m_groupId) {
                QVERIFY(!group.members.contains(CliUsers::identity(Carol)));
                QVERIFY(group.members.contains(CliUsers::identity(Dave)));
            }
        }

        // Every row carries its member's trust, the same way (an icon and words).
        for (int row = 0; row < list->count(); ++row) {
            QVERIFY(!list->item(row)->icon().isNull());
            if (list->item(row)->data(Qt::UserRole).toString() != CliUsers::identity(Alice))
                QVERIFY2(list->item(row)->text().contains(QStringLiteral("Unverified")) ||
                             list->item(row)->text().contains(QStringLiteral("Verified")),
                         qPrintable(list->item(row)->text()));
        }
        QCOMPARE(list->visualItemRect(list->item(0)).height(),
                 list->visualItemRect(list->item(list->count() - 1)).height());

        // The owner renames it; everyone's list follows.
        auto *name = child<QLineEdit>(dialog, "groupNameEdit");
        auto *rename = child<QPushButton>(dialog, "renameGroupButton");
        QCOMPARE(name->text(), QStringLiteral("Book club"));
        QVERIFY(!name->isReadOnly());
        name->setText(QStringLiteral("Reading circle"));
        QVERIFY(rename->isEnabled());
        QTest::mouseClick(rename, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.group().name, QStringLiteral("Reading circle"),
                                  NetworkTimeoutMs);
        QVERIFY(child<QPushButton>(dialog, "leaveGroupButton")->isHidden()); // owners stay
    }

    void othersSeeMembersReadOnly()
    {
        std::unique_ptr<Messenger> bob = open(Bob);
        QVERIFY(bob);
        QTRY_COMPARE_WITH_TIMEOUT(bob->connectionState(), Connection::State::Online,
                                  NetworkTimeoutMs);
        GroupMembersDialog dialog(*bob, m_groupId);
        QSignalSpy loaded(&dialog, &GroupMembersDialog::membersLoaded);
        QVERIFY(loaded.wait(NetworkTimeoutMs));
        QVERIFY(!dialog.isOwner());
        QVERIFY(child<QLineEdit>(dialog, "addMemberEdit")->isHidden());
        QVERIFY(child<QPushButton>(dialog, "removeMemberButton")->isHidden());
        auto *note = child<QLabel>(dialog, "groupMembersNote");
        QVERIFY(!note->isHidden());
        QVERIFY(note->text().contains(CliUsers::identity(Alice)));
        QVERIFY(memberIdentities(*child<QListWidget>(dialog, "groupMembersList"))
                    .contains(CliUsers::identity(Bob)));
        QCOMPARE(dialog.group().name, QStringLiteral("Reading circle"));
        QVERIFY(child<QLineEdit>(dialog, "groupNameEdit")->isReadOnly());
        QVERIFY(child<QPushButton>(dialog, "renameGroupButton")->isHidden());

        // Bob leaves (after saying yes); the group is gone from his list, not from alice's.
        auto *leave = child<QPushButton>(dialog, "leaveGroupButton");
        QVERIFY(!leave->isHidden());
        QTimer::singleShot(0, &dialog, [] {
            if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget()))
                box->button(QMessageBox::Yes)->click();
        });
        QTest::mouseClick(leave, Qt::LeftButton);
        QTRY_COMPARE_WITH_TIMEOUT(dialog.result(), int(QDialog::Accepted), NetworkTimeoutMs);
        const QList<GroupInfo> bobsGroups = groupsOf(*bob);
        QVERIFY(std::none_of(bobsGroups.cbegin(), bobsGroups.cend(),
                             [&](const GroupInfo &g) { return g.id == m_groupId; }));
        bool stillListed = false;
        for (const GroupInfo &group : groupsOf(*m_alice))
            stillListed = stillListed || (group.id == m_groupId &&
                                          !group.members.contains(CliUsers::identity(Bob)));
        QVERIFY(stillListed);
    }

    void accountShowsAndExportsTheCard()
    {
        AccountDialog dialog(*m_alice);
        QSignalSpy loaded(&dialog, &AccountDialog::devicesLoaded);
        QCOMPARE(child<QLabel>(dialog, "accountIdentity")->text(), CliUsers::identity(Alice));
        QCOMPARE(child<QLabel>(dialog, "accountFingerprint")->text(),
                 m_alice->identityFingerprint());
        QVERIFY(child<QLabel>(dialog, "accountDevice")->text().contains(QStringLiteral("desk")));
        QVERIFY(loaded.wait(NetworkTimeoutMs));
        QCOMPARE(child<QWidget>(dialog, "devicesList")
                     ->findChildren<QWidget *>(QStringLiteral("deviceRow"))
                     .size(),
                 1);
        QVERIFY(!child<QPushButton>(dialog, "revokeDeviceButton"));

        // Export through the file dialog.
        const QString path = m_files.filePath(QStringLiteral("alice.card"));
        QTest::mouseClick(child<QPushButton>(dialog, "exportCardButton"), Qt::LeftButton);
        QFileDialog *files = nullptr;
        QTRY_VERIFY((files = child<QFileDialog>(dialog, "exportCardFileDialog")) != nullptr);
        files->selectFile(path);
        static_cast<QDialog *>(files)->accept(); // QFileDialog::accept() is protected
        QTRY_VERIFY(QFile::exists(path));
        QVERIFY(!child<QLabel>(dialog, "accountStatus")->isHidden());

        // bob's CLI accepts it and computes the safety number alice's app shows for bob.
        const CliRun number =
            m_users.run(Bob, {QStringLiteral("safety-number"), QStringLiteral("--card"), path});
        QVERIFY_CLI_OK(number);
        const auto expected = m_alice->safetyNumber(CliUsers::identity(Bob));
        QVERIFY_OK(expected);
        QCOMPARE(QString::fromUtf8(number.out).trimmed(), expected->displayText());
    }

    void accountBacksUpAndRevokesADevice()
    {
        {
            AccountDialog dialog(*m_alice);
            QTest::mouseClick(child<QPushButton>(dialog, "backupKeyButton"), Qt::LeftButton);
            QDialog *backup = nullptr;
            QTRY_VERIFY((backup = child<QDialog>(dialog, "backupDialog")) != nullptr);
            auto *upload = child<QPushButton>(*backup, "backupUploadButton");
            QVERIFY(!upload->isEnabled());
            // The CLI's restore opens the backup with the profile passphrase.
            const QString backupPassphrase = QString::fromLatin1(CliUsers::Passphrase);
            child<QLineEdit>(*backup, "passphraseEdit")->setText(backupPassphrase);
            QVERIFY(!upload->isEnabled());
            child<QLineEdit>(*backup, "passphraseConfirmEdit")->setText(backupPassphrase);
            QVERIFY(upload->isEnabled());
            QSignalSpy accepted(backup, &QDialog::accepted);
            QTest::mouseClick(upload, Qt::LeftButton);
            QTRY_COMPARE_WITH_TIMEOUT(accepted.size(), 1, NetworkTimeoutMs);
            QVERIFY(!child<QLabel>(dialog, "accountStatus")->isHidden());
        }

        // A second device from that backup. Code requests are rate-limited per identity
        // in the server's memory: a restart is quicker than waiting after registration.
        QVERIFY2(m_server.restart(), qPrintable(m_server.lastError()));
        QString error;
        QVERIFY2(m_users.restoreDevice(m_server, Laptop, Alice, &error), qPrintable(error));
        QVERIFY_CLI_OK(m_users.run(Laptop, {QStringLiteral("devices")})); // joins the card
        QTRY_COMPARE_WITH_TIMEOUT(m_alice->connectionState(), Connection::State::Online,
                                  ReconnectTimeoutMs);

        AccountDialog dialog(*m_alice);
        QSignalSpy loaded(&dialog, &AccountDialog::devicesLoaded);
        QVERIFY(loaded.wait(NetworkTimeoutMs));
        auto *devices = child<QWidget>(dialog, "devicesList");
        QCOMPARE(devices->findChildren<QWidget *>(QStringLiteral("deviceRow")).size(), 2);
        const QList<QPushButton *> revokeButtons =
            devices->findChildren<QPushButton *>(QStringLiteral("revokeDeviceButton"));
        QCOMPARE(revokeButtons.size(), 1); // never this device

        QTest::mouseClick(revokeButtons.first(), Qt::LeftButton);
        QMessageBox *confirm = nullptr;
        QTRY_VERIFY((confirm = child<QMessageBox>(dialog, "revokeConfirm")) != nullptr);
        QTest::mouseClick(child<QPushButton>(*confirm, "revokeConfirmButton"), Qt::LeftButton);
        QVERIFY(loaded.wait(NetworkTimeoutMs));
        QCOMPARE(devices->findChildren<QWidget *>(QStringLiteral("deviceRow")).size(), 1);
        QVERIFY(!devices->findChild<QPushButton *>(QStringLiteral("revokeDeviceButton")));
    }

    void settingsAreWritten()
    {
        QTemporaryDir dir;
        {
            AppSettings settings(dir.path());
            SettingsDialog dialog(settings, m_alice.get());
            QSignalSpy language(&dialog, &SettingsDialog::languageChanged);
            auto *server = child<QLineEdit>(dialog, "serverUrlEdit");
            QCOMPARE(server->text(), m_alice->server().toString());
            QVERIFY(server->isReadOnly()); // registered: no moving
            QVERIFY(child<QPushButton>(dialog, "applyServerButton")->isHidden());
            QVERIFY(!child<QLabel>(dialog, "serverNote")->text().isEmpty());

            auto *notifications = child<QCheckBox>(dialog, "notificationsCheck");
            auto *text = child<QCheckBox>(dialog, "notificationTextCheck");
            QCOMPARE(notifications->isChecked(), settings.notificationsEnabled());
            text->setChecked(!settings.notificationShowsText());
            const bool showsText = text->isChecked();
            notifications->setChecked(false);
            QVERIFY(!text->isEnabled());
            child<QSpinBox>(dialog, "autoLockSpin")->setValue(0);
            auto *combo = child<QComboBox>(dialog, "languageCombo");
            QCOMPARE(combo->count(), 4);
            QCOMPARE(combo->itemText(2), QStringLiteral("Русский"));
            combo->setCurrentIndex(combo->findData(QStringLiteral("de")));
            QCOMPARE(combo->currentText(), QStringLiteral("Deutsch"));
            QCOMPARE(language.size(), 1);
            QCOMPARE(language.first().first().toString(), QStringLiteral("de"));

            // Theme, closing to the tray, starting at login (in a config home of our own).
            auto *theme = child<QComboBox>(dialog, "themeCombo");
            QSignalSpy themed(&dialog, &SettingsDialog::themeChanged);
            theme->setCurrentIndex(theme->findData(QStringLiteral("dark")));
            QCOMPARE(themed.size(), 1);
            QCOMPARE(themed.first().first().toString(), QStringLiteral("dark"));
            auto *tray = child<QCheckBox>(dialog, "closeToTrayCheck");
            QVERIFY(tray->isChecked());
            tray->setChecked(false);
            const QByteArray oldConfig = qgetenv("XDG_CONFIG_HOME");
            qputenv("XDG_CONFIG_HOME", dir.filePath(QStringLiteral("config")).toUtf8());
            auto *autostart = child<QCheckBox>(dialog, "autostartCheck");
            QVERIFY(!autostart->isChecked());
            autostart->setChecked(true);
            QFile entry(dir.filePath(QStringLiteral("config/autostart/")) +
                        QFileInfo(Autostart::entryPath()).fileName());
            QVERIFY2(entry.open(QIODevice::ReadOnly), qPrintable(entry.fileName()));
            const QByteArray desktop = entry.readAll();
            entry.close();
            QVERIFY(desktop.startsWith("[Desktop Entry]\n"));
            QVERIFY2(desktop.contains(QByteArray("--profile " + dir.path().toUtf8())), desktop.constData());
            QVERIFY(Autostart::isEnabled());
            autostart->setChecked(false);
            QVERIFY(!entry.exists());
            if (oldConfig.isNull())
                qunsetenv("XDG_CONFIG_HOME");
            else
                qputenv("XDG_CONFIG_HOME", oldConfig);
            // Registered: the address is text to read, not a field that refuses typing.
            QVERIFY(!server->hasFrame());

            AppSettings reread(dir.path());
            QCOMPARE(reread.theme(), QStringLiteral("dark"));
            QCOMPARE(reread.closeToTray(), false);
            QCOMPARE(reread.notificationsEnabled(), false);
            QCOMPARE(reread.notificationShowsText(), showsText);
            QCOMPARE(reread.autoLockMinutes(), 0);
            QCOMPARE(reread.language(), QStringLiteral("de"));
        }

        // An unregistered profile may still choose its server.
        const QString fresh = dir.filePath(QStringLiteral("fresh"));
        QVERIFY_OK(Profile::create(fresh,
                                   {QStringLiteral("erin@example.org"), QStringLiteral("desk"), 0},
                                   pass(CliUsers::Passphrase)));
        auto erin = Messenger::open(fresh, pass(CliUsers::Passphrase));
        QVERIFY_OK(erin);
        AppSettings settings(fresh);
        SettingsDialog dialog(settings, erin->get());
        auto *server = child<QLineEdit>(dialog, "serverUrlEdit");
        auto *apply = child<QPushButton>(dialog, "applyServerButton");
        QVERIFY(!server->isReadOnly());
        QVERIFY(!apply->isHidden());
        server->setText(QStringLiteral("not a server"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QVERIFY(!child<QLabel>(dialog, "settingsStatus")->isHidden());
        QVERIFY((*erin)->server().isEmpty());
        server->setText(QStringLiteral("ws://127.0.0.1:7999"));
        QTest::mouseClick(apply, Qt::LeftButton);
        QCOMPARE((*erin)->server(), QUrl(QStringLiteral("ws://127.0.0.1:7999")));
    }

    // Last: the CLI runs on alice's profile use the old passphrase.
    void changePassphraseReopensWithTheNewOne()
    {
        const char *newPassphrase = "a much newer passphrase";
        {
            AccountDialog dialog(*m_alice);
            QTest::mouseClick(child<QPushButton>(dialog, "changePassphraseButton"), Qt::LeftButton);
            QDialog *change = nullptr;
            QTRY_VERIFY((change = child<QDialog>(dialog, "changePassphraseDialog")) != nullptr);
            auto *current = child<QLineEdit>(*change, "currentPassphraseEdit");
            auto *apply = child<QPushButton>(*change, "changePassphraseApplyButton");
            auto *error = child<QLabel>(*change, "changePassphraseError");
            child<QLineEdit>(*change, "passphraseEdit")
                ->setText(QString::fromLatin1(newPassphrase));
            child<QLineEdit>(*change, "passphraseConfirmEdit")
                ->setText(QString::fromLatin1(newPassphrase));
            QVERIFY(!apply->isEnabled());
            current->setText(QStringLiteral("not the passphrase"));
            QVERIFY(apply->isEnabled());
            QTest::mouseClick(apply, Qt::LeftButton);
            QVERIFY(!error->isHidden());
            QCOMPARE(change->result(), int(QDialog::Rejected));

            current->setText(QString::fromLatin1(CliUsers::Passphrase));
            QSignalSpy accepted(change, &QDialog::accepted);
            QTest::mouseClick(apply, Qt::LeftButton);
            QCOMPARE(accepted.size(), 1);
        }
        m_alice.reset();
        QVERIFY_FAILS(Messenger::open(m_users.profileDir(Alice), pass(CliUsers::Passphrase)),
                      ErrorCode::WrongPassphrase);
        auto reopened = Messenger::open(m_users.profileDir(Alice), pass(newPassphrase));
        QVERIFY_OK(reopened);
        QCOMPARE((*reopened)->identity(), CliUsers::identity(Alice));
    }
};

QTEST_MAIN(TestGuiDialogs)
#include "tst_gui_dialogs.moc"
