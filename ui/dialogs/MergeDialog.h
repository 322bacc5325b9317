#pragma once

#include "core/Casebook.h"

#include <QDialog>

#include <functional>
#include <optional>
#include <vector>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableWidget;
class QTextBrowser;

// Combine two records of one young person (coordinators): find the other record, see a
// preview of what would move (referrals, contacts, aliases, ...), which names become aliases,
// which empty fields are filled and which differing fields keep the survivor's value, then
// merge. The record open on the person page survives; the other becomes a tombstone naming it.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    // `fieldLabel` says a core field name in the user's language ("postcode" -> "the postcode").
    MergeDialog(waymark::Casebook& casebook, const waymark::Person& survivor,
                std::function<QString(const QString&)> fieldLabel, QWidget* parent = nullptr);

    // Looks for the other record (a name, case reference, postcode or date of birth).
    int search(const QString& text);
    // Previews merging the person on `row` of the results into the survivor. False when it cannot.
    bool preview(int row);
    // Merges the previewed record. False, with the reason shown, when not merged.
    bool mergeNow();

    QLineEdit* searchEdit() const { return m_search; }
    QTableWidget* resultsTable() const { return m_results; }
    QTextBrowser* previewText() const { return m_preview; }
    QPushButton* mergeButton() const { return m_merge; }
    const std::optional<waymark::MergeResult>& result() const { return m_result; }

private:
    void showError(const QString& text);

    waymark::Casebook& m_casebook;
    waymark::Person m_survivor;
    std::function<QString(const QString&)> m_fieldLabel;
    std::vector<waymark::PersonSummary> m_found;
    waymark::Uuid m_other;
    QLineEdit* m_search = nullptr;
    QTableWidget* m_results = nullptr;
    QTextBrowser* m_preview = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_merge = nullptr;
    std::optional<waymark::MergeResult> m_result;
};
