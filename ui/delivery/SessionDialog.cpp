#include "ui/delivery/SessionDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/DiscardQuestion.h"
#include "ui/widgets/LockClosing.h"

#include <QComboBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTableWidget>
#include <QTime>
#include <QTimeEdit>
#include <QVBoxLayout>

using waymark::convert::errorMessage;
using waymark::convert::toDate;
using waymark::convert::toQDate;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace SessionLabels {

QString type(std::string_view code)
{
    if (code == "face_to_face")
        return SessionDialog::tr("Face to face");
    if (code == "home_visit")
        return SessionDialog::tr("Home visit");
    if (code == "school")
        return SessionDialog::tr("School");
    if (code == "phone")
        return SessionDialog::tr("Phone");
    if (code == "video")
        return SessionDialog::tr("Video");
    if (code == "group")
        return SessionDialog::tr("Group");
    return toQString(code);
}

QString attendance(std::string_view code)
{
    if (code == "planned")
        return SessionDialog::tr("Planned (not yet recorded)");
    if (code == "attended")
        return SessionDialog::tr("Attended");
    if (code == "did_not_attend")
        return SessionDialog::tr("Did not attend");
    if (code == "cancelled_by_young_person")
        return SessionDialog::tr("Cancelled by young person");
    if (code == "cancelled_by_staff")
        return SessionDialog::tr("Cancelled by staff");
    return toQString(code);
}

QString domain(std::string_view code)
{
    if (code == "living_arrangements")
        return SessionDialog::tr("Living arrangements");
    if (code == "family_relationships")
        return SessionDialog::tr("Family and relationships");
    if (code == "ete")
        return SessionDialog::tr("Education, training and employment");
    if (code == "neighbourhood")
        return SessionDialog::tr("Neighbourhood");
    if (code == "peers_lifestyle")
        return SessionDialog::tr("Peers and lifestyle");
    if (code == "substance_use")
        return SessionDialog::tr("Substance use");
    if (code == "physical_health")
        return SessionDialog::tr("Physical health");
    if (code == "emotional_mental_health")
        return SessionDialog::tr("Emotional and mental health");
    if (code == "speech_language_communication")
        return SessionDialog::tr("Speech, language and communication");
    if (code == "exploitation_safety")
        return SessionDialog::tr("Exploitation and safety");
    if (code == "thinking_behaviour")
        return SessionDialog::tr("Thinking and behaviour");
    if (code == "attitudes_to_offending")
        return SessionDialog::tr("Attitudes to offending");
    if (code == "motivation_to_change")
        return SessionDialog::tr("Motivation to change");
    return toQString(code);
}

} // namespace SessionLabels

namespace {

QLabel* buddy(const QString& text, QWidget* field, QWidget* parent)
{
    auto* label = new QLabel(text, parent);
    label->setBuddy(field);
    return label;
}

} // namespace

