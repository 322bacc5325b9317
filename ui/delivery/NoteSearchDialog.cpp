#include "ui/delivery/NoteSearchDialog.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/NoteEditor.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTimer>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toLocalDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

// Down from the query box moves into the results.
class QueryEdit : public QLineEdit
{
public:
    QListWidget* results = nullptr;

protected:
    void keyPressEvent(QKeyEvent* event) override
    {
        if (results && event->key() == Qt::Key_Down && results->count() > 0) {
            results->setFocus();
            if (results->currentRow() < 0)
                results->setCurrentRow(0);
            return;
        }
        QLineEdit::keyPressEvent(event);
    }
};

} // namespace

NoteSearchDialog::NoteSearchDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("noteSearchDialog"));
    setWindowTitle(tr("Search notes"));
    setAccessibleName(windowTitle());
    setSizeGripEnabled(true);
    resize(720, 520);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&Find notes with the words:"));
    layout->addWidget(label);
    auto* query = new QueryEdit;
    m_query = query;
    m_query->setObjectName(QStringLiteral("noteSearchQuery"));
    m_query->setAccessibleName(tr("Words to find in notes"));
    m_query->setPlaceholderText(tr("e.g. college interview, \"youth club\", foot*"));
    m_query->setClearButtonEnabled(true);
    label->setBuddy(m_query);
    layout->addWidget(m_query);
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("noteSearchStatus"));
    m_status->setWordWrap(true);
    layout->addWidget(m_status);
    m_results = new QListWidget;
    m_results->setObjectName(QStringLiteral("noteSearchResults"));
    m_results->setAccessibleName(tr("Notes found"));
    m_results->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_results->setSelectionMode(QAbstractItemView::SingleSelection);
    query->results = m_results;
    layout->addWidget(m_results, 1);

    auto* buttons = new QDialogButtonBox;
    m_open = buttons->addButton(tr("&Open note"), QDialogButtonBox::ActionRole);
    m_open->setObjectName(QStringLiteral("noteSearchOpen"));
    m_referral = buttons->addButton(tr("Open &referral"), QDialogButtonBox::ActionRole);
    m_referral->setObjectName(QStringLiteral("noteSearchReferral"));
    m_more = buttons->addButton(tr("&More results"), QDialogButtonBox::ActionRole);
    m_more->setObjectName(QStringLiteral("noteSearchMore"));
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("noteSearchClose"));
    for (QPushButton* b : {m_open, m_referral, m_more, close})
        b->setAutoDefault(false);
    layout->addWidget(buttons);
    connect(close, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_open, &QPushButton::clicked, this, &NoteSearchDialog::openCurrent);
    connect(m_more, &QPushButton::clicked, this, &NoteSearchDialog::showMore);
    connect(m_referral, &QPushButton::clicked, this, [this] {
        const int row = m_results->currentRow();
        if (row < 0 || row >= static_cast<int>(m_hits.size()))
            return;
        const waymark::Uuid id = m_hits[static_cast<std::size_t>(row)].note.referralId;
        if (id.isNull())
            return;
        Q_EMIT openReferralRequested(id);
        accept();
    });
    connect(m_results, &QListWidget::itemActivated, this, &NoteSearchDialog::openCurrent);
    connect(m_results, &QListWidget::currentRowChanged, this, [this](int row) {
        const bool any = row >= 0 && row < static_cast<int>(m_hits.size());
        m_open->setEnabled(any);
        m_referral->setEnabled(any && !m_hits[static_cast<std::size_t>(row)].note.referralId.isNull());
    });
    m_typing = new QTimer(this);
    m_typing->setSingleShot(true);
    m_typing->setInterval(300);
    connect(m_typing, &QTimer::timeout, this, &NoteSearchDialog::search);
    connect(m_query, &QLineEdit::textChanged, m_typing, qOverload<>(&QTimer::start));
    connect(m_query, &QLineEdit::returnPressed, this, [this] {
        m_typing->stop();
        search();
        if (m_results->count() > 0) {
            m_results->setFocus();
            m_results->setCurrentRow(0);
        }
    });
    m_open->setEnabled(false);
    m_referral->setEnabled(false);
    m_more->setVisible(false);
    m_query->setFocus();
}

