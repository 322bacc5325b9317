#pragma once

// Account › Audit trail… (coordinators and auditors): the audit trail with filters (user,
// person by case reference, operation or family, dates), read a page at a time as you
// scroll (a casebook's trail runs to tens of thousands of rows), Export… (a disclosure,
// audited by the core, asking who it is for) and Verify (the hash chain and this machine's
// anchors, as `waymark-cli audit verify`), naming the first bad row and selecting it.

#include "core/Casebook.h"

#include <QAbstractTableModel>
#include <QDialog>

#include <optional>
#include <vector>

class DateEdit;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int kPage = 250;
    enum Column
    {
        Seq,
        At,
        User,
        Operation,
        Record,
        Detail,
        ColumnCount
    };

    explicit AuditTableModel(waymark::Casebook& casebook, QObject* parent = nullptr);

    // Starts again at the newest row the filter selects (or, with `before`, older than it).
    // False with the error when the first page cannot be read.
    waymark::Status setFilter(const waymark::AuditFilter& filter);
    const waymark::AuditEntry& entry(int row) const { return m_rows[static_cast<std::size_t>(row)]; }
    // The row showing audit row `seq`, or -1.
    int rowOf(std::int64_t seq) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

private:
    waymark::Casebook& m_casebook;
    waymark::AuditFilter m_filter;
    std::vector<waymark::AuditEntry> m_rows;
    bool m_more = false;
};

class AuditViewer : public QDialog
{
    Q_OBJECT

public:
    explicit AuditViewer(waymark::Casebook& casebook, QWidget* parent = nullptr);

    QComboBox* userCombo() const { return m_user; }
    QLineEdit* personEdit() const { return m_person; }
    QComboBox* operationCombo() const { return m_operation; }
    DateEdit* fromEdit() const { return m_from; }
    DateEdit* toEdit() const { return m_to; }
    QTableView* table() const { return m_table; }
    AuditTableModel* model() const { return m_model; }
    QLabel* statusLabel() const { return m_status; }
    QLabel* verifyLabel() const { return m_verifyResult; }
    QPushButton* verifyButton() const { return m_verify; }
    QPushButton* exportButton() const { return m_export; }

    // Reads the trail with the filters as set (the Show button, Enter in a filter).
    bool applyFilters();
    // The export without its file and recipient questions (Export… asks, then calls this).
    bool exportRows(const QString& path, waymark::AuditExportFormat format, const QString& recipient);
    // Verify without the button; true when everything holds.
    bool verifyNow();

private:
    std::optional<waymark::AuditFilter> filterFromForm();
    void askAndExport();
    void showStatus(const QString& text, bool problem);
    void selectSeq(std::int64_t seq);

    waymark::Casebook& m_casebook;
    QComboBox* m_user = nullptr;
    QLineEdit* m_person = nullptr;
    QComboBox* m_operation = nullptr;
    DateEdit* m_from = nullptr;
    DateEdit* m_to = nullptr;
    QPushButton* m_show = nullptr;
    QPushButton* m_clear = nullptr;
    QTableView* m_table = nullptr;
    AuditTableModel* m_model = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_verifyResult = nullptr;
    QPushButton* m_verify = nullptr;
    QPushButton* m_export = nullptr;
};
