#pragma once

#include "core/Casebook.h"

#include <QDialog>

#include <optional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

// Import a referral list (CSV from a police force or a school; coordinators). Choose the file
// and who sent it, "Check file" shows every row's result (new person, matched person with the
// reasons, already imported, or the field problems) with nothing written, then "Import" writes
// it in one transaction with a progress bar (Cancel leaves the casebook as it was).
class ImportDialog : public QDialog
{
    Q_OBJECT

public:
    explicit ImportDialog(waymark::Casebook& casebook, QWidget* parent = nullptr);

    void setFile(const QString& path);
    // The dry run: every row's outcome in the table. False, with the reason shown, on an error.
    bool check();
    // The import itself (after a check). False when nothing was written.
    bool importNow();

    QLineEdit* fileEdit() const { return m_file; }
    QLineEdit* sourceEdit() const { return m_source; }
    QCheckBox* skipInvalidBox() const { return m_skipInvalid; }
    QTableWidget* rowsTable() const { return m_rows; }
    QPushButton* importButton() const { return m_import; }
    QProgressBar* progressBar() const { return m_progress; }
    QString summaryText() const;
    const std::optional<waymark::ImportReport>& report() const { return m_report; }

Q_SIGNALS:
    // Referrals were written (lists and My work change).
    void imported();

private:
    waymark::ImportOptions options();
    bool load(std::string& bytes);
    void showReport(const waymark::ImportReport& report);
    void showError(const QString& text);
    void chooseFile();

    waymark::Casebook& m_casebook;
    QLineEdit* m_file = nullptr;
    QLineEdit* m_source = nullptr;
    QCheckBox* m_skipInvalid = nullptr;
    QPushButton* m_check = nullptr;
    QPushButton* m_import = nullptr;
    QPushButton* m_close = nullptr;
    QTableWidget* m_rows = nullptr;
    QLabel* m_summary = nullptr;
    QLabel* m_error = nullptr;
    QProgressBar* m_progress = nullptr;
    bool m_running = false;
    bool m_cancel = false;
    std::optional<waymark::ImportReport> m_report;
};
