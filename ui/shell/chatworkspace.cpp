// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/chatworkspace.h"

#include "client/ktexport.h"
#include "ui/shell/transparencyalertbanner.h"

#include "client/messenger.h"
#include "ui/conversation/conversationlistpane.h"
#include "ui/dialogs/accountdialog.h"
#include "ui/dialogs/newchatdialog.h"
#include "ui/dialogs/newgroupdialog.h"
#include "ui/dialogs/shortcutsdialog.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/elidedlabel.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/icons.h"
#include "ui/shell/chatpane.h"
#include "ui/shell/connectionindicator.h"

#include <QAction>
#include <QCoreApplication>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QLabel>
#include <QMenu>
#include <QMessageBox>
#include <QSplitter>
#include <QToolButton>
#include <QDir>
#include <QFile>
#include <QFileDialog>
#include <QVBoxLayout>

namespace cardinal::ui {

Q_LOGGING_CATEGORY(lcWorkspace, "cardinal.ui.workspace")

namespace {

constexpr int SidebarWidth = 320;

QToolButton *toolButton(QWidget *parent, const QString &objectName, QStringView icon,
                        const QString &tip)
{
    auto *button = new QToolButton(parent);
    button->setObjectName(objectName);
    button->setIcon(Icons::icon(icon));
    button->setIconSize(QSize(20, 20));
    button->setAutoRaise(true);
    button->setToolTip(tip);
    button->setAccessibleName(tip);
    return button;
}

} // namespace

ChatWorkspace::ChatWorkspace(client::Messenger &messenger, AppSettings &settings, QWidget *parent)
    : QWidget(parent)
    , m_messenger(messenger)
    , m_settings(settings)
    , m_splitter(new QSplitter(Qt::Horizontal, this))
    , m_list(new ConversationListPane(this))
    , m_chat(new ChatPane(messenger, this))
    , m_alert(new TransparencyAlertBanner(this))
{
    setObjectName(QStringLiteral("chatWorkspace"));
    buildActions();
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(buildSidebar());
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({SidebarWidth, 700});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(m_splitter->saveState()); });

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addWidget(m_alert);
    layout->addWidget(m_splitter, 1);
    connect(&m_messenger, &client::Messenger::transparencyAlert, this,
            &ChatWorkspace::refreshAlerts);
    connect(m_alert, &TransparencyAlertBanner::exportRequested, this,
            &ChatWorkspace::exportEvidence);
    connect(m_alert, &TransparencyAlertBanner::dismissRequested, this,
            [this](const QList<qint64> &ids) {
                for (const qint64 id : ids)
                    (void)m_messenger.acknowledgeAlert(id);
                refreshAlerts();
            });
    refreshAlerts();

    m_list->setMessenger(&m_messenger);
    connect(m_list, &ConversationListPane::conversationSelected, this,
            &ChatWorkspace::openConversation);
    connect(m_list, &ConversationListPane::unreadCountChanged, this,
            &ChatWorkspace::unreadCountChanged);
    connect(m_list, &ConversationListPane::conversationActivated, m_chat, &ChatPane::focusComposer);

}

void ChatWorkspace::refreshAlerts()
{
    const auto status = m_messenger.transparencyStatus();
    m_alert->setAlerts(status ? status->evidence : QList<client::KtEvidence>());
}

void ChatWorkspace::exportEvidence()
{
    const auto status = m_messenger.transparencyStatus();
    if (!status)
        return;
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export evidence"),
        QDir::home().filePath(QStringLiteral("cardinal-evidence.json")),
        tr("JSON (*.json)"));
    if (path.isEmpty())
        return;
    QFile file(path);
    const QByteArray bytes = client::evidenceDocument(status->origin, status->evidence);
    if (!file.open(QIODevice::WriteOnly | QIODevice::Truncate) || file.write(bytes) != bytes.size())
        QMessageBox::warning(this, tr("Export evidence"),
                             tr("Cannot write %1: %2").arg(path, file.errorString()));
}

ChatWorkspace::~ChatWorkspace()
{
    // The list and the timeline watch the messenger: detach them before it can go away.
    m_list->setMessenger(nullptr);
}

QAction *ChatWorkspace::addShortcut(const QString &text, const QKeySequence &keys,
                                    std::function<void()> slot, QStringView icon)
{
    auto *action = new QAction(text, this);
    if (!icon.isEmpty())
        action->setIcon(Icons::icon(icon));
    action->setShortcut(keys);
    // Window-wide: right after unlocking the focus may be on no widget of ours at all.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, std::move(slot));
    addAction(action);
    return action;
}

