#include "ui/reports/ReportTableModel.h"

#include "core/domain/Plan.h"
#include "core/reports/ReportExport.h"
#include "ui/convert/Convert.h"
#include "ui/delivery/PlanLabels.h"
#include "ui/widgets/CodeLabels.h"

#include <QFont>

#include <map>
#include <optional>

using namespace waymark::convert;

ReportTableModel::ReportTableModel(waymark::ReportTable table, QObject* parent)
    : QAbstractTableModel(parent)
    , m_table(std::move(table))
{}

int ReportTableModel::rowCount(const QModelIndex& parent) const
{
    if (parent.isValid())
        return 0;
    return static_cast<int>(m_table.rows.size()) + (m_table.totals ? 1 : 0);
}

int ReportTableModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_table.columns.size());
}

const waymark::ReportRow& ReportTableModel::rowAt(int row) const
{
    if (row < static_cast<int>(m_table.rows.size()))
        return m_table.rows[static_cast<std::size_t>(row)];
    return *m_table.totals;
}

QVariant ReportTableModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount() || index.column() >= columnCount())
        return {};
    const auto& row = rowAt(index.row());
    const auto& column = m_table.columns[static_cast<std::size_t>(index.column())];
    const bool isTotal = m_table.totals && index.row() == static_cast<int>(m_table.rows.size());
    switch (role) {
    case Qt::DisplayRole: {
        if (static_cast<std::size_t>(index.column()) >= row.cells.size())
            return {};
        const auto& cell = row.cells[static_cast<std::size_t>(index.column())];
        if (column.kind == waymark::ColumnKind::Text) {
            // Group labels in the user's language (the code is in the first cell).
            if (column.key == "label" && !row.cells.empty())
                return ReportWords::groupLabel(row.section, row.cells.front().text, cell.text);
            return ReportWords::cell(cell.text);
        }
        return toQString(waymark::formatCell(column, cell, false));
    }
    case Qt::TextAlignmentRole:
        return column.kind == waymark::ColumnKind::Text ? QVariant(Qt::AlignLeft | Qt::AlignVCenter)
                                                        : QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::FontRole:
        if (isTotal) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole || orientation != Qt::Horizontal || section < 0 || section >= columnCount())
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto& column = m_table.columns[static_cast<std::size_t>(section)];
    // A label column (untitled) beside its code column, which the page hides: the code's heading.
    if (column.key == "label" && column.title.empty() && section > 0) {
        const auto& code = m_table.columns[static_cast<std::size_t>(section - 1)];
        return ReportWords::column(code.key, code.title);
    }
    return ReportWords::column(column.key, column.title);
}

QString ReportWords::title(const std::string& name, const std::string& english)
{
    static const std::map<std::string, const char*> words = {
        {"caseload", QT_TR_NOOP("Caseload and activity per caseworker")},
        {"funnel", QT_TR_NOOP("Diversion funnel")},
        {"repeat-demand", QT_TR_NOOP("Repeat demand")},
        {"reoffending", QT_TR_NOOP("Local proven reoffending")},
        {"outcomes-by-intervention", QT_TR_NOOP("Outcomes by intervention type and by provider")},
        {"kpi", QT_TR_NOOP("KPI summary")},
        {"timeliness", QT_TR_NOOP("Timeliness")},
        {"referrals-by-month", QT_TR_NOOP("Referrals per month")},
    };
    const auto it = words.find(name);
    return it == words.end() ? toQString(english) : tr(it->second);
}

