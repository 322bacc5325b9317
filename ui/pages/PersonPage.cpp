#include "ui/pages/PersonPage.h"

#include "core/calendar/Age.h"
#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/TaskDialog.h"
#include "ui/delivery/TimelineHeader.h"
#include "ui/delivery/TimelinePanel.h"
#include "ui/dialogs/CaseSummaryDialog.h"
#include "ui/dialogs/MergeDialog.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/ContactsEditor.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/RuleSentences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QStringList>
#include <QTableView>
#include <QTableWidget>

#include <QVBoxLayout>
#include <algorithm>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

// The form name of person drafts (casebook.drafts()).
constexpr const char* kDraftForm = "person";

} // namespace

PersonPage::PersonPage(waymark::Casebook& casebook, QWidget* parent)
    : RecordPage(casebook, {kDraftForm, waymark::Action::PersonCreate, waymark::Action::PersonUpdate},
                 QStringLiteral("person"), parent)
{
    setAccessibleName(tr("Person record"));
    backButton()->setIcon(Theme::icon(QStringLiteral("back")));
    backButton()->setText(tr("People", "back to the people list"));
    backButton()->setAccessibleName(tr("Back to the people list"));
    backButton()->setToolTip(tr("Back to the people list (Esc or Alt+Left)"));
    saveButton()->setAccessibleName(tr("Save person"));

    buildForm();
    // The current referral, its clocks and the tasks: above the form, always in view.
    m_header = new TimelineHeader(casebook, this);
    if (auto* page = qobject_cast<QVBoxLayout*>(layout()))
        page->insertWidget(page->indexOf(scrollArea()), m_header);
    connect(m_header, &TimelineHeader::openReferralRequested, this, &PersonPage::openReferralRequested);
    newPerson();
}

