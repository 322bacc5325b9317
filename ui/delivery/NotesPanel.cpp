#include "ui/delivery/NotesPanel.h"

#include "ui/convert/Convert.h"
#include "ui/delivery/NoteEditor.h"

#include <QDateTime>
#include <QDialog>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toLocalDisplay;
using waymark::convert::toQString;

namespace {} // namespace

NotesPanel::NotesPanel(waymark::Casebook& casebook, QWidget* parent)
    : QGroupBox(tr("Case notes"), parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("notesPanel"));
    auto* layout = new QVBoxLayout(this);
    auto* buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&Write a note…"));
    m_new->setObjectName(QStringLiteral("newNoteButton"));
    m_new->setAccessibleName(tr("Write a note"));
    m_open = new QPushButton(tr("Open note"));
    m_open->setObjectName(QStringLiteral("openNoteButton"));
    m_open->setToolTip(tr("Open the selected note (Enter in the list)"));
    m_history = new QPushButton(tr("Earlier &versions…"));
    m_history->setObjectName(QStringLiteral("noteHistoryButton"));
    m_history->setAccessibleName(tr("Earlier versions of the note"));
    buttons->addWidget(m_new);
    buttons->addWidget(m_open);
    buttons->addWidget(m_history);
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_list = new QListWidget;
    m_list->setObjectName(QStringLiteral("notesList"));
    m_list->setAccessibleName(tr("Case notes"));
    m_list->setWordWrap(true);
    m_list->setTextElideMode(Qt::ElideNone);
    m_list->setUniformItemSizes(false);
    m_list->setVerticalScrollMode(QAbstractItemView::ScrollPerPixel);
    m_list->setMinimumHeight(160);
    layout->addWidget(m_list, 1);
    m_empty = new QLabel(tr("No notes yet."));
    m_empty->setObjectName(QStringLiteral("notesEmpty"));
    layout->addWidget(m_empty);
    m_more = new QPushButton(tr("Show older notes"));
    m_more->setObjectName(QStringLiteral("olderNotesButton"));
    layout->addWidget(m_more, 0, Qt::AlignLeft);

    m_history->setVisible(m_casebook.can(waymark::Action::NoteHistory));
    m_new->setVisible(m_casebook.can(waymark::Action::NoteWrite));
    setVisible(m_casebook.can(waymark::Action::NoteView));

    connect(m_new, &QPushButton::clicked, this, &NotesPanel::newNote);
    connect(m_open, &QPushButton::clicked, this, [this] { openItem(m_list->currentItem()); });
    connect(m_history, &QPushButton::clicked, this, &NotesPanel::showHistory);
    connect(m_list, &QListWidget::itemActivated, this, &NotesPanel::openItem);
    connect(m_list, &QListWidget::currentRowChanged, this, &NotesPanel::updateButtons);
    connect(m_more, &QPushButton::clicked, this, [this] {
        if (!m_next)
            return;
        waymark::NoteListQuery q;
        q.referralId = m_referral;
        q.after = m_next;
        auto page = m_casebook.notes().list(q);
        if (!page)
            return;
        for (auto& r : page->rows)
            m_rows.push_back(std::move(r));
        m_next = page->next;
        const int keep = m_list->currentRow();
        reload();
        m_list->setCurrentRow(keep);
    });
    setTabOrder(m_new, m_open);
    setTabOrder(m_open, m_history);
    setTabOrder(m_history, m_list);
    setTabOrder(m_list, m_more);
}

void NotesPanel::showReferral(const waymark::Uuid& referralId, const waymark::Uuid& personId, const QString& reference)
{
    m_referral = referralId;
    m_person = personId;
    m_reference = reference;
    m_rows.clear();
    m_next.reset();
    if (!m_casebook.can(waymark::Action::NoteView))
        return;
    waymark::NoteListQuery q;
    q.referralId = referralId;
    auto page = m_casebook.notes().list(q);
    if (!page) {
        m_empty->setText(errorMessage(page.error()));
        m_empty->setVisible(true);
        m_list->clear();
        return;
    }
    m_rows = std::move(page->rows);
    m_next = page->next;
    m_empty->setText(tr("No notes yet."));
    reload();
}

