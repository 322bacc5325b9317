#include "ui/delivery/InterventionDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/PlanLabels.h"
#include "ui/widgets/DateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QLabel* buddyLabel(const QString& text, QWidget* buddy)
{
    auto* label = new QLabel(text);
    label->setBuddy(buddy);
    return label;
}

} // namespace

InterventionDialog::InterventionDialog(waymark::Casebook& casebook, const waymark::PlanDetail& plan,
                                       const waymark::InterventionItem* item, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_plan(plan)
    , m_new(item == nullptr)
    , m_mayOverride(casebook.can(waymark::Action::ConsentOverride))
{
    if (item)
        m_before = item->intervention;
    setObjectName(QStringLiteral("interventionDialog"));
    setWindowTitle(m_new ? tr("Add an intervention") : tr("Change an intervention"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    // Type: the built-in ones and the casebook's own.
    m_type = new QComboBox;
    m_type->setObjectName(QStringLiteral("interventionType"));
    m_type->setAccessibleName(tr("Type of intervention"));
    if (auto types = casebook.plans().interventionTypes())
        m_types = std::move(*types);
    for (const auto& t : m_types)
        m_type->addItem(PlanLabels::interventionType(t), toQString(t.code));
    if (m_new)
        m_type->setCurrentIndex(0);
    else
        PlanLabels::select(m_type, m_before.type);
    form->addRow(buddyLabel(tr("&Type:"), m_type), m_type);

    // Provider: the scheme itself, or an active partner (the current one even if inactive).
    m_provider = new QComboBox;
    m_provider->setObjectName(QStringLiteral("interventionProvider"));
    m_provider->setAccessibleName(tr("Provider"));
    m_provider->addItem(tr("The scheme itself (no provider)"), QString());
    if (auto providers = casebook.plans().providers()) {
        for (const auto& p : *providers)
            if (p.active || p.id == m_before.providerId)
                m_provider->addItem(toQString(p.name), toQString(p.id.toString()));
    }
    if (!m_before.providerId.isNull())
        m_provider->setCurrentIndex(std::max(0, m_provider->findData(toQString(m_before.providerId.toString()))));
    form->addRow(buddyLabel(tr("&Provider:"), m_provider), m_provider);

    m_start = new DateEdit;
    m_start->setObjectName(QStringLiteral("interventionStart"));
    m_start->setAccessibleName(tr("Planned start"));
    m_start->setDate(m_before.plannedStart);
    form->addRow(buddyLabel(tr("Planned &start:"), m_start), m_start);
    m_end = new DateEdit;
    m_end->setObjectName(QStringLiteral("interventionEnd"));
    m_end->setAccessibleName(tr("Planned end"));
    m_end->setDate(m_before.plannedEnd);
    form->addRow(buddyLabel(tr("Planned &end:"), m_end), m_end);

    // Status: for a new one the starting statuses, else where it may go from here.
    m_status = new QComboBox;
    m_status->setObjectName(QStringLiteral("interventionStatus"));
    m_status->setAccessibleName(tr("Status"));
    for (const auto& s : waymark::interventionStatusCodes()) {
        const bool offered = m_new ? waymark::isInitialInterventionStatus(s.code)
                                   : waymark::interventionStatusAllows(m_before.status, s.code);
        if (offered)
            m_status->addItem(PlanLabels::interventionStatus(s.code), toQString(s.code));
    }
    PlanLabels::select(m_status, m_new ? std::string("planned") : m_before.status);
    form->addRow(buddyLabel(tr("S&tatus:"), m_status), m_status);

    m_referredOn = new DateEdit;
    m_referredOn->setObjectName(QStringLiteral("interventionReferredOn"));
    m_referredOn->setAccessibleName(tr("Referred to the provider on"));
    m_referredOn->setDate(m_before.referredOn);
    form->addRow(buddyLabel(tr("&Referred to provider on:"), m_referredOn), m_referredOn);

    m_outcome = new QComboBox;
    m_outcome->setObjectName(QStringLiteral("interventionOutcome"));
    m_outcome->setAccessibleName(tr("Outcome"));
    PlanLabels::fill(m_outcome, waymark::interventionOutcomeCodes(), &PlanLabels::outcome, tr("Not recorded"));
    PlanLabels::select(m_outcome, m_before.outcome);
    m_outcomeLabel = buddyLabel(tr("&Outcome:"), m_outcome);
    form->addRow(m_outcomeLabel, m_outcome);
    m_outcomeNote = new QPlainTextEdit(toQString(m_before.outcomeNote));
    m_outcomeNote->setObjectName(QStringLiteral("interventionOutcomeNote"));
    m_outcomeNote->setAccessibleName(tr("Outcome note"));
    m_outcomeNote->setTabChangesFocus(true);
    m_outcomeNote->setFixedHeight(m_outcomeNote->fontMetrics().lineSpacing() * 3 + 14);
    m_outcomeNoteLabel = buddyLabel(tr("Outcome &note:"), m_outcomeNote);
    form->addRow(m_outcomeNoteLabel, m_outcomeNote);

    // What was done about consent before, and what the gate says now.
    m_overridden = new QLabel;
    m_overridden->setObjectName(QStringLiteral("consentOverridden"));
    m_overridden->setWordWrap(true);
    m_overridden->setVisible(m_before.consentOverridden);
    if (m_before.consentOverridden)
        m_overridden->setText(
            tr("Referred without recorded consent. Reason given: %1").arg(toQString(m_before.overrideReason)));
    layout->addWidget(m_overridden);
    m_consent = new QLabel;
    m_consent->setObjectName(QStringLiteral("consentWarning"));
    m_consent->setAccessibleName(tr("Consent to share"));
    m_consent->setWordWrap(true);
    m_consent->setStyleSheet(Theme::errorStyle());
    layout->addWidget(m_consent);
    auto* overrideRow = new QFormLayout;
    m_overrideReason = new QLineEdit;
    m_overrideReason->setObjectName(QStringLiteral("consentOverrideReason"));
    m_overrideReason->setAccessibleName(tr("Reason to refer without recorded consent"));
    m_overrideLabel = buddyLabel(tr("Reason to o&verride:"), m_overrideReason);
    overrideRow->addRow(m_overrideLabel, m_overrideReason);
    layout->addLayout(overrideRow);

    m_error = new QLabel;
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_ok = box->addButton(m_new ? tr("&Add intervention") : tr("&Save"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("okButton"));
    m_ok->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &InterventionDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &InterventionDialog::reject);
    layout->addWidget(box);

    QWidget* order[] = {m_type,    m_provider,    m_start,          m_end, m_status, m_referredOn,
                        m_outcome, m_outcomeNote, m_overrideReason, m_ok,  cancel};
    for (std::size_t i = 1; i < std::size(order); ++i)
        setTabOrder(order[i - 1], order[i]);

    connect(m_status, &QComboBox::currentIndexChanged, this, [this] {
        // Choosing "referred" fills in today's date; the user may change it.
        if (PlanLabels::selectedCode(m_status) == "referred" && m_referredOn->isBlank())
            m_referredOn->setDate(m_casebook.clock().today());
        updateConsent();
        updateOutcome();
    });
    connect(m_provider, &QComboBox::currentIndexChanged, this, &InterventionDialog::updateConsent);
    connect(m_referredOn, &DateEdit::dateEdited, this, &InterventionDialog::updateConsent);
    updateConsent();
    updateOutcome();
    resize(560, sizeHint().height());
}

waymark::Intervention InterventionDialog::formIntervention() const
{
    waymark::Intervention i = m_before;
    i.type = PlanLabels::selectedCode(m_type);
    const QString provider = m_provider->currentData().toString();
    i.providerId =
        provider.isEmpty() ? waymark::Uuid{} : waymark::Uuid::parse(toStd(provider)).value_or(waymark::Uuid{});
    i.plannedStart = m_start->date();
    i.plannedEnd = m_end->date();
    i.status = PlanLabels::selectedCode(m_status);
    i.referredOn = m_referredOn->date();
    const bool ended = i.status == "completed" || i.status == "ended_early";
    i.outcome = ended ? PlanLabels::selectedCode(m_outcome) : std::string();
    i.outcomeNote = ended ? toStd(m_outcomeNote->toPlainText()) : std::string();
    return i;
}

bool InterventionDialog::referring() const
{
    const waymark::Intervention i = formIntervention();
    if (m_new)
        return i.status == "referred" || !i.referredOn.isNull();
    return (i.status == "referred" && m_before.status != "referred") ||
           (m_before.referredOn.isNull() && !i.referredOn.isNull()) ||
           (!i.referredOn.isNull() && i.providerId != m_before.providerId);
}

void InterventionDialog::updateConsent()
{
    const bool gate = referring() && !m_plan.consentToShare;
    m_consent->setVisible(gate);
    if (gate)
        m_consent->setText(PlanLabels::consentRefused(toQString(m_plan.referralReference)));
    const bool reason = gate && m_mayOverride;
    m_overrideLabel->setVisible(reason);
    m_overrideReason->setVisible(reason);
    // Grow (or shrink) to what is shown now, never squeezing the fields.
    if (isVisible())
        resize(width(), sizeHint().height());
}

void InterventionDialog::updateOutcome()
{
    const std::string status = PlanLabels::selectedCode(m_status);
    const bool ended = status == "completed" || status == "ended_early";
    for (QWidget* w : {static_cast<QWidget*>(m_outcomeLabel), static_cast<QWidget*>(m_outcome),
                       static_cast<QWidget*>(m_outcomeNoteLabel), static_cast<QWidget*>(m_outcomeNote)})
        w->setVisible(!m_new);
    m_outcome->setEnabled(ended);
    m_outcomeNote->setEnabled(ended);
}

bool InterventionDialog::dirty() const
{
    const waymark::Intervention i = formIntervention();
    const waymark::Intervention& b = m_before;
    if (m_new)
        return !i.providerId.isNull() || !i.plannedStart.isNull() || !i.plannedEnd.isNull() || !i.referredOn.isNull() ||
               i.status != "planned" || !m_overrideReason->text().isEmpty();
    return i.type != b.type || i.providerId != b.providerId || i.plannedStart != b.plannedStart ||
           i.plannedEnd != b.plannedEnd || i.status != b.status || i.referredOn != b.referredOn ||
           i.outcome != b.outcome || i.outcomeNote != b.outcomeNote || !m_overrideReason->text().isEmpty();
}

void InterventionDialog::accept()
{
    for (DateEdit* d : {m_start, m_end, m_referredOn})
        if (!d->isBlank() && !d->hasValidDate()) {
            m_error->setText(d->problemText());
            m_error->show();
            d->setFocus();
            return;
        }
    const waymark::Intervention i = formIntervention();
    const std::string reason = m_overrideReason->isVisible() ? toStd(m_overrideReason->text()) : std::string();
    auto result = m_new ? m_casebook.plans().addIntervention(m_plan.referralId, i, reason)
                        : m_casebook.plans().updateIntervention(i, reason);
    if (!result) {
        const auto& e = result.error();
        if (e.rule == "consent_not_recorded") {
            // The consent line above already says it; the error only adds what to do now.
            updateConsent();
            m_error->setText(m_mayOverride ? tr("Give a reason to refer without recorded consent, or record consent "
                                                "on the referral first.")
                                           : tr("The young person cannot be referred to this provider until consent "
                                                "to share is recorded on the referral."));
            if (m_overrideReason->isVisible())
                m_overrideReason->setFocus();
        } else {
            QString label;
            if (e.field == "planned_end")
                label = tr("the planned end");
            else if (e.field == "referred_on")
                label = tr("the date of the referral to the provider");
            else if (e.field == "outcome_note")
                label = tr("the outcome note");
            else if (e.field == "override_reason")
                label = tr("the reason to override");
            m_error->setText(PlanLabels::errorText(e, label));
        }
        m_error->show();
        adjustSize();
        return;
    }
    m_saved = *result;
    QDialog::accept();
}

void InterventionDialog::reject()
{
    if (dirty() && !PlanLabels::confirmDiscard(this))
        return;
    QDialog::reject();
}