void PersonPage::buildForm()
{
    QWidget* content = formContainer();
    auto* columns = new QBoxLayout(QBoxLayout::LeftToRight);
    setReflowColumns(columns);
    auto* left = new QVBoxLayout;
    auto* right = new QVBoxLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(12);
    columns->addLayout(right, 1);
    auto* outer = new QVBoxLayout(content);
    m_restrictedBanner = new QLabel;
    m_restrictedBanner->setObjectName(QStringLiteral("restrictedBanner"));
    m_restrictedBanner->setWordWrap(true);
    m_restrictedBanner->setStyleSheet(Theme::bannerStyle());
    m_restrictedBanner->setText(tr("<b>Restricted record.</b> Only the caseworkers allocated to this young "
                                   "person's referrals and coordinators can see it. Do not share what it holds."));
    m_restrictedBanner->hide();
    outer->addWidget(m_restrictedBanner);
    outer->addLayout(columns);

    QList<QWidget*> order; // tab order, top to bottom, left column first
    QList<QLabel*> formLabels;

    auto lineEdit = [&](const char* objectName, const QString& field) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(objectName));
        if (!field.isEmpty())
            registerField(field, edit);
        watchForChanges(edit);
        return edit;
    };
    auto combo = [&](const char* objectName, CodeLabels::List list, const QString& field) {
        auto* box = new QComboBox;
        box->setObjectName(QLatin1String(objectName));
        CodeLabels::fill(box, list);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(24);
        // A long label ("White: English, Welsh, Scottish, Northern Irish or British") is cut
        // off in a narrow box: the tooltip says it whole.
        connect(box, &QComboBox::currentTextChanged, box, &QWidget::setToolTip);
        box->setToolTip(box->currentText());
        registerField(field, box);
        watchForChanges(box);
        return box;
    };
    auto addRow = [&](QFormLayout* form, const QString& label, QWidget* widget, QWidget* focusWidget = nullptr) {
        auto* l = new QLabel(label);
        formLabels << l;
        QWidget* target = focusWidget ? focusWidget : widget;
        l->setBuddy(target);
        target->setAccessibleName(withoutMnemonic(label));
        form->addRow(l, widget);
        order << target;
    };
    auto group = [&](const QString& title, QVBoxLayout* column, const char* objectName) {
        auto* box = new QGroupBox(title);
        box->setObjectName(QLatin1String(objectName));
        column->addWidget(box);
        auto* form = new QFormLayout(box);
        form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
        form->setRowWrapPolicy(QFormLayout::DontWrapRows);
        return form;
    };

    // Name
    auto* names = group(tr("Name"), left, "nameGroup");
    m_givenName = lineEdit("givenName", QStringLiteral("given_name"));
    m_givenName->setPlaceholderText(tr("Required"));
    addRow(names, tr("&Given name:"), m_givenName);
    m_familyName = lineEdit("familyName", QStringLiteral("family_name"));
    m_familyName->setPlaceholderText(tr("Required"));
    addRow(names, tr("&Family name:"), m_familyName);
    m_preferredName = lineEdit("preferredName", QStringLiteral("preferred_name"));
    addRow(names, tr("&Preferred name:"), m_preferredName);
    m_aliases = lineEdit("aliases", QStringLiteral("aliases"));
    m_aliases->setPlaceholderText(tr("Other names, separated by commas"));
    addRow(names, tr("&Aliases:"), m_aliases);

    // About
    auto* about = group(tr("About"), left, "aboutGroup");
    m_dateOfBirth = new DateEdit;
    m_dateOfBirth->setObjectName(QStringLiteral("dateOfBirth"));
    registerField(QStringLiteral("date_of_birth"), m_dateOfBirth);
    watchForChanges(m_dateOfBirth);
    m_dobEstimated = new QCheckBox(tr("&Estimated"));
    m_dobEstimated->setObjectName(QStringLiteral("dateOfBirthEstimated"));
    m_dobEstimated->setAccessibleName(tr("Date of birth is estimated"));
    watchForChanges(m_dobEstimated);
    auto* dobRow = new QWidget;
    auto* dobLayout = new QHBoxLayout(dobRow);
    dobLayout->setContentsMargins(0, 0, 0, 0);
    dobLayout->addWidget(m_dateOfBirth, 1);
    dobLayout->addWidget(m_dobEstimated);
    addRow(about, tr("&Date of birth:"), dobRow, m_dateOfBirth);
    order << m_dobEstimated;
    m_sex = combo("sex", CodeLabels::List::Sex, QStringLiteral("sex"));
    addRow(about, tr("Se&x:"), m_sex);
    m_genderIdentity = lineEdit("genderIdentity", QStringLiteral("gender_identity"));
    m_genderIdentity->setPlaceholderText(tr("Optional, in the young person's words"));
    addRow(about, tr("Gender &identity:"), m_genderIdentity);
    m_ethnicity = combo("ethnicity", CodeLabels::List::Ethnicity, QStringLiteral("ethnicity"));
    addRow(about, tr("E&thnicity:"), m_ethnicity);
    m_firstLanguage = lineEdit("firstLanguage", QStringLiteral("first_language"));
    addRow(about, tr("First &language:"), m_firstLanguage);
    m_interpreter = new QCheckBox(tr("I&nterpreter needed"));
    m_interpreter->setObjectName(QStringLiteral("interpreterNeeded"));
    m_interpreter->setAccessibleName(tr("Interpreter needed"));
    registerField(QStringLiteral("interpreter_needed"), m_interpreter);
    watchForChanges(m_interpreter);
    about->addRow(QString(), m_interpreter);
    order << m_interpreter;

    // Address
    auto* address = group(tr("Address and phone"), left, "addressGroup");
    m_address = new QPlainTextEdit;
    m_address->setObjectName(QStringLiteral("address"));
    m_address->setTabChangesFocus(true);
    m_address->setFixedHeight(m_address->fontMetrics().lineSpacing() * 3 + 14);
    registerField(QStringLiteral("address"), m_address);
    watchForChanges(m_address);
    addRow(address, tr("Add&ress:"), m_address);
    m_postcode = lineEdit("postcode", QStringLiteral("postcode"));
    m_postcode->setMaxLength(10);
    addRow(address, tr("P&ostcode:"), m_postcode);
    m_phone = lineEdit("phone", QStringLiteral("phone"));
    addRow(address, tr("P&hone:"), m_phone);
    left->addStretch(1);

    // Education
    auto* ete = group(tr("Education, training or employment"), right, "eteGroup");
    m_school = lineEdit("school", QStringLiteral("school"));
    addRow(ete, tr("School or provider:"), m_school);
    m_eteStatus = combo("eteStatus", CodeLabels::List::EteStatus, QStringLiteral("ete_status"));
    addRow(ete, tr("Stat&us:"), m_eteStatus);

    // Identifiers
    auto* ids = group(tr("Identifiers"), right, "identifiersGroup");
    m_pnc = lineEdit("pncReference", QStringLiteral("pnc_reference"));
    addRow(ids, tr("Police / PNC reference:"), m_pnc);
    m_nhs = lineEdit("nhsNumber", QStringLiteral("nhs_number"));
    m_nhs->setPlaceholderText(tr("10 digits"));
    m_nhs->setMaxLength(14);
    addRow(ids, tr("NHS nu&mber:"), m_nhs);
    m_upn = lineEdit("upn", QStringLiteral("upn"));
    addRow(ids, tr("Unique pupil number:"), m_upn);
    m_laId = lineEdit("localAuthorityId", QStringLiteral("local_authority_id"));
    addRow(ids, tr("Local authority ID:"), m_laId);

    // Flags
    auto* flagsBox = new QGroupBox(tr("Flags"));
    flagsBox->setObjectName(QStringLiteral("flagsGroup"));
    right->addWidget(flagsBox);
    auto* flagsGrid = new QGridLayout(flagsBox);
    int flagIndex = 0;
    auto flag = [&](const char* objectName, const QString& text) {
        auto* box = new QCheckBox(text);
        box->setObjectName(QLatin1String(objectName));
        box->setAccessibleName(withoutMnemonic(text));
        watchForChanges(box);
        flagsGrid->addWidget(box, flagIndex / 2, flagIndex % 2);
        ++flagIndex;
        order << box;
        return box;
    };
    m_lookedAfter = flag("flagLookedAfter", tr("Looked-after child"));
    m_cpPlan = flag("flagChildProtectionPlan", tr("Child-protection plan"));
    m_childInNeed = flag("flagChildInNeed", tr("Child in need"));
    m_earlyHelp = flag("flagEarlyHelp", tr("Early Help"));
    m_careLeaver = flag("flagCareLeaver", tr("Care leaver"));
    m_exploitation = flag("flagExploitation", tr("Exploitation concern"));
    m_sendAln = flag("flagSendAln", tr("SEND/ALN"));
    m_sendAlnPlan = flag("flagSendAlnPlan", tr("SEND/ALN plan in place (EHCP/IDP)"));
    m_restricted = flag("flagRestricted", tr("Restricted record"));
    // Restricting is its own audited act, not part of Save (coordinators; core keeps the flag on
    // an ordinary edit).
    connect(m_restricted, &QCheckBox::clicked, this, &PersonPage::changeRestriction);
    registerField(QStringLiteral("flags"), m_lookedAfter);
    registerField(QStringLiteral("send_aln_plan"), m_sendAlnPlan);
    right->addStretch(1);

    // Contacts, full width under both columns.
    auto* contactsBox = new QGroupBox(tr("Parents, guardians and contacts"));
    contactsBox->setObjectName(QStringLiteral("contactsGroup"));
    outer->addWidget(contactsBox);
    auto* contactsLayout = new QVBoxLayout(contactsBox);
    m_contacts = new ContactsEditor;
    m_contacts->setObjectName(QStringLiteral("contactsEditor"));
    contactsLayout->addWidget(m_contacts);
    registerField(QStringLiteral("contacts"), m_contacts->table());
    connect(m_contacts, &ContactsEditor::changed, this, [this] {
        if (!isLoading())
            setDirty(true);
    });
    order << m_contacts->table() << m_contacts->addButton() << m_contacts->removeButton();

    // Referrals, newest first, under the contacts.
    auto* referralsBox = new QGroupBox(tr("Referrals"));
    referralsBox->setObjectName(QStringLiteral("personReferralsGroup"));
    m_referralsBox = referralsBox;
    outer->addWidget(referralsBox);
    auto* referralsLayout = new QVBoxLayout(referralsBox);
    m_referrals = new QTableWidget(0, 5);
    m_referrals->setObjectName(QStringLiteral("personReferrals"));
    m_referrals->setAccessibleName(tr("This person's referrals"));
    m_referrals->setHorizontalHeaderLabels({tr("Referral"), tr("Received"), tr("State"), tr("Due"), tr("Worker")});
    m_referrals->verticalHeader()->setVisible(false);
    m_referrals->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_referrals->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_referrals->setSelectionMode(QAbstractItemView::SingleSelection);
    m_referrals->setTabKeyNavigation(false);
    m_referrals->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_referrals->horizontalHeader()->setStretchLastSection(true);
    m_referrals->setMinimumHeight(m_referrals->fontMetrics().height() * 6);
    referralsLayout->addWidget(m_referrals);
    m_newReferral = new QPushButton(Theme::icon(QStringLiteral("list")), tr("New referral for thi&s person"));
    m_newReferral->setObjectName(QStringLiteral("personNewReferralButton"));
    m_newReferral->setAutoDefault(false);
    referralsLayout->addWidget(m_newReferral, 0, Qt::AlignLeft);
    connect(m_referrals, &QTableWidget::cellActivated, this, [this](int row, int) {
        if (row >= 0 && row < static_cast<int>(m_referralRows.size()))
            Q_EMIT openReferralRequested(m_referralRows[static_cast<std::size_t>(row)].id);
    });
    connect(m_newReferral, &QPushButton::clicked, this, [this] {
        if (!isNew())
            Q_EMIT newReferralRequested(m_person.id);
    });
    m_merge = new QPushButton(tr("Merge another record into this one…"));
    m_merge->setObjectName(QStringLiteral("mergePersonButton"));
    m_merge->setAutoDefault(false);
    m_merge->setToolTip(tr("When this young person was recorded twice (coordinators)"));
    referralsLayout->addWidget(m_merge, 0, Qt::AlignLeft);
    connect(m_merge, &QPushButton::clicked, this, &PersonPage::openMergeDialog);
    // The one-page summary for a panel meeting (a disclosure, ui/dialogs/CaseSummaryDialog).
    m_caseSummary = new QPushButton(tr("Print case summar&y…"));
    m_caseSummary->setObjectName(QStringLiteral("caseSummaryButton"));
    m_caseSummary->setAutoDefault(false);
    m_caseSummary->setToolTip(tr("A one-page PDF for a panel meeting, recorded as a disclosure"));
    referralsLayout->addWidget(m_caseSummary, 0, Qt::AlignLeft);
    connect(m_caseSummary, &QPushButton::clicked, this, [this] {
        if (isNew() || !casebook().can(waymark::Action::CaseSummary))
            return;
        auto* dialog = new CaseSummaryDialog(casebook(), toQString(m_person.caseReference), this);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        // The dialog closes once the PDF is written: the page says where it went.
        connect(dialog, &QDialog::accepted, this, [this, dialog] {
            showInfo(
                tr("Case summary saved to %1.").arg(QDir::toNativeSeparators(dialog->fileEdit()->text().trimmed())));
        });
        dialog->open();
    });
    order << m_referrals << m_newReferral << m_merge << m_caseSummary;

    // The one timeline of everything about the person, newest first.
    auto* timelineBox = new QGroupBox(tr("Timeline"));
    timelineBox->setObjectName(QStringLiteral("personTimelineGroup"));
    m_timelineBox = timelineBox;
    outer->addWidget(timelineBox);
    auto* timelineLayout = new QVBoxLayout(timelineBox);
    m_timeline = new TimelinePanel(casebook());
    m_timeline->view()->setMinimumHeight(m_timeline->view()->verticalHeader()->defaultSectionSize() * 14);
    timelineLayout->addWidget(m_timeline);
    m_newTask = new QPushButton(tr("Ne&w task…"));
    m_newTask->setObjectName(QStringLiteral("personNewTaskButton"));
    m_newTask->setAutoDefault(false);
    m_newTask->setToolTip(tr("A task about this young person, for you or a colleague"));
    timelineLayout->addWidget(m_newTask, 0, Qt::AlignLeft);
    connect(m_newTask, &QPushButton::clicked, this, &PersonPage::openNewTask);
    connect(m_timeline, &TimelinePanel::openRecordRequested, this,
            [this](const QString&, const waymark::Uuid&, const waymark::Uuid& referralId) {
                // Each record opens on its referral's page (assessments, plans, sessions, notes).
                if (!referralId.isNull())
                    Q_EMIT openReferralRequested(referralId);
            });
    for (QWidget* w : m_timeline->findChildren<QCheckBox*>())
        order << w;
    order << m_timeline->fromEdit() << m_timeline->toEdit() << m_timeline->view() << m_newTask;

    // One label width for every group, so the fields line up down the page.
    int labelWidth = 0;
    for (QLabel* l : std::as_const(formLabels))
        labelWidth = std::max(labelWidth, l->sizeHint().width());
    for (QLabel* l : std::as_const(formLabels))
        l->setMinimumWidth(labelWidth);

    setFormTabOrder(order);
}

