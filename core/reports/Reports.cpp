#include "core/reports/Reports.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/Codes.h"
#include "core/domain/Eligibility.h"
#include "core/domain/ReferralClocks.h"
#include "core/domain/Session.h"
#include "core/domain/TextRules.h"
#include "core/reports/Measures.h"
#include "core/reports/OutcomeReports.h"
#include "core/reports/ReportQueries.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"

#include <algorithm>
#include <charconv>
#include <map>

namespace waymark {

namespace {

constexpr std::string_view kThresholdSetting = "reports.suppression_threshold";
constexpr int kDefaultThreshold = 5;

const std::vector<ReportInfo>& catalogue()
{
    static const std::vector<ReportInfo> list = {
        {"caseload", "Caseload and activity per caseworker",
         "Per caseworker: open cases and overdue clocks now; sessions held (at least one young person attended) and "
         "their contact minutes in the period."},
        {"funnel", "Diversion funnel",
         "Referrals received in the period: referred, eligible, offered, enrolled (first attended session), "
         "completed; by ethnicity, sex and age band. Disparity ratio = group rate / overall rate."},
        {"repeat-demand", "Repeat demand",
         "People banded by referrals received in the period (1, 2, 3-4, 5+) with people, referrals and share of all "
         "referrals; people reaching the repeat trigger; trend by quarter; sources of repeat referrals."},
        {"reoffending", "Local proven reoffending",
         "People whose case closed in each quarter: reoffenders and reoffences (an offence within 12 months of "
         "closure with a caution or conviction within those 12 months or 6 more); binary rate and reoffences per "
         "100. Pending until 18 months have passed, never 0 %."},
        {"outcomes-by-intervention", "Outcomes by intervention type and by provider",
         "Interventions whose young person first attended one of their sessions in the period, by type and by "
         "provider: enrolled, completed %, mean change in assessment score (last minus first assessment of the "
         "referral on the same template; below 0 = less concern), reoffending % once 18 months have passed since "
         "closure, contact minutes."},
        {"kpi", "KPI summary",
         "Cases closed in the period, outcome snapshot at start against end: suitable accommodation and ETE, "
         "SEND/ALN with a plan, mental health and substance use need, offered, attending, victims contacted, "
         "consented, engaged in restorative justice. Each step's % is of the step before."},
        {"timeliness", "Timeliness",
         "Referrals received in the period: working days from referral to decision and to first contact; % within "
         "the limit = met / (met + late + still open past due)."},
    };
    return list;
}

// Not in the catalogue (the CLI's list stays the funders' seven): the dashboard's "referrals per
// month" chart, run and audited like the others.
const ReportInfo& referralsByMonthInfo()
{
    static const ReportInfo info{"referrals-by-month", "Referrals per month",
                                 "Referrals received in each calendar month of the period (the part of a month inside "
                                 "the period)."};
    return info;
}

ReportTable referralsByMonthTable(const std::vector<ReferralFact>& facts, Date from, Date to)
{
    ReportTable t;
    t.name = "months";
    t.title = "Referrals per month";
    t.columns = {{"month", "Month", ColumnKind::Text, {}, false},
                 {"referrals", "Referrals", ColumnKind::Count, {}, true}};
    std::map<std::string, double> byMonth;
    for (Date m = Date::fromYmd(from.year(), from.month(), 1).value(); m <= to; m = m.addMonths(1))
        byMonth[m.toIso().substr(0, 7)] = 0;
    double all = 0;
    for (const auto& f : facts) {
        byMonth[f.received.toIso().substr(0, 7)] += 1;
        all += 1;
    }
    for (const auto& [month, n] : byMonth) {
        ReportRow row;
        row.section = "month";
        row.cells = {ReportCell{month, std::nullopt, false}, ReportCell{{}, n, false}};
        t.rows.push_back(std::move(row));
    }
    ReportRow total;
    total.cells = {ReportCell{"all", std::nullopt, false}, ReportCell{{}, all, false}};
    t.totals = std::move(total);
    return t;
}

bool hasCode(std::span<const CodeOption> codes, std::string_view code)
{
    return std::any_of(codes.begin(), codes.end(), [&](const CodeOption& c) { return c.code == code; });
}

struct Settings
{
    EligibilityRules eligibility;
    TimeLimits limits;
};

Result<Settings> readSettings(Database& db)
{
    MetaStore meta(db);
    Settings out;
    auto eligibility = meta.withPrefix("eligibility.");
    if (!eligibility)
        return std::unexpected(eligibility.error());
    auto rules = eligibilityFromSettings(*eligibility);
    if (!rules)
        return std::unexpected(rules.error());
    out.eligibility = std::move(*rules);
    auto limits = meta.withPrefix("time_limits.");
    if (!limits)
        return std::unexpected(limits.error());
    auto parsed = timeLimitsFromSettings(*limits);
    if (!parsed)
        return std::unexpected(parsed.error());
    out.limits = *parsed;
    return out;
}

// "caseload 2026-01-01..2026-03-31 source=police": codes and dates only, never personal data.
std::string auditDetail(std::string_view name, const ReportParams& p)
{
    std::string out = std::string(name) + " " + p.from.toIso() + ".." + p.to.toIso();
    const auto& f = p.filters;
    if (!f.worker.empty())
        out += " worker";
    if (!f.source.empty())
        out += " source=" + f.source;
    if (!f.route.empty())
        out += " route=" + f.route;
    if (!f.provider.empty())
        out += " provider";
    if (!f.ageBand.empty())
        out += " age_band=" + f.ageBand;
    return out;
}

std::string utcMidnight(Date localDate)
{
    auto utc = londonToUtc(LocalDateTime{localDate, 0});
    return utc ? formatUtc(*utc) : localDate.toIso() + "T00:00:00Z";
}

} // namespace

std::vector<ReportInfo> Reports::available()
{
    return catalogue();
}

Result<Report> Reports::run(std::string_view name, const ReportParams& params, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::ReportRun, "report"); !st)
        return std::unexpected(st.error());
    const auto& list = catalogue();
    auto info = std::find_if(list.begin(), list.end(), [&](const ReportInfo& r) { return r.name == name; });
    const bool byMonth = name == referralsByMonthInfo().name;
    if (byMonth)
        info = list.end();
    else if (info == list.end())
        return fail(ErrorCode::InvalidInput, "unknown report", "report");
    if (params.from.isNull() || params.to.isNull())
        return fail(ErrorCode::InvalidInput, "a report needs a date range", params.from.isNull() ? "from" : "to");
    if (params.to < params.from)
        return fail(ErrorCode::InvalidInput, "the date range ends before it starts", "to");
    const ReportFilters& f = params.filters;
    if (!f.source.empty() && !hasCode(referralSourceCodes(), f.source))
        return fail(ErrorCode::InvalidInput, "unknown referral source", "source");
    if (!f.route.empty() && !hasCode(referralRouteCodes(), f.route))
        return fail(ErrorCode::InvalidInput, "unknown route", "route");
    if (!f.ageBand.empty()) {
        const auto bands = reportAgeBands();
        if (std::none_of(bands.begin(), bands.end(), [&](const auto& b) { return b.first == f.ageBand; }))
            return fail(ErrorCode::InvalidInput, "unknown age band", "age_band");
    }
    auto report = [&](int percent) { return !progress || progress(percent, "computing the report"); };
    if (!report(0))
        return fail(ErrorCode::Cancelled, "cancelled");

    Database& db = m_context.database();
    // One read transaction: every query of the report sees the same casebook.
    ReadSnapshot snapshot(db);
    if (!snapshot.begun())
        return std::unexpected(snapshot.begun().error());
    ReportQueries queries(db);
    auto users = queries.users();
    if (!users)
        return std::unexpected(users.error());
    FactFilters facts;
    facts.source = f.source;
    facts.route = f.route;
    facts.needPerson = !f.ageBand.empty();
    if (!f.worker.empty()) {
        const auto it = std::find_if(users->begin(), users->end(), [&](const WorkerName& u) {
            return u.username == f.worker || u.id.toString() == f.worker;
        });
        if (it == users->end())
            return fail(ErrorCode::NotFound, "no user with that name", "worker");
        facts.worker = it->id;
        *users = {*it};
    }
    if (!f.provider.empty()) {
        auto provider = queries.providerId(f.provider);
        if (!provider)
            return std::unexpected(provider.error());
        if (!*provider)
            return fail(ErrorCode::NotFound, "no provider with that name", "provider");
        facts.provider = **provider;
    }
    auto settings = readSettings(db);
    if (!settings)
        return std::unexpected(settings.error());

    if (!report(10))
        return fail(ErrorCode::Cancelled, "cancelled");

    const ReportInfo& chosen = byMonth ? referralsByMonthInfo() : *info;
    Report out;
    out.name = chosen.name;
    out.title = chosen.title;
    out.definition = chosen.definition;
    out.params = params;
    out.generatedAt = formatUtc(toUtcSeconds(m_context.clock().now()));
    const Date today = m_context.clock().today();

    if (byMonth) {
        auto rows = queries.referrals(params.from, params.to, facts, false);
        if (!rows)
            return std::unexpected(rows.error());
        keepAgeBand(*rows, f.ageBand);
        out.tables = {referralsByMonthTable(*rows, params.from, params.to)};
    } else if (name == "caseload") {
        auto open = queries.openCases(facts);
        if (!open)
            return std::unexpected(open.error());
        if (!report(40))
            return fail(ErrorCode::Cancelled, "cancelled");
        auto activity =
            queries.workerActivity(utcMidnight(params.from), utcMidnight(params.to.addDays(1)), facts, f.ageBand);
        if (!activity)
            return std::unexpected(activity.error());
        out.tables = caseloadTables(*open, *activity, *users, !facts.worker, today, f.ageBand);
    } else if (name == "funnel") {
        auto rows = queries.referrals(params.from, params.to, facts, true);
        if (!rows)
            return std::unexpected(rows.error());
        keepAgeBand(*rows, f.ageBand);
        if (!report(60))
            return fail(ErrorCode::Cancelled, "cancelled");
        out.tables = funnelTables(*rows, settings->eligibility);
    } else if (name == "repeat-demand") {
        auto rows =
            queries.referrals(params.from.addMonths(-settings->limits.repeatWindowMonths), params.to, facts, false);
        if (!rows)
            return std::unexpected(rows.error());
        keepAgeBand(*rows, f.ageBand);
        if (!report(60))
            return fail(ErrorCode::Cancelled, "cancelled");
        out.tables = repeatDemandTables(*rows, params.from, params.to, settings->limits);
    } else if (name == "reoffending") {
        // Whole quarters, so each cohort is the same whatever day the period starts.
        const Date first = Date::fromYmd(params.from.year(), (params.from.month() - 1) / 3 * 3 + 1, 1).value();
        const Date lastQuarter = Date::fromYmd(params.to.year(), (params.to.month() - 1) / 3 * 3 + 1, 1).value();
        const Date last = lastQuarter.addMonths(3).addDays(-1);
        auto closures = queries.closures(first, last, facts);
        if (!closures)
            return std::unexpected(closures.error());
        if (!report(50))
            return fail(ErrorCode::Cancelled, "cancelled");
        auto reoffences = queries.reoffences(first, last.addMonths(12));
        if (!reoffences)
            return std::unexpected(reoffences.error());
        out.tables = reoffendingTables(*closures, *reoffences, first, last, today, f.ageBand);
    } else if (name == "outcomes-by-intervention") {
        auto tables = outcomesByInterventionReport(queries, params, facts, utcMidnight(params.from),
                                                   utcMidnight(params.to.addDays(1)), today);
        if (!tables)
            return std::unexpected(tables.error());
        out.tables = std::move(*tables);
    } else if (name == "kpi") {
        auto tables = kpiReport(queries, params, facts);
        if (!tables)
            return std::unexpected(tables.error());
        out.tables = std::move(*tables);
    } else if (name == "timeliness") {
        auto rows = queries.referrals(params.from, params.to, facts, false);
        if (!rows)
            return std::unexpected(rows.error());
        keepAgeBand(*rows, f.ageBand);
        auto calendarSettings = m_context.calendarSettings();
        if (!calendarSettings)
            return std::unexpected(calendarSettings.error());
        const WorkingCalendar calendar(*calendarSettings);
        out.tables = timelinessTables(*rows, calendar, settings->limits, today);
    }
    if (auto st = snapshot.end(); !st)
        return std::unexpected(st.error());
    if (!report(90))
        return fail(ErrorCode::Cancelled, "cancelled");
    if (auto st = m_context.auditConsultation("report.run", "report", {}, auditDetail(name, params)); !st)
        return std::unexpected(st.error());
    report(100);
    return out;
}

