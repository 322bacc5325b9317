#include "ui/reports/ReportExportDialog.h"

#include "ui/widgets/DiscardQuestion.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace {
const QString kBomKey = QStringLiteral("reports/csvByteOrderMark");

// The same settings file as AppSettings (ui/app/AppSettings.h).
QSettings userSettings()
{
    return QSettings(QSettings::NativeFormat, QSettings::UserScope, QStringLiteral("Waymark"),
                     QStringLiteral("Waymark"));
}
} // namespace

ReportExportDialog::ReportExportDialog(Format format, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reportExportDialog"));
    setWindowTitle(format == Format::Csv ? tr("Export CSV") : tr("Export PDF"));
    auto* intro = new QLabel(tr("Small numbers are hidden in the export. Who is it for? The recipient is recorded "
                                "in the audit trail."),
                             this);
    intro->setWordWrap(true);
    m_recipient = new QLineEdit(this);
    m_recipient->setObjectName(QStringLiteral("exportRecipient"));
    m_recipient->setMaxLength(200);
    m_recipient->setMinimumWidth(fontMetrics().averageCharWidth() * 36);
    auto* form = new QFormLayout;
    form->addRow(tr("&Recipient:"), m_recipient);
    if (format == Format::Csv) {
        m_bom = new QCheckBox(tr("Add a &byte-order mark (for Excel)"), this);
        m_bom->setObjectName(QStringLiteral("exportByteOrderMark"));
        m_bom->setToolTip(tr("Excel then reads accented letters and Welsh characters correctly. Other programs may "
                             "show the mark as a stray character at the start."));
        m_bom->setChecked(rememberedByteOrderMark());
        form->addRow(QString(), m_bom);
    }
    auto* box = new QDialogButtonBox(this);
    QPushButton* save = box->addButton(tr("&Export…"), QDialogButtonBox::AcceptRole);
    save->setObjectName(QStringLiteral("exportAccept"));
    save->setDefault(true);
    box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    connect(box, &QDialogButtonBox::accepted, this, &ReportExportDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &ReportExportDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(box);
    // Visual order: recipient, the byte-order mark, then the buttons.
    if (m_bom != nullptr)
        setTabOrder(m_recipient, m_bom);
    m_recipient->setFocus(Qt::OtherFocusReason);
}

QString ReportExportDialog::recipient() const
{
    return m_recipient->text().trimmed();
}

bool ReportExportDialog::byteOrderMark() const
{
    return m_bom != nullptr && m_bom->isChecked();
}

bool ReportExportDialog::rememberedByteOrderMark()
{
    return userSettings().value(kBomKey, true).toBool();
}

void ReportExportDialog::rememberByteOrderMark(bool on)
{
    auto settings = userSettings();
    settings.setValue(kBomKey, on);
}

void ReportExportDialog::accept()
{
    if (m_bom != nullptr)
        rememberByteOrderMark(m_bom->isChecked());
    QDialog::accept();
}

void ReportExportDialog::reject()
{
    if (!m_recipient->text().trimmed().isEmpty() &&
        !discardquestion::ask(this,
                              {windowTitle(), tr("Cancel the export? The recipient you typed is dropped."),
                               tr("&Cancel the export"), tr("&Keep editing"), QStringLiteral("exportDiscardQuestion")}))
        return;
    QDialog::reject();
}