void PersonPage::newPerson()
{
    m_person = waymark::Person{};
    loadIntoForm(m_person);
    setReadOnly(!casebook().can(waymark::Action::PersonCreate));
    refreshReferrals();
    clearMessages();
    if (isReadOnly())
        showInfo(tr("Your role (%1) cannot add people.").arg(CodeLabels::roleLabel(casebook().user().role)));
    m_givenName->setFocus(Qt::OtherFocusReason);
}

bool PersonPage::openPerson(const waymark::Uuid& id)
{
    auto person = casebook().people().view(id);
    if (!person) {
        showError(person.error());
        return false;
    }
    m_person = std::move(*person);
    loadIntoForm(m_person);
    setReadOnly(!casebook().can(waymark::Action::PersonUpdate));
    refreshReferrals();
    clearMessages();
    if (isReadOnly())
        showInfo(tr("Read only: your role (%1) can view this record but not change it.")
                     .arg(CodeLabels::roleLabel(casebook().user().role)));
    m_givenName->setFocus(Qt::OtherFocusReason);
    return true;
}

void PersonPage::loadIntoForm(const waymark::Person& p)
{
    {
        const Loading loading(*this);
        m_givenName->setText(toQString(p.givenName));
        m_familyName->setText(toQString(p.familyName));
        m_preferredName->setText(toQString(p.preferredName));
        QStringList aliases;
        for (const auto& alias : p.aliases)
            aliases << toQString(alias);
        m_aliases->setText(aliases.join(QStringLiteral(", ")));
        m_dateOfBirth->setDate(p.dateOfBirth);
        m_dobEstimated->setChecked(p.dateOfBirthEstimated);
        CodeLabels::select(m_sex, p.sex);
        m_genderIdentity->setText(toQString(p.genderIdentity));
        CodeLabels::select(m_ethnicity, p.ethnicity);
        m_firstLanguage->setText(toQString(p.firstLanguage));
        m_interpreter->setChecked(p.interpreterNeeded);
        m_address->setPlainText(toQString(p.address));
        m_postcode->setText(toQString(p.postcode));
        m_phone->setText(toQString(p.phone));
        m_school->setText(toQString(p.school));
        CodeLabels::select(m_eteStatus, p.eteStatus);
        m_pnc->setText(toQString(p.pncReference));
        m_nhs->setText(toQString(p.nhsNumber));
        m_upn->setText(toQString(p.upn));
        m_laId->setText(toQString(p.localAuthorityId));
        m_lookedAfter->setChecked(p.flags.lookedAfter);
        m_cpPlan->setChecked(p.flags.childProtectionPlan);
        m_childInNeed->setChecked(p.flags.childInNeed);
        m_earlyHelp->setChecked(p.flags.earlyHelp);
        m_careLeaver->setChecked(p.flags.careLeaver);
        m_sendAln->setChecked(p.flags.sendAln);
        m_sendAlnPlan->setChecked(p.flags.sendAlnPlan);
        m_exploitation->setChecked(p.flags.exploitationConcern);
        m_restricted->setChecked(p.flags.restricted);
        showRestriction();
        m_contacts->setContacts(p.contacts);
    }
    loaded();
}

