#pragma once

// Recording an assessment: every domain of its template on one scrollable form (a rating 0-4
// or "not assessed" chosen from the keyboard by typing its digit or N, and notes), then
// strengths, the young person's own view, their goals and a summary. A reassessment starts
// from the previous assessment's answers and shows, per domain, the earlier rating and the
// change as the rating is chosen ("distance travelled"). An existing assessment opens in the
// same dialog, with its own template version, and saves as an edit.
//
// Enter (or Ctrl+Enter inside a text box) saves; Esc or Cancel cancels, asking first when
// something was typed. The door's refusals are shown above the buttons and put the focus on
// the field.
//
// Nothing typed is lost: when the dialog is closed by the program rather than the user (the
// casebook locking closes every dialog through reject()), a complete assessment is saved and
// an incomplete one is kept as an encrypted draft in the casebook (casebook.drafts(), form
// "assessment" keyed by the referral, or "assessment_edit" keyed by the assessment), which
// the Assessments box offers back.

#include "core/Casebook.h"

#include <QDialog>
#include <QMap>

#include <functional>
#include <optional>

class DateEdit;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;

class AssessmentDialog : public QDialog
{
    Q_OBJECT

public:
    // Asked before discarding typed changes; true = discard. Tests install their own answer.
    using AskFn = std::function<bool(const QString& title, const QString& question)>;

    // `assessment` is a draft from casebook.assessments().startAssessment / startReassessment
    // (no id: saving records it), or a recorded one (saving updates it). `referralTitle` names
    // the referral in the window title.
    AssessmentDialog(waymark::Casebook& casebook, waymark::Assessment assessment, const QString& referralTitle,
                     QWidget* parent = nullptr);

    // The label of a domain in the user's language: the built-in domains are translated, any
    // other shows the label its template was published with.
    static QString domainLabel(const std::string& code, const std::string& publishedLabel);

    // Saves through the door; true when saved (saved() then holds the stored assessment).
    bool save();
    const waymark::Assessment& saved() const { return m_saved; }
    bool isReassessment() const { return !m_assessment.previousAssessmentId.isNull(); }
    bool loaded() const { return m_loaded; }
    bool isDirty() const { return m_dirty; }
    void setAskFn(AskFn ask) { m_ask = std::move(ask); }

    // The form, for tests and for the page.
    DateEdit* dateEdit() const { return m_date; }
    QComboBox* ratingCombo(const QString& domain) const { return m_ratings.value(domain); }
    QPlainTextEdit* notesEdit(const QString& domain) const { return m_notes.value(domain); }
    QLabel* changeLabel(const QString& domain) const { return m_changes.value(domain); }
    QPlainTextEdit* strengthsEdit() const { return m_strengths; }
    QPlainTextEdit* ownViewEdit() const { return m_ownView; }
    QPlainTextEdit* goalsEdit() const { return m_goals; }
    QPlainTextEdit* summaryEdit() const { return m_summary; }
    QLabel* totalLabel() const { return m_total; }
    QLabel* errorLabel() const { return m_error; }
    QPushButton* saveButton() const { return m_save; }

    // The draft this dialog keeps and restores: its form name and record key.
    static constexpr const char* kDraftForm = "assessment";
    static constexpr const char* kEditDraftForm = "assessment_edit";
    std::string draftForm() const;
    waymark::Uuid draftKey() const;
    // The form as a draft payload (JSON), and an assessment rebuilt from one.
    std::string draftPayload() const;
    static std::optional<waymark::Assessment> assessmentFromDraft(const std::string& payload);
    // Keeps the form as an encrypted draft; true when kept.
    bool keepDraft();
    // The form was filled from a kept draft: unsaved until saved, so Esc asks first.
    void markRestored() { m_dirty = true; }

    void accept() override;
    // Closed by the program (e.g. the casebook locking): saves or keeps a draft, never asks.
    void reject() override;
    // Closed by the user (Esc, Cancel, the window's close button): asks when something was typed.
    void cancel();

Q_SIGNALS:
    void assessmentSaved(const waymark::Uuid& id);

protected:
    void keyPressEvent(QKeyEvent* event) override;
    void closeEvent(QCloseEvent* event) override;

private:
    void build(const QString& referralTitle);
    void fill();
    void updateChange(const QString& domain);
    void updateTotal();
    waymark::Assessment formAssessment() const;
    void showError(const waymark::Error& error);
    void markDirty();

    waymark::Casebook& m_casebook;
    waymark::Assessment m_assessment;
    waymark::Assessment m_saved;
    waymark::AssessmentTemplate m_template;
    std::optional<waymark::Assessment> m_previous;
    bool m_loaded = false;
    bool m_dirty = false;
    bool m_filling = false;
    AskFn m_ask;

    DateEdit* m_date = nullptr;
    QScrollArea* m_scroll = nullptr;
    QMap<QString, QComboBox*> m_ratings;
    QMap<QString, QPlainTextEdit*> m_notes;
    QMap<QString, QLabel*> m_changes;
    QPlainTextEdit* m_strengths = nullptr;
    QPlainTextEdit* m_ownView = nullptr;
    QPlainTextEdit* m_goals = nullptr;
    QPlainTextEdit* m_summary = nullptr;
    QLabel* m_total = nullptr;
    QLabel* m_error = nullptr;
    QPushButton* m_save = nullptr;
};