QString ReportWords::definition(const std::string& name, const std::string& english)
{
    static const std::map<std::string, const char*> words = {
        {"caseload", QT_TR_NOOP("Per caseworker: open cases and overdue clocks now; sessions held (at least one young "
                                "person attended) and their contact minutes in the period.")},
        {"funnel", QT_TR_NOOP("Referrals received in the period: referred, eligible, offered, enrolled (first attended "
                              "session), completed; by ethnicity, sex and age band. Disparity ratio = group rate / "
                              "overall rate.")},
        {"repeat-demand", QT_TR_NOOP("People banded by referrals received in the period (1, 2, 3-4, 5+) with people, "
                                     "referrals and share of all referrals; people reaching the repeat trigger; trend "
                                     "by quarter; sources of repeat referrals.")},
        {"reoffending", QT_TR_NOOP("People whose case closed in each quarter: reoffenders and reoffences (an offence "
                                   "within 12 months of closure with a caution or conviction within those 12 months "
                                   "or 6 more); binary rate and reoffences per 100. Pending until 18 months have "
                                   "passed, never 0 %.")},
        {"outcomes-by-intervention",
         QT_TR_NOOP("Interventions whose young person first attended one of their sessions in the period, by type and "
                    "by provider: enrolled, completed %, mean change in assessment score (last minus first assessment "
                    "of the referral on the same template; below 0 = less concern), reoffending % once 18 months have "
                    "passed since closure, contact minutes.")},
        {"kpi", QT_TR_NOOP("Cases closed in the period, outcome snapshot at start against end: suitable accommodation "
                           "and ETE, SEND/ALN with a plan, mental health and substance use need, offered, attending, "
                           "victims contacted, consented, engaged in restorative justice. Each step's % is of the "
                           "step before.")},
        {"timeliness", QT_TR_NOOP("Referrals received in the period: working days from referral to decision and to "
                                  "first contact; % within the limit = met / (met + late + still open past due).")},
        {"referrals-by-month", QT_TR_NOOP("Referrals received in each calendar month of the period (the part of a "
                                          "month inside the period).")},
    };
    const auto it = words.find(name);
    // A definition core has changed since this was translated is shown as core gives it.
    if (it == words.end() || english != it->second)
        return toQString(english);
    return tr(it->second);
}

QString ReportWords::tableTitle(const std::string& name, const std::string& english)
{
    static const std::map<std::string, const char*> words = {
        {"caseload", QT_TR_NOOP("Caseload and activity per caseworker")},
        {"funnel", QT_TR_NOOP("Diversion funnel")},
        {"not_offered", QT_TR_NOOP("Reasons for not offering and declining")},
        {"bands", QT_TR_NOOP("People by number of referrals in the period")},
        {"trigger", QT_TR_NOOP("People reaching the repeat-referral trigger")},
        {"quarters", QT_TR_NOOP("Trend by quarter")},
        {"sources", QT_TR_NOOP("Sources of repeat referrals")},
        {"cohorts", QT_TR_NOOP("Local proven reoffending by closure cohort")},
        {"timeliness", QT_TR_NOOP("Timeliness")},
        {"months", QT_TR_NOOP("Referrals per month")},
        {"outcomes", QT_TR_NOOP("Outcomes by intervention type and by provider")},
        {"kpi", QT_TR_NOOP("Outcome KPIs at start and at end")},
    };
    const auto it = words.find(name);
    return it == words.end() ? toQString(english) : tr(it->second);
}

