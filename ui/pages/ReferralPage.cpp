#include "ui/pages/ReferralPage.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/AssessmentsPanel.h"
#include "ui/delivery/NotesPanel.h"
#include "ui/delivery/PlanPanel.h"
#include "ui/delivery/SessionsPanel.h"
#include "ui/dialogs/ReferralDialogs.h"
#include "ui/outcomes/ClosureDialogs.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/FlowLayout.h"
#include "ui/widgets/RuleSentences.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::ReferralState;
using waymark::ReferralStep;
using waymark::convert::toDisplay;
using waymark::convert::toLocalDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

constexpr const char* kDraftForm = "referral";

QString withoutMnemonic(QString text)
{
    return text.remove(QLatin1Char('&'));
}

bool isDecisionStep(ReferralStep step)
{
    return step == ReferralStep::Accept || step == ReferralStep::Decline || step == ReferralStep::Signpost ||
           step == ReferralStep::Withdraw;
}

} // namespace

ReferralPage::ReferralPage(waymark::Casebook& casebook, QWidget* parent)
    : RecordPage(casebook, {kDraftForm, waymark::Action::ReferralCreate, waymark::Action::ReferralUpdate},
                 QStringLiteral("referral"), parent)
{
    setAccessibleName(tr("Referral record"));
    backButton()->setIcon(Theme::icon(QStringLiteral("back")));
    backButton()->setText(tr("Back", "back to the list the referral was opened from"));
    backButton()->setAccessibleName(tr("Back to the list"));
    backButton()->setToolTip(tr("Back to the list (Esc or Alt+Left)"));
    saveButton()->setAccessibleName(tr("Save referral"));
    buildForm();
}

