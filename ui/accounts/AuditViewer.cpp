#include "ui/accounts/AuditViewer.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/WaitCursor.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QGridLayout>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QScreen>
#include <QTableView>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// Families (ending in '.') and the operations asked about most; any other can be typed.
const char* const kOperations[] = {
    "signin.",
    "signin.ok",
    "signin.failed",
    "user.",
    "user.added",
    "user.removed",
    "user.role_changed",
    "user.password_reset",
    "user.password_changed",
    "person.",
    "person.viewed",
    "person.updated",
    "person.merged",
    "referral.",
    "note.",
    "audit.",
    "audit.exported",
    "report.exported",
    "backup.",
    "settings.changed",
};

} // namespace

// --- the rows, a page at a time ---

AuditTableModel::AuditTableModel(waymark::Casebook& casebook, QObject* parent)
    : QAbstractTableModel(parent)
    , m_casebook(casebook)
{}

waymark::Status AuditTableModel::setFilter(const waymark::AuditFilter& filter)
{
    beginResetModel();
    m_filter = filter;
    m_filter.limit = kPage;
    m_filter.oldestFirst = false;
    m_rows.clear();
    m_more = false;
    auto page = m_casebook.audit().list(m_filter);
    if (page) {
        m_rows = std::move(*page);
        m_more = static_cast<int>(m_rows.size()) == kPage;
    }
    endResetModel();
    if (!page)
        return std::unexpected(page.error());
    return {};
}

int AuditTableModel::rowOf(std::int64_t seq) const
{
    for (std::size_t i = 0; i < m_rows.size(); ++i)
        if (m_rows[i].seq == seq)
            return static_cast<int>(i);
    return -1;
}

int AuditTableModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount())
        return {};
    const waymark::AuditEntry& e = entry(index.row());
    if (role == Qt::TextAlignmentRole && index.column() == Seq)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ToolTipRole && index.column() == At)
        return toQString(e.event.at);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Seq:
        return QVariant::fromValue(static_cast<qlonglong>(e.seq));
    case At:
        return waymark::convert::toLocalDisplay(e.event.at);
    case User:
        return toQString(e.event.username);
    case Operation:
        return toQString(e.event.operation);
    case Record:
        // No record (a sign-in, a casebook-wide act): a blank, not a null id.
        if (e.event.recordType.empty() || e.event.recordId.isNull())
            return QString();
        return toQString(e.event.recordType) + QLatin1Char(' ') + toQString(e.event.recordId.toString()).left(8);
    case Detail:
        return toQString(e.event.detail);
    default:
        return {};
    }
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Seq:
        return tr("Row");
    case At:
        return tr("When");
    case User:
        return tr("User");
    case Operation:
        return tr("Operation");
    case Record:
        return tr("Record");
    case Detail:
        return tr("Detail");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex& parent) const
{
    return !parent.isValid() && m_more;
}

void AuditTableModel::fetchMore(const QModelIndex& parent)
{
    if (parent.isValid() || !m_more || m_rows.empty())
        return;
    waymark::AuditFilter next = m_filter;
    next.beforeSeq = m_rows.back().seq;
    auto page = m_casebook.audit().list(next);
    if (!page || page->empty()) {
        m_more = false;
        return;
    }
    m_more = static_cast<int>(page->size()) == kPage;
    const int first = static_cast<int>(m_rows.size());
    beginInsertRows({}, first, first + static_cast<int>(page->size()) - 1);
    m_rows.insert(m_rows.end(), std::make_move_iterator(page->begin()), std::make_move_iterator(page->end()));
    endInsertRows();
}

// --- the viewer ---