waymark::Person PersonPage::formPerson() const
{
    waymark::Person p = m_person; // keeps id, case reference and bookkeeping
    p.givenName = toStd(m_givenName->text());
    p.familyName = toStd(m_familyName->text());
    p.preferredName = toStd(m_preferredName->text());
    p.aliases.clear();
    for (const QString& alias : m_aliases->text().split(QLatin1Char(','), Qt::SkipEmptyParts))
        if (!alias.trimmed().isEmpty())
            p.aliases.push_back(toStd(alias.trimmed()));
    p.dateOfBirth = m_dateOfBirth->date();
    p.dateOfBirthEstimated = m_dobEstimated->isChecked();
    p.sex = CodeLabels::selectedCode(m_sex);
    p.genderIdentity = toStd(m_genderIdentity->text());
    p.ethnicity = CodeLabels::selectedCode(m_ethnicity);
    p.firstLanguage = toStd(m_firstLanguage->text());
    p.interpreterNeeded = m_interpreter->isChecked();
    p.address = toStd(m_address->toPlainText());
    p.postcode = toStd(m_postcode->text());
    p.phone = toStd(m_phone->text());
    p.school = toStd(m_school->text());
    p.eteStatus = CodeLabels::selectedCode(m_eteStatus);
    p.pncReference = toStd(m_pnc->text());
    p.nhsNumber = toStd(m_nhs->text());
    p.upn = toStd(m_upn->text());
    p.localAuthorityId = toStd(m_laId->text());
    p.flags.lookedAfter = m_lookedAfter->isChecked();
    p.flags.childProtectionPlan = m_cpPlan->isChecked();
    p.flags.childInNeed = m_childInNeed->isChecked();
    p.flags.earlyHelp = m_earlyHelp->isChecked();
    p.flags.careLeaver = m_careLeaver->isChecked();
    p.flags.sendAln = m_sendAln->isChecked();
    p.flags.sendAlnPlan = m_sendAlnPlan->isChecked();
    p.flags.exploitationConcern = m_exploitation->isChecked();
    p.flags.restricted = m_restricted->isChecked();
    p.contacts = m_contacts->contacts();
    return p;
}