void ReferralPage::buildForm()
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
    outer->addLayout(columns);

    QList<QWidget*> order;
    auto addRow = [&](QFormLayout* form, const QString& label, QWidget* widget) {
        auto* l = new QLabel(label);
        l->setBuddy(widget);
        widget->setAccessibleName(withoutMnemonic(label).remove(QLatin1Char(':')));
        form->addRow(l, widget);
        order << widget;
    };
    auto lineEdit = [&](const char* objectName, const QString& field) {
        auto* edit = new QLineEdit;
        edit->setObjectName(QLatin1String(objectName));
        registerField(field, edit);
        watchForChanges(edit);
        return edit;
    };
    auto dateEdit = [&](const char* objectName, const QString& field) {
        auto* edit = new DateEdit;
        edit->setObjectName(QLatin1String(objectName));
        registerField(field, edit);
        watchForChanges(edit);
        return edit;
    };
    auto combo = [&](const char* objectName, CodeLabels::List list, const QString& field) {
        auto* box = new QComboBox;
        box->setObjectName(QLatin1String(objectName));
        CodeLabels::fill(box, list);
        box->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        box->setMinimumContentsLength(20);
        connect(box, &QComboBox::currentTextChanged, box, &QWidget::setToolTip);
        registerField(field, box);
        watchForChanges(box);
        return box;
    };

    // The young person
    auto* personBox = new QGroupBox(tr("Young person"));
    personBox->setObjectName(QStringLiteral("referralPersonGroup"));
    auto* personRow = new QHBoxLayout(personBox);
    m_personLabel = new QLabel;
    m_personLabel->setObjectName(QStringLiteral("referralPerson"));
    m_personLabel->setWordWrap(true);
    m_personLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_openPerson = new QPushButton(Theme::icon(QStringLiteral("person")), tr("Open &person"));
    m_openPerson->setObjectName(QStringLiteral("openPersonButton"));
    m_openPerson->setAccessibleName(tr("Open the young person's record"));
    m_openPerson->setAutoDefault(false);
    personRow->addWidget(m_personLabel, 1);
    personRow->addWidget(m_openPerson);
    left->addWidget(personBox);
    order << m_openPerson;
    connect(m_openPerson, &QPushButton::clicked, this, [this] {
        if (!m_referral.personId.isNull())
            Q_EMIT openPersonRequested(m_referral.personId);
    });

    // The referral's facts
    auto* factsBox = new QGroupBox(tr("Referral"));
    factsBox->setObjectName(QStringLiteral("referralFactsGroup"));
    left->addWidget(factsBox);
    auto* facts = new QFormLayout(factsBox);
    facts->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_received = dateEdit("referralReceived", QStringLiteral("received"));
    m_received->setPlaceholderText(tr("Required"));
    addRow(facts, tr("R&eceived:"), m_received);
    m_source = combo("referralSource", CodeLabels::List::ReferralSource, QStringLiteral("source"));
    addRow(facts, tr("So&urce:"), m_source);
    m_referrerName = lineEdit("referrerName", QStringLiteral("referrer_name"));
    addRow(facts, tr("Referrer &name:"), m_referrerName);
    m_referrerContact = lineEdit("referrerContact", QStringLiteral("referrer_contact"));
    m_referrerContact->setPlaceholderText(tr("Phone or email"));
    addRow(facts, tr("Referrer con&tact:"), m_referrerContact);
    m_eventDate = dateEdit("referralEventDate", QStringLiteral("event_date"));
    m_eventDate->setToolTip(
        tr("The date of the offence, incident or reason for referral: eligibility counts from it."));
    addRow(facts, tr("E&vent date:"), m_eventDate);
    m_route = combo("referralRoute", CodeLabels::List::ReferralRoute, QStringLiteral("route"));
    addRow(facts, tr("&Route:"), m_route);
    m_offence = combo("referralOffence", CodeLabels::List::OffenceCategory, QStringLiteral("offence_category"));
    addRow(facts, tr("O&ffence or behaviour:"), m_offence);
    m_offenceDate = dateEdit("referralOffenceDate", QStringLiteral("offence_date"));
    addRow(facts, tr("Offence &date:"), m_offenceDate);
    m_policeReference = lineEdit("policeReference", QStringLiteral("police_reference"));
    addRow(facts, tr("Po&lice reference:"), m_policeReference);
    m_risk = combo("referralRisk", CodeLabels::List::Risk, QStringLiteral("risk"));
    addRow(facts, tr("Ris&k:"), m_risk);
    m_consent = combo("referralConsent", CodeLabels::List::Consent, QStringLiteral("consent"));
    addRow(facts, tr("C&onsent:"), m_consent);
    m_statutoryOrder = new QCheckBox(tr("On a statutory order at referral"));
    m_statutoryOrder->setObjectName(QStringLiteral("statutoryOrder"));
    m_statutoryOrder->setAccessibleName(tr("On a statutory order at referral"));
    registerField(QStringLiteral("statutory_order"), m_statutoryOrder);
    watchForChanges(m_statutoryOrder);
    facts->addRow(QString(), m_statutoryOrder);
    order << m_statutoryOrder;
    left->addStretch(1);

    // Workflow: state, decision, allocation, clocks and what can be done now
    m_workflowBox = new QGroupBox(tr("Progress"));
    m_workflowBox->setObjectName(QStringLiteral("referralWorkflowGroup"));
    right->addWidget(m_workflowBox);
    auto* workflow = new QVBoxLayout(m_workflowBox);
    const auto info = [&](const char* objectName, const QString& accessibleName) {
        auto* label = new QLabel;
        label->setObjectName(QLatin1String(objectName));
        label->setAccessibleName(accessibleName);
        label->setWordWrap(true);
        label->setTextFormat(Qt::RichText);
        label->setTextInteractionFlags(Qt::TextSelectableByMouse);
        workflow->addWidget(label);
        return label;
    };
    m_stateLabel = info("referralState", tr("State"));
    m_decisionLabel = info("referralDecision", tr("Decision"));
    m_allocationLabel = info("referralAllocation", tr("Allocation"));
    m_clocksLabel = info("referralClocks", tr("Time limits"));
    m_actions = new QWidget;
    m_actions->setObjectName(QStringLiteral("referralActions"));
    auto* actionsLayout = new FlowLayout(m_actions);
    actionsLayout->setContentsMargins(0, 6, 0, 0);
    QSizePolicy actionsPolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    actionsPolicy.setHeightForWidth(true);
    m_actions->setSizePolicy(actionsPolicy);
    workflow->addWidget(m_actions);

    // Eligibility: the engine's result with every reason, and an override beside it
    m_eligibilityBox = new QGroupBox(tr("Eligibility"));
    m_eligibilityBox->setObjectName(QStringLiteral("referralEligibilityGroup"));
    right->addWidget(m_eligibilityBox);
    auto* eligibility = new QVBoxLayout(m_eligibilityBox);
    m_eligibilityLabel = new QLabel;
    m_eligibilityLabel->setObjectName(QStringLiteral("eligibilityResult"));
    m_eligibilityLabel->setAccessibleName(tr("Eligibility result"));
    m_eligibilityLabel->setWordWrap(true);
    m_eligibilityLabel->setTextFormat(Qt::RichText);
    m_eligibilityLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    eligibility->addWidget(m_eligibilityLabel);
    m_overrideButton = new QPushButton(tr("Overr&ide…"));
    m_overrideButton->setObjectName(QStringLiteral("overrideEligibilityButton"));
    m_overrideButton->setAccessibleName(tr("Override the eligibility result"));
    m_overrideButton->setAutoDefault(false);
    connect(m_overrideButton, &QPushButton::clicked, this, &ReferralPage::openOverrideDialog);
    eligibility->addWidget(m_overrideButton, 0, Qt::AlignLeft);
    right->addStretch(1);

    // Assessments (ui/delivery): recording one stops the assessment clock shown above.
    m_assessments = new AssessmentsPanel(casebook(), this);
    outer->addWidget(m_assessments);
    connect(m_assessments, &AssessmentsPanel::assessmentsChanged, this, [this] {
        // The clocks and the referral's version moved; the form's unsaved edits stay.
        if (auto d = casebook().referrals().detail(m_referral.id)) {
            m_referral.updatedHlc = d->referral.updatedHlc;
            m_referral.assessedOn = d->referral.assessedOn;
            m_detail = std::move(*d);
            showDetail();
        }
    });
    // The plan: goals and interventions (ui/delivery/PlanPanel)
    m_plan = new PlanPanel(casebook(), this);
    outer->addWidget(m_plan);
    // Sessions (ui/delivery/SessionsPanel): saving one may move the referral on (first attended).
    auto* sessions = new SessionsPanel(casebook());
    outer->addWidget(sessions);
    connect(sessions, &SessionsPanel::saved, this, [this] {
        reload();
        Q_EMIT changed(m_referral.id);
    });

    // History, full width
    m_historyBox = new QGroupBox(tr("History"));
    m_historyBox->setObjectName(QStringLiteral("referralHistoryGroup"));
    outer->addWidget(m_historyBox);
    auto* historyLayout = new QVBoxLayout(m_historyBox);
    m_history = new QTableWidget(0, 4);
    m_history->setObjectName(QStringLiteral("referralHistory"));
    m_history->setAccessibleName(tr("History"));
    m_history->setHorizontalHeaderLabels({tr("When"), tr("Who"), tr("What"), tr("Why")});
    m_history->verticalHeader()->setVisible(false);
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->setTabKeyNavigation(false);
    m_history->setWordWrap(true);
    m_history->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setStretchLastSection(true);
    m_history->setMinimumHeight(120);
    historyLayout->addWidget(m_history);

    order << m_overrideButton << m_assessments->table() << m_assessments->newButton() << m_assessments->reassessButton()
          << m_plan->tabOrder() << sessions->table() << sessions->addButton() << m_history;
    m_notes = new NotesPanel(casebook()); // case notes, below the history
    outer->addWidget(m_notes);

    setFormTabOrder(order);
}

