// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/desktopnotifications.h"

#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#include <QGuiApplication>

namespace cardinal::ui {

namespace {

const QString Interface = QStringLiteral("org.freedesktop.Notifications");

QDBusMessage call(const QString &method)
{
    return QDBusMessage::createMethodCall(QString::fromLatin1(DesktopNotifications::Service),
                                          QString::fromLatin1(DesktopNotifications::Path),
                                          Interface, method);
}

} // namespace

DesktopNotifications::DesktopNotifications(const QDBusConnection &bus, QObject *parent)
    : QObject(parent), m_bus(bus)
{
    if (!m_bus.isConnected())
        return;
    const QString service = QString::fromLatin1(Service);
    const QString path = QString::fromLatin1(Path);
    m_bus.connect(service, path, Interface, QStringLiteral("ActionInvoked"), this,
                  SLOT(onActionInvoked(uint, QString)));
    m_bus.connect(service, path, Interface, QStringLiteral("NotificationClosed"), this,
                  SLOT(onClosed(uint, uint)));
    if (!isAvailable())
        return;
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(call(QStringLiteral("GetCapabilities"))), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this](QDBusPendingCallWatcher *done) {
        const QDBusPendingReply<QStringList> reply = *done;
        if (reply.isValid())
            m_markup = reply.value().contains(QStringLiteral("body-markup"));
        done->deleteLater();
    });
}

bool DesktopNotifications::isAvailable() const
{
    if (!m_bus.isConnected() || !m_bus.interface())
        return false;
    const QString service = QString::fromLatin1(Service);
    if (m_bus.interface()->isServiceRegistered(service))
        return true;
    const QDBusReply<QStringList> activatable = m_bus.interface()->activatableServiceNames();
    return activatable.isValid() && activatable.value().contains(service);
}

void DesktopNotifications::show(const QString &key, const QString &title, const QString &body)
{
    if (m_inFlight.contains(key)) {
        m_inFlight[key] = Shown{title, body}; // sent as soon as the first one has its id
        return;
    }
    send(key, Shown{title, body});
}

void DesktopNotifications::send(const QString &key, const Shown &shown)
{
    QDBusMessage notify = call(QStringLiteral("Notify"));
    const QString appId = QGuiApplication::desktopFileName();
    const QVariantMap hints{
        {QStringLiteral("category"), QStringLiteral("im.received")},
        {QStringLiteral("desktop-entry"), appId},
        {QStringLiteral("urgency"), QVariant::fromValue(uchar(1))},
    };
    notify << QCoreApplication::applicationName() << m_idByKey.value(key, 0u)
           << (appId.isEmpty() ? QStringLiteral("cardinal") : appId) << shown.title
           << (m_markup ? shown.body.toHtmlEscaped() : shown.body)
           << QStringList{QStringLiteral("default"), tr("Open")} << hints << int(TimeoutMs);
    m_inFlight.insert(key, std::nullopt);
    auto *watcher = new QDBusPendingCallWatcher(m_bus.asyncCall(notify), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this, [this, key](QDBusPendingCallWatcher *done) {
        const QDBusPendingReply<uint> reply = *done;
        done->deleteLater();
        if (reply.isValid())
            m_idByKey.insert(key, reply.value());
        const std::optional<Shown> next = m_inFlight.take(key);
        if (next)
            send(key, *next);
    });
}

void DesktopNotifications::onActionInvoked(uint id, const QString &action)
{
    if (action != QStringLiteral("default"))
        return;
    for (auto it = m_idByKey.cbegin(); it != m_idByKey.cend(); ++it)
        if (it.value() == id)
            Q_EMIT activated(it.key());
}

void DesktopNotifications::onClosed(uint id, uint reason)
{
    Q_UNUSED(reason);
    for (auto it = m_idByKey.begin(); it != m_idByKey.end(); ++it) {
        if (it.value() == id) {
            m_idByKey.erase(it);
            return;
        }
    }
}

} // namespace cardinal::ui