QString PersonPage::draftTitle() const
{
    return toQString(formPerson().displayName());
}

QJsonObject PersonPage::draftPayload() const
{
    QJsonObject payload = RecordPage::draftPayload();
    payload.insert(QStringLiteral("contacts"), m_contacts->toJson());
    return payload;
}

void PersonPage::applyDraftPayload(const QJsonObject& payload)
{
    RecordPage::applyDraftPayload(payload);
    m_contacts->setFromJson(payload.value(QStringLiteral("contacts")).toArray());
}

void PersonPage::commitPendingEdit()
{
    m_contacts->commitPendingEdit();
}

void PersonPage::showRestriction()
{
    m_restrictedBanner->setVisible(m_person.flags.restricted);
    m_restricted->setEnabled(!isNew() && casebook().can(waymark::Action::PersonRestrict));
}

void PersonPage::changeRestriction(bool restricted)
{
    const auto revert = [&] {
        const Loading loading(*this);
        m_restricted->setChecked(m_person.flags.restricted);
    };
    if (isNew() || !casebook().can(waymark::Action::PersonRestrict)) {
        revert();
        return;
    }
    if (isDirty()) {
        revert();
        showInfo(tr("Save or discard your changes first, then restrict the record."));
        return;
    }
    QInputDialog ask(this);
    ask.setObjectName(QStringLiteral("restrictReasonDialog"));
    ask.setWindowTitle(restricted ? tr("Restrict this record") : tr("Lift the restriction"));
    ask.setLabelText(tr("Reason (kept in the audit trail; do not write names):"));
    ask.setOkButtonText(restricted ? tr("&Restrict") : tr("&Lift restriction"));
    ask.setCancelButtonText(tr("&Cancel"));
    const bool ok = ask.exec() == QDialog::Accepted;
    const QString reason = ask.textValue();
    if (!ok || reason.trimmed().isEmpty()) {
        revert();
        return;
    }
    auto changed = casebook().people().setRestricted(m_person.id, restricted, toStd(reason));
    if (!changed) {
        revert();
        showError(changed.error());
        return;
    }
    m_person = std::move(*changed);
    loadIntoForm(m_person);
    applyReadOnly(isReadOnly());
    showInfo(restricted ? tr("Restricted.") : tr("The restriction is lifted."));
}

