#pragma once

// Preferences of this installation: interface language (applied at the next start) and
// the idle auto-lock delay (applied at once).

#include <QDialog>

class AppSettings;
class QComboBox;
class QSpinBox;

class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(AppSettings& settings, QWidget* parent = nullptr);

    // Writes the choices to the settings.
    void accept() override;

    QComboBox* languageBox() const { return m_language; }
    QSpinBox* idleMinutesBox() const { return m_idleMinutes; }

private:
    AppSettings& m_settings;
    QComboBox* m_language = nullptr;
    QSpinBox* m_idleMinutes = nullptr;
};