QString ReportWords::column(const std::string& key, const std::string& english)
{
    static const std::map<std::string, const char*> words = {
        {"worker", QT_TR_NOOP("Worker")},
        {"name", QT_TR_NOOP("Name")},
        {"open_cases", QT_TR_NOOP("Open cases")},
        {"sessions", QT_TR_NOOP("Sessions")},
        {"contact_minutes", QT_TR_NOOP("Contact minutes")},
        {"overdue", QT_TR_NOOP("Overdue")},
        {"group", QT_TR_NOOP("Group")},
        {"referred", QT_TR_NOOP("Referred")},
        {"eligible", QT_TR_NOOP("Eligible")},
        {"offered", QT_TR_NOOP("Offered")},
        {"enrolled", QT_TR_NOOP("Enrolled")},
        {"completed", QT_TR_NOOP("Completed")},
        {"eligible_disparity", QT_TR_NOOP("Eligible DR")},
        {"offered_disparity", QT_TR_NOOP("Offered DR")},
        {"enrolled_disparity", QT_TR_NOOP("Enrolled DR")},
        {"completed_disparity", QT_TR_NOOP("Completed DR")},
        {"band", QT_TR_NOOP("Referrals each")},
        {"people", QT_TR_NOOP("People")},
        {"referrals", QT_TR_NOOP("Referrals")},
        {"share_of_referrals", QT_TR_NOOP("Share of referrals %")},
        {"share_of_people", QT_TR_NOOP("Share of people %")},
        {"trigger", QT_TR_NOOP("Trigger")},
        {"quarter", QT_TR_NOOP("Quarter")},
        {"repeat_referrals", QT_TR_NOOP("Repeat referrals")},
        {"repeat_share", QT_TR_NOOP("Repeat share %")},
        {"reached_trigger", QT_TR_NOOP("Reached trigger")},
        {"status", QT_TR_NOOP("Status")},
        {"cohort", QT_TR_NOOP("People")},
        {"reoffenders", QT_TR_NOOP("Reoffenders")},
        {"binary_rate", QT_TR_NOOP("Binary rate %")},
        {"reoffences", QT_TR_NOOP("Reoffences")},
        {"frequency_per_100", QT_TR_NOOP("Reoffences per 100")},
        {"measure", QT_TR_NOOP("Measure")},
        {"limit_days", QT_TR_NOOP("Limit (working days)")},
        {"met", QT_TR_NOOP("Within limit")},
        {"missed", QT_TR_NOOP("Late")},
        {"running", QT_TR_NOOP("Still open, not yet due")},
        {"pct_within", QT_TR_NOOP("Within limit %")},
        {"median_days", QT_TR_NOOP("Median working days")},
        {"mean_days", QT_TR_NOOP("Mean working days")},
        {"month", QT_TR_NOOP("Month")},
        {"reason", QT_TR_NOOP("Reason")},
        {"kind", QT_TR_NOOP("Kind")},
        {"share", QT_TR_NOOP("Share %")},
        {"source", QT_TR_NOOP("Source")},
        {"repeat_share_of_source", QT_TR_NOOP("Repeat share of source %")},
        {"share_of_repeats", QT_TR_NOOP("Share of all repeats %")},
        {"assessed", QT_TR_NOOP("Assessed at start and end")},
        {"change_points", QT_TR_NOOP("Change (points)")},
        {"completed_pct", QT_TR_NOOP("Completed %")},
        {"mean_score_change", QT_TR_NOOP("Mean score change")},
        {"reoffending_rate", QT_TR_NOOP("Reoffending %")},
        {"followed_up", QT_TR_NOOP("Closed, 18 months passed")},
        {"start_yes", QT_TR_NOOP("Start: yes")},
        {"start_of", QT_TR_NOOP("Start: of")},
        {"start_pct", QT_TR_NOOP("Start %")},
        {"start_mean_hours", QT_TR_NOOP("Start: mean hours")},
        {"end_yes", QT_TR_NOOP("End: yes")},
        {"end_of", QT_TR_NOOP("End: of")},
        {"end_pct", QT_TR_NOOP("End %")},
        {"end_mean_hours", QT_TR_NOOP("End: mean hours")},
    };
    if (english == "Still open, overdue") // timeliness's "overdue" (caseload's is "Overdue")
        return tr("Still open, overdue");
    const auto it = words.find(key);
    return it == words.end() ? toQString(english) : tr(it->second);
}

