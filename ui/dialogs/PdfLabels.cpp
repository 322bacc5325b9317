#include "ui/dialogs/PdfLabels.h"

#include "core/domain/Referral.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/PlanLabels.h"
#include "ui/render/EnglishLabels.h"
#include "ui/widgets/CodeLabels.h"

#include <QCoreApplication>

namespace pdfLabels {

waymark::render::CaseSummaryLabels caseSummary()
{
    waymark::render::CaseSummaryLabels l;
    l.title = QCoreApplication::translate("PdfLabels", "Case summary for panel");
    l.confidential =
        QCoreApplication::translate("PdfLabels", "OFFICIAL-SENSITIVE: prepared for %1 only. Do not copy or pass on.");
    l.person = QCoreApplication::translate("PdfLabels", "Young person");
    l.name = QCoreApplication::translate("PdfLabels", "Name");
    l.caseReference = QCoreApplication::translate("PdfLabels", "Case reference");
    l.dateOfBirth = QCoreApplication::translate("PdfLabels", "Date of birth");
    l.estimated = QCoreApplication::translate("PdfLabels", "(estimated)");
    l.age = QCoreApplication::translate("PdfLabels", "Age");
    l.flags = QCoreApplication::translate("PdfLabels", "Flags");
    l.none = QCoreApplication::translate("PdfLabels", "None");
    l.referral = QCoreApplication::translate("PdfLabels", "Current referral");
    l.reference = QCoreApplication::translate("PdfLabels", "Reference");
    l.state = QCoreApplication::translate("PdfLabels", "State");
    l.route = QCoreApplication::translate("PdfLabels", "Route");
    l.source = QCoreApplication::translate("PdfLabels", "Source");
    l.offence = QCoreApplication::translate("PdfLabels", "Offence category");
    l.received = QCoreApplication::translate("PdfLabels", "Received");
    l.offenceDate = QCoreApplication::translate("PdfLabels", "Offence date");
    l.decided = QCoreApplication::translate("PdfLabels", "Decided");
    l.firstContact = QCoreApplication::translate("PdfLabels", "First contact");
    l.worker = QCoreApplication::translate("PdfLabels", "Caseworker");
    l.unallocated = QCoreApplication::translate("PdfLabels", "Unallocated");
    l.noReferral = QCoreApplication::translate("PdfLabels", "No referral.");
    l.assessment = QCoreApplication::translate("PdfLabels", "Latest assessment");
    l.assessedOn = QCoreApplication::translate("PdfLabels", "Assessed on %1");
    l.comparedWith = QCoreApplication::translate("PdfLabels", "Assessed on %1, compared with %2");
    l.notAssessed = QCoreApplication::translate("PdfLabels", "Not assessed yet.");
    l.domain = QCoreApplication::translate("PdfLabels", "Domain");
    l.previous = QCoreApplication::translate("PdfLabels", "Before");
    l.current = QCoreApplication::translate("PdfLabels", "Now");
    l.change = QCoreApplication::translate("PdfLabels", "Change");
    l.totalChange = QCoreApplication::translate("PdfLabels", "Total change %1 (negative: less concern)");
    l.interventions = QCoreApplication::translate("PdfLabels", "Plan interventions");
    l.type = QCoreApplication::translate("PdfLabels", "Intervention");
    l.provider = QCoreApplication::translate("PdfLabels", "Provider");
    l.scheme = QCoreApplication::translate("PdfLabels", "The scheme");
    l.status = QCoreApplication::translate("PdfLabels", "Status");
    l.dates = QCoreApplication::translate("PdfLabels", "Planned");
    l.noInterventions = QCoreApplication::translate("PdfLabels", "No interventions planned.");
    l.sessions = QCoreApplication::translate("PdfLabels", "Sessions");
    l.attendance = QCoreApplication::translate("PdfLabels", "Attended %1, did not attend %2, other %3");
    l.tasks = QCoreApplication::translate("PdfLabels", "Open tasks");
    l.due = QCoreApplication::translate("PdfLabels", "due %1");
    l.overdue = QCoreApplication::translate("PdfLabels", "overdue since %1");
    l.noTasks = QCoreApplication::translate("PdfLabels", "No open tasks.");
    l.prepared = QCoreApplication::translate("PdfLabels", "Prepared for %1 by %2 at %3");
    l.page = QCoreApplication::translate("PdfLabels", "Page %1 of %2");
    return l;
}

waymark::render::ReportPdfLabels report()
{
    waymark::render::ReportPdfLabels l;
    l.period = QCoreApplication::translate("PdfLabels", "From %1 to %2");
    l.filters = QCoreApplication::translate("PdfLabels", "Filters: %1");
    l.noFilters = QCoreApplication::translate("PdfLabels", "No filters");
    l.worker = QCoreApplication::translate("PdfLabels", "worker");
    l.source = QCoreApplication::translate("PdfLabels", "source");
    l.route = QCoreApplication::translate("PdfLabels", "route");
    l.provider = QCoreApplication::translate("PdfLabels", "provider");
    l.ageBand = QCoreApplication::translate("PdfLabels", "age band");
    l.generated = QCoreApplication::translate("PdfLabels", "Generated %1");
    l.total = QCoreApplication::translate("PdfLabels", "Total");
    l.continued = QCoreApplication::translate("PdfLabels", "%1 (continued)");
    l.page = QCoreApplication::translate("PdfLabels", "Page %1 of %2");
    l.suppressed = QCoreApplication::translate(
        "PdfLabels",
        "%1 marks a count from 1 to %2 (or a figure made from one), hidden so that no young person can be picked out.");
    l.noRows = QCoreApplication::translate("PdfLabels", "No rows.");
    return l;
}

namespace {

struct CodeText
{
    const char* code;
    const char* text; // source text in the PdfLabels context
};

// A person's flags as the person page names them (core/domain/PrintedLabels.h has the English).
constexpr CodeText kFlags[] = {
    {"looked_after", QT_TRANSLATE_NOOP("PdfLabels", "Looked-after child")},
    {"child_protection_plan", QT_TRANSLATE_NOOP("PdfLabels", "Child-protection plan")},
    {"child_in_need", QT_TRANSLATE_NOOP("PdfLabels", "Child in need")},
    {"early_help", QT_TRANSLATE_NOOP("PdfLabels", "Early Help")},
    {"care_leaver", QT_TRANSLATE_NOOP("PdfLabels", "Care leaver")},
    {"send_aln", QT_TRANSLATE_NOOP("PdfLabels", "SEND/ALN")},
    {"send_aln_plan", QT_TRANSLATE_NOOP("PdfLabels", "SEND/ALN plan (EHCP/IDP)")},
    {"exploitation_concern", QT_TRANSLATE_NOOP("PdfLabels", "Exploitation concern")},
    {"restricted", QT_TRANSLATE_NOOP("PdfLabels", "Restricted record")},
};

// A clock task (no title of its own) by its source, as My work names it.
constexpr CodeText kTaskSources[] = {
    {"assessment_due", QT_TRANSLATE_NOOP("PdfLabels", "Assessment due")},
    {"review_due", QT_TRANSLATE_NOOP("PdfLabels", "Plan review due")},
};

template <std::size_t N> QString find(const CodeText (&table)[N], const std::string& code)
{
    for (const auto& t : table)
        if (code == t.code)
            return QCoreApplication::translate("PdfLabels", t.text);
    return {};
}

QString taskTitle(const std::string& source)
{
    if (QString t = find(kTaskSources, source); !t.isEmpty())
        return t;
    // follow_up_3m, follow_up_6m, follow_up_12m: the checks after closure.
    if (source.starts_with("follow_up_") && source.ends_with('m') && source.size() > 11)
        return QCoreApplication::translate("PdfLabels", "Follow-up check due (%1 months)")
            .arg(waymark::convert::toQString(source.substr(10, source.size() - 11)));
    return {};
}

} // namespace

std::function<QString(waymark::render::SummaryCode, const std::string&)>
caseSummaryCodes(std::vector<waymark::CodeEntry> interventionTypes)
{
    using waymark::render::SummaryCode;
    auto english = waymark::render::englishSummaryCodes(interventionTypes);
    return [types = std::move(interventionTypes), english](SummaryCode kind, const std::string& code) -> QString {
        QString shown;
        switch (kind) {
        case SummaryCode::Flag:
            shown = find(kFlags, code);
            break;
        case SummaryCode::State:
            if (auto state = waymark::stateFromName(code))
                shown = CodeLabels::stateLabel(*state);
            break;
        case SummaryCode::Route:
            shown = CodeLabels::label(CodeLabels::List::ReferralRoute, code);
            break;
        case SummaryCode::Source:
            shown = CodeLabels::label(CodeLabels::List::ReferralSource, code);
            break;
        case SummaryCode::OffenceCategory:
            shown = CodeLabels::label(CodeLabels::List::OffenceCategory, code);
            break;
        case SummaryCode::Domain:
            shown = PlanLabels::domain(code);
            break;
        case SummaryCode::InterventionType:
            shown = PlanLabels::interventionType(code, types);
            break;
        case SummaryCode::InterventionStatus:
            shown = PlanLabels::interventionStatus(code);
            break;
        case SummaryCode::InterventionOutcome:
            shown = PlanLabels::outcome(code);
            break;
        case SummaryCode::TaskTitle:
            shown = taskTitle(code);
            break;
        }
        // A code these lists do not know: the English label, or (empty) as it is stored.
        if (shown.isEmpty() || shown == waymark::convert::toQString(code))
            return english(kind, code);
        return shown;
    };
}

} // namespace pdfLabels
