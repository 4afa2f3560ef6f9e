// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal: the desktop app. Parses the command line, picks the profile, shows the window.
#include "client/profilepaths.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/icons.h"
#include "ui/shell/appwindow.h"
#include "ui/shell/colorscheme.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

using namespace cardinal;

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("cardinal"));
    QApplication::setApplicationDisplayName(QStringLiteral("Cardinal"));
    QApplication::setApplicationVersion(QStringLiteral(CARDINAL_VERSION));
    QApplication::setOrganizationName(QStringLiteral("Cardinal"));
    QApplication::setDesktopFileName(QStringLiteral(CARDINAL_APP_ID));
    QApplication::setWindowIcon(ui::Icons::appIcon());

    // The command line speaks the system's language; the profile's own setting applies
    // once the window opens.
    ui::Translations::apply(QString());
    QCommandLineParser parser;
    parser.setApplicationDescription(QApplication::translate(
        "main", "Cardinal, the end-to-end encrypted messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption profile(
        QStringLiteral("profile"),
        QApplication::translate("main", "Use profile NAME (or a directory path); default: %1.")
            .arg(client::ProfilePaths::DefaultProfile),
        QApplication::translate("main", "NAME"), QString(client::ProfilePaths::DefaultProfile));
    const QCommandLineOption server(
        QStringLiteral("server"),
        QApplication::translate("main", "The server a new account is offered (default: %1).")
            .arg(ui::AppSettings::defaultServer().toString()),
        QApplication::translate("main", "URL"));
    const QCommandLineOption language(
        QStringLiteral("language"),
        QApplication::translate("main", "Use language CODE (en, ru, de) and remember it."),
        QApplication::translate("main", "CODE"));
    parser.addOptions({profile, server, language});
    parser.process(app);

    auto directory = client::ProfilePaths::directory(parser.value(profile));
    if (!directory) {
        QTextStream(stderr) << "cardinal: " << directory.error().message() << Qt::endl;
        return 2;
    }
    const QUrl defaultServer = parser.isSet(server) ? QUrl(parser.value(server))
                                                    : ui::AppSettings::defaultServer();
    if (parser.isSet(language)) {
        const QString code = parser.value(language);
        if (!ui::AppSettings::supportedLanguages().contains(code)) {
            QTextStream(stderr) << "cardinal: unknown language " << code << Qt::endl;
            return 2;
        }
        ui::AppSettings(*directory).setLanguage(code);
    }

    ui::ColorScheme scheme;
    scheme.apply();
    ui::AppWindow window(*directory, defaultServer);
    QObject::connect(&scheme, &ui::ColorScheme::changed, &window, &ui::AppWindow::refreshAppearance);
    window.start();
    window.show();
    return QApplication::exec();
}
