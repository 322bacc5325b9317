#pragma once

#include "core/Casebook.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

// The people list: a lazy table over Casebook::people().list() (keyset pages of 200 rows,
// fetched only as the view scrolls, so the first rows cost the same for 100 or 100,000
// people), or, while a search is typed, the top Casebook::people().search() results.
class PeopleListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        CaseReference,
        Name,
        DateOfBirth,
        Age,
        Postcode,
        Flags,
        ColumnCount
    };
    static constexpr int kPageSize = 200;
    static constexpr int kSearchLimit = 50;

    explicit PeopleListModel(waymark::Casebook& casebook, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    // Reference, name, date of birth and age sort (the store pages in that order, so sorting
    // 100,000 people costs one page); postcode and flags do not.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;
    static bool isSortable(int column);
    int sortColumn() const { return m_sortColumn; }
    Qt::SortOrder sortOrder() const { return m_sortOrder; }
    void fetchMore(const QModelIndex& parent) override;

    waymark::PersonFilter filter() const { return m_filter; }
    void setFilter(waymark::PersonFilter filter);
    // Non-empty text switches to search results (filter ignored); empty goes back to the list.
    void setSearchText(const QString& text);
    QString searchText() const { return m_search; }
    bool isSearching() const { return !m_search.isEmpty(); }
    // Re-reads from the first page (after a save, say).
    void refresh();

    const waymark::PersonSummary* summaryAt(int row) const;
    // Row of the person with `id` among the rows loaded so far, or -1.
    int rowOf(const waymark::Uuid& id) const;
    // The last error from the core, translated; empty when the last read worked.
    QString lastError() const { return m_lastError; }

    // "LAC, CP, SEND" (short) or the full sentence for the tooltip.
    static QString flagsShort(const waymark::PersonFlags& flags);
    static QString flagsLong(const waymark::PersonFlags& flags);
    // Whole years on `today` (core/calendar/Age: UK rules, leap-day births); -1 when unknown.
    static int ageOn(const waymark::Date& dob, const waymark::Date& today);

Q_SIGNALS:
    void errorOccurred(const QString& message);
    // Emitted after every reset (filter, search, refresh).
    void reloaded();

private:
    void reload();
    void setError(const waymark::Error& error);
    waymark::PersonListQuery listQuery() const;
    // Search results (at most kSearchLimit) come in name order; other sorts are done here.
    void sortSearchResults();

    waymark::Casebook& m_casebook;
    waymark::PersonFilter m_filter = waymark::PersonFilter::All;
    int m_sortColumn = Name;
    Qt::SortOrder m_sortOrder = Qt::AscendingOrder;
    QString m_search;
    std::vector<waymark::PersonSummary> m_rows;
    std::optional<waymark::PersonPageCursor> m_next;
    bool m_atEnd = true;
    bool m_changing = false; // inside a reset or an insertion
    waymark::Date m_today;
    QString m_lastError;
};
