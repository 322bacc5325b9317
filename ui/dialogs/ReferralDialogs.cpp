#include "ui/dialogs/ReferralDialogs.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

QLabel* errorLabel(QWidget* parent)
{
    auto* error = new QLabel(parent);
    error->setObjectName(QStringLiteral("dialogError"));
    error->setAccessibleName(DecisionDialog::tr("Error"));
    error->setWordWrap(true);
    error->setStyleSheet(Theme::errorStyle());
    error->hide();
    return error;
}

QPlainTextEdit* makeNoteEdit(QWidget* parent, const char* objectName, const QString& accessibleName)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(QLatin1String(objectName));
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * 4 + 14);
    return edit;
}

QDialogButtonBox* buttons(QDialog* dialog, const QString& okText, QPushButton** okOut = nullptr)
{
    auto* box = new QDialogButtonBox(dialog);
    QPushButton* ok = box->addButton(okText, QDialogButtonBox::AcceptRole);
    ok->setObjectName(QStringLiteral("okButton"));
    ok->setDefault(true);
    QPushButton* cancel = box->addButton(DecisionDialog::tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    if (okOut)
        *okOut = ok;
    return box;
}

} // namespace

// --- decision ---

DecisionDialog::DecisionDialog(const QString& referralTitle, const std::string& decision, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("decisionDialog"));
    setWindowTitle(tr("Decision — %1").arg(referralTitle));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Record the decision on this referral. When diversion is not offered, choose the "
                                "reason."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto* form = new QFormLayout;
    m_decision = new QComboBox(this);
    m_decision->setObjectName(QStringLiteral("decisionCombo"));
    m_decision->setAccessibleName(tr("Decision"));
    CodeLabels::fill(m_decision, CodeLabels::List::Decision, false);
    m_decision->insertItem(0, tr("Choose…"), QString());
    m_decision->setCurrentIndex(0);
    if (!decision.empty())
        CodeLabels::select(m_decision, decision);
    auto* decisionLabel = new QLabel(tr("&Decision:"), this);
    decisionLabel->setBuddy(m_decision);
    form->addRow(decisionLabel, m_decision);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reasonCombo"));
    m_reason->setAccessibleName(tr("Reason"));
    CodeLabels::fill(m_reason, CodeLabels::List::NotOfferedReason, false);
    m_reason->insertItem(0, tr("Choose…"), QString());
    m_reason->setCurrentIndex(0);
    m_reasonLabel = new QLabel(tr("&Reason:"), this);
    m_reasonLabel->setBuddy(m_reason);
    form->addRow(m_reasonLabel, m_reason);

    m_note = makeNoteEdit(this, "decisionNote", tr("Note"));
    auto* noteLabel = new QLabel(tr("&Note:"), this);
    noteLabel->setBuddy(m_note);
    form->addRow(noteLabel, m_note);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Record decision"), &m_ok));
    connect(m_decision, &QComboBox::currentIndexChanged, this, &DecisionDialog::updateReason);
    updateReason();
    resize(520, sizeHint().height());
}

void DecisionDialog::updateReason()
{
    const bool accepted = decision() == "accepted";
    m_reason->setEnabled(!accepted);
    m_reasonLabel->setEnabled(!accepted);
}

std::string DecisionDialog::decision() const
{
    return CodeLabels::selectedCode(m_decision);
}

std::string DecisionDialog::reasonCode() const
{
    return decision() == "accepted" ? std::string() : CodeLabels::selectedCode(m_reason);
}

std::string DecisionDialog::note() const
{
    return toStd(m_note->toPlainText().trimmed());
}

void DecisionDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void DecisionDialog::accept()
{
    if (decision().empty()) {
        showError(tr("Choose a decision."));
        m_decision->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (decision() != "accepted" && reasonCode().empty()) {
        showError(tr("Choose the reason diversion is not offered."));
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

// --- allocation ---

AllocateDialog::AllocateDialog(const QList<Worker>& workers, const waymark::Uuid& current, QWidget* parent)
    : QDialog(parent)
    , m_current(current)
{
    setObjectName(QStringLiteral("allocateDialog"));
    setWindowTitle(current.isNull() ? tr("Allocate referral") : tr("Re-allocate referral"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_worker = new QComboBox(this);
    m_worker->setObjectName(QStringLiteral("workerCombo"));
    m_worker->setAccessibleName(tr("Worker"));
    for (const Worker& w : workers)
        m_worker->addItem(w.name, toQString(w.id.toString()));
    const int currentIndex = m_worker->findData(toQString(current.toString()));
    if (currentIndex >= 0)
        m_worker->setCurrentIndex(currentIndex);
    auto* workerLabel = new QLabel(tr("&Worker:"), this);
    workerLabel->setBuddy(m_worker);
    form->addRow(workerLabel, m_worker);
    m_reason = makeNoteEdit(this, "allocationReason", tr("Reason for re-allocating"));
    auto* reasonLabel = new QLabel(tr("&Reason:"), this);
    reasonLabel->setBuddy(m_reason);
    form->addRow(reasonLabel, m_reason);
    if (current.isNull()) {
        reasonLabel->hide();
        m_reason->hide();
    } else {
        m_reason->setPlaceholderText(tr("Required when re-allocating"));
    }
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Allocate")));
    resize(460, sizeHint().height());
}

waymark::Uuid AllocateDialog::worker() const
{
    return waymark::Uuid::parse(toStd(m_worker->currentData().toString())).value_or(waymark::Uuid{});
}

std::string AllocateDialog::reason() const
{
    return toStd(m_reason->toPlainText().trimmed());
}

void AllocateDialog::accept()
{
    if (worker().isNull()) {
        m_error->setText(tr("Choose a worker."));
        m_error->show();
        return;
    }
    if (!m_current.isNull() && worker() != m_current && reason().empty()) {
        m_error->setText(tr("Say why the referral moves to another worker."));
        m_error->show();
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

// --- a reason ---

ReasonDialog::ReasonDialog(const QString& title, const QString& prompt, const QString& okText, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(prompt, this);
    label->setWordWrap(true);
    layout->addWidget(label);
    m_reason = makeNoteEdit(this, "reasonText", title);
    label->setBuddy(m_reason);
    layout->addWidget(m_reason);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, okText));
    resize(480, sizeHint().height());
}

std::string ReasonDialog::reason() const
{
    return toStd(m_reason->toPlainText().trimmed());
}

void ReasonDialog::accept()
{
    if (reason().empty()) {
        m_error->setText(tr("A reason is required."));
        m_error->show();
        m_reason->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

// --- first contact ---

FirstContactDialog::FirstContactDialog(const waymark::Date& today, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("firstContactDialog"));
    setWindowTitle(tr("Record first contact"));
    auto* layout = new QVBoxLayout(this);
    auto* form = new QFormLayout;
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("firstContactDate"));
    m_date->setAccessibleName(tr("Date of first contact"));
    m_date->setDate(today);
    auto* label = new QLabel(tr("&Date of first contact:"), this);
    label->setBuddy(m_date);
    form->addRow(label, m_date);
    layout->addLayout(form);
    m_error = errorLabel(this);
    layout->addWidget(m_error);
    layout->addWidget(buttons(this, tr("&Record")));
}

waymark::Date FirstContactDialog::date() const
{
    return m_date->date();
}

void FirstContactDialog::accept()
{
    if (m_date->date().isNull()) {
        m_error->setText(m_date->problemText().isEmpty() ? tr("Enter the date of first contact.")
                                                         : m_date->problemText());
        m_error->show();
        return;
    }
    QDialog::accept();
}
