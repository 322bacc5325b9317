#pragma once

// What every record editor shares (the person page now; referrals, assessments and the rest
// later): the record header (back, title, save, chips, "unsaved changes"), the message
// banner (saved / error / conflict, with "Show both versions"), the read-only state and its
// look, dirty tracking, save-before-lock and the encrypted draft of an unsaved form
// (casebook.drafts(), captured with ui/widgets/FormDraft). A page derives from it, builds its
// form into formContainer(), registers its fields, and implements the hooks below.

#include "core/Casebook.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QStringList>
#include <QWidget>

#include <functional>
#include <string>

class QBoxLayout;
class QDialog;
class QLabel;
class QPushButton;
class QScrollArea;

class RecordPage : public QWidget
{
    Q_OBJECT

public:
    // Asks a yes/no question (possible duplicate, discard changes). The default shows a
    // message box with verb buttons ("Discard changes" / "Keep editing"); tests install
    // their own answer.
    using AskFn = std::function<bool(const QString& title, const QString& question)>;

    // How the page keeps drafts: its form name in casebook.drafts() ("person"), and the
    // actions saving a new or an existing record needs.
    struct DraftSpec
    {
        std::string form;
        waymark::Action createAction;
        waymark::Action updateAction;
    };

    // `namePrefix` names the header widgets ("<prefix>Heading", "<prefix>Scroll", ...).
    RecordPage(waymark::Casebook& casebook, DraftSpec draft, const QString& namePrefix, QWidget* parent = nullptr);

    // Creates or updates. True when saved ("Saved." is shown and saved() emitted).
    bool save();
    // Before the casebook locks: saves unsaved edits when they are complete and valid.
    // Otherwise the form is kept as an encrypted draft in the casebook, offered back after
    // unlock. Never prompts.
    enum class LockSave
    {
        NothingToSave,
        Saved,
        KeptAsDraft, // incomplete or invalid, or a question only the user can answer
        NotSaved,    // not even the draft could be kept
    };
    LockSave saveBeforeLock();
    // Puts the signed-in user's draft of the record on show (or of a new one) back into the
    // form, marks the fields that did not validate, and removes the draft. False when there
    // is none.
    bool restoreDraft();
    // True when the user may leave: nothing unsaved, or they chose to discard it.
    bool confirmLeave();

    // Core field names of the last failed save ("postcode", ...).
    QStringList invalidFields() const { return m_invalidFields; }
    // "the postcode, the phone number": field names said in the user's language.
    QString describeFields(const QStringList& fields) const;
    // The message shown for the last failed save or open; empty otherwise.
    QString errorText() const;
    // The widget of a core field name ("postcode", "date_of_birth", ...), or nullptr.
    QWidget* fieldWidget(const QString& field) const { return m_fieldWidgets.value(field); }

    bool isNew() const { return recordId().isNull(); }
    bool isDirty() const { return m_dirty; }
    bool isReadOnly() const { return m_readOnly; }
    void setAskHandler(AskFn ask) { m_ask = std::move(ask); }

Q_SIGNALS:
    // The user asked to go back to the list (Esc, Alt+Left, the Back button).
    void backRequested();
    void saved(const waymark::Uuid& id);

protected:
    // --- what a page implements ---
    // The record on show; null for a new one.
    virtual waymark::Uuid recordId() const = 0;
    // The version the edit started from (updated_hlc), kept in drafts so that restoring over
    // a record saved meanwhile reads as a conflict; and put back from a draft.
    virtual std::string recordVersion() const = 0;
    virtual void setRecordVersion(const std::string& version) = 0;
    // What to call the record when its draft is offered back (the name typed, ...).
    virtual QString draftTitle() const = 0;
    // Validates and saves through the door; on failure shows why (showError, showFieldError,
    // showInfo) and returns false. `interactive` is false before locking: never ask then.
    virtual bool saveRecord(bool interactive) = 0;
    // The header's title, subtitle and chips (called when the record or dirty state changes).
    virtual void updateHeading() = 0;
    // "the postcode" for "postcode"; the default is the field name itself.
    virtual QString fieldLabel(const QString& field) const { return field; }
    // The form as JSON for a draft: every named input (FormDraft) and the version; a page
    // adds what is not a plain input (a table) and reads it back in applyDraftPayload().
    virtual QJsonObject draftPayload() const;
    virtual void applyDraftPayload(const QJsonObject& payload);
    // Puts an edit still open in a table cell into the form before saving.
    virtual void commitPendingEdit() {}
    // Read-only for what the generic walk over the form cannot do (tables, say).
    virtual void applyReadOnly(bool readOnly) { Q_UNUSED(readOnly); }
    // After a conflict: who saved meanwhile, if known (for the banner).
    virtual std::optional<waymark::LastSave> lastSaveOfRecord() { return std::nullopt; }
    // "Show both versions": a dialog comparing the form with the stored record.
    virtual QDialog* compareVersions() { return nullptr; }

