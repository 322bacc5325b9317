#pragma once

// The user's preferences for this installation (QSettings): which casebook to open, the
// interface language and the idle auto-lock delay. Nothing here is personal data.

#include <QSettings>
#include <QString>
#include <QStringList>

#include <memory>

class AppSettings
{
public:
    // The user's settings file (~/.config/Waymark/Waymark.conf on Linux).
    AppSettings();
    // An explicit INI file, for tests and portable installs.
    explicit AppSettings(const QString& iniFile);

    static constexpr int kDefaultIdleLockMinutes = 5;
    static constexpr int kMinIdleLockMinutes = 1;
    static constexpr int kMaxIdleLockMinutes = 240;

    // "" follows the system language; otherwise a language code such as "en_GB" or "cy".
    QString language() const;
    void setLanguage(const QString& language);

    int idleLockMinutes() const;
    void setIdleLockMinutes(int minutes);

    // The casebook opened at start; empty before the first run.
    QString casebookPath() const;
    void setCasebookPath(const QString& path);

    // The last user name that signed in (offered again in the unlock dialog).
    QString lastUser() const;
    void setLastUser(const QString& user);

    // Casebooks opened lately, newest first (at most kMaxRecent); file paths only.
    static constexpr int kMaxRecent = 6;
    QStringList recentCasebooks() const;
    void addRecentCasebook(const QString& path);

    void sync();
    QString fileName() const;

private:
    std::unique_ptr<QSettings> m_settings;
};
