// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/shell/translations.h"

#include "ui/kit/appsettings.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

#include <memory>

namespace cardinal::ui::Translations {

namespace {

std::unique_ptr<QTranslator> &appCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

std::unique_ptr<QTranslator> &qtCatalogue()
{
    static std::unique_ptr<QTranslator> translator;
    return translator;
}

void replace(std::unique_ptr<QTranslator> &slot, std::unique_ptr<QTranslator> loaded)
{
    if (slot)
        QCoreApplication::removeTranslator(slot.get());
    slot = std::move(loaded);
    if (slot)
        QCoreApplication::installTranslator(slot.get());
}

std::unique_ptr<QTranslator> load(const QString &file, const QString &directory)
{
    auto translator = std::make_unique<QTranslator>();
    if (!translator->load(file, directory))
        return nullptr;
    return translator;
}

} // namespace

QString resolve(const QString &code)
{
    const QStringList supported = AppSettings::supportedLanguages();
    if (supported.contains(code))
        return code;
    for (const QString &language : QLocale::system().uiLanguages()) {
        const QString prefix = language.section(u'-', 0, 0).toLower();
        if (supported.contains(prefix))
            return prefix;
    }
    return QStringLiteral("en");
}

QString apply(const QString &code)
{
    const QString language = resolve(code);
    QLocale::setDefault(code.isEmpty() ? QLocale::system() : QLocale(language));
    // English, the sources' language, has catalogues too (ours and Qt's qtbase_en): they
    // hold only the messages with a count, as Qt picks "1 minute" or "2 minutes" from a
    // catalogue alone.
    replace(appCatalogue(), load(QStringLiteral("cardinal_") + language, QStringLiteral(":/i18n")));
    replace(qtCatalogue(), load(QStringLiteral("qtbase_") + language,
                                QLibraryInfo::path(QLibraryInfo::TranslationsPath)));
    return language;
}

} // namespace cardinal::ui::Translations