// --- opening ---

bool ReferralPage::newReferral(const waymark::Uuid& personId)
{
    auto person = casebook().people().view(personId);
    if (!person) {
        showError(person.error());
        return false;
    }
    m_person = std::move(*person);
    m_referral = waymark::Referral{};
    m_referral.personId = personId;
    m_referral.received = casebook().clock().today();
    m_referral.consent = "not_asked";
    m_detail = waymark::ReferralDetail{};
    m_haveDetail = false;
    loadIntoForm(m_referral);
    setReadOnly(!casebook().can(waymark::Action::ReferralCreate));
    clearMessages();
    // The repeat flag at intake, where the caseworker decides.
    if (auto earlier = casebook().referrals().forPerson(personId); earlier && !earlier->empty())
        showInfo(tr("%1 already has %n referral(s) on record; see their record for them.", nullptr,
                    static_cast<int>(earlier->size()))
                     .arg(toQString(m_person.displayName())));
    showDetail();
    m_source->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ReferralPage::openReferral(const waymark::Uuid& id)
{
    auto detail = casebook().referrals().detail(id);
    if (!detail) {
        showError(detail.error());
        return false;
    }
    m_detail = std::move(*detail);
    m_haveDetail = true;
    m_referral = m_detail.referral;
    if (auto person = casebook().people().view(m_referral.personId))
        m_person = std::move(*person);
    else
        m_person = waymark::Person{};
    loadIntoForm(m_referral);
    setReadOnly(!casebook().can(waymark::Action::ReferralUpdate));
    clearMessages();
    if (isReadOnly())
        showInfo(tr("Read only: your role (%1) can view this referral but not change it.")
                     .arg(CodeLabels::roleLabel(casebook().user().role)));
    showDetail();
    return true;
}

bool ReferralPage::reload()
{
    if (isNew())
        return false;
    auto detail = casebook().referrals().detail(m_referral.id);
    if (!detail) {
        showError(detail.error());
        return false;
    }
    m_detail = std::move(*detail);
    m_haveDetail = true;
    m_referral = m_detail.referral;
    loadIntoForm(m_referral);
    showDetail();
    return true;
}

void ReferralPage::loadIntoForm(const waymark::Referral& r)
{
    {
        const Loading loading(*this);
        m_received->setDate(r.received);
        CodeLabels::select(m_source, r.source);
        m_referrerName->setText(toQString(r.referrerName));
        m_referrerContact->setText(toQString(r.referrerContact));
        m_eventDate->setDate(r.eventDate);
        CodeLabels::select(m_route, r.route);
        CodeLabels::select(m_offence, r.offenceCategory);
        m_offenceDate->setDate(r.offenceDate);
        m_policeReference->setText(toQString(r.policeReference));
        CodeLabels::select(m_risk, r.risk);
        CodeLabels::select(m_consent, r.consent);
        m_statutoryOrder->setChecked(r.statutoryOrder);
    }
    QString person = toQString(m_person.displayName());
    if (!m_person.caseReference.empty())
        person += QStringLiteral(" (%1)").arg(toQString(m_person.caseReference));
    if (!m_person.dateOfBirth.isNull())
        person += QStringLiteral(" — ") + tr("born %1").arg(toDisplay(m_person.dateOfBirth));
    m_personLabel->setText(person);
    m_openPerson->setEnabled(!r.personId.isNull());
    loaded();
}

waymark::Referral ReferralPage::formReferral() const
{
    waymark::Referral r = m_referral;
    r.received = m_received->date();
    r.source = CodeLabels::selectedCode(m_source);
    r.referrerName = toStd(m_referrerName->text().trimmed());
    r.referrerContact = toStd(m_referrerContact->text().trimmed());
    r.eventDate = m_eventDate->date();
    r.route = CodeLabels::selectedCode(m_route);
    r.offenceCategory = CodeLabels::selectedCode(m_offence);
    r.offenceDate = m_offenceDate->date();
    r.policeReference = toStd(m_policeReference->text().trimmed());
    r.risk = CodeLabels::selectedCode(m_risk);
    r.consent = CodeLabels::selectedCode(m_consent);
    r.statutoryOrder = m_statutoryOrder->isChecked();
    return r;
}

// --- what core says about it ---

void ReferralPage::showDetail()
{
    const bool existing = !isNew() && m_haveDetail;
    m_workflowBox->setVisible(existing);
    m_eligibilityBox->setVisible(existing);
    m_historyBox->setVisible(existing);
    m_assessments->setReferral(existing ? m_referral.id : waymark::Uuid{}, toQString(m_referral.reference),
                               existing && waymark::isOpenState(m_referral.state));
    m_plan->showReferral(existing ? m_referral.id : waymark::Uuid{});
    if (auto* sessions = findChild<SessionsPanel*>(); sessions && existing)
        sessions->setReferral(m_referral);
    else if (sessions)
        sessions->hide();
    m_notes->setVisible(existing && casebook().can(waymark::Action::NoteView));
    if (existing)
        m_notes->showReferral(m_referral.id, m_referral.personId, toQString(m_referral.reference));
    if (!existing) {
        rebuildActions();
        updateHeading();
        return;
    }
    const waymark::Referral& r = m_referral;

    // State and decision
    QString state = tr("<b>State:</b> %1").arg(CodeLabels::stateLabel(r.state).toHtmlEscaped());
    if (m_detail.repeatTrigger || r.repeatOrdinal > 1) {
        int window = 12;
        if (auto settings = casebook().referrals().settings())
            window = settings->limits.repeatWindowMonths;
        state +=
            QStringLiteral("<br>") + (m_detail.repeatTrigger ? QStringLiteral("⚠ <b>%1</b>") : QStringLiteral("%1"))
                                         .arg(RuleSentences::repeatReferral(r.repeatOrdinal, window).toHtmlEscaped());
    }
    m_stateLabel->setText(state);
    if (r.decision.empty()) {
        m_decisionLabel->setText(tr("<b>Decision:</b> not made yet"));
    } else {
        QString who;
        for (const auto& e : m_detail.history)
            if (e.by == r.decidedBy && !e.byName.empty())
                who = toQString(e.byName);
        QString text = tr("<b>Decision:</b> %1 on %2")
                           .arg(CodeLabels::label(CodeLabels::List::Decision, r.decision).toHtmlEscaped(),
                                toDisplay(r.decisionDate));
        if (!who.isEmpty())
            text += QStringLiteral(" ") + tr("by %1").arg(who.toHtmlEscaped());
        if (!r.decisionReason.empty())
            text += QStringLiteral("<br>") +
                    tr("Reason: %1")
                        .arg(CodeLabels::label(CodeLabels::List::NotOfferedReason, r.decisionReason).toHtmlEscaped());
        if (!r.decisionNote.empty())
            text += QStringLiteral("<br>") + tr("Note: %1").arg(toQString(r.decisionNote).toHtmlEscaped());
        m_decisionLabel->setText(text);
    }
    // Allocation and first contact
    QString allocation;
    if (r.allocatedTo.isNull()) {
        allocation = tr("<b>Worker:</b> unallocated");
    } else {
        QString name;
        for (const auto& e : m_detail.history)
            if ((e.kind == "allocated" || e.kind == "taken") && e.allocatedTo == r.allocatedTo)
                name = toQString(e.kind == "taken" ? e.byName : std::string());
        if (name.isEmpty()) {
            if (auto users = casebook().users().list()) {
                for (const auto& u : *users)
                    if (u.id == r.allocatedTo)
                        name = toQString(u.displayName.empty() ? u.username : u.displayName);
            } else if (r.allocatedTo == casebook().user().id) {
                name = tr("you");
            }
        }
        allocation = tr("<b>Worker:</b> %1").arg((name.isEmpty() ? tr("allocated") : name).toHtmlEscaped());
    }
    allocation += QStringLiteral("<br>") + (r.firstContact.isNull()
                                                ? tr("<b>First contact:</b> not recorded yet")
                                                : tr("<b>First contact:</b> %1").arg(toDisplay(r.firstContact)));
    m_allocationLabel->setText(allocation);

    // The clocks, in words (overdue says so, not only a colour)
    const auto clockLine = [](const QString& name, const waymark::ClockStatus& clock) {
        const bool late = clock.state == waymark::ClockState::Overdue || clock.state == waymark::ClockState::Missed;
        const QString phrase = RuleSentences::clockPhrase(clock).toHtmlEscaped();
        return late ? QStringLiteral("⚠ <b>%1: %2</b>").arg(name.toHtmlEscaped(), phrase)
                    : QStringLiteral("%1: %2").arg(name.toHtmlEscaped(), phrase);
    };
    QStringList clocks;
    clocks << tr("<b>Time limits</b> (working days)");
    clocks << clockLine(tr("Decision"), m_detail.decisionClock);
    clocks << clockLine(tr("First contact"), m_detail.contactClock);
    clocks << clockLine(tr("Assessment"), m_detail.assessmentClock);
    m_clocksLabel->setText(clocks.join(QStringLiteral("<br>")));

    // Eligibility: every reason, and the override beside the engine's result
    const auto& result = m_detail.eligibility;
    QString eligibility;
    if (result.pass) {
        eligibility = tr("<b>Eligible</b>: every rule of the scheme is met.");
    } else {
        eligibility = tr("<b>Not eligible</b> by the scheme's rules:");
        eligibility += QStringLiteral("<ul style=\"margin-left:12px; -qt-list-indent:0\">");
        for (const auto& reason : result.reasons)
            eligibility += QStringLiteral("<li>%1</li>").arg(RuleSentences::eligibilityReason(reason).toHtmlEscaped());
        eligibility += QStringLiteral("</ul>");
    }
    if (r.eligibilityOverridden) {
        QString who;
        for (const auto& e : m_detail.history)
            if (e.kind == "override")
                who = toQString(e.byName);
        eligibility += QStringLiteral("<p>") +
                       tr("<b>Overridden</b> by %1 on %2: %3")
                           .arg(who.isEmpty() ? tr("a coordinator") : who.toHtmlEscaped(),
                                toLocalDisplay(r.overriddenAt), toQString(r.overrideReason).toHtmlEscaped()) +
                       QStringLiteral("</p>");
    }
    m_eligibilityLabel->setText(eligibility);
    m_overrideButton->setVisible(!result.pass && !r.eligibilityOverridden &&
                                 casebook().can(waymark::Action::EligibilityOverride) && waymark::isOpenState(r.state));

    // History, oldest first
    m_history->setRowCount(static_cast<int>(m_detail.history.size()));
    for (int i = 0; i < static_cast<int>(m_detail.history.size()); ++i) {
        const auto& e = m_detail.history[static_cast<std::size_t>(i)];
        QString what;
        if (e.kind == "created")
            what = tr("Received");
        else if (e.kind == "transition") {
            auto to = waymark::stateFromName(e.toState);
            what = tr("Moved to %1").arg(to ? CodeLabels::stateLabel(*to) : toQString(e.toState));
        } else if (e.kind == "allocated")
            what = tr("Allocated");
        else if (e.kind == "taken")
            what = tr("Taken");
        else if (e.kind == "first_contact")
            what = tr("First contact recorded");
        else if (e.kind == "override")
            what = tr("Eligibility overridden");
        else if (e.kind == "updated")
            what = tr("Details changed");
        else
            what = toQString(e.kind);
        QString why =
            e.reasonCode.empty() ? QString() : CodeLabels::label(CodeLabels::List::NotOfferedReason, e.reasonCode);
        if (!e.note.empty())
            why = why.isEmpty() ? toQString(e.note) : QStringLiteral("%1 — %2").arg(why, toQString(e.note));
        m_history->setItem(i, 0, new QTableWidgetItem(toLocalDisplay(e.at)));
        m_history->setItem(i, 1, new QTableWidgetItem(toQString(e.byName)));
        m_history->setItem(i, 2, new QTableWidgetItem(what));
        m_history->setItem(i, 3, new QTableWidgetItem(why));
    }
    m_history->resizeRowsToContents();
    rebuildActions();
    updateHeading();
}

void ReferralPage::rebuildActions()
{
    for (QPushButton* b : std::as_const(m_actionButtons))
        b->deleteLater();
    m_actionButtons.clear();
    auto* layout = m_actions->layout();
    if (isNew() || !m_haveDetail) {
        m_actions->hide();
        return;
    }
    const auto add = [&](const QString& objectName, const QString& text, const QString& accessible, auto slot) {
        auto* button = new QPushButton(text, m_actions);
        button->setObjectName(objectName);
        button->setAccessibleName(accessible);
        button->setAutoDefault(false);
        layout->addWidget(button);
        m_actionButtons << button;
        connect(button, &QPushButton::clicked, this, slot);
        return button;
    };
    bool decideAdded = false;
    for (ReferralStep step : m_detail.steps) {
        const QString name = QStringLiteral("stepButton_") + toQString(waymark::stepName(step));
        if (isDecisionStep(step)) {
            if (decideAdded)
                continue;
            decideAdded = true;
            add(QStringLiteral("decideButton"), tr("&Make decision…"), tr("Record the decision"),
                [this] { openDecisionDialog(); });
            continue;
        }
        if (step == ReferralStep::StartScreening) {
            add(name, tr("Start screenin&g"), tr("Start screening"), [this] { startScreening(); });
            continue;
        }
        const QString label = CodeLabels::stepLabel(step);
        add(name, label, label, [this, step] { runStep(step); });
    }
    const waymark::Referral& r = m_referral;
    if (auto* outcomes = ClosureActions::outcomesButton(m_actions, casebook(), r)) { // ui/outcomes
        layout->addWidget(outcomes);
        m_actionButtons << outcomes;
    }
    if (waymark::isOpenState(r.state)) {
        if (casebook().can(waymark::Action::ReferralAllocate))
            add(QStringLiteral("allocateButton"), r.allocatedTo.isNull() ? tr("&Allocate…") : tr("Re-&allocate…"),
                r.allocatedTo.isNull() ? tr("Allocate to a worker") : tr("Re-allocate to another worker"),
                [this] { openAllocateDialog(); });
        else if (casebook().can(waymark::Action::ReferralTake) && r.allocatedTo.isNull()) {
            bool allowed = true;
            if (auto settings = casebook().referrals().settings())
                allowed = settings->caseworkersMayTake;
            if (allowed)
                add(QStringLiteral("takeButton"), tr("T&ake"), tr("Take this referral"), [this] { take(); });
        }
        if (casebook().can(waymark::Action::ReferralUpdate) && r.firstContact.isNull() &&
            (r.state == ReferralState::Accepted || r.state == ReferralState::Active ||
             r.state == ReferralState::Reopened))
            add(QStringLiteral("firstContactButton"), tr("Record first &contact…"), tr("Record first contact"),
                [this] { openFirstContactDialog(); });
    }
    m_actions->setVisible(!m_actionButtons.isEmpty());
    // Tab order: after the form's fields, the actions in the order shown.
    QWidget* previous = m_statutoryOrder;
    for (QPushButton* b : std::as_const(m_actionButtons)) {
        setTabOrder(previous, b);
        previous = b;
    }
    setTabOrder(previous, m_overrideButton);
    if (isReadOnly())
        for (QPushButton* b : std::as_const(m_actionButtons))
            b->setEnabled(false);
}

QPushButton* ReferralPage::actionButton(const QString& objectName) const
{
    for (QPushButton* b : m_actionButtons)
        if (b->objectName() == objectName)
            return b;
    if (m_overrideButton->objectName() == objectName)
        return m_overrideButton;
    return nullptr;
}

// --- the workflow ---

bool ReferralPage::saveFirst()
{
    if (!isDirty())
        return true;
    return save();
}

void ReferralPage::afterStep(const waymark::Result<waymark::Referral>& result, const QString& done)
{
    afterStep(result ? waymark::Status{} : waymark::Status{std::unexpected(result.error())}, done);
}

void ReferralPage::afterStep(const waymark::Status& result, const QString& done)
{
    if (!result) {
        clearMessages();
        showError(result.error());
        return;
    }
    reload();
    clearMessages();
    showInfo(done);
    Q_EMIT changed(m_referral.id);
}

bool ReferralPage::startScreening()
{
    if (!saveFirst())
        return false;
    auto result = casebook().referrals().startScreening(m_referral.id);
    const bool ok = result.has_value();
    afterStep(result, tr("Screening started."));
    return ok;
}

bool ReferralPage::take()
{
    if (!saveFirst())
        return false;
    auto result = casebook().referrals().take(m_referral.id);
    const bool ok = result.has_value();
    afterStep(result, tr("You have taken this referral."));
    return ok;
}

void ReferralPage::runStep(ReferralStep step)
{
    if (!saveFirst())
        return;
    auto transition = waymark::findTransition(m_referral.state, step);
    if (!transition) {
        showError(transition.error());
        return;
    }
    if (ClosureActions::handles(step)) { // a status, comment or reason first (ui/outcomes)
        m_openDialog =
            ClosureActions::run(this, casebook(), m_referral, step, [this, step](const waymark::Status& result) {
                afterStep(result, tr("Done: %1.").arg(CodeLabels::stepLabel(step)));
            });
        return;
    }
    afterStep(casebook().referrals().step(m_referral.id, step, {}, {}),
              tr("Done: %1.").arg(CodeLabels::stepLabel(step)));
}

DecisionDialog* ReferralPage::openDecisionDialog(const std::string& decision)
{
    if (!saveFirst())
        return nullptr;
    auto* dialog = new DecisionDialog(toQString(m_referral.reference), decision, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const std::string decisionCode = dialog->decision();
        auto result = casebook().referrals().decide(m_referral.id, decisionCode, dialog->reasonCode(), dialog->note());
        afterStep(result,
                  tr("Decision recorded: %1.").arg(CodeLabels::label(CodeLabels::List::Decision, decisionCode)));
    });
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ReferralPage::openAllocateDialog()
{
    if (!saveFirst())
        return nullptr;
    QList<AllocateDialog::Worker> workers;
    if (auto users = casebook().users().list()) {
        for (const auto& u : *users)
            if (u.active && u.role != waymark::Role::Auditor)
                workers.append({u.id, toQString(u.displayName.empty() ? u.username : u.displayName)});
    } else {
        showError(users.error());
        return nullptr;
    }
    auto* dialog = new AllocateDialog(workers, m_referral.allocatedTo, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        const QString name = dialog->workerCombo()->currentText();
        afterStep(casebook().referrals().allocate(m_referral.id, dialog->worker(), dialog->reason()),
                  tr("Allocated to %1.").arg(name));
    });
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ReferralPage::openOverrideDialog()
{
    if (!saveFirst())
        return nullptr;
    auto* dialog = new ReasonDialog(tr("Override eligibility"),
                                    tr("Why should this referral go ahead although the scheme's rules say it is not "
                                       "eligible? The rules' result stays on record beside your reason."),
                                    tr("&Override"), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterStep(casebook().referrals().overrideEligibility(m_referral.id, dialog->reason()),
                  tr("Eligibility overridden. The rules' result stays visible."));
    });
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

QDialog* ReferralPage::openFirstContactDialog()
{
    if (!saveFirst())
        return nullptr;
    auto* dialog = new FirstContactDialog(casebook().clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        afterStep(casebook().referrals().recordFirstContact(m_referral.id, dialog->date()),
                  tr("First contact recorded."));
    });
    m_openDialog = dialog;
    dialog->open();
    return dialog;
}

