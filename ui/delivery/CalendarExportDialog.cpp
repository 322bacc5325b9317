#include "ui/delivery/CalendarExportDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/DateEdit.h"

#include <QCheckBox>
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

CalendarExportDialog::CalendarExportDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("calendarExportDialog"));
    setWindowTitle(tr("Export calendar"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Your sessions between two dates, as a calendar file (.ics) for your own calendar. "
                                "Each entry shows the case reference and the type of session, never a name."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    const waymark::Date today = casebook.clock().today();
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("calendarFrom"));
    m_from->setAccessibleName(tr("From"));
    m_from->setDate(today);
    auto* fromLabel = new QLabel(tr("&From:"), this);
    fromLabel->setBuddy(m_from);
    form->addRow(fromLabel, m_from);
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("calendarTo"));
    m_to->setAccessibleName(tr("To"));
    m_to->setDate(today.addDays(27));
    auto* toLabel = new QLabel(tr("&To:"), this);
    toLabel->setBuddy(m_to);
    form->addRow(toLabel, m_to);
    m_location = new QCheckBox(tr("Include &locations"), this);
    m_location->setObjectName(QStringLiteral("calendarLocations"));
    m_location->setAccessibleName(tr("Include the locations of sessions"));
    form->addRow(QString(), m_location);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("calendarFile"));
    m_file->setAccessibleName(tr("File to write"));
    m_file->setText(QDir::home().filePath(QStringLiteral("waymark-sessions.ics")));
    auto* browse = new QPushButton(tr("&Choose…"), this);
    browse->setObjectName(QStringLiteral("calendarBrowse"));
    browse->setAccessibleName(tr("Choose the file"));
    browse->setAutoDefault(false);
    auto* fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("F&ile:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    layout->addLayout(form);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(this);
    QPushButton* ok = box->addButton(tr("&Export"), QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(browse, &QPushButton::clicked, this, &CalendarExportDialog::chooseFile);
    layout->addWidget(box);
    resize(520, sizeHint().height());
}

void CalendarExportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export calendar"), m_file->text(), tr("Calendar files (*.ics)"));
    if (!path.isEmpty())
        m_file->setText(path);
}

void CalendarExportDialog::accept()
{
    const auto problem = [this](const QString& text, QWidget* focus) {
        m_error->setText(text);
        m_error->show();
        focus->setFocus(Qt::OtherFocusReason);
    };
    if (m_from->isBlank() || !m_from->hasValidDate())
        return problem(tr("Type the first date."), m_from);
    if (m_to->isBlank() || !m_to->hasValidDate())
        return problem(tr("Type the last date."), m_to);
    if (m_file->text().trimmed().isEmpty())
        return problem(tr("Choose the file to write."), m_file);
    waymark::CalendarExportOptions options;
    options.from = m_from->date();
    options.to = m_to->date();
    options.includeLocation = m_location->isChecked();
    auto result = m_casebook.sessions().exportCalendar(
        options, std::filesystem::path(toStd(QDir::toNativeSeparators(m_file->text().trimmed()))));
    if (!result) {
        const auto& e = result.error();
        if (e.rule == "before_from")
            return problem(tr("The last date is before the first."), m_to);
        if (e.rule == "range_too_long")
            return problem(tr("Export at most a year at a time."), m_to);
        return problem(errorMessage(e), m_file);
    }
    m_exported = result->events;
    QDialog::accept();
}
