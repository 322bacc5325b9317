#pragma once

#include "core/Casebook.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class DateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

// "New task": a title, a due date, who does it (yourself unless you choose a colleague), the
// young person (fixed when opened from their page, else found by name or case reference) and,
// optionally, one of their referrals. Enter saves (Casebook::tasks().add); Esc cancels, asking
// first when something was typed.
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    // `personId`: the person the task is for (null: the dialog finds one).
    TaskDialog(waymark::Casebook& casebook, const waymark::Uuid& personId, QWidget* parent = nullptr);

    // The task saved, once accepted.
    const std::optional<waymark::Task>& saved() const { return m_saved; }
    // Answers "Discard this task?" (tests install their own; the default asks in a message box).
    void setDiscardQuestion(std::function<bool()> ask) { m_askDiscard = std::move(ask); }

    QLineEdit* titleEdit() const { return m_title; }
    DateEdit* dueEdit() const { return m_due; }
    QComboBox* ownerBox() const { return m_owner; }
    QLineEdit* personSearch() const { return m_personSearch; }
    QComboBox* personBox() const { return m_person; }
    QComboBox* referralBox() const { return m_referral; }

public Q_SLOTS:
    void accept() override;
    void reject() override;

private:
    void findPeople(const QString& text);
    void loadReferrals();
    bool hasInput() const;
    void showError(const QString& text);

    waymark::Casebook& m_casebook;
    waymark::Uuid m_fixedPerson;
    std::optional<waymark::Task> m_saved;
    std::function<bool()> m_askDiscard;
    QLineEdit* m_personSearch = nullptr;
    QComboBox* m_person = nullptr;
    QComboBox* m_referral = nullptr;
    QLineEdit* m_title = nullptr;
    DateEdit* m_due = nullptr;
    QComboBox* m_owner = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_ok = nullptr;
};
