#pragma once

// "Print case summary…" from the person page: asks who the summary is for (the recipient goes
// into the audit row) and where to save the PDF, then prepares the one-page summary through the
// door (core/CaseSummaries.h, audited as a disclosure) and writes it with ui/render's printer,
// in the user's language. Enter saves; Esc cancels, asking first once something was typed.

#include "core/Casebook.h"
#include "ui/render/CaseSummaryPdf.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

class CaseSummaryDialog : public QDialog
{
    Q_OBJECT

public:
    CaseSummaryDialog(waymark::Casebook& casebook, const QString& caseReference, QWidget* parent = nullptr);

    // Prepares and writes the summary. False, with the reason shown, when nothing was written.
    bool saveNow();

    QLineEdit* recipientEdit() const { return m_recipient; }
    QLineEdit* fileEdit() const { return m_file; }
    QPushButton* saveButton() const { return m_save; }
    QString messageText() const;

    void accept() override;
    void reject() override;

private:
    void browse();

    waymark::Casebook& m_casebook;
    QString m_caseReference;
    QLineEdit* m_recipient = nullptr;
    QLineEdit* m_file = nullptr;
    QPushButton* m_browse = nullptr;
    QPushButton* m_save = nullptr;
    QLabel* m_message = nullptr;
};
