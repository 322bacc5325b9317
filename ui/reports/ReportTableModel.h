#pragma once

// One report table for a QTableView: the true counts (never suppressed: the screen is for the
// coordinator), each cell formatted as the exports format it, the totals row last in bold.
// Also the translated words of the reports (titles, definitions, column headings).

#include "core/reports/Report.h"

#include <QAbstractTableModel>
#include <QCoreApplication>
#include <QString>

class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    explicit ReportTableModel(waymark::ReportTable table, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    const waymark::ReportTable& table() const { return m_table; }

private:
    const waymark::ReportRow& rowAt(int row) const;
    waymark::ReportTable m_table;
};

// Translated words for what core returns in English (the code or English text when unknown).
class ReportWords
{
    Q_DECLARE_TR_FUNCTIONS(ReportWords)

public:
    static QString title(const std::string& name, const std::string& english);
    static QString definition(const std::string& name, const std::string& english);
    static QString tableTitle(const std::string& name, const std::string& english);
    static QString column(const std::string& key, const std::string& english);
    // A text cell: codes core writes ("pending", "measured", "all", section labels).
    static QString cell(const std::string& text);
    // A "label" cell beside its code (funnel groups, reasons, sources): the code list's label
    // in the user's language for the row's section ("ethnicity", "sex", "age_band", "reason",
    // "source"); otherwise cell(english).
    static QString groupLabel(const std::string& section, const std::string& code, const std::string& english);
    // A KPI row's measure by its field ("accommodation_suitable"); empty for any other code.
    static QString kpiMeasure(const std::string& field);
    // "Under 10", "10 to 14", ... for an age band key (core/reports/Report.h reportAgeBands).
    static QString ageBand(const std::string& key, const std::string& english);
};
