#pragma once

// The case notes of one referral, newest first, on the referral page: who wrote each and
// when, "edited" marks, sensitive notes the user may not read shown without their text, and
// for coordinators each note's earlier versions. New note: Alt+W (or the button); Enter on
// a note opens it (to edit when allowed).

#include "core/Casebook.h"

#include <QGroupBox>

class QLabel;
class QListWidget;
class QListWidgetItem;
class QPushButton;

class NotesPanel : public QGroupBox
{
    Q_OBJECT

public:
    explicit NotesPanel(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Shows the referral's notes (reloads).
    void showReferral(const waymark::Uuid& referralId, const waymark::Uuid& personId, const QString& reference);
    void reload();
    // Opens the editor for a new note (returned so callers and tests can use it).
    class NoteEditor* newNote();
    QListWidget* list() const { return m_list; }
    int shownCount() const;

Q_SIGNALS:
    void notesChanged();

private:
    void openItem(QListWidgetItem* item);
    void showHistory();
    void updateButtons();

    waymark::Casebook& m_casebook;
    waymark::Uuid m_referral;
    waymark::Uuid m_person;
    QString m_reference;
    std::vector<waymark::NoteRecord> m_rows;
    QListWidget* m_list = nullptr;
    QLabel* m_empty = nullptr;
    QPushButton* m_new = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_history = nullptr;
    QPushButton* m_more = nullptr;
    std::optional<waymark::NoteCursor> m_next;
};