AuditViewer::AuditViewer(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("auditViewer"));
    setWindowTitle(tr("Audit trail"));
    auto* layout = new QVBoxLayout(this);

    auto* filters = new QGridLayout;
    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("auditUser"));
    m_user->setAccessibleName(tr("User"));
    m_user->setEditable(true);
    m_user->addItem(QString());
    if (auto users = casebook.users().list())
        for (const auto& u : *users)
            m_user->addItem(toQString(u.username));
    m_person = new QLineEdit(this);
    m_person->setObjectName(QStringLiteral("auditPerson"));
    m_person->setAccessibleName(tr("Person's case reference"));
    m_person->setPlaceholderText(tr("Case reference"));
    m_operation = new QComboBox(this);
    m_operation->setObjectName(QStringLiteral("auditOperation"));
    m_operation->setAccessibleName(tr("Operation"));
    m_operation->setEditable(true);
    m_operation->addItem(QString());
    for (const char* op : kOperations)
        m_operation->addItem(QLatin1String(op));
    m_operation->setToolTip(tr("An operation (person.viewed), or a family of them ending in a full stop (person.)"));
    m_from = new DateEdit(this);
    m_from->setObjectName(QStringLiteral("auditFrom"));
    m_from->setAccessibleName(tr("From date"));
    m_to = new DateEdit(this);
    m_to->setObjectName(QStringLiteral("auditTo"));
    m_to->setAccessibleName(tr("To date"));
    const auto label = [this](const QString& text, QWidget* buddy) {
        auto* l = new QLabel(text, this);
        l->setBuddy(buddy);
        return l;
    };
    filters->addWidget(label(tr("&User:"), m_user), 0, 0);
    filters->addWidget(m_user, 0, 1);
    filters->addWidget(label(tr("&Person:"), m_person), 0, 2);
    filters->addWidget(m_person, 0, 3);
    filters->addWidget(label(tr("&Operation:"), m_operation), 0, 4);
    filters->addWidget(m_operation, 0, 5);
    filters->addWidget(label(tr("&From:"), m_from), 1, 0);
    filters->addWidget(m_from, 1, 1);
    filters->addWidget(label(tr("&To:"), m_to), 1, 2);
    filters->addWidget(m_to, 1, 3);
    auto* filterButtons = new QHBoxLayout;
    m_show = new QPushButton(tr("&Show"), this);
    m_show->setObjectName(QStringLiteral("auditShow"));
    m_show->setDefault(true);
    m_clear = new QPushButton(tr("C&lear"), this);
    m_clear->setObjectName(QStringLiteral("auditClear"));
    m_clear->setAutoDefault(false);
    filterButtons->addWidget(m_show);
    filterButtons->addWidget(m_clear);
    filterButtons->addStretch(1);
    filters->addLayout(filterButtons, 1, 4, 1, 2);
    filters->setColumnStretch(1, 1);
    filters->setColumnStretch(3, 1);
    filters->setColumnStretch(5, 1);
    layout->addLayout(filters);

    m_model = new AuditTableModel(casebook, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("auditTable"));
    m_table->setAccessibleName(tr("Audit rows"));
    m_table->setModel(m_model);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setTabKeyNavigation(false);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    m_table->verticalHeader()->setDefaultSectionSize(m_table->fontMetrics().height() + 6);
    m_table->horizontalHeader()->setStretchLastSection(true);
    const int em = m_table->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_table->setColumnWidth(AuditTableModel::Seq, em * 4);
    m_table->setColumnWidth(AuditTableModel::At, em * 10);
    m_table->setColumnWidth(AuditTableModel::User, em * 7);
    m_table->setColumnWidth(AuditTableModel::Operation, em * 15);
    m_table->setColumnWidth(AuditTableModel::Record, em * 9);
    layout->addWidget(m_table, 1);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("auditStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_verifyResult = new QLabel(this);
    m_verifyResult->setObjectName(QStringLiteral("verifyResult"));
    m_verifyResult->setWordWrap(true);
    m_verifyResult->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_verifyResult->hide();
    layout->addWidget(m_verifyResult);

    auto* box = new QDialogButtonBox(this);
    m_verify = box->addButton(tr("&Verify"), QDialogButtonBox::ActionRole);
    m_verify->setObjectName(QStringLiteral("auditVerify"));
    m_export = box->addButton(tr("&Export…"), QDialogButtonBox::ActionRole);
    m_export->setObjectName(QStringLiteral("auditExport"));
    m_export->setEnabled(casebook.can(waymark::Action::AuditExport));
    m_verify->setEnabled(casebook.can(waymark::Action::AuditVerify));
    QPushButton* close = box->addButton(QDialogButtonBox::Close);
    for (QPushButton* b : {m_verify, m_export, close})
        b->setAutoDefault(false);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);

    connect(m_show, &QPushButton::clicked, this, &AuditViewer::applyFilters);
    connect(m_clear, &QPushButton::clicked, this, [this] {
        m_user->setCurrentText(QString());
        m_person->setText(QString());
        m_operation->setCurrentText(QString());
        m_from->setText(QString());
        m_to->setText(QString());
        applyFilters();
    });
    connect(m_verify, &QPushButton::clicked, this, &AuditViewer::verifyNow);
    connect(m_export, &QPushButton::clicked, this, &AuditViewer::askAndExport);

    QWidget* order[] = {m_user,  m_person, m_operation, m_from,   m_to, m_show,
                        m_clear, m_table,  m_verify,    m_export, close};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);
    QSize size(1100, 640);
    if (const QScreen* screen = QGuiApplication::primaryScreen())
        size = size.boundedTo(screen->availableGeometry().size() - QSize(20, 40));
    resize(size);
    applyFilters();
    m_user->setFocus();
}