Status Reports::prepareExport(Report& report, std::string_view format, std::string_view recipient)
{
    if (auto st = m_context.authorise(Action::ReportRun, "report"); !st)
        return st;
    // The recipient goes into the audit row: one line, and short (checked before anything is
    // suppressed or audited).
    const std::string to = text::trim(recipient);
    if (auto st = checkTextField("report_recipient", to, "recipient"); !st)
        return st;
    auto threshold = suppressionThreshold();
    if (!threshold)
        return std::unexpected(threshold.error());
    suppressSmallNumbers(report, *threshold);
    std::string detail = "disclosure: " + auditDetail(report.name, report.params) + " format=" + std::string(format) +
                         " threshold=" + std::to_string(*threshold);
    if (!to.empty())
        detail += " recipient=" + to;
    return m_context.audit("report.exported", "report", {}, detail);
}

Result<int> Reports::suppressionThreshold()
{
    const std::string text = MetaStore(m_context.database()).get(kThresholdSetting);
    if (text.empty())
        return kDefaultThreshold;
    int value = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (ec != std::errc() || end != text.data() + text.size() || value < 1 || value > 100)
        return fail(ErrorCode::Damaged, "the stored suppression threshold is not a number from 1 to 100");
    return value;
}

Status Reports::setSuppressionThreshold(int threshold)
{
    if (auto st = m_context.authorise(Action::SettingsChange, "casebook"); !st)
        return st;
    if (threshold < 1 || threshold > 100)
        return fail(ErrorCode::Validation, "the threshold must be from 1 to 100", "suppression_threshold");
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto st = MetaStore(db).set(kThresholdSetting, std::to_string(threshold)); !st)
        return st;
    if (auto st = m_context.audit("settings.changed", "casebook", {},
                                  "report suppression threshold " + std::to_string(threshold));
        !st)
        return st;
    return tx.commit();
}

} // namespace waymark
