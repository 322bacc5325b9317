#pragma once

// First start: create a new casebook (file, UK division, first coordinator), open an
// existing casebook file, or try the demo. Creating calls Casebook::create and, on
// success, hands the signed-in casebook to the caller (takeCasebook()); a refusal from the
// core is shown on the page and nothing is lost from the form.

#include "core/Casebook.h"

#include <QWizard>

#include <memory>

class FirstRunStartPage;
class FirstRunCreatePage;
class FirstRunOpenPage;
class RestoreBackupPage;

class FirstRunWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId
    {
        StartPage,
        CreatePage,
        OpenPage,
        RestorePage,
    };

    enum class Outcome
    {
        None,
        Created,      // a new casebook, or one restored from a backup: takeCasebook()
        OpenExisting, // casebookPath() is an existing casebook to unlock
        Demo,         // the user wants to look around a demo casebook first
    };

    explicit FirstRunWizard(QWidget* parent = nullptr);
    ~FirstRunWizard() override;

    // Esc or Quit: on the restore page, stops a running restore instead of leaving, and asks
    // before throwing away what was typed there.
    void reject() override;

    // The password hash strength of a new casebook (tests use Minimum).
    void setKdfStrength(waymark::KdfStrength kdf) { m_kdf = kdf; }
    void setClock(std::shared_ptr<const waymark::Clock> clock) { m_clock = std::move(clock); }
    // Overrides the suggested location of a new casebook.
    void setSuggestedPath(const QString& path);

    int nextId() const override;

    Outcome outcome() const { return m_outcome; }
    QString casebookPath() const { return m_path; }
    QString userName() const { return m_user; }
    std::unique_ptr<waymark::Casebook> takeCasebook();

private:
    friend class FirstRunCreatePage;
    friend class FirstRunOpenPage;
    friend class FirstRunStartPage;
    friend class RestoreBackupPage;

    waymark::KdfStrength m_kdf = waymark::KdfStrength::Standard;
    std::shared_ptr<const waymark::Clock> m_clock;
    Outcome m_outcome = Outcome::None;
    QString m_path;
    QString m_user;
    std::unique_ptr<waymark::Casebook> m_casebook;
    FirstRunStartPage* m_start = nullptr;
    FirstRunCreatePage* m_create = nullptr;
    FirstRunOpenPage* m_open = nullptr;
    RestoreBackupPage* m_restore = nullptr;
};
