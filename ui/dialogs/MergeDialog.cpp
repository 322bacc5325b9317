#include "ui/dialogs/MergeDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QTextBrowser>
#include <QVBoxLayout>

using waymark::convert::toDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// What moves, by core's table name, in the user's language.
QString moveLabel(const waymark::MergeMove& move)
{
    if (move.table == "person_aliases")
        return MergeDialog::tr("other names (aliases)");
    if (move.table == "person_contacts")
        return MergeDialog::tr("parents, guardians and contacts");
    if (move.table == "referrals")
        return MergeDialog::tr("referrals");
    if (move.table == "referral_events")
        return MergeDialog::tr("referral history entries");
    if (move.table == "drafts")
        return MergeDialog::tr("unsaved forms");
    return toQString(move.what);
}

QString personLine(const waymark::Person& p)
{
    return MergeDialog::tr("%1 (%2), born %3")
        .arg(toQString(p.displayName()), toQString(p.caseReference), toDisplay(p.dateOfBirth));
}

} // namespace

MergeDialog::MergeDialog(waymark::Casebook& casebook, const waymark::Person& survivor,
                         std::function<QString(const QString&)> fieldLabel, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_survivor(survivor)
    , m_fieldLabel(std::move(fieldLabel))
{
    setObjectName(QStringLiteral("mergeDialog"));
    setWindowTitle(tr("Merge records — %1").arg(toQString(survivor.displayName())));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Find the other record of %1. It is merged into this one: everything it holds moves "
                                "here, its names become aliases, and it stays only as a pointer to this record.")
                                 .arg(personLine(survivor).toHtmlEscaped()),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* row = new QHBoxLayout;
    auto* label = new QLabel(tr("&Find:"), this);
    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("mergeSearch"));
    m_search->setAccessibleName(tr("Find the other record"));
    m_search->setPlaceholderText(tr("Name, case reference, postcode or date of birth"));
    label->setBuddy(m_search);
    auto* find = new QPushButton(Theme::icon(QStringLiteral("search")), tr("&Search"), this);
    find->setObjectName(QStringLiteral("mergeSearchButton"));
    find->setAutoDefault(false);
    row->addWidget(label);
    row->addWidget(m_search, 1);
    row->addWidget(find);
    layout->addLayout(row);

    m_results = new QTableWidget(0, 4, this);
    m_results->setObjectName(QStringLiteral("mergeResults"));
    m_results->setAccessibleName(tr("Records found"));
    m_results->setHorizontalHeaderLabels({tr("Case reference"), tr("Name"), tr("Date of birth"), tr("Postcode")});
    m_results->verticalHeader()->setVisible(false);
    m_results->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_results->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    m_results->setTabKeyNavigation(false);
    m_results->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_results->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_results, 1);

    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("mergePreview"));
    m_preview->setAccessibleName(tr("What the merge would do"));
    m_preview->setPlaceholderText(tr("Choose a record to see what the merge would do."));
    layout->addWidget(m_preview, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("mergeError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_merge = box->addButton(tr("&Merge into this record"), QDialogButtonBox::AcceptRole);
    m_merge->setObjectName(QStringLiteral("mergeButton"));
    m_merge->setEnabled(false);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* b : {m_merge, cancel})
        b->setAutoDefault(false);
    layout->addWidget(box);

    connect(find, &QPushButton::clicked, this, [this] { search(m_search->text()); });
    connect(m_search, &QLineEdit::returnPressed, this, [this] { search(m_search->text()); });
    connect(m_results, &QTableWidget::currentCellChanged, this, [this](int current, int, int, int) {
        if (current >= 0)
            preview(current);
    });
    connect(m_merge, &QPushButton::clicked, this, &MergeDialog::mergeNow);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    resize(720, 560);
}

void MergeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

