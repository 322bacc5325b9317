#pragma once

// Edit › Search notes (Ctrl+Shift+F): full-text search over the case notes the user may
// read, newest first, each with a snippet whose matched words are bold. Typing searches
// (after a short pause); Down moves into the results; Enter opens the note; "Open referral"
// goes to its referral.

#include "core/Casebook.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;
class QTimer;

class NoteSearchDialog : public QDialog
{
    Q_OBJECT

public:
    explicit NoteSearchDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Runs the search now (tests; typing runs it after a pause).
    void search();
    QLineEdit* queryEdit() const { return m_query; }
    QListWidget* results() const { return m_results; }
    // The rich text of result `row` (the snippet with <b> around matched words).
    QString resultHtml(int row) const;

    // A snippet from core (matched words between markers) as escaped HTML with bold matches.
    static QString snippetHtml(const std::string& snippet);

Q_SIGNALS:
    void openReferralRequested(const waymark::Uuid& referralId);

private:
    void openCurrent();
    void showMore();
    void addHits(const waymark::NoteHits& hits);

    waymark::Casebook& m_casebook;
    QLineEdit* m_query = nullptr;
    QListWidget* m_results = nullptr;
    QLabel* m_status = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_referral = nullptr;
    QPushButton* m_more = nullptr;
    QTimer* m_typing = nullptr;
    std::vector<waymark::NoteHit> m_hits;
    std::optional<std::int64_t> m_next;
    QString m_searched;
};
