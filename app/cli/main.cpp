// SPDX-License-Identifier: GPL-3.0-or-later
// cardinal-cli: the headless Cardinal client. Parses options and hands them to a command.
#include "client/profilepaths.h"
#include "offlinecommands.h"
#include "onlinecommands.h"
#include "translation.h"

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
    const char *usage; //!< translated when shown: Cli::tr(usage)
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
    // Usage lines are translated when shown: command and option names stay, the words in
    // capitals are placeholders (a usage without any is not marked for translation).
    static const QList<Command> table{
        //: A usage line: keep the command and option names, translate the placeholders in
        //: capitals as in the option list.
        {QStringLiteral("init"), QT_TRANSLATE_NOOP("cli", "init --identity EMAIL [--device NAME]"), 0, 0, words("identity device"), runInit},
        {QStringLiteral("card export"), QT_TRANSLATE_NOOP("cli", "card export [--out FILE]"), 0, 0, words("out"), runCardExport},
        {QStringLiteral("safety-number"), QT_TRANSLATE_NOOP("cli", "safety-number --card FILE"), 0, 0, words("card"), runSafetyNumber},
        {QStringLiteral("encrypt"), QT_TRANSLATE_NOOP("cli", "encrypt --to CARDFILE [--to CARDFILE ...] [--in FILE] [--out FILE]"), 0, 0, words("to in out"), runEncrypt},
        {QStringLiteral("decrypt"), QT_TRANSLATE_NOOP("cli", "decrypt [--from CARDFILE] [--in FILE] [--out FILE]"), 0, 0, words("from in out"), runDecrypt},
        {QStringLiteral("register"), QT_TRANSLATE_NOOP("cli", "register --server URL [--authority KEY] [--token TOKEN]"), 0, 0, words("server authority token json"), runRegister},
        {QStringLiteral("confirm"), QT_TRANSLATE_NOOP("cli", "confirm CODE"), 1, 1, words("json"), runConfirm},
        {QStringLiteral("send"), QT_TRANSLATE_NOOP("cli", "send --to EMAIL TEXT | send --group ID TEXT"), 1, -1, words("to group json"), runSend},
        {QStringLiteral("receive"), QT_TRANSLATE_NOOP("cli", "receive [--wait SECONDS]"), 0, 0, words("wait json"), runReceive},
        {QStringLiteral("listen"), "listen", 0, 0, words("json"), runListen},
        {QStringLiteral("history"), QT_TRANSLATE_NOOP("cli", "history --with EMAIL | history --group ID"), 0, 0, words("with group json"), runHistory},
        {QStringLiteral("contacts"), "contacts", 0, 0, words("json"), runContacts},
        {QStringLiteral("verify"), QT_TRANSLATE_NOOP("cli", "verify EMAIL [--mark]"), 1, 1, words("mark json"), runVerify},
        {QStringLiteral("accept-key"), QT_TRANSLATE_NOOP("cli", "accept-key EMAIL"), 1, 1, words("json"), runAcceptKey},
        {QStringLiteral("group create"), QT_TRANSLATE_NOOP("cli", "group create NAME --member EMAIL [--member EMAIL ...]"), 1, 1, words("member json"), runGroupCreate},
        {QStringLiteral("group add"), QT_TRANSLATE_NOOP("cli", "group add ID EMAIL"), 2, 2, words("json"), runGroupAdd},
        {QStringLiteral("group remove"), QT_TRANSLATE_NOOP("cli", "group remove ID EMAIL"), 2, 2, words("json"), runGroupRemove},
        {QStringLiteral("backup upload"), "backup upload", 0, 0, words("json"), runBackupUpload},
        {QStringLiteral("restore"), QT_TRANSLATE_NOOP("cli", "restore --server URL --identity EMAIL [--authority KEY]   (then: confirm CODE)"), 0, 0, words("server identity authority json"), runRestore},
        {QStringLiteral("devices"), "devices", 0, 0, words("json"), runDevices},
        {QStringLiteral("revoke"), QT_TRANSLATE_NOOP("cli", "revoke --device ID"), 0, 0, words("device json"), runRevoke},
        {QStringLiteral("kt status"), "kt status", 0, 0, words("json"), runKtStatus},
        {QStringLiteral("kt history"), QT_TRANSLATE_NOOP("cli", "kt history EMAIL"), 1, 1, words("json"), runKtHistory},
        {QStringLiteral("kt audit"), QT_TRANSLATE_NOOP("cli", "kt audit --server URL [--kt-key KEY]"), 0, 0, words("server kt-key json"), runKtAudit},
        {QStringLiteral("kt evidence"), QT_TRANSLATE_NOOP("cli", "kt evidence [--out FILE]"), 0, 0, words("out json"), runKtEvidence},
        {QStringLiteral("kt acknowledge"), QT_TRANSLATE_NOOP("cli", "kt acknowledge ID"), 1, 1, words("json"), runKtAcknowledge},
    };
    return table;
}

QString commandList()
{
    QString text = u'\n' + Cli::tr("Commands:") + u'\n';
    for (const Command &command : commands())
        text += QStringLiteral("  ") + Cli::tr(command.usage) + u'\n';
    text += u'\n' + Cli::tr("The passphrase comes from CARDINAL_PASSPHRASE, --passphrase-file, or a prompt.")
        + u'\n' + Cli::tr("Exit status: 0 on success, 1 on failure, 2 on a usage error.");
    return text;
}

