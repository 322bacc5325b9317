#pragma once

// The small dialogs of a referral's workflow: the decision (with reason codes and a note),
// allocation (with a reason on re-allocation), a reason for a step (override, reopen, send
// back) and the date of first contact. Each only collects and checks what the user typed;
// the referral page calls the door with it.

#include "core/Casebook.h"

#include <QDialog>

class DateEdit;
class QComboBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;

class DecisionDialog : public QDialog
{
    Q_OBJECT

public:
    // `decision` preselects a decision code ("declined", ...); empty for none.
    DecisionDialog(const QString& referralTitle, const std::string& decision, QWidget* parent = nullptr);

    std::string decision() const;
    std::string reasonCode() const;
    std::string note() const;
    QComboBox* decisionCombo() const { return m_decision; }
    QComboBox* reasonCombo() const { return m_reason; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    QPushButton* okButton() const { return m_ok; }
    // Shows why the door refused (e.g. a reason code required).
    void showError(const QString& text);

    void accept() override;

private:
    void updateReason();

    QComboBox* m_decision = nullptr;
    QComboBox* m_reason = nullptr;
    QLabel* m_reasonLabel = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};

class AllocateDialog : public QDialog
{
    Q_OBJECT

public:
    struct Worker
    {
        waymark::Uuid id;
        QString name;
    };
    // `current` is the worker now allocated (null when unallocated): changing it needs a reason.
    AllocateDialog(const QList<Worker>& workers, const waymark::Uuid& current, QWidget* parent = nullptr);

    waymark::Uuid worker() const;
    std::string reason() const;
    QComboBox* workerCombo() const { return m_worker; }
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void accept() override;

private:
    waymark::Uuid m_current;
    QComboBox* m_worker = nullptr;
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

// A required free-text reason: "Override eligibility", "Reopen", "Send back".
class ReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ReasonDialog(const QString& title, const QString& prompt, const QString& okText, QWidget* parent = nullptr);
    std::string reason() const;
    QPlainTextEdit* reasonEdit() const { return m_reason; }
    void accept() override;

private:
    QPlainTextEdit* m_reason = nullptr;
    QLabel* m_error = nullptr;
};

class FirstContactDialog : public QDialog
{
    Q_OBJECT

public:
    FirstContactDialog(const waymark::Date& today, QWidget* parent = nullptr);
    waymark::Date date() const;
    DateEdit* dateEdit() const { return m_date; }
    void accept() override;

private:
    DateEdit* m_date = nullptr;
    QLabel* m_error = nullptr;
};