void PersonPage::applyReadOnly(bool readOnly)
{
    m_contacts->setReadOnly(readOnly);
    // Referrals are their own records: reading them and starting one follow the referral rights.
    m_referrals->setEnabled(true);
    m_newReferral->setEnabled(!isNew() && casebook().can(waymark::Action::ReferralCreate));
    m_merge->setEnabled(!isNew() && casebook().can(waymark::Action::PersonMerge));
    showRestriction();
}

QDialog* PersonPage::openMergeDialog()
{
    if (isNew() || !casebook().can(waymark::Action::PersonMerge))
        return nullptr;
    if (isDirty() && !save())
        return nullptr;
    auto* dialog = new MergeDialog(
        casebook(), m_person, [this](const QString& field) { return fieldLabel(field); }, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const waymark::Uuid id = m_person.id;
        openPerson(id);
        if (const auto& result = dialog->result())
            showInfo(
                tr("Merged. %n other name(s) added as aliases.", nullptr, static_cast<int>(result->newAliases.size())));
        Q_EMIT merged(id);
    });
    dialog->open();
    return dialog;
}

void PersonPage::refreshReferrals()
{
    m_referralRows.clear();
    m_repeatOrdinal = 0;
    m_referrals->setRowCount(0);
    m_referralsBox->setVisible(!isNew() && casebook().can(waymark::Action::ReferralView));
    m_newReferral->setEnabled(!isNew() && casebook().can(waymark::Action::ReferralCreate));
    m_merge->setVisible(!isNew() && casebook().can(waymark::Action::PersonMerge));
    m_merge->setEnabled(!isNew() && casebook().can(waymark::Action::PersonMerge));
    m_caseSummary->setVisible(!isNew() && casebook().can(waymark::Action::CaseSummary));
    m_timelineBox->setVisible(!isNew());
    m_newTask->setVisible(!isNew() && casebook().can(waymark::Action::TaskManage));
    m_timeline->setPerson(isNew() ? waymark::Uuid{} : m_person.id);
    m_header->setPerson(isNew() ? waymark::Uuid{} : m_person.id);
    if (isNew() || !casebook().can(waymark::Action::ReferralView))
        return;
    auto rows = casebook().referrals().forPerson(m_person.id);
    if (!rows)
        return;
    m_referralRows = std::move(*rows);
    // Newest first.
    std::ranges::sort(m_referralRows, [](const auto& a, const auto& b) { return b.received < a.received; });
    int threshold = 3;
    if (auto settings = casebook().referrals().settings()) {
        threshold = settings->limits.repeatThreshold;
        m_repeatWindow = settings->limits.repeatWindowMonths;
    }
    if (!m_referralRows.empty() && m_referralRows.front().repeatOrdinal >= threshold)
        m_repeatOrdinal = m_referralRows.front().repeatOrdinal;
    const waymark::Date today = casebook().clock().today();
    m_referrals->setRowCount(static_cast<int>(m_referralRows.size()));
    for (int i = 0; i < static_cast<int>(m_referralRows.size()); ++i) {
        const auto& r = m_referralRows[static_cast<std::size_t>(i)];
        const bool overdue = r.decisionOverdue || r.contactOverdue;
        m_referrals->setItem(i, 0, new QTableWidgetItem(toQString(r.reference)));
        m_referrals->setItem(i, 1, new QTableWidgetItem(waymark::convert::toDisplay(r.received)));
        m_referrals->setItem(i, 2, new QTableWidgetItem(CodeLabels::stateLabel(r.state)));
        const waymark::Date due = !r.decisionDue.isNull() ? r.decisionDue : r.firstContactDue;
        auto* dueItem = new QTableWidgetItem(
            waymark::isOpenState(r.state) ? RuleSentences::dueShort(due, today, overdue) : QString());
        if (overdue) {
            QFont bold = dueItem->font();
            bold.setBold(true);
            dueItem->setFont(bold);
        }
        m_referrals->setItem(i, 3, dueItem);
        m_referrals->setItem(
            i, 4, new QTableWidgetItem(r.allocatedTo.isNull() ? tr("Unallocated") : toQString(r.allocatedName)));
    }
    updateHeading();
}

QDialog* PersonPage::openNewTask()
{
    if (isNew())
        return nullptr;
    auto* dialog = new TaskDialog(casebook(), m_person.id, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this] {
        m_timeline->reload();
        m_header->setPerson(m_person.id);
        showInfo(tr("Task saved."));
    });
    dialog->open();
    return dialog;
}

std::optional<waymark::LastSave> PersonPage::lastSaveOfRecord()
{
    auto last = casebook().people().lastSave(m_person.id);
    if (last && *last)
        return **last;
    return std::nullopt;
}

