#include "ui/delivery/AssessmentDialog.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/DateEdit.h"
#include "ui/widgets/RuleSentences.h"

#include <QCloseEvent>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QShortcut>
#include <QVBoxLayout>

using waymark::convert::toDisplay;
using waymark::convert::toQString;
using waymark::convert::toStd;

namespace {

constexpr int kUnset = -2;
constexpr int kNotAssessed = -1;

QPlainTextEdit* textBox(QWidget* parent, const QString& objectName, const QString& accessibleName, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setObjectName(objectName);
    edit->setAccessibleName(accessibleName);
    edit->setTabChangesFocus(true);
    edit->setFixedHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

QString signedNumber(int n)
{
    // A real minus sign, so a change reads as a number and not a dash.
    if (n < 0)
        return QStringLiteral("\u2212%1").arg(-n);
    if (n > 0)
        return QStringLiteral("+%1").arg(n);
    return QStringLiteral("0");
}

} // namespace

QString AssessmentDialog::domainLabel(const std::string& code, const std::string& publishedLabel)
{
    static const QMap<QString, const char*> kLabels = {
        {QStringLiteral("living_arrangements"), QT_TR_NOOP("Living arrangements")},
        {QStringLiteral("family_relationships"), QT_TR_NOOP("Family and relationships")},
        {QStringLiteral("ete"), QT_TR_NOOP("Education, training and employment")},
        {QStringLiteral("neighbourhood"), QT_TR_NOOP("Neighbourhood")},
        {QStringLiteral("peers_lifestyle"), QT_TR_NOOP("Peers and lifestyle")},
        {QStringLiteral("substance_use"), QT_TR_NOOP("Substance use")},
        {QStringLiteral("physical_health"), QT_TR_NOOP("Physical health")},
        {QStringLiteral("emotional_mental_health"), QT_TR_NOOP("Emotional and mental health")},
        {QStringLiteral("speech_language_communication"), QT_TR_NOOP("Speech, language and communication")},
        {QStringLiteral("exploitation_safety"), QT_TR_NOOP("Exploitation and safety")},
        {QStringLiteral("thinking_behaviour"), QT_TR_NOOP("Thinking and behaviour")},
        {QStringLiteral("attitudes_to_offending"), QT_TR_NOOP("Attitudes to offending")},
        {QStringLiteral("motivation_to_change"), QT_TR_NOOP("Motivation to change")},
    };
    const QString published = toQString(publishedLabel);
    const auto it = kLabels.find(toQString(code));
    // A coordinator's own wording for a built-in code wins over the translation.
    for (const auto& d : waymark::defaultDomains())
        if (d.code == code && d.label != publishedLabel)
            return published;
    return it == kLabels.end() ? published : tr(it.value());
}

AssessmentDialog::AssessmentDialog(waymark::Casebook& casebook, waymark::Assessment assessment,
                                   const QString& referralTitle, QWidget* parent)
    : QDialog(parent)
    , m_casebook(casebook)
    , m_assessment(std::move(assessment))
{
    setObjectName(QStringLiteral("assessmentDialog"));
    // The assessment's own template version, never the newest: an old assessment keeps its domains.
    auto tmpl = casebook.assessments().findTemplate(m_assessment.templateCode, m_assessment.templateVersion);
    if (tmpl) {
        m_template = std::move(*tmpl);
        m_loaded = true;
    }
    if (m_loaded && isReassessment()) {
        auto previous = casebook.assessments().view(m_assessment.previousAssessmentId);
        if (previous)
            m_previous = std::move(previous->assessment);
    }
    build(referralTitle);
    if (!tmpl)
        showError(tmpl.error());
    fill();
}

void AssessmentDialog::build(const QString& referralTitle)
{
    const bool existing = !m_assessment.id.isNull();
    if (existing)
        setWindowTitle(tr("Assessment of %1 — %2").arg(toDisplay(m_assessment.assessedOn), referralTitle));
    else if (isReassessment())
        setWindowTitle(tr("Reassessment — %1").arg(referralTitle));
    else
        setWindowTitle(tr("New assessment — %1").arg(referralTitle));

    auto* outer = new QVBoxLayout(this);
    auto* top = new QFormLayout;
    m_date = new DateEdit(this);
    m_date->setObjectName(QStringLiteral("assessmentDate"));
    m_date->setAccessibleName(tr("Date of the assessment"));
    m_date->setMaximumWidth(m_date->fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);
    auto* dateLabel = new QLabel(tr("&Date:"), this);
    dateLabel->setBuddy(m_date);
    top->addRow(dateLabel, m_date);
    auto* templateLabel = new QLabel(this);
    templateLabel->setObjectName(QStringLiteral("assessmentTemplate"));
    QString templateText = tr("%1, version %2").arg(toQString(m_template.name)).arg(m_template.version);
    top->addRow(tr("Template:"), templateLabel);
    templateLabel->setText(templateText);
    auto* scale = new QLabel(tr("Concern ratings: 0 none, 1 low, 2 some, 3 high, 4 very high. In a rating box, type "
                                "the digit, or N for not assessed."),
                             this);
    scale->setWordWrap(true);
    top->addRow(scale);
    outer->addLayout(top);

    // Every domain, then the texts, on one scrollable form.
    m_scroll = new QScrollArea(this);
    m_scroll->setObjectName(QStringLiteral("assessmentScroll"));
    m_scroll->setWidgetResizable(true);
    m_scroll->setFrameShape(QFrame::NoFrame);
    auto* form = new QWidget;
    auto* grid = new QGridLayout(form);
    grid->setColumnStretch(3, 1);
    int row = 0;
    auto header = [&](const QString& text, int column) {
        auto* h = new QLabel(QStringLiteral("<b>%1</b>").arg(text.toHtmlEscaped()), form);
        grid->addWidget(h, row, column);
    };
    header(tr("Domain"), 0);
    header(tr("Rating"), 1);
    if (isReassessment())
        header(tr("Change"), 2);
    header(tr("Notes"), 3);
    ++row;
    QList<QWidget*> order{m_date};
    for (const auto& d : m_template.domains) {
        const QString code = toQString(d.code);
        const QString label = domainLabel(d.code, d.label);
        auto* name = new QLabel(label, form);
        name->setWordWrap(true);
        name->setMinimumWidth(150);
        auto* combo = new QComboBox(form);
        combo->setObjectName(QStringLiteral("rating_%1").arg(code));
        combo->setAccessibleName(tr("Rating: %1").arg(label));
        combo->addItem(tr("– choose –"), kUnset);
        combo->addItem(tr("0 none"), 0);
        combo->addItem(tr("1 low"), 1);
        combo->addItem(tr("2 some"), 2);
        combo->addItem(tr("3 high"), 3);
        combo->addItem(tr("4 very high"), 4);
        combo->addItem(tr("Not assessed"), kNotAssessed);
        name->setBuddy(combo);
        auto* notes = textBox(form, QStringLiteral("notes_%1").arg(code), tr("Notes: %1").arg(label), 2);
        grid->addWidget(name, row, 0, Qt::AlignTop);
        grid->addWidget(combo, row, 1, Qt::AlignTop);
        if (isReassessment()) {
            auto* change = new QLabel(form);
            change->setObjectName(QStringLiteral("change_%1").arg(code));
            change->setAccessibleName(tr("Change: %1").arg(label));
            change->setMinimumWidth(90);
            grid->addWidget(change, row, 2, Qt::AlignTop);
            m_changes.insert(code, change);
        }
        grid->addWidget(notes, row, 3);
        ++row;
        m_ratings.insert(code, combo);
        m_notes.insert(code, notes);
        order << combo << notes;
        connect(combo, &QComboBox::currentIndexChanged, this, [this, code] {
            updateChange(code);
            updateTotal();
            markDirty();
        });
        connect(notes, &QPlainTextEdit::textChanged, this, &AssessmentDialog::markDirty);
    }
    m_total = new QLabel(form);
    m_total->setObjectName(QStringLiteral("assessmentTotal"));
    m_total->setAccessibleName(tr("Total score"));
    grid->addWidget(m_total, row++, 0, 1, 4);

    auto text = [&](const QString& labelText, const char* objectName, const QString& accessible) {
        auto* label = new QLabel(labelText, form);
        auto* edit = textBox(form, QLatin1String(objectName), accessible, 3);
        label->setBuddy(edit);
        grid->addWidget(label, row, 0, Qt::AlignTop);
        grid->addWidget(edit, row, 1, 1, 3);
        ++row;
        order << edit;
        connect(edit, &QPlainTextEdit::textChanged, this, &AssessmentDialog::markDirty);
        return edit;
    };
    m_strengths = text(tr("S&trengths:"), "assessmentStrengths", tr("Strengths"));
    m_ownView = text(tr("Young person's &view:"), "assessmentOwnView", tr("The young person's own view"));
    m_goals = text(tr("Their &goals:"), "assessmentGoals", tr("The young person's goals"));
    m_summary = text(tr("S&ummary:"), "assessmentSummary", tr("Summary"));
    m_scroll->setWidget(form);
    outer->addWidget(m_scroll, 1);

    m_error = new QLabel(this);
    m_error->setObjectName(QStringLiteral("dialogError"));
    m_error->setAccessibleName(tr("Error"));
    m_error->setWordWrap(true);
    m_error->setStyleSheet(Theme::errorStyle());
    m_error->hide();
    outer->addWidget(m_error);

    auto* buttons = new QDialogButtonBox(this);
    m_save = buttons->addButton(existing ? tr("&Save changes") : tr("&Save assessment"), QDialogButtonBox::AcceptRole);
    m_save->setObjectName(QStringLiteral("okButton"));
    m_save->setDefault(true);
    m_save->setEnabled(m_loaded);
    QPushButton* cancel = buttons->addButton(tr("Cancel"), QDialogButtonBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AssessmentDialog::cancel);
    outer->addWidget(buttons);
    order << m_save << cancel;
    for (int i = 1; i < order.size(); ++i)
        setTabOrder(order[i - 1], order[i]);

    // Enter inside a text box starts a new line; Ctrl+Enter saves from anywhere.
    for (const auto& key : {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto* shortcut = new QShortcut(key, this);
        connect(shortcut, &QShortcut::activated, this, &QDialog::accept);
    }
    connect(m_date, &DateEdit::dateEdited, this, &AssessmentDialog::markDirty);
    resize(780, 560);
}

void AssessmentDialog::fill()
{
    m_filling = true;
    m_date->setDate(m_assessment.assessedOn);
    for (const auto& r : m_assessment.ratings) {
        const QString code = toQString(r.domain);
        if (auto* combo = m_ratings.value(code)) {
            const int value = r.notAssessed ? kNotAssessed : r.rating.value_or(kUnset);
            combo->setCurrentIndex(std::max(0, combo->findData(value)));
        }
        if (auto* notes = m_notes.value(code))
            notes->setPlainText(toQString(r.notes));
    }
    m_strengths->setPlainText(toQString(m_assessment.strengths));
    m_ownView->setPlainText(toQString(m_assessment.ownView));
    m_goals->setPlainText(toQString(m_assessment.goals));
    m_summary->setPlainText(toQString(m_assessment.summary));
    for (auto it = m_ratings.cbegin(); it != m_ratings.cend(); ++it)
        updateChange(it.key());
    updateTotal();
    m_filling = false;
    m_dirty = false;
}

void AssessmentDialog::updateChange(const QString& domain)
{
    QLabel* label = m_changes.value(domain);
    if (!label || !m_previous)
        return;
    const waymark::DomainRating* before = m_previous->rating(toStd(domain));
    if (!before || before->notAssessed || !before->rating) {
        label->setText(before && before->notAssessed ? tr("was not assessed") : tr("new"));
        return;
    }
    const int now = m_ratings.value(domain)->currentData().toInt();
    if (now < 0) {
        label->setText(tr("was %1").arg(*before->rating));
        return;
    }
    // Words as well as the number: lower is less concern.
    const int change = now - *before->rating;
    if (change == 0)
        label->setText(tr("%1 → %2, no change").arg(*before->rating).arg(now));
    else
        label->setText(tr("%1 → %2: %3, %4")
                           .arg(*before->rating)
                           .arg(now)
                           .arg(signedNumber(change), change < 0 ? tr("less concern") : tr("more concern")));
}

void AssessmentDialog::updateTotal()
{
    int total = 0;
    int rated = 0;
    int previousTotal = 0;
    int compared = 0;
    for (auto it = m_ratings.cbegin(); it != m_ratings.cend(); ++it) {
        const int value = it.value()->currentData().toInt();
        if (value < 0)
            continue;
        total += value;
        ++rated;
        if (m_previous) {
            const waymark::DomainRating* before = m_previous->rating(toStd(it.key()));
            if (before && !before->notAssessed && before->rating) {
                previousTotal += *before->rating;
                ++compared;
            }
        }
    }
    QString text = tr("Total: %1 over %n rated domain(s)", nullptr, rated).arg(total);
    if (m_previous && compared > 0) {
        int nowCompared = 0;
        for (auto it = m_ratings.cbegin(); it != m_ratings.cend(); ++it) {
            const int value = it.value()->currentData().toInt();
            const waymark::DomainRating* before = m_previous->rating(toStd(it.key()));
            if (value >= 0 && before && !before->notAssessed && before->rating)
                nowCompared += value;
        }
        text += QStringLiteral(". ") +
                tr("Distance travelled over the %n domain(s) rated both times: %1 to %2 (%3).", nullptr, compared)
                    .arg(previousTotal)
                    .arg(nowCompared)
                    .arg(signedNumber(nowCompared - previousTotal));
    }
    m_total->setText(text);
}

void AssessmentDialog::markDirty()
{
    if (m_filling)
        return;
    m_dirty = true;
    m_error->hide(); // the user is answering it
}

waymark::Assessment AssessmentDialog::formAssessment() const
{
    waymark::Assessment a = m_assessment;
    a.assessedOn = m_date->date();
    a.ratings.clear();
    for (const auto& d : m_template.domains) {
        const QString code = toQString(d.code);
        waymark::DomainRating r;
        r.domain = d.code;
        const int value = m_ratings.value(code)->currentData().toInt();
        r.notAssessed = value == kNotAssessed;
        if (value >= 0)
            r.rating = value;
        r.notes = toStd(m_notes.value(code)->toPlainText());
        a.ratings.push_back(std::move(r));
    }
    a.strengths = toStd(m_strengths->toPlainText());
    a.ownView = toStd(m_ownView->toPlainText());
    a.goals = toStd(m_goals->toPlainText());
    a.summary = toStd(m_summary->toPlainText());
    return a;
}

bool AssessmentDialog::save()
{
    if (!m_loaded)
        return false;
    if (!m_date->hasValidDate()) {
        m_error->setText(tr("Please check the date: %1").arg(m_date->problemText()));
        m_error->show();
        m_date->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const waymark::Assessment a = formAssessment();
    auto result = a.id.isNull() ? m_casebook.assessments().record(a) : m_casebook.assessments().update(a);
    if (!result) {
        showError(result.error());
        return false;
    }
    // Saved: any draft of this form is no longer needed.
    (void)m_casebook.drafts().discard(draftForm(), draftKey());
    m_saved = std::move(*result);
    m_assessment = m_saved;
    m_dirty = false;
    m_error->hide();
    Q_EMIT assessmentSaved(m_saved.id);
    return true;
}

void AssessmentDialog::showError(const waymark::Error& error)
{
    const QString field = toQString(error.field);
    const QString rule = toQString(error.rule);
    QWidget* focus = nullptr;
    QString text;
    auto labelOf = [&](const QString& code) {
        const auto* d = m_template.domain(toStd(code));
        return d ? domainLabel(d->code, d->label) : code;
    };
    if (error.code == waymark::ErrorCode::Validation && field.startsWith(QLatin1String("rating."))) {
        const QString code = field.mid(7);
        focus = m_ratings.value(code);
        if (rule == QLatin1String("required"))
            text = tr("Choose a rating for “%1”, or “Not assessed”.").arg(labelOf(code));
        else if (rule == QLatin1String("out_of_range"))
            text = tr("The rating for “%1” must be 0 to 4.").arg(labelOf(code));
        else
            text = tr("“%1” is not a domain of this template.").arg(labelOf(code));
    } else if (error.code == waymark::ErrorCode::Validation && field.startsWith(QLatin1String("notes."))) {
        const QString code = field.mid(6);
        focus = m_notes.value(code);
        text = RuleSentences::pleaseCheck(tr("the notes on “%1”").arg(labelOf(code)), RuleSentences::hint(field, rule));
    } else if (error.code == waymark::ErrorCode::Validation && field == QLatin1String("assessed_on")) {
        focus = m_date;
        if (rule == QLatin1String("before_received"))
            text = tr("The date is before the referral was received.");
        else if (rule == QLatin1String("before_previous"))
            text = tr("The date is before the assessment this one follows.");
        else
            text = RuleSentences::pleaseCheck(tr("the date"), RuleSentences::hint(field, rule));
    } else if (error.code == waymark::ErrorCode::Validation &&
               (field == QLatin1String("strengths") || field == QLatin1String("own_view") ||
                field == QLatin1String("goals") || field == QLatin1String("summary"))) {
        const QMap<QString, QPair<QPlainTextEdit*, QString>> texts = {
            {QStringLiteral("strengths"), {m_strengths, tr("the strengths")}},
            {QStringLiteral("own_view"), {m_ownView, tr("the young person's view")}},
            {QStringLiteral("goals"), {m_goals, tr("the goals")}},
            {QStringLiteral("summary"), {m_summary, tr("the summary")}},
        };
        focus = texts.value(field).first;
        text = RuleSentences::pleaseCheck(texts.value(field).second, RuleSentences::hint(field, rule));
    } else if (error.code == waymark::ErrorCode::Validation && rule == QLatin1String("not_open")) {
        text = tr("This referral is not open, so it cannot be assessed.");
    }
    if (text.isEmpty())
        text = waymark::convert::errorMessage(error);
    m_error->setText(text);
    m_error->show();
    if (focus) {
        focus->setFocus(Qt::OtherFocusReason);
        m_scroll->ensureWidgetVisible(focus);
    }
}

void AssessmentDialog::accept()
{
    if (save())
        QDialog::accept();
}

void AssessmentDialog::reject()
{
    // Not the user's choice (a lock, the program closing): never ask, never lose the answers.
    if (m_dirty && m_loaded && !save())
        keepDraft();
    QDialog::reject();
}

void AssessmentDialog::keyPressEvent(QKeyEvent* event)
{
    if (event->key() == Qt::Key_Escape && event->modifiers() == Qt::NoModifier) {
        cancel();
        return;
    }
    QDialog::keyPressEvent(event);
}

void AssessmentDialog::closeEvent(QCloseEvent* event)
{
    if (event->spontaneous() && isVisible()) {
        // The window's close button: as Cancel.
        event->ignore();
        cancel();
        return;
    }
    QDialog::closeEvent(event);
}

std::string AssessmentDialog::draftForm() const
{
    return m_assessment.id.isNull() ? kDraftForm : kEditDraftForm;
}

waymark::Uuid AssessmentDialog::draftKey() const
{
    return m_assessment.id.isNull() ? m_assessment.referralId : m_assessment.id;
}

std::string AssessmentDialog::draftPayload() const
{
    const waymark::Assessment a = formAssessment();
    QJsonObject o;
    o.insert(QStringLiteral("id"), toQString(a.id.isNull() ? std::string() : a.id.toString()));
    o.insert(QStringLiteral("referral_id"), toQString(a.referralId.toString()));
    o.insert(QStringLiteral("person_id"), toQString(a.personId.toString()));
    o.insert(QStringLiteral("previous_id"),
             toQString(a.previousAssessmentId.isNull() ? std::string() : a.previousAssessmentId.toString()));
    o.insert(QStringLiteral("template_code"), toQString(a.templateCode));
    o.insert(QStringLiteral("template_version"), a.templateVersion);
    o.insert(QStringLiteral("updated_hlc"), toQString(a.updatedHlc));
    o.insert(QStringLiteral("assessed_on"), m_date->text());
    o.insert(QStringLiteral("assessor"), toQString(a.assessor.isNull() ? std::string() : a.assessor.toString()));
    QJsonArray ratings;
    for (const auto& r : a.ratings) {
        QJsonObject one;
        one.insert(QStringLiteral("domain"), toQString(r.domain));
        one.insert(QStringLiteral("rating"), r.notAssessed ? kNotAssessed : r.rating.value_or(kUnset));
        one.insert(QStringLiteral("notes"), toQString(r.notes));
        ratings.append(one);
    }
    o.insert(QStringLiteral("ratings"), ratings);
    o.insert(QStringLiteral("strengths"), toQString(a.strengths));
    o.insert(QStringLiteral("own_view"), toQString(a.ownView));
    o.insert(QStringLiteral("goals"), toQString(a.goals));
    o.insert(QStringLiteral("summary"), toQString(a.summary));
    return QJsonDocument(o).toJson(QJsonDocument::Compact).toStdString();
}

std::optional<waymark::Assessment> AssessmentDialog::assessmentFromDraft(const std::string& payload)
{
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(payload));
    if (!doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    auto uuid = [&](const char* key) {
        return waymark::Uuid::parse(toStd(o.value(QLatin1String(key)).toString())).value_or(waymark::Uuid{});
    };
    waymark::Assessment a;
    a.id = uuid("id");
    a.referralId = uuid("referral_id");
    a.personId = uuid("person_id");
    a.previousAssessmentId = uuid("previous_id");
    a.assessor = uuid("assessor");
    a.templateCode = toStd(o.value(QStringLiteral("template_code")).toString());
    a.templateVersion = o.value(QStringLiteral("template_version")).toInt();
    a.updatedHlc = toStd(o.value(QStringLiteral("updated_hlc")).toString());
    a.assessedOn = DateEdit::parse(o.value(QStringLiteral("assessed_on")).toString()).value_or(waymark::Date{});
    for (const auto& value : o.value(QStringLiteral("ratings")).toArray()) {
        const QJsonObject one = value.toObject();
        waymark::DomainRating r;
        r.domain = toStd(one.value(QStringLiteral("domain")).toString());
        const int rating = one.value(QStringLiteral("rating")).toInt(kUnset);
        r.notAssessed = rating == kNotAssessed;
        if (rating >= 0)
            r.rating = rating;
        r.notes = toStd(one.value(QStringLiteral("notes")).toString());
        a.ratings.push_back(std::move(r));
    }
    a.strengths = toStd(o.value(QStringLiteral("strengths")).toString());
    a.ownView = toStd(o.value(QStringLiteral("own_view")).toString());
    a.goals = toStd(o.value(QStringLiteral("goals")).toString());
    a.summary = toStd(o.value(QStringLiteral("summary")).toString());
    if (a.referralId.isNull() || a.templateCode.empty())
        return std::nullopt;
    return a;
}

bool AssessmentDialog::keepDraft()
{
    waymark::Draft draft;
    draft.form = draftForm();
    draft.recordId = draftKey();
    draft.title = toStd(windowTitle().section(QStringLiteral(" — "), 1)); // the referral's reference
    draft.needs = waymark::Action::AssessmentRecord;
    for (const auto& d : m_template.domains) {
        const int value = m_ratings.value(toQString(d.code))->currentData().toInt();
        if (value == kUnset)
            draft.invalidFields.push_back("rating." + d.code);
    }
    draft.payload = draftPayload();
    return m_casebook.drafts().save(std::move(draft)).has_value();
}

void AssessmentDialog::cancel()
{
    if (m_dirty) {
        const QString title = tr("Unsaved assessment");
        const QString question = tr("This assessment has answers that are not saved. Discard them?");
        bool discard = false;
        if (m_ask) {
            discard = m_ask(title, question);
        } else {
            // Verb buttons, never Qt's Yes/No (which Qt does not translate into Welsh).
            QMessageBox box(QMessageBox::Question, title, question, QMessageBox::NoButton, this);
            QPushButton* yes = box.addButton(tr("&Discard changes"), QMessageBox::DestructiveRole);
            QPushButton* no = box.addButton(tr("&Keep editing"), QMessageBox::RejectRole);
            box.setDefaultButton(no);
            box.exec();
            discard = box.clickedButton() == yes;
        }
        if (!discard)
            return;
    }
    // Declined: a draft this dialog was restored from goes too.
    (void)m_casebook.drafts().discard(draftForm(), draftKey());
    QDialog::reject();
}
