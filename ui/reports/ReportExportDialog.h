#pragma once

// Asked before a report leaves the scheme (Export CSV… / Export PDF… on the Reports page): who
// the export is for (recorded in the audit trail as the disclosure's recipient) and, for CSV,
// whether to start the file with a byte-order mark so Excel reads it as UTF-8. The choice is
// remembered in the user's settings ("reports/csvByteOrderMark", ticked until first changed).
// Enter exports, Esc cancels (asking first when a recipient was typed).

#include <QDialog>

class QCheckBox;
class QLineEdit;

class ReportExportDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Format
    {
        Csv,
        Pdf
    };
    explicit ReportExportDialog(Format format, QWidget* parent = nullptr);

    QString recipient() const;
    // Always false for a PDF.
    bool byteOrderMark() const;
    QLineEdit* recipientEdit() const { return m_recipient; }
    QCheckBox* byteOrderMarkBox() const { return m_bom; } // null for a PDF

    // The remembered choice (the user's settings).
    static bool rememberedByteOrderMark();
    static void rememberByteOrderMark(bool on);

    void accept() override;
    void reject() override;

private:
    QLineEdit* m_recipient = nullptr;
    QCheckBox* m_bom = nullptr;
};