bool PersonPage::saveRecord(bool interactive)
{
    if (!m_dateOfBirth->hasValidDate()) {
        showFieldError(
            QStringLiteral("date_of_birth"),
            RuleSentences::pleaseCheck(fieldLabel(QStringLiteral("date_of_birth")), m_dateOfBirth->problemText()));
        return false;
    }
    // The door validates (create, update, and the duplicate check before a create); its
    // errors name the field, which showError() highlights.
    waymark::Person draft = formPerson();
    if (isNew()) {
        auto duplicates = casebook().people().possibleDuplicates(draft);
        if (!duplicates) {
            showError(duplicates.error());
            return false;
        }
        if (!duplicates->empty()) {
            QStringList lines;
            for (const auto& d : *duplicates)
                lines << tr("%1, %2, born %3")
                             .arg(toQString(d.caseReference), toQString(d.displayName()),
                                  waymark::convert::toDisplay(d.dateOfBirth));
            const QString question =
                tr("Possible duplicate: %1 — create anyway?").arg(lines.join(QStringLiteral("; ")));
            if (!interactive || !ask(tr("Possible duplicate"), question, tr("&Create anyway"), tr("&Don't create"))) {
                showInfo(tr("Not saved. Search the list for the existing record, or change the details."));
                return false;
            }
        }
        auto created = casebook().people().create(draft);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_person = std::move(created->person);
    } else {
        auto updated = casebook().people().update(draft);
        if (!updated) {
            showError(updated.error());
            return false;
        }
        m_person = std::move(*updated);
    }
    loadIntoForm(m_person); // shows the tidied values (postcode spacing, ...)
    refreshReferrals();
    return true;
}

void PersonPage::updateHeading()
{
    if (isNew()) {
        const QString typed = toQString(formPerson().displayName()).trimmed();
        heading()->setText(tr("New person"));
        subheading()->setText(typed.isEmpty() ? tr("Not saved yet") : tr("%1 — not saved yet").arg(typed));
    } else {
        heading()->setText(toQString(m_person.displayName()));
        subheading()->setText(isDirty() ? tr("Unsaved changes") : QString());
    }
    subheading()->setVisible(!subheading()->text().isEmpty());

    // Who this is at a glance: age, case reference and the safeguarding flags as chips.
    clearChips();
    if (!isNew()) {
        const int age =
            m_person.dateOfBirth.isNull() ? -1 : waymark::ageOn(m_person.dateOfBirth, casebook().clock().today());
        if (age >= 0)
            addChip(m_person.dateOfBirthEstimated ? tr("Age %1 (est.)").arg(age) : tr("Age %1").arg(age), false);
        addChip(toQString(m_person.caseReference), false,
                tr("Case reference %1").arg(toQString(m_person.caseReference)));
        const auto& f = m_person.flags;
        for (const auto& [on, label] :
             {std::pair{f.lookedAfter, tr("Looked-after child")},
              std::pair{f.childProtectionPlan, tr("Child-protection plan")},
              std::pair{f.childInNeed, tr("Child in need")}, std::pair{f.earlyHelp, tr("Early Help")},
              std::pair{f.careLeaver, tr("Care leaver")},
              std::pair{f.sendAln, f.sendAlnPlan ? tr("SEND/ALN with a plan") : tr("SEND/ALN")},
              std::pair{f.exploitationConcern, tr("Exploitation concern")},
              std::pair{f.restricted, tr("Restricted record")}})
            if (on)
                addChip(label, true);
        // Repeat demand, where the caseworker decides.
        if (m_repeatOrdinal > 0)
            addChip(RuleSentences::repeatReferral(m_repeatOrdinal, m_repeatWindow), true);
    }
    finishChips(!isNew());
}

QString PersonPage::fieldLabel(const QString& field) const
{
    static const QHash<QString, const char*> kLabels = {
        {QStringLiteral("given_name"), QT_TR_NOOP("the given name")},
        {QStringLiteral("family_name"), QT_TR_NOOP("the family name")},
        {QStringLiteral("preferred_name"), QT_TR_NOOP("the preferred name")},
        {QStringLiteral("aliases"), QT_TR_NOOP("the aliases")},
        {QStringLiteral("date_of_birth"), QT_TR_NOOP("the date of birth")},
        {QStringLiteral("sex"), QT_TR_NOOP("sex")},
        {QStringLiteral("gender_identity"), QT_TR_NOOP("gender identity")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("ethnicity")},
        {QStringLiteral("first_language"), QT_TR_NOOP("the first language")},
        {QStringLiteral("address"), QT_TR_NOOP("the address")},
        {QStringLiteral("postcode"), QT_TR_NOOP("the postcode")},
        {QStringLiteral("phone"), QT_TR_NOOP("the phone number")},
        {QStringLiteral("school"), QT_TR_NOOP("the school or provider")},
        {QStringLiteral("ete_status"), QT_TR_NOOP("the education, training or employment status")},
        {QStringLiteral("pnc_reference"), QT_TR_NOOP("the police / PNC reference")},
        {QStringLiteral("nhs_number"), QT_TR_NOOP("the NHS number")},
        {QStringLiteral("upn"), QT_TR_NOOP("the unique pupil number")},
        {QStringLiteral("local_authority_id"), QT_TR_NOOP("the local authority ID")},
        {QStringLiteral("contacts"), QT_TR_NOOP("the contacts")},
        {QStringLiteral("send_aln_plan"), QT_TR_NOOP("the SEND/ALN plan")},
    };
    if (const char* label = kLabels.value(field, nullptr))
        return tr(label);
    return field;
}

