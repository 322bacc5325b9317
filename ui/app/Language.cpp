#include "ui/app/Language.h"

#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace {

bool loadInto(QCoreApplication& app, QTranslator& translator, const QLocale& locale)
{
    if (!translator.load(locale, QStringLiteral("waymark"), QStringLiteral("_"), QStringLiteral(":/i18n")))
        return false;
    app.installTranslator(&translator);
    return true;
}

} // namespace

QList<Language::Choice> Language::choices()
{
    return {
        {QString(), tr("System default")},
        {QStringLiteral("en_GB"), QStringLiteral("English")},
        {QStringLiteral("cy"), QStringLiteral("Cymraeg")},
    };
}

QString Language::install(QCoreApplication& app, const QString& code)
{
    // Owned by the application, so they live as long as it does.
    auto* ours = new QTranslator(&app);
    auto* qtBase = new QTranslator(&app);

    const QLocale locale = code.isEmpty() ? QLocale::system() : QLocale(code);
    if (code.isEmpty() || locale.language() != QLocale::C) {
        if (loadInto(app, *ours, locale)) {
            // Qt's own strings (standard buttons, file dialogs) when Qt ships that language.
            if (qtBase->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                             QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
                app.installTranslator(qtBase);
            QLocale::setDefault(locale);
            return ours->language();
        }
    }
    // No match (say, a system in US English): the British English catalogue still supplies
    // the plural forms ("1 minute", "5 minutes") that the source strings only write as "(s)".
    loadInto(app, *ours, QLocale(QLocale::English, QLocale::UnitedKingdom));
    return QStringLiteral("en_GB");
}
