// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal: the desktop app. Parses the command line, picks the profile, shows the window.
#include "client/profilepaths.h"
#include "ui/kit/appsettings.h"
#include "ui/kit/icons.h"
#include "ui/shell/appwindow.h"
#include "ui/shell/colorscheme.h"
#include "ui/shell/singleinstance.h"
#include "ui/shell/translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QTextStream>

#include <cstring>

using namespace cardinal;

namespace {

void nameTheApplication()
{
    QCoreApplication::setApplicationName(QStringLiteral("cardinal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDINAL_VERSION));
    QCoreApplication::setOrganizationName(QStringLiteral("Cardinal"));
}

struct Options
{
    QCommandLineOption profile;
    QCommandLineOption server;
    QCommandLineOption language;
};

//! The command line, in the system's language (the profile's own setting applies once the
//! window opens).
Options describe(QCommandLineParser &parser)
{
    ui::Translations::apply(QString());
    parser.setApplicationDescription(QCoreApplication::translate(
        "main", "Cardinal, the end-to-end encrypted messenger."));
    parser.addHelpOption();
    parser.addVersionOption();
    Options options{
        QCommandLineOption(
            QStringLiteral("profile"),
            QCoreApplication::translate("main",
                                        "Use profile NAME (or a directory path); default: %1.")
                .arg(client::ProfilePaths::DefaultProfile),
            QCoreApplication::translate("main", "NAME"),
            QString(client::ProfilePaths::DefaultProfile)),
        QCommandLineOption(
            QStringLiteral("server"),
            QCoreApplication::translate("main", "The server a new account is offered (default: %1).")
                .arg(ui::AppSettings::defaultServer().toString()),
            QCoreApplication::translate("main", "URL")),
        QCommandLineOption(
            QStringLiteral("language"),
            QCoreApplication::translate("main", "Use language CODE (en, ru, de) and remember it."),
            QCoreApplication::translate("main", "CODE")),
    };
    parser.addOptions({options.profile, options.server, options.language});
    return options;
}

//! Whether the command line only asks for text (help or version), which needs no display:
//! `cardinal --help` over SSH or in a terminal without a desktop still answers.
bool asksOnlyForText(int argc, char *argv[])
{
    for (int i = 1; i < argc; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            if (std::strcmp(argv[i], flag) == 0)
                return true;
    }
    return false;
}

} // namespace

int main(int argc, char *argv[])
{
    if (asksOnlyForText(argc, argv)) {
        QCoreApplication text(argc, argv);
        nameTheApplication();
        QCommandLineParser parser;
        describe(parser);
        parser.process(text); // prints and exits
        return 0;
    }

    QApplication app(argc, argv);
    nameTheApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("Cardinal"));
    QApplication::setDesktopFileName(QStringLiteral(CARDINAL_APP_ID));
    QApplication::setWindowIcon(ui::Icons::appIcon());

    QCommandLineParser parser;
    const Options options = describe(parser);
    parser.process(app);

    auto directory = client::ProfilePaths::directory(parser.value(options.profile));
    if (!directory) {
        QTextStream(stderr) << "cardinal: " << directory.error().message() << Qt::endl;
        return 2;
    }
    const QUrl defaultServer = parser.isSet(options.server) ? QUrl(parser.value(options.server))
                                                            : ui::AppSettings::defaultServer();
    if (parser.isSet(options.language)) {
        const QString code = parser.value(options.language);
        if (!ui::AppSettings::supportedLanguages().contains(code)) {
            QTextStream(stderr) << "cardinal: unknown language " << code << Qt::endl;
            return 2;
        }
        ui::AppSettings(*directory).setLanguage(code);
    }

    // One window per profile: a second start brings the first one to the front.
    ui::SingleInstance instance(*directory);
    if (!instance.claim()) {
        QTextStream(stdout) << "cardinal: already running for this profile; "
                               "brought its window to the front"
                            << Qt::endl;
        return 0;
    }

    ui::ColorScheme scheme;
    scheme.apply();
    ui::AppWindow window(*directory, defaultServer);
    window.setColorScheme(&scheme);
    QObject::connect(&scheme, &ui::ColorScheme::changed, &window, &ui::AppWindow::refreshAppearance);
    QObject::connect(&instance, &ui::SingleInstance::activationRequested, &window,
                     &ui::AppWindow::bringToFront);
    window.start();
    window.show();
    return QApplication::exec();
}
