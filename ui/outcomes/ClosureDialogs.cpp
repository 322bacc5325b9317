#include "ui/outcomes/ClosureDialogs.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/dialogs/ReferralDialogs.h"
#include "ui/outcomes/OutcomeLabels.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/DiscardQuestion.h"
#include "ui/widgets/LockClosing.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTreeWidget>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* error = new QLabel(parent);
    error->setObjectName(QStringLiteral("dialogError"));
    error->setAccessibleName(CarefulDialog::tr("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(Theme::errorStyle());
    error->hide();
    return error;
}

QPlainTextEdit* makeNote(QWidget* parent, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QStringLiteral("noteText"));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 3 + 14);
    return edit;
}

QDialogButtonBox* buttons(QDialog* dialog, const QString& okText)
{
    auto* box = new QDialogButtonBox(dialog);
    QPushButton* ok = box->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    QPushButton* cancel = box->addButton(CarefulDialog::tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    return box;
}

// A combo of codes with their labels, after an optional empty first entry.
template <class Label>
QComboBox* codeCombo(QWidget* parent, const char* name, std::span<const waymark::CodeOption> codes, Label label,
                     const QString& empty = {})
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(QLatin1String(name));
    if (!empty.isNull())
        combo->addItem(empty, QString());
    for (const auto& c : codes)
        combo->addItem(label(c.code), toQString(c.code));
    return combo;
}

std::string comboCode(const QComboBox* combo)
{
    return toStd(combo->currentData().toString());
}

} // namespace

// --- careful dialogs -----------------------------------------------------------------------

void CarefulDialog::reject()
{
    if (hasTypedWork() &&
        !discardquestion::ask(this, {windowTitle(), tr("Discard what you have typed?"), tr("&Discard"),
                                     tr("&Keep editing"), QStringLiteral("closureDiscardQuestion")}))
        return;
    QDialog::reject();
}

void CarefulDialog::showError(QLabel* label, const QString& text)
{
    label->setText(text);
    label->setVisible(!text.isEmpty());
}

// --- closure request -----------------------------------------------------------------------

