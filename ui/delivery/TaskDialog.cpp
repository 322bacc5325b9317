#include "ui/delivery/TaskDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/DiscardQuestion.h"
#include "ui/widgets/LockClosing.h"
#include "ui/widgets/RuleSentences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

TaskDialog::TaskDialog(waymark::Casebook& casebook, const waymark::Uuid& personId, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_fixedPerson(personId)
{
    setObjectName(QStringLiteral("taskDialog"));
    setWindowTitle(tr("New task"));
    setAccessibleName(tr("New task"));

    auto* form = new QFormLayout;
    if (personId.isNull()) {
        m_personSearch = new QLineEdit(this);
        m_personSearch->setObjectName(QStringLiteral("taskPersonSearch"));
        m_personSearch->setAccessibleName(tr("Find the young person"));
        m_personSearch->setPlaceholderText(tr("Name or case reference"));
        form->addRow(tr("Find &young person:"), m_personSearch);
        connect(m_personSearch, &QLineEdit::textEdited, this, &TaskDialog::findPeople);
    }
    m_person = new QComboBox(this);
    m_person->setObjectName(QStringLiteral("taskPerson"));
    m_person->setAccessibleName(tr("Young person"));
    form->addRow(personId.isNull() ? tr("&Person:") : tr("Young person:"), m_person);
    if (!personId.isNull()) {
        auto person = casebook.people().view(personId);
        if (person)
            m_person->addItem(tr("%1 (%2)").arg(toQString(person->displayName()), toQString(person->caseReference)),
                              toQString(personId.toString()));
        m_person->setEnabled(false);
    }
    connect(m_person, &QComboBox::currentIndexChanged, this, &TaskDialog::loadReferrals);

    m_referral = new QComboBox(this);
    m_referral->setObjectName(QStringLiteral("taskReferral"));
    m_referral->setAccessibleName(tr("Referral the task belongs to"));
    form->addRow(tr("&Referral:"), m_referral);

    m_title = new QLineEdit(this);
    m_title->setObjectName(QStringLiteral("taskTitle"));
    m_title->setAccessibleName(tr("What to do"));
    m_title->setMaxLength(static_cast<int>(waymark::kMaxTaskTitle));
    m_title->setPlaceholderText(tr("e.g. Ring the school about the timetable"));
    form->addRow(tr("&What to do:"), m_title);

    m_due = new DateEdit(this);
    m_due->setObjectName(QStringLiteral("taskDue"));
    m_due->setAccessibleName(tr("Due date"));
    m_due->setDate(casebook.clock().today().addDays(7));
    form->addRow(tr("&Due:"), m_due);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("taskOwner"));
    m_owner->setAccessibleName(tr("Who does it"));
    if (auto workers = casebook.tasks().workers()) {
        for (const auto& u : *workers) {
            const QString name = toQString(u.displayName.empty() ? u.username : u.displayName);
            m_owner->addItem(u.id == casebook.user().id ? tr("%1 (you)").arg(name) : name, toQString(u.id.toString()));
        }
        m_owner->setCurrentIndex(std::max(0, m_owner->findData(toQString(casebook.user().id.toString()))));
    }
    form->addRow(tr("Who &does it:"), m_owner);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();

    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(tr("&Save task"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &TaskDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(box);

    // Tab order follows the form, top to bottom.
    QList<QWidget*> order;
    if (m_personSearch)
        order << m_personSearch << m_person;
    order << m_referral << m_title << m_due << m_owner << m_ok << cancel;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);
    loadReferrals();
    if (m_personSearch)
        m_personSearch->setFocus();
    else
        m_title->setFocus();
    setMinimumWidth(420);
}

void TaskDialog::findPeople(const QString& text)
{
    m_person->clear();
    if (text.trimmed().size() < 2)
        return;
    auto found = m_casebook.people().search(toStd(text.trimmed()), 12);
    if (!found)
        return;
    for (const auto& p : *found)
        m_person->addItem(tr("%1 (%2)").arg(toQString(p.displayName()), toQString(p.caseReference)),
                          toQString(p.id.toString()));
}

void TaskDialog::loadReferrals()
{
    m_referral->clear();
    m_referral->addItem(tr("None"), QString());
    const auto id = waymark::Uuid::parse(toStd(m_person->currentData().toString()));
    if (!id || !m_casebook.can(waymark::Action::ReferralView))
        return;
    auto rows = m_casebook.referrals().forPerson(*id);
    if (!rows)
        return;
    int open = -1;
    for (const auto& r : *rows) {
        m_referral->addItem(tr("%1 (received %2)").arg(toQString(r.reference), waymark::convert::toDisplay(r.received)),
                            toQString(r.id.toString()));
        if (open < 0 && waymark::isOpenState(r.state))
            open = m_referral->count() - 1;
    }
    // The open referral is the usual one to link.
    if (open > 0)
        m_referral->setCurrentIndex(open);
}

bool TaskDialog::hasInput() const
{
    return !m_title->text().trimmed().isEmpty() || (m_personSearch && !m_personSearch->text().trimmed().isEmpty());
}

void TaskDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->show();
}

void TaskDialog::accept()
{
    const auto person = waymark::Uuid::parse(toStd(m_person->currentData().toString()));
    if (!person) {
        showError(tr("Choose the young person the task is for."));
        (m_personSearch ? static_cast<QWidget*>(m_personSearch) : m_person)->setFocus();
        return;
    }
    if (!m_due->hasValidDate()) {
        showError(m_due->isBlank() ? tr("Give the date the task is due.") : m_due->problemText());
        m_due->setFocus();
        return;
    }
    waymark::Task draft;
    draft.personId = *person;
    if (auto r = waymark::Uuid::parse(toStd(m_referral->currentData().toString())))
        draft.referralId = *r;
    draft.title = toStd(m_title->text());
    draft.due = m_due->date();
    if (auto o = waymark::Uuid::parse(toStd(m_owner->currentData().toString())))
        draft.owner = *o;
    auto added = m_casebook.tasks().add(std::move(draft));
    if (!added) {
        const waymark::Error& e = added.error();
        if (e.field == "title" && !e.rule.empty())
            showError(RuleSentences::pleaseCheck(tr("what to do"),
                                                 RuleSentences::hint(QStringLiteral("title"), toQString(e.rule))));
        else
            showError(waymark::convert::errorMessage(e));
        if (e.field == "title")
            m_title->setFocus();
        else if (e.field == "due")
            m_due->setFocus();
        else if (e.field == "owner")
            m_owner->setFocus();
        return;
    }
    m_saved = std::move(*added);
    QDialog::accept();
}

void TaskDialog::reject()
{
    if (hasInput() && !lockclosing::isClosing(this)) {
        bool discard = false;
        if (m_askDiscard) {
            discard = m_askDiscard();
        } else {
            discard = discardquestion::ask(
                this, {tr("Discard this task?"), tr("The task has not been saved. Discard what you typed?"),
                       tr("Discard task"), tr("Keep editing"), QStringLiteral("taskDiscardQuestion")});
        }
        if (!discard)
            return;
    }
    QDialog::reject();
}
