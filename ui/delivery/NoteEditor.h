#pragma once

// Writing or editing one case note. Plain text, a "sensitive" check box, the referral it is
// on. Nothing typed is lost: a few seconds after typing stops (and at least every ten seconds
// while it goes on) the text is kept as an encrypted draft in the casebook (casebook.drafts(),
// form "note"), and closing the editor any way other than "Discard note" — the casebook
// locking, the window closing — keeps it too. After unlock or a restart, offerNoteDraft()
// gives it back. Ctrl+Enter saves; Esc asks before throwing typed text away.

#include "core/Casebook.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

#include <functional>

class QCheckBox;
class QDialogButtonBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTimer;

class NoteEditor : public QDialog
{
    Q_OBJECT

public:
    // Where a new note goes: a referral (with its person), or a person alone.
    struct Target
    {
        waymark::Uuid referralId;
        waymark::Uuid personId;
        waymark::Uuid sessionId;
        QString linkText; // e.g. the referral's reference, shown as "On referral …"
    };
    using AskFn = std::function<bool(const QString& title, const QString& question)>;

    // A new note.
    NoteEditor(waymark::Casebook& casebook, const Target& target, QWidget* parent = nullptr);
    // An existing note: editable when the signed-in user may edit it, else read-only.
    NoteEditor(waymark::Casebook& casebook, const waymark::NoteRecord& record, QWidget* parent = nullptr);

    // Puts a kept draft back (text, sensitivity).
    void restoreDraft(const QJsonObject& payload);
    // Saves the note (Ctrl+Enter). True when saved; the editor then closes.
    bool saveNote();
    // Keeps the typed text as a draft now (does nothing when nothing changed since the last).
    bool keepDraft();
    bool isDirty() const;
    bool isReadOnly() const { return m_readOnly; }
    QPlainTextEdit* textEdit() const { return m_text; }
    // How long after the last keystroke a draft is kept (tests shorten it).
    void setAutosaveDelay(int ms);
    // Tests answer the "discard?" question themselves.
    void setAsk(AskFn ask) { m_ask = std::move(ask); }
    waymark::Uuid draftKey() const;

Q_SIGNALS:
    void saved(const waymark::Note& note);
    void draftKept();

public:
    // Closing without saving (the casebook locking, the window closing): the text is kept
    // as a draft, never asked about.
    void reject() override;

protected:
    void keyPressEvent(QKeyEvent* event) override;

private:
    void build();
    void onChanged();
    void cancelAsked();
    QJsonObject payload() const;
    QString heading() const;

    waymark::Casebook& m_casebook;
    Target m_target;
    std::optional<waymark::Note> m_note; // the note being edited (nullopt: a new one)
    bool m_readOnly = false;
    QString m_original;
    bool m_originalSensitive = false;
    QString m_lastKept;
    bool m_lastKeptSensitive = false;
    bool m_finished = false;
    qint64 m_firstUnkeptChange = 0;
    AskFn m_ask;

    QLabel* m_heading = nullptr;
    QPlainTextEdit* m_text = nullptr;
    QCheckBox* m_sensitive = nullptr;
    QLabel* m_status = nullptr;
    QLabel* m_error = nullptr;
    QDialogButtonBox* m_buttons = nullptr;
    QPushButton* m_save = nullptr;
    QTimer* m_autosave = nullptr;
};

// After unlock (or a restart after a crash): offers back the signed-in user's newest note
// draft, opening the editor with it when the user restores it. Returns the message box, or
// nullptr when there is no note draft.
QWidget* offerNoteDraft(waymark::Casebook& casebook, QWidget* parent);
