#include "ui/dialogs/CaseSummaryDialog.h"

#include "core/store/AtomicFile.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/PdfLabels.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toStd;

CaseSummaryDialog::CaseSummaryDialog(waymark::Casebook& casebook, const QString& caseReference, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_caseReference(caseReference)
{
    setWindowTitle(tr("Print case summary"));
    auto* outer = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("A one-page summary of %1 for a panel meeting: the current referral, the "
                                "assessment, the plan, attendance and open tasks. Notes are never included. "
                                "Printing it is recorded in the audit trail with who it is for.")
                                 .arg(caseReference));
    intro->setWordWrap(true);
    outer->addWidget(intro);
    auto* form = new QFormLayout;
    m_recipient = new QLineEdit;
    m_recipient->setObjectName(QStringLiteral("caseSummaryRecipient"));
    m_recipient->setPlaceholderText(tr("e.g. Youth panel, 12 June"));
    m_recipient->setMaxLength(200);
    auto* recipientLabel = new QLabel(tr("&Who is it for?"));
    recipientLabel->setBuddy(m_recipient);
    form->addRow(recipientLabel, m_recipient);
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(QDir::home().filePath(QStringLiteral("case-summary-%1.pdf").arg(caseReference)));
    m_file->setObjectName(QStringLiteral("caseSummaryFile"));
    m_browse = new QPushButton(tr("&Browse…"));
    m_browse->setAutoDefault(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto* fileLabel = new QLabel(tr("Save &to:"));
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    outer->addLayout(form);
    m_message = new QLabel;
    m_message->setWordWrap(true);
    m_message->setObjectName(QStringLiteral("caseSummaryMessage"));
    outer->addWidget(m_message);
    auto* buttons = new QDialogButtonBox;
    m_save = buttons->addButton(tr("&Save PDF"), QDialogButtonBox::AcceptRole);
    m_save->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    outer->addWidget(buttons);
    connect(buttons, &QDialogButtonBox::accepted, this, &CaseSummaryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &CaseSummaryDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &CaseSummaryDialog::browse);
    connect(m_recipient, &QLineEdit::textChanged, m_message, &QLabel::clear);
    setTabOrder(m_recipient, m_file);
    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_save);
    m_recipient->setFocus();
    resize(520, sizeHint().height());
}

QString CaseSummaryDialog::messageText() const
{
    return m_message->text();
}

void CaseSummaryDialog::browse()
{
    const QString chosen =
        QFileDialog::getSaveFileName(this, tr("Save case summary"), m_file->text(), tr("PDF documents (*.pdf)"));
    if (!chosen.isEmpty())
        m_file->setText(chosen);
}

bool CaseSummaryDialog::saveNow()
{
    const QString recipient = m_recipient->text().trimmed();
    if (recipient.isEmpty()) {
        m_message->setText(tr("Say who the summary is for: it goes into the audit trail."));
        m_recipient->setFocus();
        return false;
    }
    const QString path = m_file->text().trimmed();
    if (path.isEmpty()) {
        m_message->setText(tr("Choose where to save the PDF."));
        m_file->setFocus();
        return false;
    }
    auto summary = m_casebook.caseSummaries().disclose(toStd(m_caseReference), toStd(recipient));
    if (!summary) {
        m_message->setText(errorMessage(summary.error()));
        return false;
    }
    waymark::render::CaseSummaryPdfOptions options;
    options.labels = pdfLabels::caseSummary();
    // The codes as the pages name them; the casebook's own intervention types by their labels.
    auto types = m_casebook.plans().interventionTypes();
    options.translate = pdfLabels::caseSummaryCodes(types ? *types : std::vector<waymark::CodeEntry>{});
    auto bytes = waymark::render::renderCaseSummaryPdf(*summary, options);
    if (!bytes) {
        m_message->setText(errorMessage(bytes.error()));
        return false;
    }
    if (auto st = waymark::writeFileAtomically(toStd(path), *bytes); !st) {
        // The file's own trouble, not the casebook's (the generic disk message names the casebook).
        m_message->setText(
            st.error().rule == "disk_full"
                ? tr("The disk is full, so the PDF was not saved. Free some space and save again.")
                : tr("The PDF could not be saved to %1. Choose another folder and save again.").arg(path));
        m_file->setFocus();
        return false;
    }
    m_message->setText(tr("Saved to %1.").arg(path));
    return true;
}

void CaseSummaryDialog::accept()
{
    if (saveNow())
        QDialog::accept();
}

void CaseSummaryDialog::reject()
{
    if (!m_recipient->text().trimmed().isEmpty()) {
        QMessageBox box(QMessageBox::Question, tr("Unsaved changes"), tr("Discard what you typed here?"),
                        QMessageBox::NoButton, this);
        auto* discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
        box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
        box.exec();
        if (box.clickedButton() != discard)
            return;
    }
    QDialog::reject();
}