int usageError(const QString &message)
{
    QTextStream(stderr) << "cardinal-cli: " << Cli::tr("%1 (see --help)").arg(message) << Qt::endl;
    return ExitUsage;
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
    installTranslations(app);
    // A command's output is its result; progress chatter stays out unless asked for
    // (QT_LOGGING_RULES="cardinal.*.info=true" overrides this).
    QLoggingCategory::setFilterRules(QStringLiteral("cardinal.*.info=false"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Cli::tr("Cardinal command-line client: end-to-end encrypted messaging.") + commandList());
    parser.addHelpOption();
    parser.addVersionOption();
    //: The words in capitals name the value an option takes, as in the command list.
    const QString file = Cli::tr("FILE");
    const QString email = Cli::tr("EMAIL");
    parser.addOptions({
        {QStringLiteral("profile"), Cli::tr("Profile NAME, or a directory if it contains a '/' (the same profiles as the desktop app)."), Cli::tr("NAME")},
        {QStringLiteral("passphrase-file"), Cli::tr("Read the passphrase from FILE."), file},
        {QStringLiteral("json"), Cli::tr("Print one JSON object per line.")},
        {QStringLiteral("identity"), Cli::tr("E-mail identity (init, restore)."), email},
        {QStringLiteral("device"), Cli::tr("Device name (init) or id (revoke)."), Cli::tr("DEVICE")},
        {QStringLiteral("card"), Cli::tr("Contact card file (safety-number)."), file},
        {QStringLiteral("to"), Cli::tr("Recipient: card file (encrypt; repeatable) or e-mail (send)."), Cli::tr("TO")},
        {QStringLiteral("from"), Cli::tr("Expected sender's card file (decrypt)."), Cli::tr("CARDFILE")},
        {QStringLiteral("in"), Cli::tr("Input file (default: standard input)."), file},
        {QStringLiteral("out"), Cli::tr("Output file (default: standard output)."), file},
        {QStringLiteral("server"), Cli::tr("Server address, ws://HOST:PORT or wss://HOST:PORT."), Cli::tr("URL")},
        {QStringLiteral("authority"), Cli::tr("The server's authority key, as 'cardinal-server init' printed it (register, restore)."), Cli::tr("KEY")},
        {QStringLiteral("token"), Cli::tr("An invitation token from the server's operator instead of an e-mail code, or - to read it from standard input (register)."), Cli::tr("TOKEN")},
        {QStringLiteral("kt-key"), Cli::tr("The log's checkpoint key, as 'cardinal-server init' printed it (kt audit)."), Cli::tr("KEY")},
        {QStringLiteral("group"), Cli::tr("Group id (send, history)."), Cli::tr("ID")},
        {QStringLiteral("with"), Cli::tr("Contact (history)."), email},
        {QStringLiteral("member"), Cli::tr("Group member (group create; repeatable)."), email},
        {QStringLiteral("mark"), Cli::tr("Record the safety number as verified (verify).")},
        {QStringLiteral("wait"), Cli::tr("Seconds to wait for messages (receive; default 3)."), Cli::tr("SECONDS")},
    });
    parser.addPositionalArgument(Cli::tr("command"), Cli::tr("What to do (see below)."));
    if (!parser.parse(QCoreApplication::arguments()))
        return usageError(parser.errorText());
    if (parser.isSet(QStringLiteral("help")))
        parser.showHelp(0);
    if (parser.isSet(QStringLiteral("version"))) {
        // Not showVersion(): the application name is "cardinal" (it names the data directory).
        QTextStream(stdout) << "cardinal-cli " << QStringLiteral(CARDINAL_VERSION) << Qt::endl;
        return 0;
    }

    const QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usageError(Cli::tr("no command given"));
    const Command *command = findCommand(positional);
    if (!command)
        return usageError(Cli::tr("unknown command '%1'").arg(positional.first()));
    const QStringList args = positional.mid(command->name.count(u' ') + 1);
    if (args.size() < command->minArgs || (command->maxArgs >= 0 && args.size() > command->maxArgs))
        return usageError(Cli::tr("usage: cardinal-cli %1").arg(Cli::tr(command->usage)));
    static const QStringList global{QStringLiteral("profile"), QStringLiteral("passphrase-file")};
    for (const QString &option : parser.optionNames())
        if (!global.contains(option) && !command->options.contains(option))
            return usageError(Cli::tr("'%1' does not take --%2").arg(command->name, option));

    CliOptions options;
    auto profileDir = client::ProfilePaths::directory(
        parser.isSet(QStringLiteral("profile")) ? parser.value(QStringLiteral("profile"))
                                                : QString(client::ProfilePaths::DefaultProfile));
    if (!profileDir)
        return usageError(profileDir.error().detail);
    options.profileDir = *profileDir;
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
    options.token = parser.value(QStringLiteral("token"));
    options.ktKey = parser.value(QStringLiteral("kt-key"));
    options.group = parser.value(QStringLiteral("group"));
    options.with = parser.value(QStringLiteral("with"));
    options.members = parser.values(QStringLiteral("member"));
    options.mark = parser.isSet(QStringLiteral("mark"));
    if (parser.isSet(QStringLiteral("wait"))) {
        bool ok = false;
        options.waitSeconds = parser.value(QStringLiteral("wait")).toDouble(&ok);
        if (!ok || options.waitSeconds < 0 || options.waitSeconds > 3600)
            return usageError(Cli::tr("--wait takes 0 to 3600 seconds"));
    }

    if (auto result = command->run(options); !result) {
        QTextStream(stderr) << "cardinal-cli: " << errorText(result.error()) << Qt::endl;
        return ExitFailure;
    }
    return 0;
}