void ChatWorkspace::buildActions()
{
    addShortcut(tr("New chat"), QKeySequence(Qt::CTRL | Qt::Key_N), [this] { newChat(); });
    addShortcut(tr("New group"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                [this] { newGroup(); });
    addShortcut(tr("Search conversations"), QKeySequence(Qt::CTRL | Qt::Key_F),
                [this] { m_list->focusFilter(); });
    m_account = addShortcut(tr("&Account and devices…"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                            [this] { openAccount(); }, u"account");
    m_settingsAction = addShortcut(tr("&Settings…"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                                   [this] { openSettings(); }, u"settings");
    m_shortcuts = addShortcut(tr("&Keyboard shortcuts"), QKeySequence(Qt::Key_F1),
                              [this] { showShortcuts(); });
    m_about = addShortcut(tr("A&bout Cardinal"), QKeySequence(), [this] { showAbout(); });
    m_lock = addShortcut(tr("&Lock"), QKeySequence(Qt::CTRL | Qt::Key_L),
                         [this] { Q_EMIT lockRequested(); }, u"lock");
    m_quit = addShortcut(tr("&Quit"), QKeySequence(Qt::CTRL | Qt::Key_Q),
                         [this] { Q_EMIT quitRequested(); }, u"logout");
}

void ChatWorkspace::showShortcuts()
{
    ShortcutsDialog dialog(actions(), this);
    dialog.exec();
}

void ChatWorkspace::showAbout()
{
    QMessageBox about(this);
    about.setObjectName(QStringLiteral("aboutDialog"));
    about.setWindowTitle(tr("About Cardinal"));
    about.setIconPixmap(Icons::appIcon().pixmap(64, 64));
    about.setText(tr("Cardinal %1").arg(QCoreApplication::applicationVersion()));
    about.setInformativeText(
        tr("An end-to-end encrypted messenger. Messages are encrypted on this computer for "
           "each device of the people in a conversation; the server passes them on without "
           "being able to read them.\n\nFree software under the GNU General Public License, "
           "version 3 or later."));
    about.exec();
}

QWidget *ChatWorkspace::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setMinimumWidth(240);

    const QString identity = m_messenger.identity();
    auto *avatar = new QLabel(sidebar);
    avatar->setPixmap(NameStyle::avatar(identity, 32, devicePixelRatioF()));
    auto *name = new ElidedLabel(identity, sidebar);
    name->setObjectName(QStringLiteral("ownIdentityLabel"));
    QFont bold = name->font();
    bold.setBold(true);
    name->setFont(bold);

    QToolButton *newChat = toolButton(sidebar, QStringLiteral("newChatButton"), u"new-chat",
                                      tr("New chat (Ctrl+N)"));
    QToolButton *newGroup = toolButton(sidebar, QStringLiteral("newGroupButton"), u"new-group",
                                       tr("New group (Ctrl+Shift+N)"));
    QToolButton *menuButton = toolButton(sidebar, QStringLiteral("mainMenuButton"), u"menu",
                                         tr("Menu"));
    menuButton->setPopupMode(QToolButton::InstantPopup);
    auto *menu = new QMenu(menuButton);
    menu->setObjectName(QStringLiteral("mainMenu"));
    // The window's own actions: one shortcut each, shown next to the entry.
    menu->addAction(m_account);
    menu->addAction(m_settingsAction);
    menu->addSeparator();
    menu->addAction(m_shortcuts);
    menu->addAction(m_about);
    menu->addSeparator();
    menu->addAction(m_lock);
    menu->addAction(m_quit);
    menuButton->setMenu(menu);
    connect(newChat, &QToolButton::clicked, this, &ChatWorkspace::newChat);
    connect(newGroup, &QToolButton::clicked, this, &ChatWorkspace::newGroup);

    auto *top = new QHBoxLayout;
    top->setContentsMargins(12, 8, 6, 8);
    top->setSpacing(6);
    top->addWidget(avatar);
    top->addSpacing(4);
    top->addWidget(name, 1);
    top->addWidget(newChat);
    top->addWidget(newGroup);
    top->addWidget(menuButton);

    auto *column = new QVBoxLayout(sidebar);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addLayout(top);
    column->addWidget(m_list, 1);
    column->addWidget(new ConnectionIndicator(m_messenger, sidebar));
    return sidebar;
}

void ChatWorkspace::openConversation(const client::ConversationRef &ref)
{
    m_chat->openConversation(ref);
    if (m_list->current() != ref)
        m_list->select(ref);
}

void ChatWorkspace::resume()
{
    if (!m_chat->conversation()) {
        auto last = m_messenger.lastOpened();
        if (last && *last)
            openConversation(**last);
    }
    if (m_chat->conversation())
        m_chat->focusComposer();
    else
        m_list->focusList();
}

int ChatWorkspace::unreadCount() const
{
    return m_list->unreadCount();
}

std::optional<client::ConversationRef> ChatWorkspace::currentConversation() const
{
    return m_chat->conversation();
}

void ChatWorkspace::newChat()
{
    NewChatDialog dialog(m_messenger, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    // Listed at once, before its first message, so that it is there to come back to.
    const auto ref = client::ConversationRef::direct(dialog.identity());
    if (auto started = m_messenger.startConversation(ref); !started)
        qCWarning(lcWorkspace) << "cannot list the new chat:" << started.error().message();
    openConversation(ref);
    m_chat->focusComposer();
}

void ChatWorkspace::newGroup()
{
    NewGroupDialog dialog(m_messenger, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_list->refresh();
    openConversation(client::ConversationRef::group(dialog.groupId()));
    m_chat->focusComposer();
}

void ChatWorkspace::openAccount()
{
    AccountDialog dialog(m_messenger, this);
    dialog.exec();
}

void ChatWorkspace::openSettings()
{
    Q_EMIT settingsRequested();
}

} // namespace cardinal::ui
