// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/chatworkspace.h"

#include "client/messenger.h"
#include "client/profile.h"
#include "ui/conversation/conversationlistpane.h"
#include "ui/dialogs/accountdialog.h"
#include "ui/dialogs/newchatdialog.h"
#include "ui/dialogs/newgroupdialog.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/namestyle.h"
#include "ui/kit/icons.h"
#include "ui/shell/chatpane.h"
#include "ui/shell/connectionindicator.h"

#include <QAction>
#include <QHBoxLayout>
#include <QLoggingCategory>
#include <QLabel>
#include <QMenu>
#include <QSplitter>
#include <QToolButton>
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
{
    setObjectName(QStringLiteral("chatWorkspace"));
    m_splitter->setObjectName(QStringLiteral("workspaceSplitter"));
    m_splitter->addWidget(buildSidebar());
    m_splitter->addWidget(m_chat);
    m_splitter->setStretchFactor(1, 1);
    m_splitter->setChildrenCollapsible(false);
    if (!m_splitter->restoreState(m_settings.splitterState()))
        m_splitter->setSizes({SidebarWidth, 700});
    connect(m_splitter, &QSplitter::splitterMoved, this,
            [this] { m_settings.setSplitterState(m_splitter->saveState()); });

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_splitter);

    m_list->setMessenger(&m_messenger);
    connect(m_list, &ConversationListPane::conversationSelected, this,
            &ChatWorkspace::openConversation);
    connect(m_list, &ConversationListPane::unreadCountChanged, this,
            &ChatWorkspace::unreadCountChanged);
    connect(m_chat, &ChatPane::readMarked, m_list, &ConversationListPane::refresh);
    connect(m_chat, &ChatPane::draftSaved, m_list, &ConversationListPane::refresh);
    connect(m_list, &ConversationListPane::conversationActivated, m_chat, &ChatPane::focusComposer);

    addShortcut(tr("New chat"), QKeySequence(Qt::CTRL | Qt::Key_N), &ChatWorkspace::newChat);
    addShortcut(tr("New group"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_N),
                &ChatWorkspace::newGroup);
    addShortcut(tr("Account"), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A),
                &ChatWorkspace::openAccount);
    addShortcut(tr("Settings"), QKeySequence(Qt::CTRL | Qt::Key_Comma),
                &ChatWorkspace::openSettings);
    auto *search = new QAction(tr("Search conversations"), this);
    search->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_F));
    search->setShortcutContext(Qt::WindowShortcut);
    connect(search, &QAction::triggered, m_list, &ConversationListPane::focusFilter);
    addAction(search);
    auto *lock = new QAction(tr("Lock"), this);
    lock->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    lock->setShortcutContext(Qt::WindowShortcut);
    connect(lock, &QAction::triggered, this, &ChatWorkspace::lockRequested);
    addAction(lock);
}

ChatWorkspace::~ChatWorkspace()
{
    // The list and the timeline watch the messenger: detach them before it can go away.
    m_list->setMessenger(nullptr);
}

QAction *ChatWorkspace::addShortcut(const QString &text, const QKeySequence &keys,
                                    void (ChatWorkspace::*slot)())
{
    auto *action = new QAction(text, this);
    action->setShortcut(keys);
    // Window-wide: right after unlocking the focus may be on no widget of ours at all.
    action->setShortcutContext(Qt::WindowShortcut);
    connect(action, &QAction::triggered, this, slot);
    addAction(action);
    return action;
}

QWidget *ChatWorkspace::buildSidebar()
{
    auto *sidebar = new QWidget(this);
    sidebar->setObjectName(QStringLiteral("sidebar"));
    sidebar->setMinimumWidth(240);

    const QString identity = m_messenger.profile().identity();
    auto *avatar = new QLabel(sidebar);
    avatar->setPixmap(NameStyle::avatar(identity, 32, devicePixelRatioF()));
    auto *name = new QLabel(identity, sidebar);
    name->setObjectName(QStringLiteral("ownIdentityLabel"));
    name->setTextFormat(Qt::PlainText);
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
    menu->addAction(Icons::icon(u"account"), tr("&Account and devices…"), this,
                    &ChatWorkspace::openAccount);
    menu->addAction(Icons::icon(u"settings"), tr("&Settings…"), this,
                    &ChatWorkspace::openSettings);
    menu->addSeparator();
    menu->addAction(Icons::icon(u"lock"), tr("&Lock"), this, &ChatWorkspace::lockRequested);
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
        auto last = m_messenger.history().lastOpened();
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
    if (auto started = m_messenger.history().startConversation(ref); !started)
        qCWarning(lcWorkspace) << "cannot list the new chat:" << started.error().message();
    m_list->refresh();
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
    // The language is applied after the dialog closed: applying it rebuilds this workspace.
    std::optional<QString> language;
    SettingsDialog dialog(m_settings, &m_messenger, this);
    connect(&dialog, &SettingsDialog::languageChanged, this,
            [&language](const QString &code) { language = code; });
    dialog.exec();
    Q_EMIT settingsChanged();
    if (language)
        Q_EMIT languageChanged(*language);
}

} // namespace cardinal::ui
