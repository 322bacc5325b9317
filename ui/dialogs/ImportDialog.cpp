#include "ui/dialogs/ImportDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/RuleSentences.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <filesystem>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QString outcomeLabel(waymark::ImportRowOutcome outcome)
{
    switch (outcome) {
    case waymark::ImportRowOutcome::NewPerson:
        return ImportDialog::tr("New person");
    case waymark::ImportRowOutcome::MatchedPerson:
        return ImportDialog::tr("Matched person");
    case waymark::ImportRowOutcome::AlreadyImported:
        return ImportDialog::tr("Already imported");
    case waymark::ImportRowOutcome::Invalid:
        return ImportDialog::tr("Problems");
    }
    return {};
}

} // namespace

ImportDialog::ImportDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import referrals"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Import a referral list (a CSV file from a police force or a school). Check the file "
                                "first: every row's result is listed and nothing is written until you import."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    auto* fileRow = new QHBoxLayout;
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("importFile"));
    m_file->setAccessibleName(tr("File"));
    auto* browse = new QPushButton(tr("&Browse…"), this);
    browse->setObjectName(QStringLiteral("importBrowse"));
    browse->setAutoDefault(false);
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(browse);
    auto* fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_source = new QLineEdit(QStringLiteral("police"), this);
    m_source->setObjectName(QStringLiteral("importSource"));
    m_source->setAccessibleName(tr("Sent by"));
    m_source->setToolTip(tr("Who sent the file, e.g. police or a force's name: its saved column layout is used."));
    auto* sourceLabel = new QLabel(tr("&Sent by:"), this);
    sourceLabel->setBuddy(m_source);
    form->addRow(sourceLabel, m_source);
    m_skipInvalid = new QCheckBox(tr("Import the valid rows and &leave out rows with problems"), this);
    m_skipInvalid->setObjectName(QStringLiteral("importSkipInvalid"));
    form->addRow(QString(), m_skipInvalid);
    layout->addLayout(form);

    m_check = new QPushButton(tr("&Check file"), this);
    m_check->setObjectName(QStringLiteral("importCheck"));
    m_check->setAutoDefault(false);
    layout->addWidget(m_check, 0, Qt::AlignLeft);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("importSummary"));
    m_summary->setWordWrap(true);
    layout->addWidget(m_summary);
    m_rows = new QTableWidget(0, 4, this);
    m_rows->setObjectName(QStringLiteral("importRows"));
    m_rows->setAccessibleName(tr("Rows of the file"));
    m_rows->setHorizontalHeaderLabels({tr("Line"), tr("Result"), tr("Police reference"), tr("Details")});
    m_rows->verticalHeader()->setVisible(false);
    m_rows->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_rows->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_rows->setTabKeyNavigation(false);
    m_rows->setWordWrap(true);
    for (int c = 0; c < 3; ++c)
        m_rows->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_rows->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_rows, 1);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("importProgress"));
    m_progress->setAccessibleName(tr("Import progress"));
    m_progress->setRange(0, 100);
    m_progress->hide();
    layout->addWidget(m_progress);
    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("importError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_import = box->addButton(tr("&Import"), QDialogButtonBox::AcceptRole);
    m_import->setObjectName(QStringLiteral("importButton"));
    m_import->setEnabled(false);
    m_close = box->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_close->setObjectName(QStringLiteral("closeButton"));
    for (QPushButton* b : {m_import, m_close})
        b->setAutoDefault(false);
    layout->addWidget(box);

    connect(browse, &QPushButton::clicked, this, &ImportDialog::chooseFile);
    connect(m_check, &QPushButton::clicked, this, &ImportDialog::check);
    connect(m_import, &QPushButton::clicked, this, &ImportDialog::importNow);
    connect(m_close, &QPushButton::clicked, this, [this] {
        if (m_running)
            m_cancel = true; // Cancel while importing: nothing is written
        else
            reject();
    });
    // A change of file or options needs a fresh check before importing.
    for (QLineEdit* edit : {m_file, m_source})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_import->setEnabled(false); });
    connect(m_skipInvalid, &QCheckBox::toggled, this, [this] { m_import->setEnabled(false); });
    resize(820, 560);
}

void ImportDialog::setFile(const QString& path)
{
    m_file->setText(path);
    m_import->setEnabled(false);
}

