// SPDX-License-Identifier: GPL-3.0-or-later
#include "profilepaths.h"

#include <QDir>
#include <QRegularExpression>
#include <QStandardPaths>

namespace cardinal::client {

QString ProfilePaths::root()
{
    const QString configured = qEnvironmentVariable("CARDINAL_PROFILES_DIR");
    if (!configured.isEmpty())
        return QDir::cleanPath(configured);
    return QDir::cleanPath(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation)
                           + QStringLiteral("/cardinal/profiles"));
}

Result<QString> ProfilePaths::directory(const QString &nameOrPath)
{
    if (nameOrPath.contains(u'/'))
        return QDir::cleanPath(QDir::current().absoluteFilePath(nameOrPath));
    static const QRegularExpression validName(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!validName.match(nameOrPath).hasMatch() || nameOrPath == u"." || nameOrPath == u"..")
        return fail(ErrorCode::InvalidArgument,
                    QStringLiteral("a profile name is 1-64 letters, digits, '.', '_' or '-'"));
    return QString(root() + u'/' + nameOrPath);
}

} // namespace cardinal::client