int MergeDialog::search(const QString& text)
{
    showError({});
    m_found.clear();
    m_other = {};
    m_merge->setEnabled(false);
    m_preview->clear();
    auto found = m_casebook.people().search(toStd(text.trimmed()), 50);
    if (!found) {
        showError(waymark::convert::errorMessage(found.error()));
        return 0;
    }
    for (auto& p : *found)
        if (p.id != m_survivor.id)
            m_found.push_back(std::move(p));
    const QSignalBlocker blocker(m_results);
    m_results->setRowCount(static_cast<int>(m_found.size()));
    for (int i = 0; i < static_cast<int>(m_found.size()); ++i) {
        const auto& p = m_found[static_cast<std::size_t>(i)];
        m_results->setItem(i, 0, new QTableWidgetItem(toQString(p.caseReference)));
        m_results->setItem(i, 1, new QTableWidgetItem(toQString(p.displayName())));
        m_results->setItem(i, 2, new QTableWidgetItem(toDisplay(p.dateOfBirth)));
        m_results->setItem(i, 3, new QTableWidgetItem(toQString(p.postcode)));
    }
    if (m_found.empty())
        showError(tr("No other record matches “%1”.").arg(text.trimmed()));
    return static_cast<int>(m_found.size());
}

bool MergeDialog::preview(int row)
{
    showError({});
    m_merge->setEnabled(false);
    if (row < 0 || row >= static_cast<int>(m_found.size()))
        return false;
    m_results->selectRow(row);
    const waymark::Uuid other = m_found[static_cast<std::size_t>(row)].id;
    auto preview = m_casebook.people().mergePreview(m_survivor.id, other);
    if (!preview) {
        showError(waymark::convert::errorMessage(preview.error()));
        return false;
    }
    m_other = other;
    const auto labels = [this](const std::vector<std::string>& fields) {
        QStringList out;
        for (const auto& f : fields)
            out << m_fieldLabel(toQString(f)).toHtmlEscaped();
        return out.join(QStringLiteral(", "));
    };
    QString html = QStringLiteral("<p>") +
                   tr("<b>%1</b> is merged into <b>%2</b>, which stays.")
                       .arg(personLine(preview->other).toHtmlEscaped(), personLine(preview->survivor).toHtmlEscaped()) +
                   QStringLiteral("</p>");
    if (preview->moves.empty()) {
        html += QStringLiteral("<p>") + tr("Nothing else is recorded against it, so nothing moves.") +
                QStringLiteral("</p>");
    } else {
        html += QStringLiteral("<p>") + tr("These move to the record that stays:") + QStringLiteral("</p><ul>");
        for (const auto& move : preview->moves)
            html += QStringLiteral("<li>%1: %2</li>").arg(moveLabel(move).toHtmlEscaped()).arg(move.rows);
        html += QStringLiteral("</ul>");
    }
    if (!preview->newAliases.empty()) {
        QStringList names;
        for (const auto& n : preview->newAliases)
            names << toQString(n).toHtmlEscaped();
        html += QStringLiteral("<p>") + tr("New aliases: %1").arg(names.join(QStringLiteral(", "))) +
                QStringLiteral("</p>");
    }
    if (!preview->filled.empty())
        html += QStringLiteral("<p>") + tr("Filled in from the other record: %1").arg(labels(preview->filled)) +
                QStringLiteral("</p>");
    if (!preview->differing.empty())
        html +=
            QStringLiteral("<p>") +
            tr("Different in the two records (the one that stays keeps its own): %1").arg(labels(preview->differing)) +
            QStringLiteral("</p>");
    m_preview->setHtml(html);
    m_merge->setEnabled(true);
    return true;
}

bool MergeDialog::mergeNow()
{
    if (m_other.isNull())
        return false;
    auto merged = m_casebook.people().merge(m_survivor.id, m_other);
    if (!merged) {
        showError(waymark::convert::errorMessage(merged.error()));
        return false;
    }
    m_result = std::move(*merged);
    accept();
    return true;
}