void ImportDialog::chooseFile()
{
    const QString path =
        QFileDialog::getOpenFileName(this, tr("Referral list"), QString(), tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        setFile(path);
}

void ImportDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString ImportDialog::summaryText() const
{
    return m_summary->text();
}

waymark::ImportOptions ImportDialog::options()
{
    waymark::ImportOptions options;
    options.source = toStd(m_source->text().trimmed());
    options.skipInvalid = m_skipInvalid->isChecked();
    return options;
}

bool ImportDialog::load(std::string& bytes)
{
    const std::filesystem::path path(m_file->text().trimmed().toStdU16String());
    auto loaded = waymark::csv::loadCsvFile(path);
    if (!loaded) {
        showError(waymark::convert::errorMessage(loaded.error()));
        return false;
    }
    bytes = std::move(*loaded);
    return true;
}

bool ImportDialog::check()
{
    showError({});
    m_import->setEnabled(false);
    std::string bytes;
    if (!load(bytes))
        return false;
    auto report = m_casebook.imports().dryRun(bytes, options());
    if (!report) {
        // A malformed file names the line and column (core's detail).
        showError(waymark::convert::errorMessage(report.error()) + QStringLiteral("\n") +
                  toQString(report.error().detail));
        return false;
    }
    showReport(*report);
    m_report = std::move(*report);
    const auto& c = m_report->counts;
    const bool writable = c.newPeople + c.matchedPeople > 0 && (c.invalid == 0 || m_skipInvalid->isChecked());
    m_import->setEnabled(writable);
    return true;
}

void ImportDialog::showReport(const waymark::ImportReport& report)
{
    const auto& c = report.counts;
    QString summary = tr("%n row(s): ", nullptr, c.rows) +
                      tr("%1 new people, %2 matched to people already here, %3 already imported, %4 with problems.")
                          .arg(c.peopleToCreate)
                          .arg(c.matchedPeople)
                          .arg(c.alreadyImported)
                          .arg(c.invalid);
    if (report.previouslyImported)
        summary += QLatin1Char(' ') + tr("This file was imported before.");
    if (!report.dryRun && report.written)
        summary = tr("Imported: %1, %2.")
                      .arg(tr("%n referral(s)", nullptr, report.referralsCreated),
                           tr("%n new person(s)", nullptr, report.peopleCreated));
    else if (!report.dryRun && report.refused)
        summary = tr("Nothing imported: some rows have problems. Correct them, or tick the box to leave them out.");
    else if (c.invalid > 0 && !m_skipInvalid->isChecked())
        summary += QLatin1Char(' ') + tr("Rows with problems stop the import unless you leave them out.");
    m_summary->setText(summary);

    m_rows->setRowCount(static_cast<int>(report.rows.size()));
    for (int i = 0; i < static_cast<int>(report.rows.size()); ++i) {
        const auto& row = report.rows[static_cast<std::size_t>(i)];
        QString details;
        switch (row.outcome) {
        case waymark::ImportRowOutcome::MatchedPerson:
            if (row.match) {
                QStringList why;
                for (const auto& reason : row.match->reasons) {
                    const QString text = RuleSentences::matchReason(toQString(reason.code));
                    why << (text.isEmpty() ? toQString(reason.text) : text);
                }
                details = tr("%1 (%2): %3")
                              .arg(toQString(row.match->person.displayName()),
                                   toQString(row.match->person.caseReference), why.join(QStringLiteral("; ")));
            }
            break;
        case waymark::ImportRowOutcome::NewPerson:
            if (!row.candidates.empty())
                details = tr("Looks like %n person(s) already here; check before importing.", nullptr,
                             static_cast<int>(row.candidates.size()));
            if (row.samePersonAsLine > 0)
                details = tr("The same new person as line %1.").arg(row.samePersonAsLine);
            break;
        case waymark::ImportRowOutcome::AlreadyImported:
            details = toQString(row.alreadyImportedReason);
            break;
        case waymark::ImportRowOutcome::Invalid: {
            QStringList problems;
            for (const auto& p : row.problems) {
                QString hint = RuleSentences::hint(toQString(p.field), toQString(p.rule));
                if (hint.isEmpty())
                    hint = toQString(p.detail);
                problems << tr("column %1: %2").arg(toQString(p.column), hint);
            }
            details = problems.join(QLatin1Char('\n'));
            break;
        }
        }
        auto* outcome = new QTableWidgetItem(outcomeLabel(row.outcome));
        if (row.outcome == waymark::ImportRowOutcome::Invalid) {
            QFont bold = outcome->font();
            bold.setBold(true);
            outcome->setFont(bold);
        }
        m_rows->setItem(i, 0, new QTableWidgetItem(QString::number(row.line)));
        m_rows->setItem(i, 1, outcome);
        m_rows->setItem(i, 2, new QTableWidgetItem(toQString(row.policeReference)));
        m_rows->setItem(i, 3, new QTableWidgetItem(details));
    }
    m_rows->resizeRowsToContents();
}

bool ImportDialog::importNow()
{
    if (!m_report)
        return false;
    showError({});
    std::string bytes;
    if (!load(bytes))
        return false;
    waymark::ImportOptions opts = options();
    m_running = true;
    m_cancel = false;
    m_progress->setValue(0);
    m_progress->show();
    m_import->setEnabled(false);
    m_check->setEnabled(false);
    m_close->setText(tr("Cancel"));
    opts.progress = [this](int percent, std::string_view phrase) {
        m_progress->setValue(percent);
        m_progress->setFormat(QStringLiteral("%p% — ") + toQString(phrase));
        QCoreApplication::processEvents(); // the bar moves and Cancel can be pressed
        return !m_cancel;
    };
    auto report = m_casebook.imports().run(bytes, opts);
    m_running = false;
    m_check->setEnabled(true);
    m_close->setText(tr("Close"));
    m_progress->hide();
    if (!report) {
        showError(report.error().code == waymark::ErrorCode::Cancelled
                      ? tr("Import cancelled. Nothing was written.")
                      : waymark::convert::errorMessage(report.error()));
        return false;
    }
    showReport(*report);
    const bool written = report->written;
    m_report = std::move(*report);
    if (written)
        Q_EMIT imported();
    return written;
}