// --- RecordPage hooks ---

QString ReferralPage::draftTitle() const
{
    const QString person = toQString(m_person.displayName());
    return isNew() ? tr("new referral for %1").arg(person)
                   : tr("referral %1 (%2)").arg(toQString(m_referral.reference), person);
}

bool ReferralPage::saveRecord(bool interactive)
{
    Q_UNUSED(interactive);
    for (auto [edit, field] : {std::pair{m_received, "received"}, std::pair{m_eventDate, "event_date"},
                               std::pair{m_offenceDate, "offence_date"}}) {
        if (!edit->hasValidDate()) {
            const QString f = QLatin1String(field);
            showFieldError(f, RuleSentences::pleaseCheck(fieldLabel(f), edit->problemText()));
            return false;
        }
    }
    waymark::Referral draft = formReferral();
    if (isNew()) {
        auto created = casebook().referrals().create(draft);
        if (!created) {
            showError(created.error());
            return false;
        }
        m_referral = std::move(*created);
    } else {
        auto updated = casebook().referrals().update(draft);
        if (!updated) {
            showError(updated.error());
            return false;
        }
        m_referral = std::move(*updated);
    }
    // Re-read the whole picture: due dates, eligibility, steps.
    if (auto detail = casebook().referrals().detail(m_referral.id)) {
        m_detail = std::move(*detail);
        m_haveDetail = true;
        m_referral = m_detail.referral;
    }
    loadIntoForm(m_referral);
    showDetail();
    return true;
}