    // --- what the base gives a page ---
    waymark::Casebook& casebook() const { return m_casebook; }
    // The form's widget (inside the scroll area): pages lay their groups out on it.
    QWidget* formContainer() const { return m_form; }
    QScrollArea* scrollArea() const { return m_scroll; }
    QPushButton* backButton() const { return m_back; }
    QPushButton* saveButton() const { return m_save; }
    QLabel* heading() const { return m_heading; }
    QLabel* subheading() const { return m_subheading; }
    // Removes the chips and adds new ones ("chip" labels; alert chips stand out).
    void clearChips();
    void addChip(const QString& text, bool alert, const QString& accessibleName = {});
    void finishChips(bool visible);

    // Links a core field name to its widget (for field errors) and marks edits as dirty.
    void registerField(const QString& field, QWidget* widget);
    // Marks the record dirty when the widget changes (line edits, text, drop-downs, ticks).
    void watchForChanges(QWidget* widget);
    // Two columns side by side when they fit, one under the other when narrow.
    void setReflowColumns(QBoxLayout* columns);
    // Tab order: back, then these, then save.
    void setFormTabOrder(const QList<QWidget*>& order);

    // While loading a record into the form, changes are not edits.
    class Loading
    {
    public:
        explicit Loading(RecordPage& page)
            : m_page(page)
            , m_was(page.m_loading)
        {
            page.m_loading = true;
        }
        ~Loading() { m_page.m_loading = m_was; }
        Loading(const Loading&) = delete;
        Loading& operator=(const Loading&) = delete;

    private:
        RecordPage& m_page;
        bool m_was;
    };
    bool isLoading() const { return m_loading; }
    // After a record was loaded into the form: clean, heading refreshed, scrolled to the top.
    void loaded();
    void setDirty(bool dirty);
    // Read-only for the signed-in user's role: inputs read-only and looking it, drop-downs
    // and ticks disabled but legible, buttons in the form disabled, Save hidden.
    void setReadOnly(bool readOnly);

    void showError(const waymark::Error& error);
    void showFieldError(const QString& field, const QString& message);
    void showInfo(const QString& text);
    void clearMessages();
    bool ask(const QString& title, const QString& question, const QString& yes, const QString& no);
    // The comparison dialog for compareVersions(): rows that differ, and what "Save mine
    // anyway" and "Use the saved version" do. Shown with open().
    struct VersionRow
    {
        QString label, yours, saved;
    };
    QDialog* openVersionsDialog(const QList<VersionRow>& rows, std::function<void()> saveMine,
                                std::function<void()> useSaved);

    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool saveForm(bool interactive);
    bool keepDraft();
    void showConflict();
    void updateColumns();

    waymark::Casebook& m_casebook;
    DraftSpec m_draft;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_savedShown = false; // the "Saved." banner is up
    QStringList m_invalidFields;
    AskFn m_ask;

    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QWidget* m_chips = nullptr;
    QLabel* m_error = nullptr;
    QLabel* m_info = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_compare = nullptr; // "Show both versions", after a conflict
    QScrollArea* m_scroll = nullptr;
    QWidget* m_form = nullptr;
    QBoxLayout* m_columns = nullptr;

    QHash<QString, QWidget*> m_fieldWidgets; // core field name -> widget
    QPointer<QWidget> m_invalidWidget;
};
