#include "ui/delivery/NoteEditor.h"

#include "ui/convert/Convert.h"
#include "ui/widgets/DiscardQuestion.h"

#include <QCheckBox>
#include <QDateTime>
#include <QDialogButtonBox>
#include <QJsonDocument>
#include <QKeyEvent>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTime>
#include <QTimer>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toLocalDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

constexpr int kAutosaveMs = 3000;          // after the last keystroke
constexpr qint64 kLongestUnkeptMs = 10000; // while typing goes on

QString idText(const waymark::Uuid& id)
{
    return id.isNull() ? QString() : toQString(id.toString());
}

waymark::Uuid idFrom(const QJsonObject& o, const char* key)
{
    return waymark::Uuid::parse(toStd(o.value(QLatin1String(key)).toString())).value_or(waymark::Uuid{});
}

} // namespace

NoteEditor::NoteEditor(waymark::Casebook& casebook, const Target& target, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_target(target)
{
    build();
}

NoteEditor::NoteEditor(waymark::Casebook& casebook, const waymark::NoteRecord& record, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_note(record.note)
    , m_readOnly(!record.mayEdit)
{
    m_target.referralId = record.note.referralId;
    m_target.personId = record.note.personId;
    m_target.sessionId = record.note.sessionId;
    m_original = toQString(record.note.text);
    m_originalSensitive = record.note.sensitive;
    build();
    m_text->setPlainText(m_original);
    m_sensitive->setChecked(m_originalSensitive);
    QString about = tr("Written by %1 on %2.").arg(toQString(record.authorName), toLocalDisplay(record.note.createdAt));
    if (!record.note.editedAt.empty())
        about += QLatin1Char(' ') +
                 tr("Edited by %1 on %2.").arg(toQString(record.editorName), toLocalDisplay(record.note.editedAt));
    m_status->setText(about);
    m_lastKept = m_original;
    m_lastKeptSensitive = m_originalSensitive;
}

void NoteEditor::build()
{
    setObjectName(QStringLiteral("noteEditor"));
    setWindowTitle(m_readOnly ? tr("Case note") : m_note ? tr("Edit case note") : tr("New case note"));
    setAccessibleName(windowTitle());
    setSizeGripEnabled(true);
    resize(640, 460);
    auto* layout = new QVBoxLayout(this);

    m_heading = new QLabel(heading());
    m_heading->setObjectName(QStringLiteral("noteHeading"));
    m_heading->setWordWrap(true);
    layout->addWidget(m_heading);

    auto* textLabel = new QLabel(tr("&Note:"));
    layout->addWidget(textLabel);
    m_text = new QPlainTextEdit;
    m_text->setObjectName(QStringLiteral("noteText"));
    m_text->setAccessibleName(tr("Note"));
    m_text->setTabChangesFocus(true);
    m_text->setReadOnly(m_readOnly);
    m_text->setPlaceholderText(tr("What happened, what was said, what comes next. Ctrl+Enter saves."));
    textLabel->setBuddy(m_text);
    layout->addWidget(m_text, 1);

    m_sensitive = new QCheckBox(tr("&Sensitive: only I and coordinators can read it"));
    m_sensitive->setObjectName(QStringLiteral("noteSensitive"));
    m_sensitive->setAccessibleName(tr("Sensitive note"));
    m_sensitive->setEnabled(!m_readOnly);
    layout->addWidget(m_sensitive);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("noteError"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_error->setVisible(false);
    layout->addWidget(m_error);

    auto* bottom = new QHBoxLayout;
    m_status = new QLabel;
    m_status->setObjectName(QStringLiteral("noteDraftStatus"));
    m_status->setAccessibleName(tr("Draft status"));
    m_status->setEnabled(false); // quiet: drawn in the disabled (grey) colour
    bottom->addWidget(m_status, 1);
    m_buttons = new QDialogButtonBox;
    if (m_readOnly) {
        QPushButton* close = m_buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
        close->setObjectName(QStringLiteral("noteCloseButton"));
        connect(close, &QPushButton::clicked, this, &QDialog::reject);
    } else {
        m_save = m_buttons->addButton(tr("&Save note"), QDialogButtonBox::AcceptRole);
        m_save->setObjectName(QStringLiteral("noteSaveButton"));
        m_save->setToolTip(tr("Save the note (Ctrl+Enter)"));
        m_save->setDefault(true);
        connect(m_save, &QPushButton::clicked, this, &NoteEditor::saveNote);
        QPushButton* cancel = m_buttons->addButton(tr("Ca&ncel"), QDialogButtonBox::RejectRole);
        cancel->setObjectName(QStringLiteral("noteCancelButton"));
        connect(cancel, &QPushButton::clicked, this, &NoteEditor::cancelAsked);
    }
    bottom->addWidget(m_buttons);
    layout->addLayout(bottom);
    setTabOrder(m_text, m_sensitive);
    setTabOrder(m_sensitive, m_buttons);

    m_autosave = new QTimer(this);
    m_autosave->setSingleShot(true);
    m_autosave->setInterval(kAutosaveMs);
    connect(m_autosave, &QTimer::timeout, this, &NoteEditor::keepDraft);
    if (!m_readOnly) {
        connect(m_text, &QPlainTextEdit::textChanged, this, &NoteEditor::onChanged);
        connect(m_sensitive, &QCheckBox::toggled, this, &NoteEditor::onChanged);
    }
    m_text->setFocus();
}

QString NoteEditor::heading() const
{
    if (!m_target.linkText.isEmpty())
        return tr("On referral %1").arg(m_target.linkText);
    return m_target.referralId.isNull() ? tr("On the young person's record") : tr("On a referral");
}

waymark::Uuid NoteEditor::draftKey() const
{
    return waymark::noteDraftKey(m_note ? m_note->id : waymark::Uuid{}, m_target.referralId, m_target.personId);
}

void NoteEditor::setAutosaveDelay(int ms)
{
    m_autosave->setInterval(ms);
}

bool NoteEditor::isDirty() const
{
    return !m_readOnly && !m_finished &&
           (m_text->toPlainText() != m_original || m_sensitive->isChecked() != m_originalSensitive);
}

void NoteEditor::onChanged()
{
    m_error->setVisible(false);
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    if (m_firstUnkeptChange == 0)
        m_firstUnkeptChange = now;
    if (now - m_firstUnkeptChange >= kLongestUnkeptMs)
        keepDraft();
    else
        m_autosave->start();
}

QJsonObject NoteEditor::payload() const
{
    QJsonObject o;
    o.insert(QStringLiteral("text"), m_text->toPlainText());
    o.insert(QStringLiteral("sensitive"), m_sensitive->isChecked());
    o.insert(QStringLiteral("referral_id"), idText(m_target.referralId));
    o.insert(QStringLiteral("person_id"), idText(m_target.personId));
    o.insert(QStringLiteral("session_id"), idText(m_target.sessionId));
    o.insert(QStringLiteral("link"), m_target.linkText);
    if (m_note) {
        o.insert(QStringLiteral("note_id"), idText(m_note->id));
        o.insert(QStringLiteral("version"), toQString(m_note->updatedHlc));
    }
    return o;
}

bool NoteEditor::keepDraft()
{
    m_autosave->stop();
    if (m_readOnly || m_finished)
        return true;
    const QString text = m_text->toPlainText();
    if (text == m_lastKept && m_sensitive->isChecked() == m_lastKeptSensitive)
        return true;
    waymark::Draft draft;
    draft.form = std::string(waymark::kNoteDraftForm);
    draft.recordId = draftKey();
    draft.title = toStd(m_target.linkText);
    draft.payload = toStd(QString::fromUtf8(QJsonDocument(payload()).toJson(QJsonDocument::Compact)));
    draft.needs = waymark::Action::NoteWrite;
    auto st = m_casebook.drafts().save(std::move(draft));
    if (!st) {
        m_status->setText(tr("The draft could not be kept: %1").arg(errorMessage(st.error())));
        return false;
    }
    m_lastKept = text;
    m_lastKeptSensitive = m_sensitive->isChecked();
    m_firstUnkeptChange = 0;
    m_status->setText(tr("Draft saved %1").arg(QLocale().toString(QTime::currentTime(), QLocale::ShortFormat)));
    Q_EMIT draftKept();
    return true;
}

void NoteEditor::restoreDraft(const QJsonObject& o)
{
    m_text->setPlainText(o.value(QStringLiteral("text")).toString());
    m_sensitive->setChecked(o.value(QStringLiteral("sensitive")).toBool());
    if (m_target.linkText.isEmpty())
        m_target.linkText = o.value(QStringLiteral("link")).toString();
    m_heading->setText(heading());
    m_lastKept = m_text->toPlainText(); // it is the draft already
    m_lastKeptSensitive = m_sensitive->isChecked();
    m_autosave->stop();
    m_firstUnkeptChange = 0;
    m_status->setText(tr("Restored from your unsaved draft."));
    QTextCursor end = m_text->textCursor();
    end.movePosition(QTextCursor::End);
    m_text->setTextCursor(end);
}

bool NoteEditor::saveNote()
{
    if (m_readOnly)
        return false;
    const waymark::Uuid key = draftKey();
    waymark::Result<waymark::Note> result = [&]() -> waymark::Result<waymark::Note> {
        if (m_note) {
            waymark::Note edited = *m_note;
            edited.text = toStd(m_text->toPlainText());
            edited.sensitive = m_sensitive->isChecked();
            return m_casebook.notes().edit(edited);
        }
        waymark::NoteInput in;
        in.referralId = m_target.referralId;
        in.personId = m_target.referralId.isNull() ? m_target.personId : waymark::Uuid{};
        in.sessionId = m_target.sessionId;
        in.sensitive = m_sensitive->isChecked();
        in.text = toStd(m_text->toPlainText());
        return m_casebook.notes().add(std::move(in));
    }();
    if (!result) {
        keepDraft(); // whatever happens next, the text is kept
        m_error->setText(errorMessage(result.error()));
        m_error->setVisible(true);
        m_text->setFocus();
        return false;
    }
    (void)m_casebook.drafts().discard(waymark::kNoteDraftForm, key);
    m_finished = true;
    m_autosave->stop();
    Q_EMIT saved(*result);
    QDialog::accept();
    return true;
}

void NoteEditor::cancelAsked()
{
    if (isDirty()) {
        const QString title = tr("Discard note");
        const QString question = tr("The note you typed is not saved. Discard it?");
        bool discard = false;
        if (m_ask) {
            discard = m_ask(title, question);
        } else {
            discard = discardquestion::ask(this, {title, question, tr("&Discard note"), tr("&Keep writing"),
                                                  QStringLiteral("noteDiscardQuestion")});
        }
        if (!discard)
            return;
    }
    if (!m_readOnly)
        (void)m_casebook.drafts().discard(waymark::kNoteDraftForm, draftKey());
    m_finished = true;
    m_autosave->stop();
    QDialog::reject();
}

void NoteEditor::reject()
{
    // Not the user's "Discard": the casebook is locking or the window is closing. Keep it.
    if (isDirty())
        keepDraft();
    m_finished = true;
    m_autosave->stop();
    QDialog::reject();
}

void NoteEditor::keyPressEvent(QKeyEvent* event)
{
    const bool enter = event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter;
    if (enter && (event->modifiers() & Qt::ControlModifier)) {
        saveNote();
        return;
    }
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        if (m_readOnly)
            QDialog::reject();
        else
            cancelAsked();
        return;
    }
    QDialog::keyPressEvent(event);
}

QWidget* offerNoteDraft(waymark::Casebook& casebook, QWidget* parent)
{
    auto drafts = casebook.drafts().list();
    if (!drafts)
        return nullptr;
    const auto found = std::ranges::find_if(*drafts, [](const waymark::Draft& d) { return d.form == "note"; });
    if (found == drafts->end())
        return nullptr;
    const waymark::Uuid key = found->recordId;
    auto* box = new QMessageBox(parent);
    box->setObjectName(QStringLiteral("noteDraftOffer"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setIcon(QMessageBox::Question);
    box->setWindowTitle(NoteEditor::tr("Unsaved note — Waymark"));
    const QString link = toQString(found->title);
    box->setText(link.isEmpty() ? NoteEditor::tr("Restore the case note you were writing?")
                                : NoteEditor::tr("Restore the case note you were writing on %1?").arg(link));
    box->setInformativeText(NoteEditor::tr("It was kept, encrypted, before it could be saved (the casebook locked "
                                           "or Waymark stopped)."));
    QPushButton* restore = box->addButton(NoteEditor::tr("&Restore"), QMessageBox::AcceptRole);
    restore->setObjectName(QStringLiteral("restoreNoteDraftButton"));
    QPushButton* discard = box->addButton(NoteEditor::tr("&Discard"), QMessageBox::DestructiveRole);
    discard->setObjectName(QStringLiteral("discardNoteDraftButton"));
    QPushButton* later = box->addButton(NoteEditor::tr("&Not now"), QMessageBox::RejectRole);
    later->setObjectName(QStringLiteral("laterNoteDraftButton"));
    box->setDefaultButton(restore);
    box->setEscapeButton(later);
    QObject::connect(box, &QMessageBox::finished, parent, [&casebook, parent, box, restore, discard, key] {
        if (box->clickedButton() == discard) {
            (void)casebook.drafts().discard(waymark::kNoteDraftForm, key);
            return;
        }
        if (box->clickedButton() != restore)
            return;
        auto loaded = casebook.drafts().load(waymark::kNoteDraftForm, key);
        if (!loaded || !*loaded)
            return;
        const QJsonObject payload = QJsonDocument::fromJson(QByteArray::fromStdString((*loaded)->payload)).object();
        NoteEditor* editor = nullptr;
        const waymark::Uuid noteId = idFrom(payload, "note_id");
        if (!noteId.isNull()) {
            auto record = casebook.notes().view(noteId);
            if (!record)
                return;
            editor = new NoteEditor(casebook, *record, parent);
        } else {
            NoteEditor::Target target;
            target.referralId = idFrom(payload, "referral_id");
            target.personId = idFrom(payload, "person_id");
            target.sessionId = idFrom(payload, "session_id");
            target.linkText = payload.value(QStringLiteral("link")).toString();
            editor = new NoteEditor(casebook, target, parent);
        }
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->restoreDraft(payload);
        editor->open();
    });
    box->open();
    return box;
}
