#pragma once

#include "core/Casebook.h"

#include <QWidget>

#include <cstdint>
#include <optional>

class PeopleListModel;
class SearchBar;
class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

// The list of young people: search box, filter, table, "New person".
// Enter or double-click on a row asks to open that person.
class PeoplePage : public QWidget
{
    Q_OBJECT

public:
    explicit PeoplePage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    PeopleListModel* model() const { return m_model; }
    SearchBar* searchBar() const { return m_search; }
    QComboBox* filterCombo() const { return m_filter; }
    QTableView* table() const { return m_table; }
    QPushButton* newPersonButton() const { return m_newButton; }

    void focusSearch();
    // A line under the list (e.g. why a record could not be opened); replaced at the next change.
    void showMessage(const QString& text);
    // Re-reads the list, keeping `select` selected when it is among the loaded rows.
    void refresh(const waymark::Uuid& select = {});

Q_SIGNALS:
    void openPersonRequested(const waymark::Uuid& id);
    void newPersonRequested();

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void openRow(int row);
    void updateStatus();
    // Ctrl+End: reads the remaining pages, then goes to the very last row.
    void goToEnd();

    waymark::Casebook& m_casebook;
    PeopleListModel* m_model = nullptr;
    SearchBar* m_search = nullptr;
    QComboBox* m_filter = nullptr;
    QPushButton* m_newButton = nullptr;
    QTableView* m_table = nullptr;
    QLabel* m_status = nullptr;
    QWidget* m_empty = nullptr;          // "No people yet" with what to do next, instead of an empty table
    std::optional<std::int64_t> m_total; // of the current filter
};
