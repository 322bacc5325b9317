#pragma once

#include "core/Casebook.h"

#include <QDialog>

#include <vector>

class DateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;

// "New referral", step one: who is referred. The caseworker types the young person's
// details; before anyone is created the people who may already be them are listed with the
// reasons each matched. They link the referral to one of them, or create a new person. The
// chosen person is personId() once accepted; the referral form comes next.
class IntakeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit IntakeDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Looks for people who may be the one typed (also on "Find matches"). The number found.
    int findMatches();
    // Links to the selected candidate (row) and accepts. False when nothing is selected.
    bool useSelected();
    // Creates the typed person and accepts. False, with the reason shown, when not saved.
    bool createNew();

    waymark::Uuid personId() const { return m_personId; }
    bool createdNewPerson() const { return m_created; }
    QTableWidget* candidatesTable() const { return m_candidates; }
    QLineEdit* givenNameEdit() const { return m_given; }
    QLineEdit* familyNameEdit() const { return m_family; }
    DateEdit* dateOfBirthEdit() const { return m_dob; }
    QLineEdit* postcodeEdit() const { return m_postcode; }
    QString errorText() const;

    // The candidates as shown: the person and the translated reasons it matched.
    struct Candidate
    {
        waymark::PersonSummary person;
        int score = 0;
        QStringList reasons;
    };
    const std::vector<Candidate>& candidates() const { return m_found; }

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    waymark::Person typedPerson() const;
    void showError(const QString& text);
    // A core error as a sentence naming the field in the user's language.
    QString describeError(const waymark::Error& error);
    void updateButtons();

    waymark::Casebook& m_casebook;
    QLineEdit* m_given = nullptr;
    QLineEdit* m_family = nullptr;
    DateEdit* m_dob = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_postcode = nullptr;
    QPushButton* m_find = nullptr;
    QLabel* m_found_label = nullptr;
    QLabel* m_restrictedMarker = nullptr; // "a restricted record matches — ask your coordinator"
    QTableWidget* m_candidates = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_use = nullptr;
    QPushButton* m_create = nullptr;
    std::vector<Candidate> m_found;
    std::vector<QString> m_details; // core's English reasons, as each row's tooltip
    waymark::Uuid m_personId;
    bool m_created = false;
    bool m_searched = false;
};