void NotesPanel::reload()
{
    m_list->clear();
    for (const auto& r : m_rows) {
        QString head = toLocalDisplay(r.note.createdAt) + QStringLiteral(" · ") + toQString(r.authorName);
        if (r.note.sensitive)
            head += QStringLiteral(" · ") + tr("Sensitive");
        if (!r.note.editedAt.empty())
            head += QStringLiteral(" · ") + tr("edited %1").arg(toLocalDisplay(r.note.editedAt));
        const QString body = r.withheld ? tr("A sensitive note by %1: only its author and coordinators can read it.")
                                              .arg(toQString(r.authorName))
                                        : toQString(r.note.text);
        auto* item = new QListWidgetItem(head + QLatin1Char('\n') + body);
        QFont bold = item->font();
        if (r.withheld) {
            bold.setItalic(true);
            item->setFont(bold);
        }
        item->setToolTip(head);
        m_list->addItem(item);
    }
    m_empty->setVisible(m_rows.empty());
    m_list->setVisible(!m_rows.empty());
    m_more->setVisible(m_next.has_value());
    if (!m_rows.empty() && m_list->currentRow() < 0)
        m_list->setCurrentRow(0);
    updateButtons();
}

int NotesPanel::shownCount() const
{
    return static_cast<int>(m_rows.size());
}

void NotesPanel::updateButtons()
{
    const int row = m_list->currentRow();
    const bool readable = row >= 0 && row < shownCount() && !m_rows[static_cast<std::size_t>(row)].withheld;
    m_open->setEnabled(readable);
    m_history->setEnabled(readable && !m_rows[static_cast<std::size_t>(row)].note.editedAt.empty());
}

NoteEditor* NotesPanel::newNote()
{
    NoteEditor::Target target;
    target.referralId = m_referral;
    target.personId = m_person;
    target.linkText = m_reference;
    auto* editor = new NoteEditor(m_casebook, target, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &NoteEditor::saved, this, [this] {
        showReferral(m_referral, m_person, m_reference);
        Q_EMIT notesChanged();
    });
    editor->open();
    return editor;
}

void NotesPanel::openItem(QListWidgetItem* item)
{
    const int row = item ? m_list->row(item) : -1;
    if (row < 0 || row >= shownCount() || m_rows[static_cast<std::size_t>(row)].withheld)
        return;
    auto record = m_casebook.notes().view(m_rows[static_cast<std::size_t>(row)].note.id);
    if (!record)
        return;
    auto* editor = new NoteEditor(m_casebook, *record, window());
    editor->setAttribute(Qt::WA_DeleteOnClose);
    connect(editor, &NoteEditor::saved, this, [this, row] {
        showReferral(m_referral, m_person, m_reference);
        m_list->setCurrentRow(row);
        Q_EMIT notesChanged();
    });
    editor->open();
}

void NotesPanel::showHistory()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= shownCount())
        return;
    auto versions = m_casebook.notes().history(m_rows[static_cast<std::size_t>(row)].note.id);
    if (!versions)
        return;
    auto* dialog = new QDialog(window());
    dialog->setObjectName(QStringLiteral("noteHistoryDialog"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setWindowTitle(tr("Earlier versions of the note"));
    dialog->resize(640, 480);
    auto* layout = new QVBoxLayout(dialog);
    auto* text = new QPlainTextEdit;
    text->setObjectName(QStringLiteral("noteHistoryText"));
    text->setAccessibleName(tr("Earlier versions"));
    text->setReadOnly(true);
    QString all;
    const int n = static_cast<int>(versions->size());
    for (int i = n - 1; i >= 0; --i) {
        const auto& v = (*versions)[static_cast<std::size_t>(i)];
        const QString label = i == n - 1
                                  ? tr("Now (since %1, %2)").arg(toLocalDisplay(v.at), toQString(v.byName))
                                  : tr("Version %1 (%2, %3)").arg(i + 1).arg(toLocalDisplay(v.at), toQString(v.byName));
        all += label + QLatin1Char('\n');
        all += toQString(v.text) + QStringLiteral("\n\n");
    }
    text->setPlainText(all.trimmed());
    layout->addWidget(text);
    auto* buttons = new QDialogButtonBox;
    QPushButton* close = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    connect(close, &QPushButton::clicked, dialog, &QDialog::reject);
    layout->addWidget(buttons);
    dialog->open();
}
