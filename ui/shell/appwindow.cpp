// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/appwindow.h"

#include "client/messenger.h"
#include "ui/kit/appsettings.h"
#include "ui/dialogs/settingsdialog.h"
#include "ui/kit/icons.h"
#include "ui/onboarding/onboardingflow.h"
#include "ui/onboarding/unlockscreen.h"
#include "ui/shell/chatworkspace.h"
#include "ui/shell/colorscheme.h"
#include "ui/shell/idlelock.h"
#include "ui/shell/translations.h"
#include "ui/shell/traynotifier.h"

#include <QApplication>
#include <QCloseEvent>
#include <QStackedWidget>

#include <chrono>

namespace cardinal::ui {

AppWindow::AppWindow(const QString &profileDirectory, const QUrl &defaultServer, QWidget *parent)
    : QMainWindow(parent)
    , m_profileDirectory(profileDirectory)
    , m_defaultServer(defaultServer)
    , m_settings(std::make_unique<AppSettings>(profileDirectory))
    , m_stack(new QStackedWidget(this))
    , m_idleLock(new IdleLock(this))
    , m_notifier(new TrayNotifier(*m_settings, this, this))
{
    setObjectName(QStringLiteral("appWindow"));
    setWindowIcon(Icons::appIcon());
    setCentralWidget(m_stack);
    setMinimumSize(640, 460);
    if (!restoreGeometry(m_settings->windowGeometry()))
        resize(1080, 720);
    Translations::apply(m_settings->language());

    connect(m_idleLock, &IdleLock::idle, this, &AppWindow::lock);
    connect(m_notifier, &TrayNotifier::showWindowRequested, this, &AppWindow::bringToFront);
    connect(m_notifier, &TrayNotifier::conversationRequested, this,
            [this](const client::ConversationRef &ref) {
                if (m_workspace)
                    m_workspace->openConversation(ref);
            });
    connect(m_notifier, &TrayNotifier::lockRequested, this, &AppWindow::lock);
    connect(m_notifier, &TrayNotifier::quitRequested, this, &AppWindow::quit);
    updateTitle();
}

AppWindow::~AppWindow()
{
    // Screens hold references to the messenger: they go first.
    m_notifier->setMessenger(nullptr, {});
    delete m_workspace;
    delete m_onboarding;
    delete m_unlock;
    m_messenger.reset();
}

ChatWorkspace *AppWindow::workspace() const
{
    return m_workspace;
}

OnboardingFlow *AppWindow::onboarding() const
{
    return m_onboarding;
}

UnlockScreen *AppWindow::unlockScreen() const
{
    return m_unlock;
}

void AppWindow::start()
{
    if (OnboardingFlow::profileExists(m_profileDirectory))
        showUnlock();
    else
        showOnboarding();
}

void AppWindow::setPage(QWidget *page)
{
    // One screen at a time: the previous one (and whatever it held) is destroyed.
    while (m_stack->count() > 0) {
        QWidget *old = m_stack->widget(0);
        m_stack->removeWidget(old);
        if (old != page)
            old->deleteLater();
    }
    m_stack->addWidget(page);
    m_stack->setCurrentWidget(page);
}

void AppWindow::showOnboarding()
{
    m_onboarding = new OnboardingFlow(m_profileDirectory, m_defaultServer, m_stack);
    connect(m_onboarding, &OnboardingFlow::completed, this,
            [this] { enterWorkspace(m_onboarding->takeMessenger()); });
    setPage(m_onboarding);
}

void AppWindow::showUnlock()
{
    m_unlock = new UnlockScreen(m_profileDirectory, m_stack);
    connect(m_unlock, &UnlockScreen::unlocked, this, [this] {
        std::unique_ptr<client::Messenger> messenger = m_unlock->takeMessenger();
        if (!messenger)
            return;
        if (messenger->isRegistered()) {
            enterWorkspace(std::move(messenger));
            return;
        }
        // Closed before the code was confirmed last time: carry on where it stopped.
        showOnboarding();
        m_onboarding->resume(std::move(messenger));
    });
    setPage(m_unlock);
    m_unlock->reset();
}

void AppWindow::enterWorkspace(std::unique_ptr<client::Messenger> messenger)
{
    if (!messenger)
        return;
    m_messenger = std::move(messenger);
    m_messenger->connectToServer();
    buildWorkspace();
    m_workspace->resume();
    applyAutoLock();
    Q_EMIT unlocked();
}

void AppWindow::buildWorkspace()
{
    std::optional<client::ConversationRef> open;
    if (m_workspace)
        open = m_workspace->currentConversation();
    m_notifier->setMessenger(nullptr, {});
    auto *workspace = new ChatWorkspace(*m_messenger, *m_settings, m_stack);
    setPage(workspace);
    delete m_workspace;
    m_workspace = workspace;
    connect(workspace, &ChatWorkspace::lockRequested, this, &AppWindow::lock);
    connect(workspace, &ChatWorkspace::quitRequested, this, &AppWindow::quit);
    connect(workspace, &ChatWorkspace::unreadCountChanged, this, [this](int count) {
        m_notifier->setUnreadCount(count);
        updateTitle();
    });
    // Queued: the settings' language and theme rebuild the workspace that asked.
    connect(workspace, &ChatWorkspace::settingsRequested, this, &AppWindow::openSettings,
            Qt::QueuedConnection);
    m_notifier->setMessenger(m_messenger.get(),
                             [this](const client::ConversationRef &ref) { return isOnScreen(ref); });
    // The list counted before it was connected to: take its total as it is now.
    m_notifier->setUnreadCount(workspace->unreadCount());
    if (open) {
        workspace->openConversation(*open);
        workspace->resume();
    }
    updateTitle();
}

bool AppWindow::isOnScreen(const client::ConversationRef &ref) const
{
    if (!m_workspace || !isActiveWindow() || isMinimized() || !isVisible())
        return false;
    return m_workspace->currentConversation() == ref;
}

void AppWindow::lock()
{
    if (!m_messenger)
        return;
    m_idleLock->stop();
    m_notifier->setMessenger(nullptr, {});
    delete m_workspace;
    m_messenger.reset();
    showUnlock();
    updateTitle();
    Q_EMIT locked();
}

void AppWindow::setColorScheme(ColorScheme *scheme)
{
    m_scheme = scheme;
    if (m_scheme)
        m_scheme->setPreference(m_settings->theme());
}

void AppWindow::openSettings()
{
    SettingsDialog dialog(*m_settings, m_messenger.get(), this);
    switch (m_notifier->channel()) {
    case TrayNotifier::Channel::Desktop:
        dialog.setNotificationNote(tr("Notifications appear in your desktop's notification area."));
        break;
    case TrayNotifier::Channel::Tray:
        dialog.setNotificationNote(
            tr("This desktop has no notification service: notifications appear at the tray icon."));
        break;
    case TrayNotifier::Channel::WindowAlert:
        dialog.setNotificationNote(
            tr("This desktop shows neither notifications nor a tray icon: Cardinal asks it to "
               "flag the window instead."));
        break;
    }
    connect(&dialog, &SettingsDialog::languageChanged, this, &AppWindow::applyLanguage);
    connect(&dialog, &SettingsDialog::themeChanged, this, [this](const QString &theme) {
        if (m_scheme)
            m_scheme->setPreference(theme);
    });
    dialog.exec();
    applyAutoLock();
}

void AppWindow::bringToFront()
{
    if (isMinimized() || isHidden())
        showNormal();
    raise();
    activateWindow();
    QApplication::alert(this); // where the window manager refuses to steal the focus
}

void AppWindow::quit()
{
    m_quitting = true;
    close();
}

void AppWindow::refreshAppearance()
{
    if (m_messenger && m_workspace)
        buildWorkspace();
}

void AppWindow::applyLanguage(const QString &code)
{
    m_settings->setLanguage(code);
    Translations::apply(code);
    m_notifier->retranslate();
    if (m_messenger && m_workspace)
        buildWorkspace();
    else
        start();
}

void AppWindow::applyAutoLock()
{
    const int minutes = m_settings->autoLockMinutes();
    m_idleLock->setTimeout(std::chrono::minutes(minutes));
    if (minutes > 0 && m_messenger)
        m_idleLock->start();
    else
        m_idleLock->stop();
}

void AppWindow::updateTitle()
{
    // The platform adds the application's display name ("… — Cardinal") by itself.
    QString title = QGuiApplication::applicationDisplayName();
    if (m_messenger)
        title = m_messenger->identity();
    const int unread = m_messenger ? m_notifier->unreadCount() : 0;
    setWindowTitle(unread > 0 ? QStringLiteral("(%1) %2").arg(unread).arg(title) : title);
}

void AppWindow::closeEvent(QCloseEvent *event)
{
    m_settings->setWindowGeometry(saveGeometry());
    // With a tray icon, closing the window keeps Cardinal receiving in the background.
    if (!m_quitting && m_notifier->isTrayAvailable() && m_settings->closeToTray() && m_messenger) {
        hide();
        event->ignore();
        return;
    }
    event->accept();
    QApplication::quit();
}

} // namespace cardinal::ui
