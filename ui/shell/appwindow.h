// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>
#include <QUrl>

#include <memory>

class QStackedWidget;

namespace cardinal::client {
class Messenger;
struct ConversationRef;
}

namespace cardinal::ui {

class AppSettings;
class ChatWorkspace;
class ColorScheme;
class IdleLock;
class OnboardingFlow;
class TrayNotifier;
class UnlockScreen;

//! The app's one window, for one profile, and the owner of its unlocked Messenger.
//!
//! It moves between three screens: first-run onboarding (no profile yet, or one that was
//! never confirmed), the unlock screen (the profile's keys are sealed under the
//! passphrase), and the chat workspace. Locking — by hand, from the tray, or after the
//! idle delay in the settings — destroys the workspace and the Messenger, so no key or
//! message stays in memory while locked. A language change rebuilds the workspace with the
//! same Messenger.
class AppWindow : public QMainWindow
{
    Q_OBJECT

public:
    //! A window for the profile in `profileDirectory`; a new profile is offered
    //! `defaultServer`. Call start() to show the first screen.
    AppWindow(const QString &profileDirectory, const QUrl &defaultServer,
              QWidget *parent = nullptr);
    ~AppWindow() override;

    //! Shows onboarding or the unlock screen, whichever the profile needs.
    void start();
    //! Forgets the unlocked state and shows the unlock screen.
    void lock();
    //! Shows the window (also from the tray or minimised) and asks for the focus.
    void bringToFront();
    //! Closes the window and leaves the app (unlike closing the window with a tray icon).
    void quit();
    //! Rebuilds the workspace after the palette changed (icons are tinted when built).
    void refreshAppearance();
    //! The light/dark switch the settings' theme choice goes to (owned by the caller).
    void setColorScheme(ColorScheme *scheme);
    //! Shows the settings; their language and theme apply at once.
    void openSettings();
    [[nodiscard]] bool isLocked() const { return !m_messenger; }

    //! The unlocked messenger, or nullptr.
    [[nodiscard]] client::Messenger *messenger() const { return m_messenger.get(); }
    [[nodiscard]] ChatWorkspace *workspace() const;
    [[nodiscard]] OnboardingFlow *onboarding() const;
    [[nodiscard]] UnlockScreen *unlockScreen() const;
    [[nodiscard]] TrayNotifier *notifier() const { return m_notifier; }
    [[nodiscard]] IdleLock *idleLock() const { return m_idleLock; }
    [[nodiscard]] AppSettings &settings() const { return *m_settings; }

Q_SIGNALS:
    //! The workspace is shown (after onboarding or unlocking).
    void unlocked();
    void locked();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void showOnboarding();
    void showUnlock();
    void enterWorkspace(std::unique_ptr<client::Messenger> messenger);
    void buildWorkspace();
    void setPage(QWidget *page);
    void applyLanguage(const QString &code);
    void applyAutoLock();
    void updateTitle();
    [[nodiscard]] bool isOnScreen(const client::ConversationRef &ref) const;

    QString m_profileDirectory;
    QUrl m_defaultServer;
    std::unique_ptr<AppSettings> m_settings;
    std::unique_ptr<client::Messenger> m_messenger;
    QStackedWidget *m_stack;
    QPointer<OnboardingFlow> m_onboarding;
    QPointer<UnlockScreen> m_unlock;
    QPointer<ChatWorkspace> m_workspace;
    IdleLock *m_idleLock;
    TrayNotifier *m_notifier;
    QPointer<ColorScheme> m_scheme;
    bool m_quitting = false;
};

} // namespace cardinal::ui
