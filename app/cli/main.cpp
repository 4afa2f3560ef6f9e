// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: the headless Cardinal client. Parses options and hands them to a command.
#include "offlinecommands.h"
#include "onlinecommands.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QLoggingCategory>
#include <QStandardPaths>
#include <QTextStream>

#include <functional>

using namespace cardinal;
using namespace cardinal::cli;

namespace {

constexpr int ExitFailure = 1;
constexpr int ExitUsage = 2;

struct Command
{
    QString name;  //!< one or two words
    QString usage;
    int minArgs = 0;
    int maxArgs = 0; //!< -1: any number (joined, e.g. a message text)
    QStringList options;
    std::function<Result<void>(const CliOptions &)> run;
};

QStringList words(const char *list)
{
    return QString::fromLatin1(list).split(u' ', Qt::SkipEmptyParts);
}

const QList<Command> &commands()
{
    static const QList<Command> table{
        {QStringLiteral("init"), QStringLiteral("init --identity EMAIL [--device NAME]"), 0, 0, words("identity device"), runInit},
        {QStringLiteral("card export"), QStringLiteral("card export [--out FILE]"), 0, 0, words("out"), runCardExport},
        {QStringLiteral("safety-number"), QStringLiteral("safety-number --card FILE"), 0, 0, words("card"), runSafetyNumber},
        {QStringLiteral("encrypt"), QStringLiteral("encrypt --to CARDFILE [--to CARDFILE ...] [--in FILE] [--out FILE]"), 0, 0, words("to in out"), runEncrypt},
        {QStringLiteral("decrypt"), QStringLiteral("decrypt [--from CARDFILE] [--in FILE] [--out FILE]"), 0, 0, words("from in out"), runDecrypt},
        {QStringLiteral("register"), QStringLiteral("register --server URL [--authority KEY]"), 0, 0, words("server authority json"), runRegister},
        {QStringLiteral("confirm"), QStringLiteral("confirm CODE"), 1, 1, words("json"), runConfirm},
        {QStringLiteral("send"), QStringLiteral("send --to EMAIL TEXT | send --group ID TEXT"), 1, -1, words("to group json"), runSend},
        {QStringLiteral("receive"), QStringLiteral("receive [--wait SECONDS]"), 0, 0, words("wait json"), runReceive},
        {QStringLiteral("listen"), QStringLiteral("listen"), 0, 0, words("json"), runListen},
        {QStringLiteral("history"), QStringLiteral("history --with EMAIL | history --group ID"), 0, 0, words("with group json"), runHistory},
        {QStringLiteral("contacts"), QStringLiteral("contacts"), 0, 0, words("json"), runContacts},
        {QStringLiteral("verify"), QStringLiteral("verify EMAIL [--mark]"), 1, 1, words("mark json"), runVerify},
        {QStringLiteral("accept-key"), QStringLiteral("accept-key EMAIL"), 1, 1, words("json"), runAcceptKey},
        {QStringLiteral("group create"), QStringLiteral("group create NAME --member EMAIL [--member EMAIL ...]"), 1, 1, words("member json"), runGroupCreate},
        {QStringLiteral("group add"), QStringLiteral("group add ID EMAIL"), 2, 2, words("json"), runGroupAdd},
        {QStringLiteral("group remove"), QStringLiteral("group remove ID EMAIL"), 2, 2, words("json"), runGroupRemove},
        {QStringLiteral("backup upload"), QStringLiteral("backup upload"), 0, 0, words("json"), runBackupUpload},
        {QStringLiteral("restore"), QStringLiteral("restore --server URL --identity EMAIL [--authority KEY]   (then: confirm CODE)"), 0, 0, words("server identity authority json"), runRestore},
        {QStringLiteral("devices"), QStringLiteral("devices"), 0, 0, words("json"), runDevices},
        {QStringLiteral("revoke"), QStringLiteral("revoke --device ID"), 0, 0, words("device json"), runRevoke},
    };
    return table;
}

QString commandList()
{
    QString text = QStringLiteral("\nCommands:\n");
    for (const Command &command : commands())
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

// The command named by the first one or two positional words, longest match first.
const Command *findCommand(const QStringList &positional)
{
    for (int length : {2, 1}) {
        if (positional.size() < length)
            continue;
        const QString name = positional.mid(0, length).join(u' ');
        for (const Command &command : commands())
            if (command.name == name)
                return &command;
    }
    return nullptr;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("cardinal"));
    QCoreApplication::setApplicationName(QStringLiteral("cardinal"));
    QCoreApplication::setApplicationVersion(QStringLiteral(CARDINAL_VERSION));
    // A command's output is its result; progress chatter stays out unless asked for
    // (QT_LOGGING_RULES="cardinal.*.info=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("cardinal.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Cardinal command-line client: end-to-end encrypted messaging.") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addOptions({
        {QStringLiteral("profile"), QStringLiteral("Profile directory."), QStringLiteral("DIR")},
        {QStringLiteral("passphrase-file"), QStringLiteral("Read the passphrase from FILE."), QStringLiteral("FILE")},
        {QStringLiteral("json"), QStringLiteral("Print one JSON object per line.")},
        {QStringLiteral("identity"), QStringLiteral("E-mail identity (init, restore)."), QStringLiteral("EMAIL")},
        {QStringLiteral("device"), QStringLiteral("Device name (init) or id (revoke)."), QStringLiteral("DEVICE")},
        {QStringLiteral("card"), QStringLiteral("Contact card file (safety-number)."), QStringLiteral("FILE")},
        {QStringLiteral("to"), QStringLiteral("Recipient: card file (encrypt; repeatable) or e-mail (send)."), QStringLiteral("TO")},
        {QStringLiteral("from"), QStringLiteral("Expected sender's card file (decrypt)."), QStringLiteral("CARDFILE")},
        {QStringLiteral("in"), QStringLiteral("Input file (default: standard input)."), QStringLiteral("FILE")},
        {QStringLiteral("out"), QStringLiteral("Output file (default: standard output)."), QStringLiteral("FILE")},
        {QStringLiteral("server"), QStringLiteral("Server address, ws://HOST:PORT or wss://HOST:PORT."), QStringLiteral("URL")},
        {QStringLiteral("authority"), QStringLiteral("The server's authority key, as 'cardinal-server init' printed it (register, restore)."), QStringLiteral("KEY")},
        {QStringLiteral("group"), QStringLiteral("Group id (send, history)."), QStringLiteral("ID")},
        {QStringLiteral("with"), QStringLiteral("Contact (history)."), QStringLiteral("EMAIL")},
        {QStringLiteral("member"), QStringLiteral("Group member (group create; repeatable)."), QStringLiteral("EMAIL")},
        {QStringLiteral("mark"), QStringLiteral("Record the safety number as verified (verify).")},
        {QStringLiteral("wait"), QStringLiteral("Seconds to wait for messages (receive; default 3)."), QStringLiteral("SECONDS")},
    });
    parser.addPositionalArgument(QStringLiteral("command"), QStringLiteral("What to do (see below)."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version")))
        parser.showVersion();

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(QStringLiteral("no command given"));
    const Command *command = findCommand(positional);
    if (!command)
        return usageError(QStringLiteral("unknown command '%1'").arg(positional.first()));
    const QStringList args = positional.mid(command->name.count(u' ') + 1);
    if (args.size() < command->minArgs || (command->maxArgs >= 0 && args.size() > command->maxArgs))
        return usageError(QStringLiteral("usage: cardinal-cli %1").arg(command->usage));
    static const QStringList global{QStringLiteral("profile"), QStringLiteral("passphrase-file")};
    for (const QString &option : parser.optionNames())
        if (!global.contains(option) && !command->options.contains(option))
            return usageError(QStringLiteral("'%1' does not take --%2").arg(command->name, option));

    CliOptions options;
    options.profileDir = parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                                 : defaultProfileDir();
    options.passphrase.file = parser.value(QStringLiteral("passphrase-file"));
    options.args = args;
    options.json = parser.isSet(QStringLiteral("json"));
    options.identity = parser.value(QStringLiteral("identity"));
    options.device = parser.value(QStringLiteral("device"));
    options.cardFile = parser.value(QStringLiteral("card"));
    options.to = parser.values(QStringLiteral("to"));
    options.from = parser.value(QStringLiteral("from"));
    options.inFile = parser.value(QStringLiteral("in"));
    options.outFile = parser.value(QStringLiteral("out"));
    options.server = parser.value(QStringLiteral("server"));
    options.authority = parser.value(QStringLiteral("authority"));
    options.group = parser.value(QStringLiteral("group"));
    options.with = parser.value(QStringLiteral("with"));
    options.members = parser.values(QStringLiteral("member"));
    options.mark = parser.isSet(QStringLiteral("mark"));
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        options.waitSeconds = parser.value(QStringLiteral("wait")).toDouble(&ok);
        if (!ok || options.waitSeconds < 0 || options.waitSeconds > 3600)
            return usageError(QStringLiteral("--wait takes 0 to 3600 seconds"));
    }

    if (auto result = command->run(options); !result) {
        QTextStream(stderr) << "cardinal-cli: " << result.error().message() << Qt::endl;
        return ExitFailure;
    }
    return 0;
}