QDialog* PersonPage::showBothVersions()
{
    if (isNew())
        return nullptr;
    auto stored = casebook().people().view(m_person.id);
    if (!stored) {
        showError(stored.error());
        return nullptr;
    }
    const waymark::Person mine = formPerson();
    const waymark::Person theirs = *stored;

    QList<VersionRow> rows;
    const auto add = [&](const QString& label, const QString& a, const QString& b) {
        if (a != b)
            rows.append({label, a, b});
    };
    const auto join = [](const std::vector<std::string>& v) {
        QStringList out;
        for (const auto& s : v)
            out << toQString(s);
        return out.join(QStringLiteral(", "));
    };
    const auto contacts = [](const waymark::Person& p) {
        QStringList out;
        for (const auto& c : p.contacts)
            out << QStringLiteral("%1 (%2) %3")
                       .arg(toQString(c.name), CodeLabels::label(CodeLabels::List::Relationship, c.relationship),
                            toQString(c.phone))
                       .trimmed();
        return out.join(QStringLiteral("; "));
    };
    const auto flags = [](const waymark::Person& p) {
        QStringList out;
        const auto& f = p.flags;
        for (const auto& [on, label] :
             {std::pair{f.lookedAfter, tr("Looked-after child")},
              std::pair{f.childProtectionPlan, tr("Child-protection plan")},
              std::pair{f.childInNeed, tr("Child in need")}, std::pair{f.earlyHelp, tr("Early Help")},
              std::pair{f.careLeaver, tr("Care leaver")}, std::pair{f.sendAln, tr("SEND/ALN")},
              std::pair{f.sendAlnPlan, tr("SEND/ALN plan in place (EHCP/IDP)")},
              std::pair{f.exploitationConcern, tr("Exploitation concern")},
              std::pair{f.restricted, tr("Restricted record")}})
            if (on)
                out << label;
        return out.join(QStringLiteral(", "));
    };
    const auto code = [](CodeLabels::List list, const std::string& c) {
        return c.empty() ? QString() : CodeLabels::label(list, c);
    };
    add(tr("Given name"), toQString(mine.givenName), toQString(theirs.givenName));
    add(tr("Family name"), toQString(mine.familyName), toQString(theirs.familyName));
    add(tr("Preferred name"), toQString(mine.preferredName), toQString(theirs.preferredName));
    add(tr("Aliases"), join(mine.aliases), join(theirs.aliases));
    add(tr("Date of birth"), waymark::convert::toDisplay(mine.dateOfBirth),
        waymark::convert::toDisplay(theirs.dateOfBirth));
    add(tr("Sex"), code(CodeLabels::List::Sex, mine.sex), code(CodeLabels::List::Sex, theirs.sex));
    add(tr("Gender identity"), toQString(mine.genderIdentity), toQString(theirs.genderIdentity));
    add(tr("Ethnicity"), code(CodeLabels::List::Ethnicity, mine.ethnicity),
        code(CodeLabels::List::Ethnicity, theirs.ethnicity));
    add(tr("First language"), toQString(mine.firstLanguage), toQString(theirs.firstLanguage));
    add(tr("Address"), toQString(mine.address), toQString(theirs.address));
    add(tr("Postcode"), toQString(mine.postcode), toQString(theirs.postcode));
    add(tr("Phone"), toQString(mine.phone), toQString(theirs.phone));
    add(tr("School or provider"), toQString(mine.school), toQString(theirs.school));
    add(tr("Education, training or employment"), code(CodeLabels::List::EteStatus, mine.eteStatus),
        code(CodeLabels::List::EteStatus, theirs.eteStatus));
    add(tr("Police / PNC reference"), toQString(mine.pncReference), toQString(theirs.pncReference));
    add(tr("NHS number"), toQString(mine.nhsNumber), toQString(theirs.nhsNumber));
    add(tr("Unique pupil number"), toQString(mine.upn), toQString(theirs.upn));
    add(tr("Local authority ID"), toQString(mine.localAuthorityId), toQString(theirs.localAuthorityId));
    add(tr("Flags"), flags(mine), flags(theirs));
    add(tr("Contacts"), contacts(mine), contacts(theirs));

    auto* dialog = openVersionsDialog(
        rows,
        [this, theirs] {
            // On top of the saved version, deliberately: the form as it is now wins.
            m_person.updatedHlc = theirs.updatedHlc;
        },
        [this, theirs] {
            m_person = theirs;
            loadIntoForm(m_person);
        });
    return dialog;
}