void ReferralPage::updateHeading()
{
    const QString person = toQString(m_person.displayName());
    if (isNew()) {
        heading()->setText(tr("New referral"));
        subheading()->setText(tr("For %1 — not saved yet").arg(person));
    } else {
        heading()->setText(tr("Referral %1").arg(toQString(m_referral.reference)));
        subheading()->setText(isDirty() ? tr("%1 — unsaved changes").arg(person) : person);
    }
    subheading()->setVisible(!subheading()->text().isEmpty());
    clearChips();
    if (!isNew()) {
        addChip(CodeLabels::stateLabel(m_referral.state), false,
                tr("State: %1").arg(CodeLabels::stateLabel(m_referral.state)));
        if (m_haveDetail && m_detail.repeatTrigger) {
            int window = 12;
            if (auto settings = casebook().referrals().settings())
                window = settings->limits.repeatWindowMonths;
            addChip(RuleSentences::repeatReferral(m_referral.repeatOrdinal, window), true);
        }
        if (m_haveDetail && m_detail.decisionClock.state == waymark::ClockState::Overdue)
            addChip(tr("Decision overdue"), true);
        if (m_haveDetail && m_detail.contactClock.state == waymark::ClockState::Overdue)
            addChip(tr("First contact overdue"), true);
        if (m_referral.allocatedTo.isNull() && waymark::isOpenState(m_referral.state))
            addChip(tr("Unallocated"), false);
        if (m_haveDetail && !m_detail.eligibility.pass)
            addChip(m_referral.eligibilityOverridden ? tr("Not eligible — overridden") : tr("Not eligible"), true);
    }
    finishChips(!isNew());
}

