// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/colorscheme.h"

#include "ui/kit/tones.h"
#include "ui/shell/darkstyle.h"

#include <QApplication>
#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusReply>
#include <QDBusVariant>
#include <QPalette>
#include <QStyle>
#include <QStyleFactory>

namespace cardinal::ui {

namespace {

const QString PortalService = QStringLiteral("org.freedesktop.portal.Desktop");
const QString PortalPath = QStringLiteral("/org/freedesktop/portal/desktop");
const QString PortalInterface = QStringLiteral("org.freedesktop.portal.Settings");
const QString AppearanceGroup = QStringLiteral("org.freedesktop.appearance");
const QString ColorSchemeKey = QStringLiteral("color-scheme");
//! The portal's value for "prefers dark".
constexpr uint PrefersDark = 1;

//! Unwraps the portal's reply, which nests the value in one or two variants.
uint unwrap(QVariant value)
{
    for (int depth = 0; depth < 3 && value.canConvert<QDBusVariant>(); ++depth)
        value = value.value<QDBusVariant>().variant();
    return value.toUInt();
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x20, 0x23, 0x2a), base(0x17, 0x19, 0x1e), text(0xe6, 0xe8, 0xeb);
    const QColor button(0x2a, 0x2e, 0x37), highlight(0x3d, 0x7e, 0xd6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, QColor(0x26, 0x2a, 0x33));
    p.setColor(QPalette::ToolTipBase, button);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8b, 0x93, 0x9f));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, button);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::white);
    p.setColor(QPalette::Light, QColor(0x3a, 0x3f, 0x4b));
    p.setColor(QPalette::Midlight, QColor(0x30, 0x35, 0x40));
    p.setColor(QPalette::Mid, QColor(0x3a, 0x3f, 0x4b));
    p.setColor(QPalette::Dark, QColor(0x12, 0x14, 0x18));
    p.setColor(QPalette::Shadow, Qt::black);
    p.setColor(QPalette::Highlight, highlight);
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Link, QColor(0x6c, 0xa6, 0xf0));
    p.setColor(QPalette::LinkVisited, QColor(0xa7, 0x8b, 0xe8));
    for (const auto role : {QPalette::WindowText, QPalette::Text, QPalette::ButtonText})
        p.setColor(QPalette::Disabled, role, QColor(0x6b, 0x72, 0x7d));
    return p;
}

} // namespace

ColorScheme::ColorScheme(QObject *parent) : QObject(parent) {}

void ColorScheme::apply()
{
    m_platformIsDark = Tones::isDark(QApplication::palette());
    m_forced = qgetenv("CARDINAL_COLOR_SCHEME");
    m_desktopIsDark = m_platformIsDark;
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (m_forced != "dark" && m_forced != "light" && bus.isConnected()) {
        QDBusMessage read = QDBusMessage::createMethodCall(PortalService, PortalPath,
                                                           PortalInterface, QStringLiteral("Read"));
        read << AppearanceGroup << ColorSchemeKey;
        const QDBusMessage reply = bus.call(read, QDBus::Block, 1000);
        if (reply.type() == QDBusMessage::ReplyMessage && !reply.arguments().isEmpty())
            m_desktopIsDark = m_desktopIsDark || unwrap(reply.arguments().constFirst()) == PrefersDark;
        bus.connect(PortalService, PortalPath, PortalInterface, QStringLiteral("SettingChanged"),
                    this, SLOT(onPortalSettingChanged(QString, QString, QVariant)));
    }
    update();
}

void ColorScheme::setPreference(const QString &theme)
{
    m_preference = theme;
    update();
}

void ColorScheme::update()
{
    if (m_forced == "dark" || m_forced == "light")
        setDark(m_forced == "dark");
    else if (m_preference == u"dark" || m_preference == u"light")
        setDark(m_preference == u"dark");
    else
        setDark(m_desktopIsDark);
}

void ColorScheme::onPortalSettingChanged(const QString &group, const QString &key,
                                         const QVariant &value)
{
    if (group == AppearanceGroup && key == ColorSchemeKey) {
        m_desktopIsDark = m_platformIsDark || unwrap(value) == PrefersDark;
        update();
    }
}

void ColorScheme::setDark(bool dark)
{
    const bool changing = dark != m_dark;
    m_dark = dark;
    if (dark && !Tones::isDark(QApplication::palette())) {
        QApplication::setStyle(new DarkStyle);
        QApplication::setPalette(darkPalette());
    } else if (!dark && Tones::isDark(QApplication::palette())) {
        if (m_platformIsDark) // a dark desktop theme, light by choice: Fusion's own light
            QApplication::setStyle(QStyleFactory::create(QStringLiteral("Fusion")));
        QApplication::setPalette(QApplication::style()->standardPalette());
    }
    if (changing)
        Q_EMIT changed(dark);
}

} // namespace cardinal::ui
