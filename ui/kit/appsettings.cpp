// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/appsettings.h"

#include <QSettings>

#include <algorithm>

namespace cardinal::ui {

namespace {
const QString LanguageKey = QStringLiteral("ui/language");
const QString NotificationsKey = QStringLiteral("notifications/enabled");
const QString NotificationTextKey = QStringLiteral("notifications/showText");
const QString AutoLockKey = QStringLiteral("security/autoLockMinutes");
const QString GeometryKey = QStringLiteral("window/geometry");
const QString SplitterKey = QStringLiteral("window/splitter");
const QString ThemeKey = QStringLiteral("ui/theme");
const QString CloseToTrayKey = QStringLiteral("window/closeToTray");
} // namespace

AppSettings::AppSettings(const QString &profileDirectory)
    : m_directory(profileDirectory),
      m_settings(std::make_unique<QSettings>(profileDirectory + QStringLiteral("/settings.ini"),
                                             QSettings::IniFormat))
{
}

QString AppSettings::theme() const
{
    const QString theme = m_settings->value(ThemeKey).toString();
    return theme == u"light" || theme == u"dark" ? theme : QString();
}

void AppSettings::setTheme(const QString &theme)
{
    m_settings->setValue(ThemeKey, theme == u"light" || theme == u"dark" ? theme : QString());
}

bool AppSettings::closeToTray() const
{
    return m_settings->value(CloseToTrayKey, true).toBool();
}

void AppSettings::setCloseToTray(bool enabled)
{
    m_settings->setValue(CloseToTrayKey, enabled);
}

AppSettings::~AppSettings() = default;

QStringList AppSettings::supportedLanguages()
{
    return {QStringLiteral("en"), QStringLiteral("ru"), QStringLiteral("de")};
}

QUrl AppSettings::defaultServer()
{
    const QString configured = qEnvironmentVariable("CARDINAL_SERVER");
    if (!configured.isEmpty())
        return QUrl(configured);
    QUrl local;
    local.setScheme(QStringLiteral("ws"));
    local.setHost(QStringLiteral("127.0.0.1"));
    local.setPort(LocalServerPort);
    return local;
}

QString AppSettings::language() const
{
    const QString code = m_settings->value(LanguageKey).toString();
    return supportedLanguages().contains(code) ? code : QString();
}

void AppSettings::setLanguage(const QString &code)
{
    m_settings->setValue(LanguageKey, supportedLanguages().contains(code) ? code : QString());
    m_settings->sync();
}

bool AppSettings::notificationsEnabled() const
{
    return m_settings->value(NotificationsKey, true).toBool();
}

void AppSettings::setNotificationsEnabled(bool enabled)
{
    m_settings->setValue(NotificationsKey, enabled);
    m_settings->sync();
}

bool AppSettings::notificationShowsText() const
{
    return m_settings->value(NotificationTextKey, true).toBool();
}

void AppSettings::setNotificationShowsText(bool shown)
{
    m_settings->setValue(NotificationTextKey, shown);
    m_settings->sync();
}

int AppSettings::autoLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(AutoLockKey, DefaultAutoLockMinutes).toInt(&ok);
    return ok ? std::clamp(minutes, 0, MaxAutoLockMinutes) : DefaultAutoLockMinutes;
}

void AppSettings::setAutoLockMinutes(int minutes)
{
    m_settings->setValue(AutoLockKey, std::clamp(minutes, 0, MaxAutoLockMinutes));
    m_settings->sync();
}

QByteArray AppSettings::windowGeometry() const
{
    return m_settings->value(GeometryKey).toByteArray();
}

void AppSettings::setWindowGeometry(const QByteArray &geometry)
{
    m_settings->setValue(GeometryKey, geometry);
}

QByteArray AppSettings::splitterState() const
{
    return m_settings->value(SplitterKey).toByteArray();
}

void AppSettings::setSplitterState(const QByteArray &state)
{
    m_settings->setValue(SplitterKey, state);
}

} // namespace cardinal::ui