ClosureRequestDialog::ClosureRequestDialog(const QString& referralReference, QWidget* parent)
    : CarefulDialog(parent)
{
    setObjectName(QStringLiteral("closureRequestDialog"));
    setWindowTitle(tr("Request closure of %1").arg(referralReference));
    auto* layout = new QVBoxLayout(this);
    auto* intro =
        new QLabel(tr("A coordinator approves the closure; the closure date is the day they approve it."), this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_status = codeCombo(this, "statusCombo", waymark::completionStatusCodes(), OutcomeLabels::completionStatus,
                         tr("Choose…"));
    m_status->setAccessibleName(tr("Completion status"));
    form->addRow(tr("Completion &status:"), m_status);
    m_note = makeNote(this, tr("Note"));
    form->addRow(tr("&Note (optional):"), m_note);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Request closure")));
    resize(480, sizeHint().height());
}

std::string ClosureRequestDialog::status() const
{
    return comboCode(m_status);
}

std::string ClosureRequestDialog::note() const
{
    return toStd(m_note->toPlainText().trimmed());
}

bool ClosureRequestDialog::hasTypedWork() const
{
    return !m_note->toPlainText().trimmed().isEmpty() || m_status->currentIndex() > 0;
}

void ClosureRequestDialog::accept()
{
    if (status().empty()) {
        showError(m_error, tr("Choose the completion status."));
        m_status->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void ClosureRequestDialog::showDoorError(const waymark::Error& error)
{
    showError(m_error, errorMessage(error));
}

// --- snapshot form -------------------------------------------------------------------------

SnapshotForm::SnapshotForm(const QString& stage, QWidget* parent)
    : QWidget(parent)
{
    setObjectName(QStringLiteral("snapshotForm_") + stage);
    auto* form = new QFormLayout(this);
    form->setFieldGrowthPolicy(QFormLayout::FieldsStayAtSizeHint);
    for (std::string_view field : waymark::snapshotFieldNames()) {
        const QString label = OutcomeLabels::field(field);
        if (field == "ete_hours") {
            m_hours = new QSpinBox(this);
            m_hours->setObjectName(QStringLiteral("ete_hours"));
            m_hours->setRange(-1, waymark::kMaxEteHours);
            m_hours->setSpecialValueText(OutcomeLabels::answer(""));
            m_hours->setValue(-1);
            m_hours->setAccessibleName(QString(label).remove(QLatin1Char('&')));
            connect(m_hours, &QSpinBox::valueChanged, this, [this] { m_changed = true; });
            form->addRow(label + QLatin1Char(':'), m_hours);
            continue;
        }
        auto* box = new QComboBox(this);
        box->setObjectName(toQString(field));
        box->setAccessibleName(QString(label).remove(QLatin1Char('&')));
        box->addItem(OutcomeLabels::answer(""), QString());
        box->addItem(OutcomeLabels::answer("yes"), QStringLiteral("yes"));
        box->addItem(OutcomeLabels::answer("no"), QStringLiteral("no"));
        connect(box, &QComboBox::currentIndexChanged, this, [this] { m_changed = true; });
        form->addRow(label + QLatin1Char(':'), box);
        m_answers.emplace_back(std::string(field), box);
    }
}

void SnapshotForm::setSnapshot(const waymark::OutcomeSnapshot& s)
{
    for (auto& [field, box] : m_answers)
        box->setCurrentIndex(std::max(0, box->findData(toQString(waymark::snapshotFieldValue(s, field)))));
    m_hours->setValue(s.eteHours.value_or(-1));
    m_changed = false;
}

waymark::OutcomeSnapshot SnapshotForm::snapshot(waymark::OutcomeSnapshot base) const
{
    for (const auto& [field, box] : m_answers)
        (void)waymark::setSnapshotField(base, field, comboCode(box));
    base.eteHours = m_hours->value() < 0 ? std::nullopt : std::optional<int>(m_hours->value());
    return base;
}

void SnapshotForm::setEditable(bool editable)
{
    for (auto& [field, box] : m_answers)
        box->setEnabled(editable);
    m_hours->setEnabled(editable);
}

QComboBox* SnapshotForm::answerBox(std::string_view field) const
{
    for (const auto& [name, box] : m_answers)
        if (name == field)
            return box;
    return nullptr;
}

// --- follow-up -----------------------------------------------------------------------------

FollowUpDialog::FollowUpDialog(const waymark::Date& today, QWidget* parent)
    : CarefulDialog(parent)
{
    setObjectName(QStringLiteral("followUpDialog"));
    setWindowTitle(tr("Add follow-up"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_kind = codeCombo(this, "kindCombo", waymark::followUpKindCodes(), OutcomeLabels::followUpKind);
    form->addRow(tr("&Kind:"), m_kind);
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("dateEdit"));
    m_date->setDate(today);
    m_dateLabel = new QLabel(this);
    m_dateLabel->setBuddy(m_date);
    form->addRow(m_dateLabel, m_date);
    m_check = codeCombo(this, "checkCombo", waymark::followUpCheckCodes(), OutcomeLabels::check, tr("None"));
    form->addRow(tr("Answers the &check:"), m_check);
    m_outcome = codeCombo(this, "outcomeCombo", waymark::reoffenceOutcomeCodes(), OutcomeLabels::reoffenceOutcome,
                          tr("Choose…"));
    form->addRow(tr("&Outcome:"), m_outcome);
    m_outcomeDate = new DateEdit(this);
    m_outcomeDate->setObjectName(QStringLiteral("outcomeDateEdit"));
    form->addRow(tr("Outcome da&te:"), m_outcomeDate);
    m_note = makeNote(this, tr("Note"));
    form->addRow(tr("&Note (optional):"), m_note);
    layout->addLayout(form);
    layout->addStretch(1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Save")));
    connect(m_kind, &QComboBox::currentIndexChanged, this, &FollowUpDialog::updateKind);
    updateKind();
    resize(480, sizeHint().height());
}

void FollowUpDialog::updateKind()
{
    const bool reoffence = comboCode(m_kind) == "reoffence";
    m_dateLabel->setText(reoffence ? tr("Offence &date:") : tr("Contact &date:"));
    m_outcome->setEnabled(reoffence);
    m_outcomeDate->setEnabled(reoffence);
}

waymark::FollowUp FollowUpDialog::followUp() const
{
    waymark::FollowUp f;
    f.kind = comboCode(m_kind);
    f.happenedOn = m_date->date();
    f.check = comboCode(m_check);
    if (f.kind == "reoffence") {
        f.outcomeType = comboCode(m_outcome);
        f.outcomeDate = m_outcomeDate->date();
    }
    f.note = toStd(m_note->toPlainText().trimmed());
    return f;
}

bool FollowUpDialog::hasTypedWork() const
{
    return !m_note->toPlainText().trimmed().isEmpty() || m_outcome->currentIndex() > 0 || !m_outcomeDate->isBlank();
}

void FollowUpDialog::accept()
{
    if (!m_date->hasValidDate()) {
        showError(m_error, tr("Enter the date."));
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void FollowUpDialog::showDoorError(const waymark::Error& error)
{
    showError(m_error, errorMessage(error));
}

// --- the outcome dialog --------------------------------------------------------------------

OutcomeDialog::OutcomeDialog(waymark::Casebook& casebook, const waymark::Uuid& referralId, QWidget* parent)
    : CarefulDialog(parent)
    , m_casebook(casebook)
    , m_referralId(referralId)
{
    setObjectName(QStringLiteral("outcomeDialog"));
    auto* layout = new QVBoxLayout(this);
    m_closure = new QLabel(this);
    m_closure->setObjectName(QStringLiteral("closureLabel"));
    m_closure->setWordWrap(true);
    layout->addWidget(m_closure);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("outcomeTabs"));
    const auto scrolled = [this](QWidget* inner) {
        auto* area = new QScrollArea(m_tabs);
        area->setWidgetResizable(true);
        area->setWidget(inner);
        return area;
    };
    m_start = new SnapshotForm(QStringLiteral("start"));
    m_end = new SnapshotForm(QStringLiteral("end"));
    m_tabs->addTab(scrolled(m_start), tr("S&tart"));
    m_tabs->addTab(scrolled(m_end), tr("E&nd"));
    auto* follow = new QWidget(m_tabs);
    auto* followLayout = new QVBoxLayout(follow);
    m_checks = new QLabel(follow);
    m_checks->setObjectName(QStringLiteral("checksLabel"));
    m_checks->setWordWrap(true);
    followLayout->addWidget(m_checks);
    m_followUps = new QTreeWidget(follow);
    m_followUps->setObjectName(QStringLiteral("followUpList"));
    m_followUps->setAccessibleName(tr("Follow-up records"));
    m_followUps->setRootIsDecorated(false);
    m_followUps->setHeaderLabels({tr("Date"), tr("Kind"), tr("Outcome"), tr("Check")});
    m_followUps->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    followLayout->addWidget(m_followUps);
    m_addFollowUp = new QPushButton(tr("&Add follow-up…"), follow);
    m_addFollowUp->setObjectName(QStringLiteral("addFollowUpButton"));
    m_addFollowUp->setAutoDefault(false);
    connect(m_addFollowUp, &QPushButton::clicked, this, [this] { openFollowUp(); });
    followLayout->addWidget(m_addFollowUp, 0, Qt::AlignLeft);
    m_tabs->addTab(follow, tr("&Follow-up"));
    layout->addWidget(m_tabs, 1);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    auto* box = new QDialogButtonBox(this);
    m_save = box->addButton(tr("&Save snapshot"), QDialogButtonBox::ApplyRole);
    m_save->setObjectName(QStringLiteral("saveButton"));
    m_save->setDefault(true);
    QPushButton* close = box->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    close->setObjectName(QStringLiteral("closeButton"));
    connect(m_save, &QPushButton::clicked, this, [this] { save(); });
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(box);
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        m_save->setVisible(index < 2);
        m_save->setDefault(index < 2);
    });
    reload();
    resize(560, 620);
}

void OutcomeDialog::reload()
{
    auto d = m_casebook.outcomes().show(m_referralId);
    if (!d) {
        showError(m_error, errorMessage(d.error()));
        return;
    }
    m_detail = std::move(*d);
    setWindowTitle(tr("Outcomes of %1").arg(toQString(m_detail.referralReference)));
    QString closure = tr("Not closed.");
    if (const auto& c = m_detail.closure) {
        const QString status = OutcomeLabels::completionStatus(c->status);
        if (c->state == "approved" && c->reopenedAt.empty())
            closure = tr("Closed on %1: %2.").arg(toDisplay(c->closedOn), status);
        else if (c->state == "approved")
            closure = tr("Reopened after a closure on %1.").arg(toDisplay(c->closedOn));
        else if (c->state == "requested")
            closure = tr("Closure requested: %1. Awaiting a coordinator.").arg(status);
        else
            closure = tr("Closure sent back: %1").arg(toQString(c->comment));
    }
    m_closure->setText(closure);
    m_start->setSnapshot(m_detail.start.value_or(waymark::OutcomeSnapshot{}));
    m_end->setSnapshot(m_detail.end.value_or(waymark::OutcomeSnapshot{}));
    const bool may = m_casebook.can(waymark::Action::OutcomeRecord);
    m_start->setEditable(may && m_detail.startEditable);
    m_end->setEditable(may && m_detail.endEditable);
    QStringList checks;
    for (const auto& c : m_detail.checks)
        checks << tr("%1: %2 (%3)")
                      .arg(OutcomeLabels::check(c.check), toDisplay(c.due),
                           c.done      ? tr("done")
                           : c.overdue ? tr("overdue")
                                       : tr("to do"));
    m_checks->setText(checks.isEmpty() ? tr("Follow-up is recorded once the referral is closed.")
                                       : checks.join(QLatin1Char('\n')));
    m_followUps->clear();
    for (const auto& f : m_detail.followUps) {
        QString outcome = OutcomeLabels::reoffenceOutcome(f.outcomeType);
        if (!f.outcomeDate.isNull())
            outcome += QLatin1Char(' ') + toDisplay(f.outcomeDate);
        new QTreeWidgetItem(m_followUps, {toDisplay(f.happenedOn), OutcomeLabels::followUpKind(f.kind),
                                          f.outcomeType.empty() ? QString() : outcome,
                                          f.check.empty() ? QString() : OutcomeLabels::check(f.check)});
    }
    m_addFollowUp->setEnabled(may && m_detail.state == waymark::ReferralState::Closed);
}

bool OutcomeDialog::save()
{
    const bool start = m_tabs->currentIndex() == 0;
    SnapshotForm* form = start ? m_start : m_end;
    const auto& stored = start ? m_detail.start : m_detail.end;
    waymark::OutcomeSnapshot base = stored.value_or(waymark::OutcomeSnapshot{});
    base.referralId = m_referralId;
    base.stage = start ? "start" : "end";
    auto saved = m_casebook.outcomes().saveSnapshot(form->snapshot(base));
    if (!saved) {
        const waymark::Error& e = saved.error();
        const QString field = OutcomeLabels::field(e.field).remove(QLatin1Char('&'));
        if (e.rule == "needs_previous")
            showError(m_error, tr("%1: a yes here needs a yes at the step before it.").arg(field));
        else if (e.rule == "range")
            showError(m_error, tr("%1: from 0 to %2 hours.").arg(field).arg(waymark::kMaxEteHours));
        else
            showError(m_error, errorMessage(e));
        if (QWidget* box = form->answerBox(e.field))
            box->setFocus(Qt::OtherFocusReason);
        return false;
    }
    showError(m_error, {});
    reload();
    return true;
}

FollowUpDialog* OutcomeDialog::openFollowUp()
{
    auto* dialog = new FollowUpDialog(m_casebook.clock().today(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &QDialog::accepted, this, [this, dialog] {
        waymark::FollowUp f = dialog->followUp();
        f.referralId = m_referralId;
        auto added = m_casebook.outcomes().addFollowUp(f);
        if (!added) {
            showError(m_error, errorMessage(added.error()));
            return;
        }
        reload();
    });
    dialog->open();
    return dialog;
}

bool OutcomeDialog::hasTypedWork() const
{
    return m_start->isChanged() || m_end->isChanged();
}

// --- actions -------------------------------------------------------------------------------

bool ClosureActions::handles(waymark::ReferralStep step)
{
    using P = waymark::ReferralStep;
    return step == P::RequestClosure || step == P::ApproveClosure || step == P::ReturnClosure || step == P::Reopen;
}

QDialog* ClosureActions::run(QWidget* parent, waymark::Casebook& casebook, const waymark::Referral& referral,
                             waymark::ReferralStep step, StepDone done)
{
    using P = waymark::ReferralStep;
    const waymark::Uuid id = referral.id;
    const QString reference = toQString(referral.reference);
    QDialog* dialog = nullptr;
    std::function<std::pair<std::string, std::string>()> input; // the step's code and text
    if (step == P::RequestClosure) {
        auto* d = new ClosureRequestDialog(reference, parent);
        input = [d] { return std::pair{d->status(), d->note()}; };
        dialog = d;
    } else if (step == P::ReturnClosure || step == P::Reopen) {
        const bool reopen = step == P::Reopen;
        auto* d = new ReasonDialog(reopen ? OutcomeDialog::tr("Reopen %1").arg(reference)
                                          : OutcomeDialog::tr("Send back the closure of %1").arg(reference),
                                   reopen ? OutcomeDialog::tr("Why is this referral being reopened?")
                                          : OutcomeDialog::tr("What needs doing before it can close?"),
                                   reopen ? OutcomeDialog::tr("&Reopen") : OutcomeDialog::tr("&Send back"), parent);
        input = [d] { return std::pair{std::string(), d->reason()}; };
        dialog = d;
    } else {
        QString status;
        if (auto shown = casebook.outcomes().show(id); shown && shown->closure)
            status = OutcomeLabels::completionStatus(shown->closure->status);
        auto* d = new QDialog(parent);
        d->setObjectName(QStringLiteral("approveClosureDialog"));
        d->setWindowTitle(OutcomeDialog::tr("Approve the closure of %1").arg(reference));
        auto* layout = new QVBoxLayout(d);
        auto* text = new QLabel(OutcomeDialog::tr("Completion status: %1.\nThe closure date will be today, %2; "
                                                  "follow-up checks fall due 3, 6 and 12 months later.")
                                    .arg(status, toDisplay(casebook.clock().today())),
                                d);
        text->setWordWrap(true);
        layout->addWidget(text);
        layout->addStretch(1);
        layout->addWidget(buttons(d, OutcomeDialog::tr("&Approve closure")));
        input = [] { return std::pair{std::string(), std::string()}; };
        dialog = d;
    }
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    QObject::connect(dialog, &QDialog::accepted, parent, [&casebook, id, step, input, done] {
        const auto [code, text] = input();
        waymark::Outcomes& outcomes = casebook.outcomes();
        waymark::Result<waymark::Closure> result = step == P::RequestClosure  ? outcomes.requestClosure(id, code, text)
                                                   : step == P::ReturnClosure ? outcomes.returnClosure(id, text)
                                                   : step == P::Reopen        ? outcomes.reopen(id, text)
                                                                              : outcomes.approveClosure(id);
        done(result ? waymark::Status{} : waymark::Status{std::unexpected(result.error())});
    });
    dialog->open();
    return dialog;
}

QPushButton* ClosureActions::outcomesButton(QWidget* parent, waymark::Casebook& casebook,
                                            const waymark::Referral& referral)
{
    using S = waymark::ReferralState;
    const S s = referral.state;
    if (!casebook.can(waymark::Action::OutcomeView) ||
        !(s == S::Accepted || s == S::Active || s == S::ClosureRequested || s == S::Closed || s == S::Reopened))
        return nullptr;
    auto* button = new QPushButton(OutcomeDialog::tr("Outco&mes…"), parent);
    button->setObjectName(QStringLiteral("outcomesButton"));
    button->setAccessibleName(OutcomeDialog::tr("Outcomes and follow-up"));
    button->setAutoDefault(false);
    const waymark::Uuid id = referral.id;
    QObject::connect(button, &QPushButton::clicked, parent, [&casebook, id, parent] {
        auto* dialog = new OutcomeDialog(casebook, id, parent);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        dialog->open();
    });
    return button;
}
