#pragma once

#include "core/Casebook.h"

#include <QAbstractTableModel>

#include <optional>
#include <vector>

// A person's timeline as a table model, newest first, read a page at a time from
// Casebook::timeline() (each page audited there): the first page on setQuery(), the next ones
// when a view scrolls to the end (canFetchMore / fetchMore), so a person with thousands of
// events opens at once.
class TimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        ColWhen,
        ColKind,
        ColWhat,
        ColDetail,
        ColBy,
        ColCount
    };
    enum Roles
    {
        KindRole = Qt::UserRole + 1, // the kind code (QString)
        RecordIdRole,                // the record's id (QString)
        ReferralIdRole,              // its referral's id (QString), or empty
    };
    static constexpr int kPageSize = 50;

    explicit TimelineModel(waymark::Casebook& casebook, QObject* parent = nullptr);

    // Starts again with `query` (its cursor is ignored) and reads the first page.
    void setQuery(const waymark::TimelineQuery& query);
    void clear();
    const waymark::TimelineEvent& event(int row) const { return m_rows.at(static_cast<std::size_t>(row)); }
    // Pages read since the last setQuery().
    int pagesRead() const { return m_pages; }
    bool atEnd() const { return !m_next.has_value(); }
    QString errorText() const { return m_error; }

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    // Words for a kind ("Session") and for an event's title code ("Referral received").
    static QString kindLabel(const QString& kind);
    static QString whatText(const waymark::TimelineEvent& event, const waymark::Date& today);
    static QString detailText(const waymark::TimelineEvent& event);
    static QString whenText(const std::string& at);

Q_SIGNALS:
    void failed(const QString& message);

private:
    bool readPage();

    waymark::Casebook& m_casebook;
    waymark::TimelineQuery m_query;
    bool m_active = false;
    std::vector<waymark::TimelineEvent> m_rows;
    std::optional<waymark::TimelineCursor> m_next;
    int m_pages = 0;
    QString m_error;
};