QString ReportWords::cell(const std::string& text)
{
    static const std::map<std::string, const char*> words = {
        {"pending", QT_TR_NOOP("pending")},
        {"measured", QT_TR_NOOP("measured")},
        {"all", QT_TR_NOOP("all")},
        {"All referrals", QT_TR_NOOP("All referrals")},
        {"All workers", QT_TR_NOOP("All workers")},
        {"Unallocated", QT_TR_NOOP("Unallocated")},
        {"Referral to decision", QT_TR_NOOP("Referral to decision")},
        {"Referral to first contact", QT_TR_NOOP("Referral to first contact")},
        {"Not accepted", QT_TR_NOOP("Not accepted")},
        {"declined", QT_TR_NOOP("declined")},
        {"not offered", QT_TR_NOOP("not offered")},
        {"All sources", QT_TR_NOOP("All sources")},
        {"All interventions", QT_TR_NOOP("All interventions")},
        {"No provider (the scheme itself)", QT_TR_NOOP("No provider (the scheme itself)")},
    };
    const auto it = words.find(text);
    return it == words.end() ? toQString(text) : tr(it->second);
}

namespace {
// The sections of the KPI table (core/reports/OutcomeReports.cpp).
bool isKpiSection(const std::string& section)
{
    for (const char* s : {"cases", "accommodation", "ete", "send_aln", "mental_health", "substance_use", "victims"})
        if (section == s)
            return true;
    return false;
}
} // namespace

QString ReportWords::groupLabel(const std::string& section, const std::string& code, const std::string& english)
{
    std::optional<CodeLabels::List> list;
    if (section == "ethnicity")
        list = CodeLabels::List::Ethnicity;
    else if (section == "sex")
        list = CodeLabels::List::Sex;
    else if (section == "source")
        list = CodeLabels::List::ReferralSource;
    else if (section == "reason")
        list = CodeLabels::List::NotOfferedReason;
    else if (section == "age_band")
        return ageBand(code, english);
    else if (section == "type" && waymark::isKnownCode(waymark::interventionTypeCodes(), code))
        return PlanLabels::interventionType(code, {}); // a casebook's own type: its label as typed
    if (isKpiSection(section)) {
        if (const QString step = kpiMeasure(code); !step.isEmpty())
            return step;
    }
    if (list) {
        const QString label = CodeLabels::label(*list, code);
        if (!label.isEmpty() && label != toQString(code)) // a code the list knows
            return label;
    }
    if (code == "not_recorded")
        return tr("Not recorded");
    return cell(english);
}

QString ReportWords::kpiMeasure(const std::string& field)
{
    // The KPI table's rows by their field (core/reports/OutcomeReports.cpp kKpiSteps); a later
    // step of a funnel starts with "..." as core writes it.
    static const std::map<std::string, const char*> words = {
        {"snapshot", QT_TR_NOOP("Snapshot recorded")},
        {"accommodation_suitable", QT_TR_NOOP("Suitable accommodation")},
        {"ete_suitable", QT_TR_NOOP("Suitable education, training or employment")},
        {"ete_hours", QT_TR_NOOP("In ETE (hours a week more than 0)")},
        {"send_aln", QT_TR_NOOP("SEND/ALN identified")},
        {"send_plan", QT_TR_NOOP("... with a plan (EHCP/IDP)")},
        {"mental_health_need", QT_TR_NOOP("Mental health need")},
        {"mental_health_offered", QT_TR_NOOP("... offered support")},
        {"mental_health_attending", QT_TR_NOOP("... attending")},
        {"substance_use_need", QT_TR_NOOP("Substance use need")},
        {"substance_use_offered", QT_TR_NOOP("... offered support")},
        {"substance_use_attending", QT_TR_NOOP("... attending")},
        {"victims_contacted", QT_TR_NOOP("Victims contacted")},
        {"victims_consented", QT_TR_NOOP("... consented")},
        {"victims_engaged", QT_TR_NOOP("... engaged in restorative justice")},
    };
    const auto it = words.find(field);
    return it == words.end() ? QString() : tr(it->second);
}

QString ReportWords::ageBand(const std::string& key, const std::string& english)
{
    if (key == "under_10")
        return tr("Under 10");
    if (key == "10_14")
        return tr("10 to 14");
    if (key == "15_17")
        return tr("15 to 17");
    if (key == "18_25")
        return tr("18 to 25");
    if (key == "over_25")
        return tr("Over 25");
    if (key == "unknown")
        return tr("Unknown (no date of birth)");
    return toQString(english);
}