QString ReferralPage::fieldLabel(const QString& field) const
{
    static const QHash<QString, const char*> kLabels = {
        {QStringLiteral("received"), QT_TR_NOOP("the date received")},
        {QStringLiteral("source"), QT_TR_NOOP("the source")},
        {QStringLiteral("referrer_name"), QT_TR_NOOP("the referrer's name")},
        {QStringLiteral("referrer_contact"), QT_TR_NOOP("the referrer's contact")},
        {QStringLiteral("event_date"), QT_TR_NOOP("the event date")},
        {QStringLiteral("route"), QT_TR_NOOP("the route")},
        {QStringLiteral("offence_category"), QT_TR_NOOP("the offence or behaviour")},
        {QStringLiteral("offence_date"), QT_TR_NOOP("the offence date")},
        {QStringLiteral("police_reference"), QT_TR_NOOP("the police reference")},
        {QStringLiteral("risk"), QT_TR_NOOP("the risk level")},
        {QStringLiteral("consent"), QT_TR_NOOP("consent")},
        {QStringLiteral("person_id"), QT_TR_NOOP("the young person")},
    };
    if (const char* label = kLabels.value(field, nullptr))
        return tr(label);
    return field;
}

QJsonObject ReferralPage::draftPayload() const
{
    QJsonObject payload = RecordPage::draftPayload();
    payload.insert(QStringLiteral("person_id"), toQString(m_referral.personId.toString()));
    return payload;
}

void ReferralPage::applyDraftPayload(const QJsonObject& payload)
{
    RecordPage::applyDraftPayload(payload);
}

void ReferralPage::applyReadOnly(bool readOnly)
{
    Q_UNUSED(readOnly);
    // Looking at the person and reading the history are not edits.
    m_openPerson->setEnabled(!m_referral.personId.isNull());
    m_history->setEnabled(true);
}
