// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/traynotifier.h"

#include "client/messenger.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/icons.h"
#include "ui/kit/tones.h"
#include "ui/shell/desktopnotifications.h"

#include <QApplication>
#include <QDBusConnection>
#include <QMenu>
#include <QPainter>
#include <QSystemTrayIcon>
#include <QWidget>

namespace cardinal::ui {

namespace {

constexpr int TrayIconSize = 64;
constexpr int NotificationMs = 6000;
constexpr qsizetype NotificationTextLength = 160;

//! The app icon with a red badge holding `count` (none for 0).
QIcon badgedIcon(int count)
{
    QPixmap pixmap = Icons::appIcon().pixmap(TrayIconSize, TrayIconSize);
    if (count <= 0)
        return QIcon(pixmap);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF badge(TrayIconSize * 0.42, 0, TrayIconSize * 0.58, TrayIconSize * 0.58);
    painter.setPen(Qt::NoPen);
    painter.setBrush(Tones::danger());
    painter.drawEllipse(badge);
    QFont font = painter.font();
    font.setBold(true);
    font.setPixelSize(count > 99 ? TrayIconSize / 5 : TrayIconSize / 3);
    painter.setFont(font);
    painter.setPen(Qt::white);
    painter.drawText(badge, Qt::AlignCenter,
                     count > 99 ? QStringLiteral("99+") : QString::number(count));
    painter.end();
    return QIcon(pixmap);
}

} // namespace

TrayNotifier::TrayNotifier(AppSettings &settings, QWidget *window, QObject *parent)
    : QObject(parent), m_settings(settings), m_window(window)
{
    if (QSystemTrayIcon::isSystemTrayAvailable()) {
        m_tray = new QSystemTrayIcon(this);
        m_tray->setObjectName(QStringLiteral("trayIcon"));
        m_menu = new QMenu(window);
        retranslate();
        m_tray->setContextMenu(m_menu);
        connect(m_tray, &QSystemTrayIcon::activated, this,
                [this](QSystemTrayIcon::ActivationReason reason) {
                    if (reason == QSystemTrayIcon::Trigger
                        || reason == QSystemTrayIcon::DoubleClick)
                        Q_EMIT showWindowRequested();
                });
        connect(m_tray, &QSystemTrayIcon::messageClicked, this,
                &TrayNotifier::showWindowRequested);
        m_tray->show();
    }
    useNotificationBus(QDBusConnection::sessionBus());
}

void TrayNotifier::useNotificationBus(const QDBusConnection &bus)
{
    delete m_desktop;
    m_desktop = new DesktopNotifications(bus, this);
    connect(m_desktop, &DesktopNotifications::activated, this, [this](const QString &key) {
        Q_EMIT showWindowRequested();
        if (m_notifiedRefs.contains(key))
            Q_EMIT conversationRequested(m_notifiedRefs.value(key));
    });
}

TrayNotifier::Channel TrayNotifier::channel() const
{
    if (m_desktop && m_desktop->isAvailable())
        return Channel::Desktop;
    return m_tray ? Channel::Tray : Channel::WindowAlert;
}

TrayNotifier::~TrayNotifier() = default;

bool TrayNotifier::isTrayAvailable() const
{
    return m_tray != nullptr;
}

void TrayNotifier::retranslate()
{
    if (!m_tray)
        return;
    updateIcon();
    m_menu->clear();
    m_menu->addAction(tr("Show Cardinal"), this, &TrayNotifier::showWindowRequested);
    m_menu->addAction(tr("Lock"), this, &TrayNotifier::lockRequested);
    m_menu->addSeparator();
    m_menu->addAction(tr("Quit"), this, &TrayNotifier::quitRequested);
}

void TrayNotifier::setMessenger(client::Messenger *messenger, OnScreen onScreen)
{
    disconnect(m_messageConnection);
    m_onScreen = std::move(onScreen);
    if (messenger)
        m_messageConnection = connect(messenger, &client::Messenger::messagesAdded, this,
                                      &TrayNotifier::onMessagesAdded);
    else
        setUnreadCount(0);
}

void TrayNotifier::setUnreadCount(int count)
{
    // The list reports its total after every refresh; redraw only when it changed.
    if (qMax(0, count) == m_unread)
        return;
    m_unread = qMax(0, count);
    updateIcon();
}

void TrayNotifier::updateIcon()
{
    if (!m_tray)
        return;
    m_tray->setIcon(badgedIcon(m_unread));
    m_tray->setToolTip(m_unread > 0 ? tr("Cardinal — %n unread messages", nullptr, m_unread)
                                    : tr("Cardinal"));
}

void TrayNotifier::onMessagesAdded(const QList<client::HistoryMessage> &messages)
{
    for (const client::HistoryMessage &added : messages) {
        if (added.direction != client::Direction::Incoming)
            continue;
        if (m_onScreen && m_onScreen(added.conversation))
            continue;
        notify(added);
    }
}

void TrayNotifier::notify(const client::HistoryMessage &message)
{
    if (!m_settings.notificationsEnabled())
        return;
    const QString title = tr("New message from %1").arg(message.sender);
    QString text;
    if (message.state == client::MessageState::Undecryptable)
        text = tr("A message arrived that could not be decrypted.");
    else if (m_settings.notificationShowsText())
        text = QString::fromUtf8(message.body).simplified().left(NotificationTextLength);
    else
        text = tr("Open Cardinal to read it.");
    m_lastNotification = title + u'\n' + text;
    switch (channel()) {
    case Channel::Desktop: {
        const QString key = QString::fromLatin1(message.conversation.key().toHex());
        m_notifiedRefs.insert(key, message.conversation);
        m_desktop->show(key, title, text);
        break;
    }
    case Channel::Tray:
        m_tray->showMessage(title, text, badgedIcon(0), NotificationMs);
        break;
    case Channel::WindowAlert:
        if (m_window)
            QApplication::alert(m_window);
        break;
    }
    Q_EMIT notified(message.conversation);
}

} // namespace cardinal::ui
