// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

// The config file every test server (in-process or a real process) starts with.

#include <QFile>
#include <QMap>
#include <QString>

namespace cardinal::testing {

//! `settings` over what test servers run with unless a test says otherwise: epochs of the
//! key-transparency log of 50 ms, so that a card published is in the log almost at once.
[[nodiscard]] inline QMap<QString, QString> withTestDefaults(QMap<QString, QString> settings)
{
    if (!settings.contains(QStringLiteral("kt-epoch")))
        settings.insert(QStringLiteral("kt-epoch"), QStringLiteral("0.05"));
    return settings;
}

//! Writes `settings` (with the test defaults) as a config file at `path`.
[[nodiscard]] inline bool writeServerConfig(const QString &path,
                                            const QMap<QString, QString> &settings)
{
    const QMap<QString, QString> all = withTestDefaults(settings);
    QByteArray text;
    for (auto it = all.cbegin(); it != all.cend(); ++it)
        text += it.key().toUtf8() + " = " + it.value().toUtf8() + '\n';
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) &&
           file.write(text) == text.size();
}

} // namespace cardinal::testing
