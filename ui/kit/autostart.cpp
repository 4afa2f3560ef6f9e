// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/kit/autostart.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QGuiApplication>
#include <QSaveFile>
#include <QStandardPaths>

namespace cardinal::ui::Autostart {

QString entryPath()
{
    QString id = QGuiApplication::desktopFileName();
    if (id.isEmpty())
        id = QStringLiteral("cardinal");
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/autostart/") + id + QStringLiteral(".desktop");
}

bool isEnabled()
{
    QFile entry(entryPath());
    if (!entry.open(QIODevice::ReadOnly))
        return false;
    const QByteArray text = entry.read(64 * 1024);
    return !text.contains("\nHidden=true");
}

QString quoteExecArgument(const QString &argument)
{
    static const QString reserved = QStringLiteral(" \t\n\"'\\><~|&;$*?#()`");
    bool needsQuotes = argument.isEmpty();
    for (const QChar c : argument)
        needsQuotes = needsQuotes || reserved.contains(c);
    if (!needsQuotes)
        return argument;
    QString quoted;
    for (const QChar c : argument) {
        if (c == u'"' || c == u'`' || c == u'$' || c == u'\\')
            quoted += u'\\';
        quoted += c;
    }
    // A literal percent sign is doubled in any Exec argument.
    return u'"' + quoted.replace(u'%', QStringLiteral("%%")) + u'"';
}

bool setEnabled(bool enabled, const QString &profileDirectory, QString *error)
{
    const QString path = entryPath();
    if (!enabled) {
        if (QFile::exists(path) && !QFile::remove(path)) {
            *error = QCoreApplication::translate("Autostart", "%1 cannot be removed.").arg(path);
            return false;
        }
        return true;
    }
    if (!QDir().mkpath(QFileInfo(path).absolutePath())) {
        *error = QCoreApplication::translate("Autostart", "%1 cannot be created.")
                     .arg(QFileInfo(path).absolutePath());
        return false;
    }
    const QString exec = quoteExecArgument(QCoreApplication::applicationFilePath()) +
                         QStringLiteral(" --profile ") +
                         quoteExecArgument(QDir(profileDirectory).absolutePath());
    const QString entry = QStringLiteral("[Desktop Entry]\nType=Application\nName=Cardinal\n"
                                         "Comment=End-to-end encrypted messenger\n"
                                         "Icon=%1\nExec=%2\nTerminal=false\n"
                                         "X-GNOME-Autostart-enabled=true\n")
                              .arg(QGuiApplication::desktopFileName().isEmpty()
                                       ? QStringLiteral("cardinal")
                                       : QGuiApplication::desktopFileName(),
                                   exec);
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly) || file.write(entry.toUtf8()) < 0 || !file.commit()) {
        *error = QCoreApplication::translate("Autostart", "%1 cannot be written.").arg(path);
        return false;
    }
    return true;
}

} // namespace cardinal::ui::Autostart
