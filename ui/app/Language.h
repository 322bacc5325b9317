#pragma once

// Interface languages: the translations are embedded as resources (:/i18n/waymark_<code>.qm).

#include <QCoreApplication>
#include <QList>
#include <QString>

class Language
{
    Q_DECLARE_TR_FUNCTIONS(Language)

public:
    struct Choice
    {
        QString code; // "" = follow the system
        QString name; // shown in its own language ("English", "Cymraeg")
    };

    // System default first, then each language Waymark ships.
    static QList<Choice> choices();

    // Installs the translator for `code` (or the system's preferred languages when empty)
    // on the application. Returns the language actually loaded ("en_GB" when none matched:
    // the source strings are British English).
    static QString install(QCoreApplication& app, const QString& code);
};
