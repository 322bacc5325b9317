#pragma once

#include "core/Casebook.h"

#include <QAbstractTableModel>
#include <QString>

#include <optional>
#include <vector>

// The referral queue: a lazy table over Casebook::referrals().list() (keyset pages of 200
// rows, fetched only as the view scrolls), filtered by state, source, route, worker and
// "overdue only", sorted by the earliest running due date or by the newest received.
class ReferralListModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Reference,
        Person,
        Due, // the most urgent thing first: it stays in sight in a narrow window
        State,
        Received,
        Worker,
        Source,
        Route,
        ColumnCount
    };
    static constexpr int kPageSize = 200;

    explicit ReferralListModel(waymark::Casebook& casebook, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // The filters and sort; `after` and `limit` are the model's own. Setting re-reads.
    const waymark::ReferralListQuery& query() const { return m_query; }
    void setQuery(waymark::ReferralListQuery query);
    // Re-reads from the first page.
    void refresh();

    const waymark::ReferralSummary* summaryAt(int row) const;
    int rowOf(const waymark::Uuid& id) const;
    QString lastError() const { return m_lastError; }

    // "Due 12/06/2026" / "OVERDUE — due 01/06/2026" for the running clock of a row.
    static QString dueText(const waymark::ReferralSummary& row, const waymark::Date& today);
    static bool isOverdue(const waymark::ReferralSummary& row) { return row.decisionOverdue || row.contactOverdue; }

Q_SIGNALS:
    void errorOccurred(const QString& message);
    void reloaded();

private:
    void reload();
    void setError(const waymark::Error& error);

    waymark::Casebook& m_casebook;
    waymark::ReferralListQuery m_query;
    std::vector<waymark::ReferralSummary> m_rows;
    std::optional<waymark::ReferralPageCursor> m_next;
    bool m_atEnd = true;
    bool m_changing = false;
    waymark::Date m_today;
    QString m_lastError;
};