std::optional<waymark::AuditFilter> AuditViewer::filterFromForm()
{
    waymark::AuditFilter f;
    f.username = toStd(m_user->currentText().trimmed().toLower());
    f.operation = toStd(m_operation->currentText().trimmed());
    for (DateEdit* edit : {m_from, m_to})
        if (!edit->hasValidDate()) {
            showStatus(edit->problemText(), true);
            edit->setFocus();
            return std::nullopt;
        }
    if (!m_from->isBlank())
        f.from = m_from->date();
    if (!m_to->isBlank())
        f.to = m_to->date();
    const QString ref = m_person->text().trimmed();
    if (!ref.isEmpty()) {
        // A search, not a consultation of the record (as `waymark-cli audit export --person`).
        auto found = m_casebook.people().search(toStd(ref), 2);
        if (!found || found->size() != 1 ||
            QString::compare(toQString(found->front().caseReference), ref, Qt::CaseInsensitive) != 0) {
            showStatus(tr("No person has the case reference %1.").arg(ref), true);
            m_person->setFocus();
            return std::nullopt;
        }
        f.recordId = found->front().id;
    }
    return f;
}

bool AuditViewer::applyFilters()
{
    const auto filter = filterFromForm();
    if (!filter)
        return false;
    const WaitCursor wait;
    if (auto st = m_model->setFilter(*filter); !st) {
        if (st.error().code == waymark::ErrorCode::NotFound && !filter->username.empty())
            showStatus(tr("No user called %1 appears in the audit trail.").arg(toQString(filter->username)), true);
        else
            showStatus(waymark::convert::errorMessage(st.error()), true);
        return false;
    }
    if (m_model->rowCount() == 0)
        showStatus(tr("No audit rows match."), false);
    else if (m_model->canFetchMore({}))
        showStatus(tr("Newest first; more rows load as you scroll."), false);
    else
        showStatus(tr("%n row(s), newest first.", nullptr, m_model->rowCount()), false);
    return true;
}

void AuditViewer::showStatus(const QString& text, bool problem)
{
    m_status->setText(text);
    m_status->setStyleSheet(problem ? QStringLiteral("QLabel { color: %1; }").arg(Theme::current().errorBorder.name())
                                    : QString());
}

void AuditViewer::askAndExport()
{
    const QString csv = tr("CSV file (*.csv)");
    const QString json = tr("JSON file (*.json)");
    QString chosen;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Export the audit trail"), QStringLiteral("audit-trail.csv"),
                                     csv + QStringLiteral(";;") + json, &chosen);
    if (path.isEmpty())
        return;
    bool ok = false;
    const QString recipient =
        QInputDialog::getText(this, tr("Export the audit trail"),
                              tr("Who is this export for? (Recorded in the audit trail as a disclosure.)"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok)
        return;
    const bool isJson = chosen == json || path.endsWith(QStringLiteral(".json"), Qt::CaseInsensitive);
    exportRows(path, isJson ? waymark::AuditExportFormat::Json : waymark::AuditExportFormat::Csv, recipient);
}

