#pragma once

#include "core/Casebook.h"

#include <QHash>
#include <QJsonObject>
#include <QStringList>
#include <QWidget>

#include <functional>

class DateEdit;
class QBoxLayout;
class QCheckBox;
class QDialog;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QScrollArea;
class QTableWidget;

// One young person's record: shows and edits every field of waymark::Person. Opening a
// record goes through Casebook::people().view() (audited as consultation). Save (Ctrl+S)
// creates or updates; a rule the record breaks is shown beside the field it names, the
// field gets focus, and nothing typed is lost. Read-only for roles that cannot update.
class PersonPage : public QWidget
{
    Q_OBJECT

public:
    // Asks a yes/no question (possible duplicate, discard changes). The default shows a
    // message box with verb buttons ("Discard changes" / "Keep editing"); tests install
    // their own answer.
    using AskFn = std::function<bool(const QString& title, const QString& question)>;

    explicit PersonPage(waymark::Casebook& casebook, QWidget* parent = nullptr);

    // Reads the person (audited). False, with the reason shown, when it cannot be opened.
    bool openPerson(const waymark::Uuid& id);
    // An empty form for a new person.
    void newPerson();
    // Creates or updates. True when saved.
    bool save();
    // Before the casebook locks: saves unsaved edits when they are complete and valid (a new
    // person only when nobody similar is on record, as no one can be asked). Otherwise the
    // form is kept as an encrypted draft in the casebook (casebook.drafts()), offered back
    // after unlock. Never prompts.
    enum class LockSave
    {
        NothingToSave,
        Saved,
        KeptAsDraft, // incomplete or invalid, or a possible duplicate: kept as a draft
        NotSaved,    // not even the draft could be kept
    };
    LockSave saveBeforeLock();
    // Puts the signed-in user's draft of the record on show (or of a new person) back into
    // the form, marks the fields that did not validate, and removes the draft. False when
    // there is none.
    bool restoreDraft();
    // Core field names of the last failed save ("postcode", ...).
    QStringList invalidFields() const { return m_invalidFields; }
    // "the postcode, the phone number": field names said in the user's language.
    QString describeFields(const QStringList& fields) const;
    // True when the user may leave: nothing unsaved, or they chose to discard it.
    bool confirmLeave();

    bool isNew() const { return m_person.id.isNull(); }
    bool isDirty() const { return m_dirty; }
    bool isReadOnly() const { return m_readOnly; }
    const waymark::Person& person() const { return m_person; }
    // The form's current content as a Person (not saved).
    waymark::Person formPerson() const;
    // The message shown for the last failed save or open; empty otherwise.
    QString errorText() const;
    // The widget of a core field name ("postcode", "date_of_birth", ...), or nullptr.
    QWidget* fieldWidget(const QString& field) const { return m_fieldWidgets.value(field); }

    void setAskHandler(AskFn ask) { m_ask = std::move(ask); }

    // After a conflict: a dialog ("conflictDialog") listing the fields where your version
    // and the one saved meanwhile differ, to save yours anyway, take the saved one, or go on
    // editing. Shown with open(); nullptr when there is no conflict to show.
    QDialog* showBothVersions();

Q_SIGNALS:
    // The user asked to go back to the list (Esc, Alt+Left, the Back button).
    void backRequested();
    void saved(const waymark::Uuid& id);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    bool saveForm(bool interactive);
    void commitPendingEdit();
    void buildForm();
    void loadIntoForm(const waymark::Person& person);
    void setReadOnly(bool readOnly);
    void setDirty(bool dirty);
    void updateHeading();
    void updateColumns();
    void showError(const waymark::Error& error);
    void showFieldError(const QString& field, const QString& message);
    void clearMessages();
    void showInfo(const QString& text);
    bool ask(const QString& title, const QString& question, const QString& yes, const QString& no);
    QString fieldLabel(const QString& field) const;
    QString ruleHint(const QString& field, const QString& rule) const;
    void addContactRow(const waymark::Contact& contact);
    void watchForChanges(QWidget* widget);
    bool keepDraft();
    void showConflict();
    QJsonObject draftPayload() const;
    void applyDraftPayload(const QJsonObject& payload);

    waymark::Casebook& m_casebook;
    waymark::Person m_person;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_readOnly = false;
    bool m_savedShown = false; // the "Saved." banner is up
    QStringList m_invalidFields;
    AskFn m_ask;

    QLabel* m_heading = nullptr;
    QLabel* m_subheading = nullptr;
    QWidget* m_chips = nullptr;      // age, case reference and flags as chips
    QBoxLayout* m_columns = nullptr; // two columns, or one when narrow
    QList<QLabel*> m_formLabels;
    QLabel* m_error = nullptr;
    QLabel* m_info = nullptr;
    QPushButton* m_back = nullptr;
    QPushButton* m_save = nullptr;
    QPushButton* m_compare = nullptr; // "Show both versions", after a conflict
    QScrollArea* m_scroll = nullptr;

    QLineEdit* m_givenName = nullptr;
    QLineEdit* m_familyName = nullptr;
    QLineEdit* m_preferredName = nullptr;
    QLineEdit* m_aliases = nullptr;
    DateEdit* m_dateOfBirth = nullptr;
    QCheckBox* m_dobEstimated = nullptr;
    QComboBox* m_sex = nullptr;
    QLineEdit* m_genderIdentity = nullptr;
    QComboBox* m_ethnicity = nullptr;
    QLineEdit* m_firstLanguage = nullptr;
    QCheckBox* m_interpreter = nullptr;
    QPlainTextEdit* m_address = nullptr;
    QLineEdit* m_postcode = nullptr;
    QLineEdit* m_phone = nullptr;
    QLineEdit* m_school = nullptr;
    QComboBox* m_eteStatus = nullptr;
    QLineEdit* m_pnc = nullptr;
    QLineEdit* m_nhs = nullptr;
    QLineEdit* m_upn = nullptr;
    QLineEdit* m_laId = nullptr;
    QCheckBox* m_lookedAfter = nullptr;
    QCheckBox* m_cpPlan = nullptr;
    QCheckBox* m_childInNeed = nullptr;
    QCheckBox* m_earlyHelp = nullptr;
    QCheckBox* m_careLeaver = nullptr;
    QCheckBox* m_sendAln = nullptr;
    QCheckBox* m_sendAlnPlan = nullptr;
    QCheckBox* m_exploitation = nullptr;
    QCheckBox* m_restricted = nullptr;
    QTableWidget* m_contacts = nullptr;
    QPushButton* m_addContact = nullptr;
    QPushButton* m_removeContact = nullptr;

    QHash<QString, QWidget*> m_fieldWidgets; // core field name -> widget
    QWidget* m_invalidWidget = nullptr;
};
