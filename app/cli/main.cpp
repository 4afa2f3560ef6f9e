// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: the headless Cardinal client. Parses options and hands them to a command.
#include "offlinecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>
#include <map>

using namespace cardinal;
using namespace cardinal::cli;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

struct Command
{
    QString usage;
    QStringList allowedOptions;
    std::function<Result<void>(const OfflineOptions &)> run;
};

const std::map<QString, Command> &commands()
{
    static const std::map<QString, Command> table{
        {QStringLiteral("init"),
         {QStringLiteral("init --identity EMAIL [--device NAME]"), {QStringLiteral("identity"), QStringLiteral("device")}, runInit}},
        {QStringLiteral("card export"),
         {QStringLiteral("card export [--out FILE]"), {QStringLiteral("out")}, runCardExport}},
        {QStringLiteral("safety-number"),
         {QStringLiteral("safety-number --card FILE"), {QStringLiteral("card")}, runSafetyNumber}},
        {QStringLiteral("encrypt"),
         {QStringLiteral("encrypt --to CARDFILE [--to CARDFILE ...] [--in FILE] [--out FILE]"),
          {QStringLiteral("to"), QStringLiteral("in"), QStringLiteral("out")}, runEncrypt}},
        {QStringLiteral("decrypt"),
         {QStringLiteral("decrypt [--from CARDFILE] [--in FILE] [--out FILE]"),
          {QStringLiteral("from"), QStringLiteral("in"), QStringLiteral("out")}, runDecrypt}},
    };
    return table;
}

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const auto &[name, command] : commands())
        text += QStringLiteral("  ") + command.usage + u'\n';
    text += QStringLiteral(
        "\nThe passphrase comes from CARDINAL_PASSPHRASE, --passphrase-file, or a prompt.\n"
        "Exit status: 0 on success, 1 on failure, 2 on a usage error.");
    return text;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "cardinal-cli: " << message << " (see --help)" << Qt::endl;
    return ExitUsage;
}

QString defaultProfileDir()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("profiles/default"));
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cardinal"));
    QCoreApplication::setApplicationName(QStringLiteral("cardinal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDINAL_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cardinal command-line client: end-to-end encrypted messaging.") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    const QList<QCommandLineOption> options{
        {QStringLiteral("profile"), QStringLiteral("Profile directory."), QStringLiteral("DIR")},
        {QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("identity"), QStringLiteral("E-mail identity (init)."), QStringLiteral("EMAIL")},
        {QStringLiteral("device"), QStringLiteral("Name of this device (init)."), QStringLiteral("NAME")},
        {QStringLiteral("card"), QStringLiteral("Contact card file (safety-number)."), QStringLiteral("FILE")},
        {QStringLiteral("to"), QStringLiteral("Recipient card file (encrypt; repeatable)."), QStringLiteral("CARDFILE")},
        {QStringLiteral("from"), QStringLiteral("Expected sender's card file (decrypt)."), QStringLiteral("CARDFILE")},
        {QStringLiteral("in"), QStringLiteral("Input file (default: standard input)."), QStringLiteral("FILE")},
        {QStringLiteral("out"), QStringLiteral("Output file (default: standard output)."), QStringLiteral("FILE")},
    };
    parser.addOptions(options);
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see below)."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList words = parser.positionalArguments();
    if (words.isEmpty())
        return usageError(QStringLiteral("no command given"));
    QString name = words.first();
    if (name == QStringLiteral("card") && words.size() >= 2)
        name += u' ' + words.at(1);
    const auto command = commands().find(name);
    if (command == commands().end())
        return usageError(QStringLiteral("unknown command '%1'").arg(name));
    if (words.size() != name.count(u' ') + 1)
        return usageError(QStringLiteral("unexpected argument '%1'").arg(words.last()));
    static const QStringList global{QStringLiteral("profile"), QStringLiteral("passphrase-file")};
    for (const QString &option : parser.optionNames())
        if (!global.contains(option) && !command->second.allowedOptions.contains(option))
            return usageError(QStringLiteral("'%1' does not take --%2").arg(name, option));

    OfflineOptions offline;
    offline.profileDir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                 : defaultProfileDir();
    offline.passphrase.file = parser.value(QStringLiteral("passphrase-file"));
    offline.identity = parser.value(QStringLiteral("identity"));
    offline.deviceName = parser.value(QStringLiteral("device"));
    offline.cardFile = parser.value(QStringLiteral("card"));
    offline.toCards = parser.values(QStringLiteral("to"));
    offline.fromCard = parser.value(QStringLiteral("from"));
    offline.inFile = parser.value(QStringLiteral("in"));
    offline.outFile = parser.value(QStringLiteral("out"));

    if (auto result = command->second.run(offline); !result) {
        QTextStream(stderr) << "cardinal-cli: " << result.error().message() << Qt::endl;
        return ExitFailure;
    }
    return 0;
}
