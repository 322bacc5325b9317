#pragma once

// Closure and outcomes from the referral page: the closure request (completion status and a
// note), the outcome dialog (start and end snapshots, follow-up after closure with its
// 3-, 6- and 12-month checks) and the follow-up dialog. The dialogs collect and check what was
// typed; ClosureActions calls the door (casebook.referrals() / casebook.outcomes()).

#include "core/Casebook.h"

#include <QDialog>

#include <functional>

class DateEdit;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTreeWidget;

// Asks before Esc throws typed work away ("Discard" / "Keep editing").
class CarefulDialog : public QDialog
{
    Q_OBJECT

public:
    using QDialog::QDialog;
    void reject() override;

protected:
    virtual bool hasTypedWork() const = 0;
    void showError(QLabel* label, const QString& text);
};

class ClosureRequestDialog : public CarefulDialog
{
    Q_OBJECT

public:
    ClosureRequestDialog(const QString& referralReference, QWidget* parent = nullptr);
    std::string status() const; // completionStatusCodes(); empty until chosen
    std::string note() const;
    QComboBox* statusCombo() const { return m_status; }
    QPlainTextEdit* noteEdit() const { return m_note; }
    void accept() override;
    void showDoorError(const waymark::Error& error);

protected:
    bool hasTypedWork() const override;

private:
    QComboBox* m_status = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

// The answers of one snapshot: a yes / no / not recorded box per question, hours in a spin box.
class SnapshotForm : public QWidget
{
    Q_OBJECT

public:
    explicit SnapshotForm(const QString& stage, QWidget* parent = nullptr);
    void setSnapshot(const waymark::OutcomeSnapshot& snapshot);
    // The answers on the form, over `base` (ids, stage, version).
    waymark::OutcomeSnapshot snapshot(waymark::OutcomeSnapshot base) const;
    void setEditable(bool editable);
    bool isChanged() const { return m_changed; }
    void markSaved() { m_changed = false; }
    QComboBox* answerBox(std::string_view field) const;
    QSpinBox* hoursBox() const { return m_hours; }

private:
    std::vector<std::pair<std::string, QComboBox*>> m_answers;
    QSpinBox* m_hours = nullptr;
    bool m_changed = false;
};

class FollowUpDialog : public CarefulDialog
{
    Q_OBJECT

public:
    FollowUpDialog(const waymark::Date& today, QWidget* parent = nullptr);
    waymark::FollowUp followUp() const; // without the referral
    QComboBox* kindCombo() const { return m_kind; }
    DateEdit* dateEdit() const { return m_date; }
    QComboBox* checkCombo() const { return m_check; }
    QComboBox* outcomeCombo() const { return m_outcome; }
    DateEdit* outcomeDateEdit() const { return m_outcomeDate; }
    void accept() override;
    void showDoorError(const waymark::Error& error);

protected:
    bool hasTypedWork() const override;

private:
    void updateKind();

    QComboBox* m_kind = nullptr;
    QLabel* m_dateLabel = nullptr;
    DateEdit* m_date = nullptr;
    QComboBox* m_check = nullptr;
    QComboBox* m_outcome = nullptr;
    DateEdit* m_outcomeDate = nullptr;
    QPlainTextEdit* m_note = nullptr;
    QLabel* m_error = nullptr;
};

// Closure, snapshots and follow-up of one referral.
class OutcomeDialog : public CarefulDialog
{
    Q_OBJECT

public:
    OutcomeDialog(waymark::Casebook& casebook, const waymark::Uuid& referralId, QWidget* parent = nullptr);
    SnapshotForm* form(const std::string& stage) const { return stage == "start" ? m_start : m_end; }
    QTabWidget* tabs() const { return m_tabs; }
    QTreeWidget* followUpList() const { return m_followUps; }
    QPushButton* saveButton() const { return m_save; }
    QPushButton* addFollowUpButton() const { return m_addFollowUp; }
    // Saves the snapshot on the current tab; false (with the reason shown) when refused.
    bool save();
    // Opens the follow-up dialog (returned, for tests; it saves itself when accepted).
    FollowUpDialog* openFollowUp();

protected:
    bool hasTypedWork() const override;

private:
    void reload();

    waymark::Casebook& m_casebook;
    waymark::Uuid m_referralId;
    waymark::OutcomeDetail m_detail;
    QLabel* m_closure = nullptr;
    QTabWidget* m_tabs = nullptr;
    SnapshotForm* m_start = nullptr;
    SnapshotForm* m_end = nullptr;
    QLabel* m_checks = nullptr;
    QTreeWidget* m_followUps = nullptr;
    QPushButton* m_addFollowUp = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_error = nullptr;
};

namespace ClosureActions {

using StepDone = std::function<void(const waymark::Status&)>;
// The closure steps: request closure, approve, send back, reopen.
bool handles(waymark::ReferralStep step);
// Opens the step's dialog — the completion status and a note (request), a confirmation naming
// the status and the closure date (approve), a comment (send back), a reason (reopen) — and on
// OK takes the step through the Outcomes door (which trims the text and checks it under the
// step's own field name: status, note, comment or reason) and hands the result to `done`.
// Returns the dialog (open, deleted on close).
QDialog* run(QWidget* parent, waymark::Casebook& casebook, const waymark::Referral& referral,
             waymark::ReferralStep step, StepDone done);
// An "Outcomes…" button opening the OutcomeDialog, for a referral the role may see outcomes
// of, once it is accepted; null otherwise.
QPushButton* outcomesButton(QWidget* parent, waymark::Casebook& casebook, const waymark::Referral& referral);

} // namespace ClosureActions
