// SPDX-License-Identifier: GPL-3.0-or-later
#include "translation.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace cardinal::cli {

namespace {

constexpr QLatin1StringView Catalogue{"cardinal-cli"};
constexpr QLatin1StringView CatalogueDir{":/i18n"};

// QCommandLineParser's own words (--help headings, its option descriptions, its parse
// errors). Qt's catalogue that translates them is an optional package, so ours carries
// them too: lupdate collects them from here, and the parser finds them in context
// "QCommandLineParser" through whichever translator has them. Kept as in Qt 6.4's source.
[[maybe_unused]] constexpr const char *QtParserWords[] = {
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays version information."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help on commandline options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Displays help including Qt specific options."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown option '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unknown options: %1."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Missing value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Unexpected value after '%1'."),
    QT_TRANSLATE_NOOP("QCommandLineParser", "[options]"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Usage: %1"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Options:"),
    QT_TRANSLATE_NOOP("QCommandLineParser", "Arguments:"),
};

// Installs the catalogue `name`_<language> from `directory` for `locale`, if there is one.
bool install(QCoreApplication &app, const QLocale &locale, const QString &name,
             const QString &directory)
{
    auto *translator = new QTranslator(&app);
    if (translator->load(locale, name, QStringLiteral("_"), directory) &&
        QCoreApplication::installTranslator(translator))
        return true;
    delete translator;
    return false;
}

QString codeText(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidArgument: return Cli::tr("invalid argument");
    case ErrorCode::MalformedInput: return Cli::tr("malformed input");
    case ErrorCode::TooLarge: return Cli::tr("input too large");
    case ErrorCode::UnsupportedVersion: return Cli::tr("unsupported version");
    case ErrorCode::BadSignature: return Cli::tr("bad signature");
    case ErrorCode::DecryptionFailed: return Cli::tr("decryption failed");
    case ErrorCode::NotARecipient: return Cli::tr("not a recipient");
    case ErrorCode::UnknownSender: return Cli::tr("unknown sender");
    case ErrorCode::WeakKey: return Cli::tr("weak key");
    case ErrorCode::WrongPassphrase: return Cli::tr("wrong passphrase");
    case ErrorCode::CorruptFile: return Cli::tr("corrupt file");
    case ErrorCode::IoError: return Cli::tr("I/O error");
    case ErrorCode::CryptoFailure: return Cli::tr("crypto failure");
    case ErrorCode::Forbidden: return Cli::tr("forbidden");
    case ErrorCode::NotFound: return Cli::tr("not found");
    case ErrorCode::Conflict: return Cli::tr("conflict");
    case ErrorCode::RateLimited: return Cli::tr("rate limited");
    case ErrorCode::LimitReached: return Cli::tr("limit reached");
    case ErrorCode::InvalidCode: return Cli::tr("invalid code");
    case ErrorCode::CodeExpired: return Cli::tr("code expired");
    case ErrorCode::InvalidToken: return Cli::tr("invalid token");
    case ErrorCode::Unreachable: return Cli::tr("server unreachable");
    case ErrorCode::ConnectionRefused: return Cli::tr("connection refused");
    case ErrorCode::HostNotFound: return Cli::tr("host not found");
    case ErrorCode::NotAServer: return Cli::tr("not a Cardinal server");
    case ErrorCode::TlsFailed: return Cli::tr("secure connection failed");
    case ErrorCode::ServerFailed: return Cli::tr("the server failed; try again later");
    case ErrorCode::NotSent: return Cli::tr("not sent");
    case ErrorCode::ProofFailed: return Cli::tr("key transparency proof failed");
    }
    return errorCodeName(code);
}

} // namespace

void installTranslations(QCoreApplication &app)
{
    const auto installCatalogues = [&app](const QLocale &locale) {
        if (!install(app, locale, Catalogue, CatalogueDir))
            return false;
        install(app, locale, QStringLiteral("qtbase"),
                QLibraryInfo::path(QLibraryInfo::TranslationsPath));
        return true;
    };
    const QStringList languages = QLocale::system().uiLanguages();
    for (const QString &language : languages) {
        const QLocale locale(language);
        // English is the source language: a user who puts it first gets English, even if a
        // later language has a catalogue.
        if (locale.language() == QLocale::English || language == u"C" || language == u"POSIX")
            break;
        if (installCatalogues(locale))
            return;
    }
    // English has catalogues too (ours and Qt's qtbase_en), holding only the messages with
    // a count: Qt picks "1 minute" or "2 minutes" from a catalogue alone.
    installCatalogues(QLocale(QLocale::English));
}

QString errorText(const Error &error)
{
    const QString meaning = codeText(error.code);
    return error.detail.isEmpty() ? meaning
                                  : QString(meaning + QStringLiteral(": ") + error.detail);
}

} // namespace cardinal::cli