QString NoteSearchDialog::snippetHtml(const std::string& snippet)
{
    QString html;
    for (const auto& part : waymark::splitSnippet(snippet)) {
        const QString text = toQString(part.text).toHtmlEscaped().replace(QLatin1Char('\n'), QLatin1Char(' '));
        html += part.match ? QStringLiteral("<b>") + text + QStringLiteral("</b>") : text;
    }
    return html;
}

void NoteSearchDialog::search()
{
    m_searched = m_query->text();
    m_hits.clear();
    m_next.reset();
    m_results->clear();
    if (m_searched.trimmed().isEmpty()) {
        m_status->clear();
        m_more->setVisible(false);
        return;
    }
    waymark::NoteSearchQuery q;
    q.text = toStd(m_searched);
    auto hits = m_casebook.notes().search(q);
    if (!hits) {
        m_status->setText(errorMessage(hits.error()));
        return;
    }
    addHits(*hits);
}

void NoteSearchDialog::showMore()
{
    if (!m_next)
        return;
    waymark::NoteSearchQuery q;
    q.text = toStd(m_searched);
    q.before = m_next;
    auto hits = m_casebook.notes().search(q);
    if (!hits)
        return;
    const int first = m_results->count();
    addHits(*hits);
    m_results->setFocus();
    m_results->setCurrentRow(first);
}

void NoteSearchDialog::addHits(const waymark::NoteHits& hits)
{
    for (const auto& h : hits.rows) {
        m_hits.push_back(h);
        QString head =
            toLocalDisplay(h.note.createdAt) + QStringLiteral(" · ") + toQString(h.authorName).toHtmlEscaped();
        if (h.note.sensitive)
            head += QStringLiteral(" · ") + tr("Sensitive");
        if (!h.note.editedAt.empty())
            head += QStringLiteral(" · ") + tr("edited");
        auto* item = new QListWidgetItem;
        // The item's own text is for screen readers and keyboard search; the label draws it.
        QString plain;
        for (const auto& part : waymark::splitSnippet(h.snippet))
            plain += toQString(part.text);
        item->setText(QString());
        item->setData(Qt::AccessibleTextRole, plain);
        item->setData(Qt::UserRole, QStringLiteral("<small>%1</small><br>%2").arg(head, snippetHtml(h.snippet)));
        auto* label = new QLabel(item->data(Qt::UserRole).toString());
        label->setTextFormat(Qt::RichText);
        label->setWordWrap(true);
        label->setContentsMargins(6, 4, 6, 4);
        label->setAttribute(Qt::WA_TransparentForMouseEvents);
        m_results->addItem(item);
        item->setSizeHint(QSize(0, label->heightForWidth(qMax(200, m_results->viewport()->width() - 12)) + 8));
        m_results->setItemWidget(item, label);
    }
    m_next = hits.next;
    m_more->setVisible(m_next.has_value());
    const int n = m_results->count();
    m_status->setText(n == 0   ? tr("No notes found.")
                      : m_next ? tr("The newest %n note(s) found.", nullptr, n)
                               : tr("%n note(s) found.", nullptr, n));
    if (n > 0 && m_results->currentRow() < 0)
        m_results->setCurrentRow(0);
}

QString NoteSearchDialog::resultHtml(int row) const
{
    QListWidgetItem* item = m_results->item(row);
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void NoteSearchDialog::openCurrent()
{
    const int row = m_results->currentRow();
    if (row < 0 || row >= static_cast<int>(m_hits.size()))
        return;
    auto record = m_casebook.notes().view(m_hits[static_cast<std::size_t>(row)].note.id);
    if (!record) {
        m_status->setText(errorMessage(record.error()));
        return;
    }
    auto* editor = new NoteEditor(m_casebook, *record, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &NoteEditor::saved, this, &NoteSearchDialog::search);
    editor->open();
}
