#pragma once

// The password rules checked as you type and the strength meter, for every dialog that sets a
// password (the first-run wizard, a new user, a reset, "Change my password"). It watches a password field and its
// repeat field; the dialog owns both.

#include "core/security/PasswordPolicy.h"

#include <QWidget>

class QLabel;
class QLineEdit;
class QProgressBar;

class PasswordMeter : public QWidget
{
    Q_OBJECT

public:
    PasswordMeter(QLineEdit* password, QLineEdit* repeat, QWidget* parent = nullptr);

    // Whose password: their names count as known words and the user-name rule uses them.
    void setAccount(const QString& username, const QString& displayName = {});
    // Every rule met and the two fields the same.
    bool acceptable() const;
    // Every rule met, whatever the repeat field holds.
    bool rulesMet() const { return rules().allMet(); }
    // The first unmet rule as a sentence ("" when all are met).
    QString problem() const;
    QProgressBar* meter() const { return m_strength; }
    QLabel* strengthText() const { return m_strengthText; }

Q_SIGNALS:
    void changed();

private:
    struct Rules
    {
        bool length = false;
        bool common = true;
        bool userName = true;
        bool guessable = true;
        waymark::PasswordStrength strength;
        bool allMet() const { return length && common && userName && guessable; }
    };
    Rules rules() const;
    void update();

    QLineEdit* m_password = nullptr;
    QLineEdit* m_repeat = nullptr;
    QString m_username;
    QString m_displayName;
    QLabel* m_ruleLength = nullptr;
    QLabel* m_ruleCommon = nullptr;
    QLabel* m_ruleUserName = nullptr;
    QLabel* m_ruleGuess = nullptr;
    QLabel* m_ruleMatch = nullptr;
    QProgressBar* m_strength = nullptr;
    QLabel* m_strengthText = nullptr;
};
