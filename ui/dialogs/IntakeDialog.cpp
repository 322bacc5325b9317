#include "ui/dialogs/IntakeDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/RuleSentences.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using waymark::convert::toDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

IntakeDialog::IntakeDialog(waymark::Casebook& casebook, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("intakeDialog"));
    setWindowTitle(tr("New referral — who is referred?"));
    auto* layout = new QVBoxLayout(this);
    auto* intro = new QLabel(tr("Type the young person's details. Waymark lists anyone already in the casebook who may "
                                "be them, with why; use that record, or create a new person."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto* form = new QFormLayout;
    const auto row = [&](const QString& label, QWidget* widget) {
        auto* l = new QLabel(label, this);
        l->setBuddy(widget);
        widget->setAccessibleName(QString(label).remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        form->addRow(l, widget);
    };
    m_given = new QLineEdit(this);
    m_given->setObjectName(QStringLiteral("intakeGivenName"));
    row(tr("&Given name:"), m_given);
    m_family = new QLineEdit(this);
    m_family->setObjectName(QStringLiteral("intakeFamilyName"));
    row(tr("&Family name:"), m_family);
    m_dob = new DateEdit(this);
    m_dob->setObjectName(QStringLiteral("intakeDateOfBirth"));
    row(tr("&Date of birth:"), m_dob);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("intakeSex"));
    CodeLabels::fill(m_sex, CodeLabels::List::Sex);
    row(tr("Se&x:"), m_sex);
    m_postcode = new QLineEdit(this);
    m_postcode->setObjectName(QStringLiteral("intakePostcode"));
    m_postcode->setMaxLength(10);
    row(tr("P&ostcode:"), m_postcode);
    layout->addLayout(form);

    m_find = new QPushButton(Theme::icon(QStringLiteral("search")), tr("F&ind matches"), this);
    m_find->setObjectName(QStringLiteral("findMatchesButton"));
    m_find->setAutoDefault(false);
    layout->addWidget(m_find, 0, Qt::AlignLeft);

    m_found_label = new QLabel(this);
    m_found_label->setObjectName(QStringLiteral("matchesStatus"));
    m_found_label->setWordWrap(true);
    layout->addWidget(m_found_label);
    m_restrictedMarker = new QLabel(tr("A restricted record matches — ask your coordinator."), this);
    m_restrictedMarker->setObjectName(QStringLiteral("restrictedMatch"));
    m_restrictedMarker->setWordWrap(true);
    m_restrictedMarker->setStyleSheet(Theme::bannerStyle());
    m_restrictedMarker->hide();
    layout->addWidget(m_restrictedMarker);
    m_candidates = new QTableWidget(0, 5, this);
    m_candidates->setObjectName(QStringLiteral("candidatesTable"));
    m_candidates->setAccessibleName(tr("People who may be the same"));
    m_candidates->setHorizontalHeaderLabels(
        {tr("Case reference"), tr("Name"), tr("Date of birth"), tr("Postcode"), tr("Why it may be them")});
    m_candidates->verticalHeader()->setVisible(false);
    m_candidates->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_candidates->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_candidates->setSelectionMode(QAbstractItemView::SingleSelection);
    m_candidates->setTabKeyNavigation(false);
    m_candidates->setWordWrap(true);
    for (int c = 0; c < 4; ++c)
        m_candidates->horizontalHeader()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_candidates->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(m_candidates, 10);
    layout->addStretch(1); // takes the room while there is no list

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("intakeError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Maximum);
    m_error->hide();
    layout->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_use = box->addButton(tr("&Use this person"), QDialogButtonBox::AcceptRole);
    m_use->setObjectName(QStringLiteral("useCandidateButton"));
    m_create = box->addButton(tr("&Create new person"), QDialogButtonBox::ActionRole);
    m_create->setObjectName(QStringLiteral("createPersonButton"));
    m_create->setEnabled(casebook.can(waymark::Action::PersonCreate));
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    for (QPushButton* b : {m_use, m_create, cancel})
        b->setAutoDefault(false);
    layout->addWidget(box);

    connect(m_find, &QPushButton::clicked, this, &IntakeDialog::findMatches);
    connect(m_use, &QPushButton::clicked, this, &IntakeDialog::useSelected);
    connect(m_create, &QPushButton::clicked, this, &IntakeDialog::createNew);
    connect(cancel, &QPushButton::clicked, this, &QDialog::reject);
    connect(m_candidates, &QTableWidget::itemSelectionChanged, this, &IntakeDialog::updateButtons);
    connect(m_candidates, &QTableWidget::cellActivated, this, [this](int, int) { useSelected(); });
    // Enter in a field looks for matches (not "accept").
    for (QLineEdit* edit : {m_given, m_family, static_cast<QLineEdit*>(m_dob), m_postcode})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_searched = false; });
    setTabOrder(m_given, m_family);
    setTabOrder(m_family, m_dob);
    setTabOrder(m_dob, m_sex);
    setTabOrder(m_sex, m_postcode);
    setTabOrder(m_postcode, m_find);
    setTabOrder(m_find, m_candidates);
    updateButtons();
    resize(760, 520);
}

void IntakeDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter in a field looks for matches; in the list it uses the person on it. It never
    // accepts the dialog with whatever row happens to be selected.
    if (event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) {
        // (In the list, its own "activated" signal uses the person on the row.)
        QWidget* focus = focusWidget();
        if (focus == m_given || focus == m_family || focus == m_dob || focus == m_postcode || focus == m_sex)
            findMatches();
        else if (auto* button = qobject_cast<QPushButton*>(focus))
            button->click();
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

waymark::Person IntakeDialog::typedPerson() const
{
    waymark::Person p;
    p.givenName = toStd(m_given->text().trimmed());
    p.familyName = toStd(m_family->text().trimmed());
    p.dateOfBirth = m_dob->date();
    p.sex = CodeLabels::selectedCode(m_sex);
    p.postcode = toStd(m_postcode->text().trimmed());
    return p;
}

QString IntakeDialog::describeError(const waymark::Error& error)
{
    // A rule the typed details break, said as the person page says it, with focus on the field.
    const QString field = toQString(error.field);
    if ((error.code == waymark::ErrorCode::Validation || error.code == waymark::ErrorCode::InvalidInput) &&
        !field.isEmpty()) {
        static const QHash<QString, const char*> kLabels = {
            {QStringLiteral("given_name"), QT_TR_NOOP("the given name")},
            {QStringLiteral("family_name"), QT_TR_NOOP("the family name")},
            {QStringLiteral("date_of_birth"), QT_TR_NOOP("the date of birth")},
            {QStringLiteral("sex"), QT_TR_NOOP("sex")},
            {QStringLiteral("postcode"), QT_TR_NOOP("the postcode")},
        };
        const QHash<QString, QWidget*> widgets = {{QStringLiteral("given_name"), m_given},
                                                  {QStringLiteral("family_name"), m_family},
                                                  {QStringLiteral("date_of_birth"), m_dob},
                                                  {QStringLiteral("sex"), m_sex},
                                                  {QStringLiteral("postcode"), m_postcode}};
        QString hint = RuleSentences::hint(field, toQString(error.rule));
        if (hint.isEmpty())
            hint = toQString(error.detail);
        const char* label = kLabels.value(field, nullptr);
        if (QWidget* widget = widgets.value(field))
            widget->setFocus(Qt::OtherFocusReason);
        return RuleSentences::pleaseCheck(label != nullptr ? tr(label) : field, hint);
    }
    return waymark::convert::errorMessage(error);
}

void IntakeDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

QString IntakeDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

int IntakeDialog::findMatches()
{
    showError({});
    if (!m_dob->hasValidDate()) {
        showError(RuleSentences::pleaseCheck(tr("the date of birth"), m_dob->problemText()));
        m_dob->setFocus(Qt::OtherFocusReason);
        return 0;
    }
    if (m_given->text().trimmed().isEmpty() && m_family->text().trimmed().isEmpty()) {
        showError(tr("Type at least a name."));
        m_given->setFocus(Qt::OtherFocusReason);
        return 0;
    }
    m_found.clear();
    m_details.clear();
    auto found = m_casebook.people().duplicateCandidates(typedPerson());
    if (!found) {
        showError(describeError(found.error()));
        return 0;
    }
    // A restricted record this user may not see: the marker only, never its name or reference.
    m_restrictedMarker->setVisible(m_casebook.people().restrictedMatchesOfLastCheck() > 0);
    for (auto& candidate : *found) {
        // Each reason in the user's language; core's English sentence (with the values it
        // compared) when this version has no words for the code yet.
        QStringList reasons;
        QStringList details;
        for (const auto& reason : candidate.reasons) {
            const QString text = RuleSentences::matchReason(toQString(reason.code));
            reasons << (text.isEmpty() ? toQString(reason.text) : text);
            details << toQString(reason.text);
        }
        m_found.push_back({std::move(candidate.person), candidate.score, reasons});
        m_details.push_back(details.join(QLatin1Char('\n')));
    }

    m_candidates->setRowCount(static_cast<int>(m_found.size()));
    for (int i = 0; i < static_cast<int>(m_found.size()); ++i) {
        const auto& c = m_found[static_cast<std::size_t>(i)];
        m_candidates->setItem(i, 0, new QTableWidgetItem(toQString(c.person.caseReference)));
        m_candidates->setItem(i, 1, new QTableWidgetItem(toQString(c.person.displayName())));
        m_candidates->setItem(i, 2, new QTableWidgetItem(toDisplay(c.person.dateOfBirth)));
        m_candidates->setItem(i, 3, new QTableWidgetItem(toQString(c.person.postcode)));
        auto* why = new QTableWidgetItem(c.reasons.join(QStringLiteral("; ")));
        why->setToolTip(m_details[static_cast<std::size_t>(i)]);
        m_candidates->setItem(i, 4, why);
    }
    m_candidates->resizeRowsToContents();
    m_searched = true;
    if (m_found.empty()) {
        m_found_label->setText(tr("No one in the casebook looks like this person. Create a new person."));
    } else {
        m_found_label->setText(tr("%n person(s) in the casebook may be this young person. Choose one and use "
                                  "their record, or create a new person.",
                                  nullptr, static_cast<int>(m_found.size())));
        m_candidates->selectRow(0);
        m_candidates->setFocus(Qt::OtherFocusReason);
    }
    updateButtons();
    return static_cast<int>(m_found.size());
}

void IntakeDialog::updateButtons()
{
    m_use->setEnabled(m_candidates->currentRow() >= 0 && !m_candidates->selectedItems().isEmpty());
    m_candidates->setVisible(!m_found.empty());
}

bool IntakeDialog::useSelected()
{
    const int row = m_candidates->currentRow();
    if (row < 0 || row >= static_cast<int>(m_found.size()))
        return false;
    m_personId = m_found[static_cast<std::size_t>(row)].person.id;
    m_created = false;
    accept();
    return true;
}

bool IntakeDialog::createNew()
{
    showError({});
    if (!m_searched && findMatches() > 0) {
        // Matches were found just now: let the user look before creating.
        showError(tr("Check the people listed first: use one of them, or choose Create new person again."));
        return false;
    }
    auto created = m_casebook.people().create(typedPerson());
    if (!created) {
        showError(describeError(created.error()));
        return false;
    }
    m_personId = created->person.id;
    m_created = true;
    accept();
    return true;
}