SessionDialog::SessionDialog(waymark::Casebook& casebook, const waymark::Referral& referral, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
{
    build();
    setWindowTitle(tr("New session"));
    waymark::Session s;
    // Today at the next whole hour, in Europe/London.
    const auto now = waymark::utcToLondon(waymark::toUtcSeconds(casebook.clock().now()));
    s.start = waymark::londonToUtc({now.date, std::min(23, now.minutes / 60 + 1) * 60})
                  .value_or(waymark::toUtcSeconds(casebook.clock().now()));
    s.type = "face_to_face";
    waymark::SessionAttendee a;
    a.referralId = referral.id;
    a.personId = referral.personId;
    a.referralReference = referral.reference;
    if (auto person = casebook.people().view(referral.personId)) {
        a.personReference = person->caseReference;
        a.personName = person->displayName();
    }
    s.attendees.push_back(a);
    load(s);
    m_dirty = false;
}

SessionDialog::SessionDialog(waymark::Casebook& casebook, const waymark::Session& session, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_editing(true)
{
    build();
    setWindowTitle(tr("Session"));
    load(session);
    m_dirty = false;
}

void SessionDialog::build()
{
    setObjectName(QStringLiteral("sessionDialog"));
    auto* outer = new QVBoxLayout(this);
    auto* scroll = new QScrollArea(this);
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto* body = new QWidget(scroll);
    scroll->setWidget(body);
    outer->addWidget(scroll, 1);
    auto* form = new QFormLayout(body);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);

    // When: date and time on one row, then the duration.
    m_date = new DateEdit(body);
    m_date->setObjectName(QStringLiteral("sessionDate"));
    m_date->setAccessibleName(tr("Date"));
    m_time = new QTimeEdit(body);
    m_time->setObjectName(QStringLiteral("sessionTime"));
    m_time->setAccessibleName(tr("Start time (UK time)"));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    auto* when = new QHBoxLayout;
    when->addWidget(m_date, 1);
    auto* timeLabel = buddy(tr("&Time:"), m_time, body);
    when->addWidget(timeLabel);
    when->addWidget(m_time);
    form->addRow(buddy(tr("&Date:"), m_date, body), when);

    m_duration = new QSpinBox(body);
    m_duration->setObjectName(QStringLiteral("sessionDuration"));
    m_duration->setAccessibleName(tr("Duration in minutes"));
    m_duration->setRange(1, waymark::kMaxSessionMinutes);
    m_duration->setSingleStep(15);
    m_duration->setSuffix(tr(" min"));
    form->addRow(buddy(tr("D&uration:"), m_duration, body), m_duration);

    m_type = new QComboBox(body);
    m_type->setObjectName(QStringLiteral("sessionType"));
    m_type->setAccessibleName(tr("Session type"));
    for (const auto& c : waymark::sessionTypeCodes())
        m_type->addItem(SessionLabels::type(c.code), toQString(c.code));
    form->addRow(buddy(tr("T&ype:"), m_type, body), m_type);

    m_location = new QLineEdit(body);
    m_location->setObjectName(QStringLiteral("sessionLocation"));
    m_location->setAccessibleName(tr("Location"));
    m_location->setMaxLength(200);
    form->addRow(buddy(tr("&Location:"), m_location, body), m_location);

    // Who came: one row per attendee, each with their own attendance.
    m_attendees = new QTableWidget(0, 2, body);
    m_attendees->setObjectName(QStringLiteral("sessionAttendees"));
    m_attendees->setAccessibleName(tr("Attendees"));
    m_attendees->setHorizontalHeaderLabels({tr("Young person"), tr("Attendance")});
    m_attendees->verticalHeader()->setVisible(false);
    m_attendees->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_attendees->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_attendees->setSelectionMode(QAbstractItemView::SingleSelection);
    m_attendees->setTabKeyNavigation(false);
    m_attendees->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_attendees->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_attendees->setMinimumHeight(m_attendees->fontMetrics().lineSpacing() * 5);
    form->addRow(buddy(tr("&Attendees:"), m_attendees, body), m_attendees);

    m_attendeeRef = new QLineEdit(body);
    m_attendeeRef->setObjectName(QStringLiteral("attendeeReference"));
    m_attendeeRef->setAccessibleName(tr("Case or referral reference of another attendee"));
    m_attendeeRef->setPlaceholderText(tr("Case or referral reference"));
    m_addAttendee = new QPushButton(tr("Add atte&ndee"), body);
    m_addAttendee->setObjectName(QStringLiteral("addAttendeeButton"));
    m_addAttendee->setAutoDefault(false);
    m_removeAttendee = new QPushButton(tr("Re&move"), body);
    m_removeAttendee->setObjectName(QStringLiteral("removeAttendeeButton"));
    m_removeAttendee->setAccessibleName(tr("Remove the selected attendee"));
    m_removeAttendee->setAutoDefault(false);
    auto* addRowLayout = new QHBoxLayout;
    addRowLayout->addWidget(m_attendeeRef, 1);
    addRowLayout->addWidget(m_addAttendee);
    addRowLayout->addWidget(m_removeAttendee);
    form->addRow(QString(), addRowLayout);

    m_domains = new QListWidget(body);
    m_domains->setObjectName(QStringLiteral("sessionDomains"));
    m_domains->setAccessibleName(tr("Domains addressed"));
    for (const auto& c : waymark::sessionDomainCodes()) {
        auto* item = new QListWidgetItem(SessionLabels::domain(c.code), m_domains);
        item->setData(Qt::UserRole, toQString(c.code));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
        item->setCheckState(Qt::Unchecked);
    }
    m_domains->setMinimumHeight(m_domains->fontMetrics().lineSpacing() * 5);
    form->addRow(buddy(tr("Doma&ins addressed:"), m_domains, body), m_domains);

    m_note = new QPlainTextEdit(body);
    m_note->setObjectName(QStringLiteral("sessionNote"));
    m_note->setAccessibleName(tr("Note"));
    m_note->setTabChangesFocus(true);
    m_note->setFixedHeight(m_note->fontMetrics().lineSpacing() * 3 + 14);
    form->addRow(buddy(tr("N&ote:"), m_note, body), m_note);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    outer->addWidget(m_error);

    auto* box = new QDialogButtonBox(this);
    m_save = box->addButton(tr("&Save session"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("okButton"));
    m_save->setDefault(true);
    QPushButton* cancel = box->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(box, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(box, &QDialogButtonBox::rejected, this, &QDialog::reject);
    outer->addWidget(box);

    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_duration);
    setTabOrder(m_duration, m_type);
    setTabOrder(m_type, m_location);
    setTabOrder(m_location, m_attendees);
    setTabOrder(m_attendees, m_attendeeRef);
    setTabOrder(m_attendeeRef, m_addAttendee);
    setTabOrder(m_addAttendee, m_removeAttendee);
    setTabOrder(m_removeAttendee, m_domains);
    setTabOrder(m_domains, m_note);
    setTabOrder(m_note, m_save);
    setTabOrder(m_save, cancel);

    connect(m_addAttendee, &QPushButton::clicked, this, [this] {
        if (addAttendee(m_attendeeRef->text()))
            m_attendeeRef->clear();
    });
    // Enter in the reference box adds the attendee rather than saving the session.
    connect(m_attendeeRef, &QLineEdit::returnPressed, m_addAttendee, &QPushButton::click);
    connect(m_removeAttendee, &QPushButton::clicked, this, [this] {
        const int row = m_attendees->currentRow();
        if (row < 0 || m_attendees->rowCount() <= 1)
            return;
        m_attendees->removeRow(row);
        m_people.erase(m_people.begin() + row);
        markDirty();
    });
    connect(m_date, &QLineEdit::textEdited, this, &SessionDialog::markDirty);
    connect(m_time, &QTimeEdit::timeChanged, this, &SessionDialog::markDirty);
    connect(m_duration, &QSpinBox::valueChanged, this, &SessionDialog::markDirty);
    connect(m_type, &QComboBox::currentIndexChanged, this, &SessionDialog::markDirty);
    connect(m_location, &QLineEdit::textEdited, this, &SessionDialog::markDirty);
    connect(m_domains, &QListWidget::itemChanged, this, &SessionDialog::markDirty);
    connect(m_note, &QPlainTextEdit::textChanged, this, &SessionDialog::markDirty);
    resize(600, 640);
}

void SessionDialog::load(const waymark::Session& s)
{
    m_session = s;
    const auto local = waymark::utcToLondon(s.start);
    m_date->setDate(local.date);
    m_time->setTime(QTime(local.minutes / 60, local.minutes % 60));
    m_duration->setValue(s.durationMinutes);
    m_type->setCurrentIndex(std::max(0, m_type->findData(toQString(s.type))));
    m_location->setText(toQString(s.location));
    m_people.clear();
    m_attendees->setRowCount(0);
    for (const auto& a : s.attendees)
        addRow(a);
    for (int i = 0; i < m_domains->count(); ++i) {
        auto* item = m_domains->item(i);
        const std::string code = toStd(item->data(Qt::UserRole).toString());
        item->setCheckState(std::find(s.domains.begin(), s.domains.end(), code) != s.domains.end() ? Qt::Checked
                                                                                                   : Qt::Unchecked);
    }
    m_note->setPlainText(toQString(s.note));
}

void SessionDialog::addRow(const waymark::SessionAttendee& a)
{
    const int row = m_attendees->rowCount();
    m_attendees->insertRow(row);
    QString who = toQString(a.personName);
    if (!a.personReference.empty())
        who += QStringLiteral(" (%1)").arg(toQString(a.personReference));
    auto* item = new QTableWidgetItem(who);
    item->setToolTip(toQString(a.referralReference));
    m_attendees->setItem(row, 0, item);
    auto* combo = new QComboBox(m_attendees);
    combo->setObjectName(QStringLiteral("attendance_%1").arg(row));
    combo->setAccessibleName(tr("Attendance of %1").arg(toQString(a.personName)));
    for (const auto& c : waymark::attendanceCodes())
        combo->addItem(SessionLabels::attendance(c.code), toQString(c.code));
    combo->setCurrentIndex(std::max(0, combo->findData(toQString(a.attendance))));
    connect(combo, &QComboBox::currentIndexChanged, this, &SessionDialog::markDirty);
    m_attendees->setCellWidget(row, 1, combo);
    m_people.push_back(a);
}

QComboBox* SessionDialog::attendanceCombo(int row) const
{
    return qobject_cast<QComboBox*>(m_attendees->cellWidget(row, 1));
}

bool SessionDialog::addAttendee(const QString& referenceIn)
{
    const std::string reference = toStd(referenceIn.trimmed());
    if (reference.empty()) {
        showError(tr("Type the case reference or referral reference of the young person to add."));
        m_attendeeRef->setFocus(Qt::OtherFocusReason);
        return false;
    }
    waymark::Referral referral;
    if (auto r = m_casebook.referrals().viewByReference(reference)) {
        referral = *r;
    } else if (auto person = m_casebook.people().viewByReference(reference)) {
        // Their open referral that the scheme took on (accepted, active or reopened) first.
        auto list = m_casebook.referrals().forPerson(person->id);
        if (!list) {
            showError(errorMessage(list.error()));
            return false;
        }
        const waymark::ReferralSummary* best = nullptr;
        for (const auto& s : *list) {
            const bool takenOn = s.state == waymark::ReferralState::Accepted ||
                                 s.state == waymark::ReferralState::Active ||
                                 s.state == waymark::ReferralState::Reopened;
            if (takenOn || (!best && waymark::isOpenState(s.state)))
                best = &s;
            if (takenOn)
                break;
        }
        if (!best) {
            showError(tr("This young person has no open referral."));
            return false;
        }
        auto r2 = m_casebook.referrals().view(best->id);
        if (!r2) {
            showError(errorMessage(r2.error()));
            return false;
        }
        referral = *r2;
    } else {
        showError(tr("No young person or referral has that reference."));
        m_attendeeRef->setFocus(Qt::OtherFocusReason);
        return false;
    }
    for (const auto& a : m_people)
        if (a.personId == referral.personId) {
            showError(tr("This young person is already an attendee."));
            return false;
        }
    waymark::SessionAttendee a;
    a.referralId = referral.id;
    a.personId = referral.personId;
    a.referralReference = referral.reference;
    if (auto person = m_casebook.people().view(referral.personId)) {
        a.personReference = person->caseReference;
        a.personName = person->displayName();
    }
    addRow(a);
    // Several attendees make it a group session.
    m_type->setCurrentIndex(std::max(0, m_type->findData(QStringLiteral("group"))));
    showError({});
    markDirty();
    return true;
}

waymark::Session SessionDialog::formSession(QString* problem) const
{
    waymark::Session s = m_session;
    s.start = {};
    if (!m_date->hasValidDate() || m_date->isBlank()) {
        if (problem)
            *problem = m_date->isBlank() ? tr("Type the date of the session.") : m_date->problemText();
    } else {
        const QTime t = m_time->time();
        auto start = waymark::londonToUtc({m_date->date(), t.hour() * 60 + t.minute()});
        if (start)
            s.start = *start;
        else if (problem)
            *problem = tr("That time does not exist in the UK: the clocks go forward an hour at 1am on the last "
                          "Sunday of March.");
    }
    s.durationMinutes = m_duration->value();
    s.type = toStd(m_type->currentData().toString());
    s.location = toStd(m_location->text().trimmed());
    s.attendees = m_people;
    for (int i = 0; i < static_cast<int>(s.attendees.size()); ++i)
        if (auto* combo = attendanceCombo(i))
            s.attendees[static_cast<std::size_t>(i)].attendance = toStd(combo->currentData().toString());
    s.domains.clear();
    for (int i = 0; i < m_domains->count(); ++i)
        if (m_domains->item(i)->checkState() == Qt::Checked)
            s.domains.push_back(toStd(m_domains->item(i)->data(Qt::UserRole).toString()));
    s.note = toStd(m_note->toPlainText().trimmed());
    return s;
}

void SessionDialog::showError(const QString& text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void SessionDialog::accept()
{
    QString problem;
    waymark::Session s = formSession(&problem);
    if (!problem.isEmpty()) {
        showError(problem);
        m_date->setFocus(Qt::OtherFocusReason);
        return;
    }
    auto saved = m_editing ? m_casebook.sessions().update(s) : m_casebook.sessions().add(s);
    if (!saved) {
        const auto& e = saved.error();
        QString text = errorMessage(e);
        if (e.rule == "session_in_future")
            text = tr("Attendance can be recorded once the session has started. Until then it is planned (or "
                      "cancelled).");
        else if (e.rule == "not_a_group")
            text = tr("Only a group session has several attendees: choose the type Group.");
        else if (e.field == "duration_minutes")
            text = tr("The duration is 1 to 720 minutes.");
        showError(text);
        return;
    }
    m_saved = *saved;
    m_dirty = false;
    QDialog::accept();
}

void SessionDialog::keyPressEvent(QKeyEvent* event)
{
    // Enter in the attendee reference box adds the attendee (returnPressed); it must not
    // also press the default button and save the session.
    if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && focusWidget() == m_attendeeRef) {
        event->accept();
        return;
    }
    QDialog::keyPressEvent(event);
}

void SessionDialog::reject()
{
    if (m_dirty && !lockclosing::isClosing(this)) {
        bool discard = false;
        if (m_ask) {
            discard = m_ask();
        } else {
            discard = discardquestion::ask(
                this, {tr("Unsaved session"), tr("This session has changes that are not saved. Discard them?"),
                       tr("&Discard changes"), tr("&Keep editing"), QStringLiteral("sessionDiscardQuestion")});
        }
        if (!discard)
            return;
    }
    QDialog::reject();
}