bool AuditViewer::exportRows(const QString& path, waymark::AuditExportFormat format, const QString& recipient)
{
    const auto filter = filterFromForm();
    if (!filter)
        return false;
    const WaitCursor wait;
    auto done =
        m_casebook.audit().exportTo(*filter, format, std::filesystem::path(toStd(path)), toStd(recipient.trimmed()));
    if (!done) {
        showStatus(tr("The export failed: %1").arg(waymark::convert::errorMessage(done.error())), true);
        return false;
    }
    showStatus(tr("Exported %n row(s) to %1. The export is recorded in the audit trail.", nullptr,
                  static_cast<int>(done->rows))
                   .arg(QFileInfo(path).fileName()),
               false);
    return true;
}

void AuditViewer::selectSeq(std::int64_t seq)
{
    int row = m_model->rowOf(seq);
    if (row < 0) {
        // Not among the rows read so far: show the trail from just above it, no filters.
        m_user->setCurrentText(QString());
        m_person->setText(QString());
        m_operation->setCurrentText(QString());
        m_from->setText(QString());
        m_to->setText(QString());
        waymark::AuditFilter f;
        f.beforeSeq = seq + 1;
        if (m_model->setFilter(f))
            row = m_model->rowOf(seq);
    }
    if (row < 0)
        return;
    m_table->selectRow(row);
    m_table->scrollTo(m_model->index(row, 0), QAbstractItemView::PositionAtCenter);
}

bool AuditViewer::verifyNow()
{
    waymark::Result<waymark::VerifyReport> report = waymark::fail(waymark::ErrorCode::Internal, "not run");
    {
        const WaitCursor wait;
        report = m_casebook.verify(waymark::Casebook::VerifyScope::AuditOnly);
    }
    m_verifyResult->show();
    const QString bad =
        QStringLiteral("QLabel { color: %1; font-weight: bold; }").arg(Theme::current().errorBorder.name());
    if (!report) {
        m_verifyResult->setStyleSheet(bad);
        m_verifyResult->setText(tr("Verify could not run: %1").arg(waymark::convert::errorMessage(report.error())));
        return false;
    }
    if (report->ok()) {
        m_verifyResult->setStyleSheet(QString());
        m_verifyResult->setText(
            tr("Verified: the audit trail is whole (%n row(s)), and not older than this computer has seen.", nullptr,
               static_cast<int>(report->auditRows)));
        return true;
    }
    const auto describeRow = [this](std::int64_t seq) {
        auto row = m_casebook.audit().row(seq);
        if (!row || !*row)
            return tr("row %1 (no longer there)").arg(seq);
        const waymark::AuditEvent& e = (*row)->event;
        return tr("row %1 (%2, %3 by %4)")
            .arg(seq)
            .arg(waymark::convert::toLocalDisplay(e.at), toQString(e.operation), toQString(e.username));
    };
    QStringList problems;
    std::optional<std::int64_t> first;
    if (report->firstBrokenAuditRow) {
        first = report->firstBrokenAuditRow;
        problems << tr("The audit trail was changed outside Waymark: the first bad row is %1.")
                        .arg(describeRow(*report->firstBrokenAuditRow));
    }
    if (!report->signaturesOk)
        problems << tr("The accounts and roles were changed outside Waymark (they do not match the list signed by a "
                       "coordinator): %1")
                        .arg(toQString(report->signatureDetail));
    const waymark::AnchorCheck& anchor = report->anchor;
    if (!anchor.ok()) {
        QString what;
        switch (anchor.state) {
        case waymark::AnchorState::Rollback:
            what = tr("This casebook is older than a copy this computer has seen: an older copy may have been put "
                      "back.");
            break;
        case waymark::AnchorState::TailCut:
            what = tr("%n audit row(s) this computer has seen are missing from the end of the trail.", nullptr,
                      static_cast<int>(anchor.missingRows));
            break;
        case waymark::AnchorState::Rewritten:
            what = tr("Audit rows this computer has seen were rewritten.");
            break;
        default:
            what = tr("This computer's record of the audit trail could not be trusted.");
            break;
        }
        if (anchor.firstBadRow) {
            what += QLatin1Char(' ') + tr("First bad row: %1.").arg(describeRow(*anchor.firstBadRow));
            if (!first)
                first = anchor.firstBadRow;
        }
        problems << what;
    }
    m_verifyResult->setStyleSheet(bad);
    m_verifyResult->setText(problems.join(QLatin1Char('\n')));
    if (first)
        selectSeq(*first);
    return false;
}
