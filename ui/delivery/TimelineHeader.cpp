#include "ui/delivery/TimelineHeader.h"

#include "ui/app/Theme.h"
#include "ui/convert/Convert.h"
#include "ui/widgets/CodeLabels.h"
#include "ui/widgets/RuleSentences.h"

#include <QGridLayout>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>

using waymark::convert::toQString;

namespace {

// "Decision: due 9/3/2026, 5 working days left", with a mark when overdue.
QString clockLine(const QString& name, const waymark::ClockStatus& clock)
{
    const QString phrase = RuleSentences::clockPhrase(clock);
    if (clock.state == waymark::ClockState::Overdue)
        return QStringLiteral("⚠ <b>%1: %2</b>").arg(name.toHtmlEscaped(), phrase.toHtmlEscaped());
    return QStringLiteral("%1: %2").arg(name.toHtmlEscaped(), phrase.toHtmlEscaped());
}

} // namespace

TimelineHeader::TimelineHeader(waymark::Casebook& casebook, QWidget* parent)
    : QFrame(parent)
    , m_casebook(casebook)
{
    setObjectName(QStringLiteral("personHeader"));
    setAccessibleName(tr("Current referral"));
    setFrameShape(QFrame::StyledPanel);
    m_referral = new QLabel(this);
    m_referral->setObjectName(QStringLiteral("personHeaderReferral"));
    m_referral->setTextFormat(Qt::RichText);
    m_referral->setWordWrap(true);
    m_clocks = new QLabel(this);
    m_clocks->setObjectName(QStringLiteral("personHeaderClocks"));
    m_clocks->setTextFormat(Qt::RichText);
    m_clocks->setWordWrap(true);
    m_tasks = new QLabel(this);
    m_tasks->setObjectName(QStringLiteral("personHeaderTasks"));
    m_tasks->setTextFormat(Qt::RichText);
    m_tasks->setWordWrap(true);
    m_open = new QPushButton(tr("Open referral"), this);
    m_open->setObjectName(QStringLiteral("personHeaderOpen"));
    m_open->setAutoDefault(false);
    m_open->setAccessibleName(tr("Open the current referral"));
    connect(m_open, &QPushButton::clicked, this, [this] {
        if (m_header.current)
            Q_EMIT openReferralRequested(m_header.current->id);
    });

    auto* layout = new QGridLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->setVerticalSpacing(2);
    layout->addWidget(m_referral, 0, 0);
    layout->addWidget(m_open, 0, 1, Qt::AlignRight | Qt::AlignTop);
    layout->addWidget(m_clocks, 1, 0, 1, 2);
    layout->addWidget(m_tasks, 2, 0, 1, 2);
    layout->setColumnStretch(0, 1);
    hide();
}

void TimelineHeader::setPerson(const waymark::Uuid& personId)
{
    m_header = {};
    if (personId.isNull() || !m_casebook.can(waymark::Action::ReferralView)) {
        hide();
        return;
    }
    auto header = m_casebook.timeline().header(personId);
    if (!header) {
        m_referral->setText(waymark::convert::errorMessage(header.error()).toHtmlEscaped());
        m_clocks->clear();
        m_tasks->clear();
        m_open->hide();
        show();
        return;
    }
    m_header = std::move(*header);
    const auto& h = m_header;
    if (!h.current) {
        m_referral->setText(tr("No referrals yet."));
        m_clocks->hide();
        m_open->hide();
    } else {
        const auto& r = *h.current;
        QString line =
            tr("<b>Current referral %1</b>: %2")
                .arg(toQString(r.reference).toHtmlEscaped(), CodeLabels::stateLabel(r.state).toHtmlEscaped());
        line += QStringLiteral(" · ") +
                (r.allocatedTo.isNull() ? tr("unallocated") : tr("worker %1").arg(toQString(r.allocatedName)))
                    .toHtmlEscaped();
        if (h.referrals > 1)
            line += QStringLiteral(" · ") + tr("%n referral(s) in all", nullptr, h.referrals).toHtmlEscaped();
        if (h.repeatTrigger)
            line += QStringLiteral(" · ⚠ <b>%1</b>")
                        .arg(tr("repeat referral (%1)").arg(RuleSentences::ordinal(r.repeatOrdinal)).toHtmlEscaped());
        m_referral->setText(line);
        QStringList clocks;
        const bool deciding =
            r.state == waymark::ReferralState::Received || r.state == waymark::ReferralState::Screening;
        if (deciding || !h.decisionClock.stopped.isNull())
            clocks << clockLine(tr("Decision"), h.decisionClock);
        if (waymark::isOpenState(r.state))
            clocks << clockLine(tr("First contact"), h.contactClock);
        if (h.assessmentRunning || !h.assessmentClock.stopped.isNull())
            clocks << clockLine(tr("Assessment"), h.assessmentClock);
        m_clocks->setText(clocks.join(QStringLiteral(" &nbsp;·&nbsp; ")));
        m_clocks->setVisible(!clocks.isEmpty());
        m_open->show();
    }
    if (h.openTasks >= 0) {
        QString tasks = tr("%n open task(s)", nullptr, static_cast<int>(h.openTasks)).toHtmlEscaped();
        if (h.overdueTasks > 0)
            tasks += QStringLiteral(", ⚠ <b>%1</b>")
                         .arg(tr("%n overdue", nullptr, static_cast<int>(h.overdueTasks)).toHtmlEscaped());
        m_tasks->setText(tasks);
        m_tasks->show();
    } else {
        m_tasks->hide();
    }
    setAccessibleDescription(summaryText());
    show();
}

QString TimelineHeader::summaryText() const
{
    QStringList parts;
    for (QLabel* l : {m_referral, m_clocks, m_tasks})
        if (!l->isHidden() && !l->text().isEmpty()) {
            QString plain = l->text();
            plain.remove(QRegularExpression(QStringLiteral("<[^>]*>")));
            plain.replace(QStringLiteral("&nbsp;"), QStringLiteral(" "));
            parts << plain;
        }
    return parts.join(QLatin1Char('\n'));
}
