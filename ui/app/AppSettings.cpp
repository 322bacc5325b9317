#include "ui/app/AppSettings.h"

#include <algorithm>

namespace {
const QString kLanguageKey = QStringLiteral("ui/language");
const QString kIdleKey = QStringLiteral("security/idleLockMinutes");
const QString kCasebookKey = QStringLiteral("casebook/path");
const QString kLastUserKey = QStringLiteral("casebook/lastUser");
} // namespace

AppSettings::AppSettings()
    : m_settings(std::make_unique<QSettings>(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Waymark"),
                                             QStringLiteral("Waymark")))
{}

AppSettings::AppSettings(const QString& iniFile)
    : m_settings(std::make_unique<QSettings>(iniFile, QSettings::IniFormat))
{}

QString AppSettings::language() const
{
    return m_settings->value(kLanguageKey).toString();
}

void AppSettings::setLanguage(const QString& language)
{
    if (language.isEmpty())
        m_settings->remove(kLanguageKey);
    else
        m_settings->setValue(kLanguageKey, language);
}

int AppSettings::idleLockMinutes() const
{
    bool ok = false;
    const int minutes = m_settings->value(kIdleKey, kDefaultIdleLockMinutes).toInt(&ok);
    if (!ok)
        return kDefaultIdleLockMinutes;
    return std::clamp(minutes, kMinIdleLockMinutes, kMaxIdleLockMinutes);
}

void AppSettings::setIdleLockMinutes(int minutes)
{
    m_settings->setValue(kIdleKey, std::clamp(minutes, kMinIdleLockMinutes, kMaxIdleLockMinutes));
}

QString AppSettings::casebookPath() const
{
    return m_settings->value(kCasebookKey).toString();
}

void AppSettings::setCasebookPath(const QString& path)
{
    m_settings->setValue(kCasebookKey, path);
}

QString AppSettings::lastUser() const
{
    return m_settings->value(kLastUserKey).toString();
}

void AppSettings::setLastUser(const QString& user)
{
    m_settings->setValue(kLastUserKey, user);
}

QStringList AppSettings::recentCasebooks() const
{
    return m_settings->value(QStringLiteral("casebook/recent")).toStringList();
}

void AppSettings::addRecentCasebook(const QString& path)
{
    if (path.isEmpty())
        return;
    QStringList recent = recentCasebooks();
    recent.removeAll(path);
    recent.prepend(path);
    while (recent.size() > kMaxRecent)
        recent.removeLast();
    m_settings->setValue(QStringLiteral("casebook/recent"), recent);
}

void AppSettings::sync()
{
    m_settings->sync();
}

QString AppSettings::fileName() const
{
    return m_settings->fileName();
}
