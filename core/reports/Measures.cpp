#include "core/reports/Measures.h"

#include "core/calendar/WorkingCalendar.h"
#include "core/domain/Codes.h"
#include "core/reports/TableBuild.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <unordered_map>
#include <unordered_set>

namespace waymark {

using namespace table_build;

namespace {

std::string ageBandLabel(const std::string& key)
{
    for (const auto& [k, label] : reportAgeBands())
        if (k == key)
            return label;
    return key;
}

bool before(const ReferralFact& a, const ReferralFact& b)
{
    if (a.received != b.received)
        return a.received < b.received;
    if (a.createdAt != b.createdAt)
        return a.createdAt < b.createdAt;
    return a.id < b.id; // the same order as their text (lower-case hex, fixed hyphens)
}

} // namespace

void keepAgeBand(std::vector<ReferralFact>& facts, const std::string& band)
{
    if (band.empty())
        return;
    std::erase_if(facts, [&](const ReferralFact& f) { return reportAgeBand(f.dateOfBirth, f.received) != band; });
}

bool isEligible(const ReferralFact& f, const EligibilityRules& rules)
{
    if (f.eligibilityOverridden)
        return true;
    EligibilityInput in;
    in.dateOfBirth = f.dateOfBirth;
    in.eventDate = f.eventDate;
    in.received = f.received;
    in.route = f.route;
    in.statutoryOrder = f.statutoryOrder;
    in.flags = f.flags;
    in.previouslySupported = f.earlierAccepted;
    return assessEligibility(rules, in).pass;
}

bool isOffered(const ReferralFact& f)
{
    return f.decision == "accepted" || (!f.decision.empty() && (f.decisionReason == "young_person_declined" ||
                                                                f.decisionReason == "parent_declined"));
}

bool isCompleted(const ReferralFact& f)
{
    // Closed, and the approved closure's completion status is "completed" (not partially
    // completed, disengaged, moved away, escalated or other).
    return f.state == "closed" && f.completionStatus == "completed";
}

// ---- Funnel -----------------------------------------------------------------------------

std::vector<ReportTable> funnelTables(const std::vector<ReferralFact>& facts, const EligibilityRules& rules)
{
    struct Stages
    {
        double n[5] = {0, 0, 0, 0, 0}; // referred, eligible, offered, enrolled, completed
    };
    auto stagesOf = [&](const ReferralFact& f) {
        Stages s;
        s.n[0] = 1;
        s.n[1] = isEligible(f, rules) ? 1 : 0;
        s.n[2] = isOffered(f) ? 1 : 0;
        s.n[3] = f.enrolled ? 1 : 0;
        s.n[4] = isCompleted(f) ? 1 : 0;
        return s;
    };
    Stages all;
    // section -> group code -> stages
    std::map<std::string, std::map<std::string, Stages>> groups;
    for (const auto& f : facts) {
        const Stages s = stagesOf(f);
        auto add = [&](Stages& into) {
            for (int i = 0; i < 5; ++i)
                into.n[i] += s.n[i];
        };
        add(all);
        add(groups["ethnicity"][f.ethnicity.empty() ? "not_recorded" : f.ethnicity]);
        add(groups["sex"][f.sex.empty() ? "not_recorded" : f.sex]);
        add(groups["age_band"][reportAgeBand(f.dateOfBirth, f.received)]);
    }

    ReportTable t;
    t.name = "funnel";
    t.title = "Diversion funnel";
    t.columns = {textColumn("group", "Group"),
                 textColumn("label", ""),
                 countColumn("referred", "Referred"),
                 countColumn("eligible", "Eligible"),
                 countColumn("offered", "Offered"),
                 countColumn("enrolled", "Enrolled"),
                 countColumn("completed", "Completed"),
                 derivedColumn("eligible_disparity", "Eligible DR", ColumnKind::Ratio, {2, 3}),
                 derivedColumn("offered_disparity", "Offered DR", ColumnKind::Ratio, {2, 4}),
                 derivedColumn("enrolled_disparity", "Enrolled DR", ColumnKind::Ratio, {2, 5}),
                 derivedColumn("completed_disparity", "Completed DR", ColumnKind::Ratio, {2, 6})};
    auto rowFor = [&](const std::string& section, const std::string& code, const std::string& label, const Stages& s) {
        ReportRow row;
        row.section = section;
        row.cells = {text(code), text(label)};
        for (double v : s.n)
            row.cells.push_back(num(v));
        for (int i = 1; i < 5; ++i) {
            // disparity ratio = (group stage / group referred) / (overall stage / overall referred)
            if (s.n[0] > 0 && all.n[0] > 0 && all.n[i] > 0)
                row.cells.push_back(num((s.n[i] / s.n[0]) / (all.n[i] / all.n[0])));
            else
                row.cells.push_back(none());
        }
        return row;
    };
    auto sectionRows = [&](const std::string& section, auto&& labelOf) {
        for (const auto& [code, s] : groups[section])
            t.rows.push_back(rowFor(section, code, labelOf(code), s));
    };
    sectionRows("ethnicity", [](const std::string& c) { return labelIn(ethnicityCodes(), c); });
    sectionRows("sex", [](const std::string& c) { return labelIn(sexCodes(), c); });
    sectionRows("age_band", [](const std::string& c) { return ageBandLabel(c); });
    t.totals = rowFor("", "all", "All referrals", all);

    ReportTable reasons;
    reasons.name = "not_offered";
    reasons.title = "Reasons for not offering and declining";
    reasons.columns = {textColumn("reason", "Reason"), textColumn("label", ""), textColumn("kind", "Kind"),
                       countColumn("referrals", "Referrals"),
                       derivedColumn("share", "Share %", ColumnKind::Percent, {3})};
    std::map<std::string, double> byReason;
    double notAccepted = 0;
    for (const auto& f : facts) {
        if (f.decision.empty() || f.decision == "accepted")
            continue;
        ++notAccepted;
        byReason[f.decisionReason.empty() ? "not_recorded" : f.decisionReason] += 1;
    }
    for (const auto& [code, n] : byReason) {
        ReportRow row;
        row.section = "reason";
        const bool declined = code == "young_person_declined" || code == "parent_declined";
        row.cells = {text(code), text(labelIn(notOfferedReasonCodes(), code)),
                     text(declined ? "declined" : "not offered"), num(n), percent(n, notAccepted)};
        reasons.rows.push_back(std::move(row));
    }
    ReportRow total;
    total.cells = {text("all"), text("Not accepted"), text(""), num(notAccepted), percent(notAccepted, notAccepted)};
    reasons.totals = std::move(total);
    return {std::move(t), std::move(reasons)};
}

// ---- Repeat demand ----------------------------------------------------------------------

std::vector<ReportTable> repeatDemandTables(const std::vector<ReferralFact>& factsIn, Date from, Date to,
                                            const TimeLimits& limits)
{
    std::vector<const ReferralFact*> facts;
    for (const auto& f : factsIn)
        facts.push_back(&f);
    std::sort(facts.begin(), facts.end(), [](const ReferralFact* a, const ReferralFact* b) { return before(*a, *b); });
    // Ordinal of each referral: its place among the person's referrals within the repeat window.
    std::unordered_map<Uuid, std::vector<Date>, UuidHash> seen; // person -> received dates so far
    struct InWindow
    {
        const ReferralFact* fact;
        int ordinal;
    };
    std::vector<InWindow> window;
    for (const ReferralFact* f : facts) {
        auto& earlier = seen[f->personId];
        const int ordinal = repeatOrdinal(earlier, f->received, limits.repeatWindowMonths);
        earlier.push_back(f->received);
        if (f->received >= from && f->received <= to)
            window.push_back({f, ordinal});
    }
    const double totalReferrals = static_cast<double>(window.size());

    // Bands.
    std::unordered_map<Uuid, int, UuidHash> perPerson;
    for (const auto& w : window)
        ++perPerson[w.fact->personId];
    const char* bandNames[] = {"1", "2", "3-4", "5+"};
    double bandPeople[4] = {0, 0, 0, 0};
    double bandReferrals[4] = {0, 0, 0, 0};
    for (const auto& [person, n] : perPerson) {
        const int b = n == 1 ? 0 : n == 2 ? 1 : n <= 4 ? 2 : 3;
        bandPeople[b] += 1;
        bandReferrals[b] += n;
    }
    const double totalPeople = static_cast<double>(perPerson.size());
    ReportTable bands;
    bands.name = "bands";
    bands.title = "People by number of referrals in the period";
    bands.columns = {textColumn("band", "Referrals each"), countColumn("people", "People"),
                     countColumn("referrals", "Referrals"),
                     derivedColumn("share_of_referrals", "Share of referrals %", ColumnKind::Percent, {2}),
                     derivedColumn("share_of_people", "Share of people %", ColumnKind::Percent, {1})};
    for (int b = 0; b < 4; ++b) {
        ReportRow row;
        row.section = "band";
        row.cells = {text(bandNames[b]), num(bandPeople[b]), num(bandReferrals[b]),
                     percent(bandReferrals[b], totalReferrals), percent(bandPeople[b], totalPeople)};
        bands.rows.push_back(std::move(row));
    }
    ReportRow bandTotal;
    bandTotal.cells = {text("all"), num(totalPeople), num(totalReferrals), percent(totalReferrals, totalReferrals),
                       percent(totalPeople, totalPeople)};
    bands.totals = std::move(bandTotal);

    // Trigger: people with a referral in the period that was their N-th (or later) in the window.
    std::unordered_set<Uuid, UuidHash> triggered;
    for (const auto& w : window)
        if (isRepeatTrigger(w.ordinal, limits))
            triggered.insert(w.fact->personId);
    double triggeredReferrals = 0;
    for (const auto& w : window)
        if (triggered.contains(w.fact->personId))
            ++triggeredReferrals;
    ReportTable trigger;
    trigger.name = "trigger";
    trigger.title = "People reaching the repeat-referral trigger";
    trigger.columns = {textColumn("trigger", "Trigger"), countColumn("people", "People", false),
                       countColumn("referrals", "Their referrals in the period", false),
                       derivedColumn("share_of_referrals", "Share of referrals %", ColumnKind::Percent, {2})};
    {
        ReportRow row;
        row.section = "trigger";
        row.cells = {text(std::to_string(limits.repeatThreshold) + " in " + std::to_string(limits.repeatWindowMonths) +
                          " months"),
                     num(static_cast<double>(triggered.size())), num(triggeredReferrals),
                     percent(triggeredReferrals, totalReferrals)};
        trigger.rows.push_back(std::move(row));
    }

    // Trend by calendar quarter (the part of each quarter inside the period).
    ReportTable quarters;
    quarters.name = "quarters";
    quarters.title = "Trend by quarter";
    quarters.columns = {textColumn("quarter", "Quarter"),
                        countColumn("referrals", "Referrals"),
                        countColumn("people", "People", false),
                        countColumn("repeat_referrals", "Repeat referrals"),
                        derivedColumn("repeat_share", "Repeat share %", ColumnKind::Percent, {1, 3}),
                        countColumn("reached_trigger", "Reached trigger")};
    struct Quarter
    {
        double referrals = 0, repeats = 0, reached = 0;
        std::unordered_set<Uuid, UuidHash> people;
    };
    std::map<std::string, Quarter> byQuarter;
    if (!from.isNull() && !to.isNull() && from <= to) {
        for (Date q = Date::fromYmd(from.year(), (from.month() - 1) / 3 * 3 + 1, 1).value(); q <= to;
             q = q.addMonths(3))
            byQuarter[std::to_string(q.year()) + "-Q" + std::to_string((q.month() - 1) / 3 + 1)];
    }
    for (const auto& w : window) {
        const Date d = w.fact->received;
        Quarter& q = byQuarter[std::to_string(d.year()) + "-Q" + std::to_string((d.month() - 1) / 3 + 1)];
        q.referrals += 1;
        q.people.insert(w.fact->personId);
        if (w.ordinal >= 2)
            q.repeats += 1;
        if (w.ordinal == limits.repeatThreshold)
            q.reached += 1;
    }
    double repeatsAll = 0, reachedAll = 0;
    for (const auto& [name, q] : byQuarter) {
        ReportRow row;
        row.section = "quarter";
        row.cells = {text(name),
                     num(q.referrals),
                     num(static_cast<double>(q.people.size())),
                     num(q.repeats),
                     percent(q.repeats, q.referrals),
                     num(q.reached)};
        repeatsAll += q.repeats;
        reachedAll += q.reached;
        quarters.rows.push_back(std::move(row));
    }
    ReportRow quarterTotal;
    quarterTotal.cells = {
        text("all"),    num(totalReferrals), num(totalPeople), num(repeatsAll), percent(repeatsAll, totalReferrals),
        num(reachedAll)};
    quarters.totals = std::move(quarterTotal);

    // Sources of repeat referrals.
    ReportTable sources;
    sources.name = "sources";
    sources.title = "Sources of repeat referrals";
    sources.columns = {textColumn("source", "Source"),
                       textColumn("label", ""),
                       countColumn("referrals", "Referrals"),
                       countColumn("repeat_referrals", "Repeat referrals"),
                       derivedColumn("repeat_share_of_source", "Repeat share of source %", ColumnKind::Percent, {2, 3}),
                       derivedColumn("share_of_repeats", "Share of all repeats %", ColumnKind::Percent, {3})};
    std::map<std::string, std::pair<double, double>> bySource;
    for (const auto& w : window) {
        auto& s = bySource[w.fact->source.empty() ? "not_recorded" : w.fact->source];
        s.first += 1;
        if (w.ordinal >= 2)
            s.second += 1;
    }
    for (const auto& [code, s] : bySource) {
        ReportRow row;
        row.section = "source";
        row.cells = {text(code),
                     text(labelIn(referralSourceCodes(), code)),
                     num(s.first),
                     num(s.second),
                     percent(s.second, s.first),
                     percent(s.second, repeatsAll)};
        sources.rows.push_back(std::move(row));
    }
    ReportRow sourceTotal;
    sourceTotal.cells = {text("all"),
                         text("All sources"),
                         num(totalReferrals),
                         num(repeatsAll),
                         percent(repeatsAll, totalReferrals),
                         percent(repeatsAll, repeatsAll)};
    sources.totals = std::move(sourceTotal);
    return {std::move(bands), std::move(trigger), std::move(quarters), std::move(sources)};
}

// ---- Timeliness -------------------------------------------------------------------------

std::vector<ReportTable> timelinessTables(const std::vector<ReferralFact>& facts, const WorkingCalendar& calendar,
                                          const TimeLimits& limits, Date today)
{
    ReportTable t;
    t.name = "timeliness";
    t.title = "Timeliness";
    t.columns = {textColumn("measure", "Measure"),
                 textColumn("label", ""),
                 {"limit_days", "Limit (working days)", ColumnKind::Number, {}, false},
                 countColumn("referrals", "Referrals", false),
                 countColumn("met", "Within limit", false),
                 countColumn("missed", "Late", false),
                 countColumn("overdue", "Still open, overdue", false),
                 countColumn("running", "Still open, not yet due", false),
                 derivedColumn("pct_within", "Within limit %", ColumnKind::Percent, {4, 5, 6}),
                 derivedColumn("median_days", "Median working days", ColumnKind::Days, {4, 5}),
                 derivedColumn("mean_days", "Mean working days", ColumnKind::Days, {4, 5})};
    auto measure = [&](const std::string& key, const std::string& label, int limit, auto&& stopOf, auto&& inScope) {
        double referrals = 0, met = 0, missed = 0, overdue = 0, running = 0;
        std::vector<double> days;
        for (const auto& f : facts) {
            if (!inScope(f))
                continue;
            ++referrals;
            const Date due = dueDate(calendar, f.received, limit);
            const Date stop = stopOf(f);
            if (!stop.isNull()) {
                days.push_back(static_cast<double>(calendar.workingDaysBetween(f.received, stop)));
                (stop <= due ? met : missed) += 1;
            } else {
                (today > due ? overdue : running) += 1;
            }
        }
        ReportRow row;
        row.section = "measure";
        row.cells = {text(key),      text(label),  num(limit),
                     num(referrals), num(met),     num(missed),
                     num(overdue),   num(running), percent(met, met + missed + overdue)};
        if (days.empty()) {
            row.cells.push_back(none());
            row.cells.push_back(none());
        } else {
            std::sort(days.begin(), days.end());
            const std::size_t n = days.size();
            row.cells.push_back(num(n % 2 ? days[n / 2] : (days[n / 2 - 1] + days[n / 2]) / 2));
            row.cells.push_back(num(std::accumulate(days.begin(), days.end(), 0.0) / static_cast<double>(n)));
        }
        t.rows.push_back(std::move(row));
    };
    measure(
        "decision", "Referral to decision", limits.decisionDays, [](const ReferralFact& f) { return f.decisionDate; },
        [](const ReferralFact&) { return true; });
    measure(
        "first_contact", "Referral to first contact", limits.firstContactDays,
        [](const ReferralFact& f) { return f.firstContact; },
        [](const ReferralFact& f) { return !f.firstContact.isNull() || f.decision == "accepted"; });
    return {std::move(t)};
}

// ---- Reoffending ------------------------------------------------------------------------

ReoffencesByPerson reoffencesByPerson(const std::vector<ReoffenceFact>& reoffences)
{
    ReoffencesByPerson byPerson;
    for (const auto& r : reoffences)
        byPerson[r.personId].push_back(&r);
    return byPerson;
}

int provenReoffences(Date closedOn, const std::vector<const ReoffenceFact*>& ofPerson)
{
    const Date offenceLimit = closedOn.addMonths(12);
    const Date outcomeLimit = closedOn.addMonths(18);
    int proven = 0;
    for (const ReoffenceFact* r : ofPerson) {
        if (r->offenceDate <= closedOn || r->offenceDate > offenceLimit)
            continue;
        if (r->outcomeType != "caution" && r->outcomeType != "conviction")
            continue;
        if (r->outcomeDate.isNull() || r->outcomeDate > outcomeLimit)
            continue;
        ++proven;
    }
    return proven;
}

bool reoffendingPending(Date lastClosedOn, Date today)
{
    return today <= lastClosedOn.addMonths(18);
}

std::vector<ReportTable> reoffendingTables(const std::vector<ClosureFact>& closures,
                                           const std::vector<ReoffenceFact>& reoffences, Date from, Date to, Date today,
                                           const std::string& ageBand)
{
    ReportTable t;
    t.name = "cohorts";
    t.title = "Local proven reoffending by closure cohort";
    t.columns = {textColumn("quarter", "Cohort (closed in)"),
                 textColumn("status", "Status"),
                 countColumn("cohort", "People", false),
                 countColumn("reoffenders", "Reoffenders", false),
                 derivedColumn("binary_rate", "Binary rate %", ColumnKind::Percent, {2, 3}),
                 countColumn("reoffences", "Reoffences", false),
                 derivedColumn("frequency_per_100", "Reoffences per 100", ColumnKind::Rate, {2, 5})};
    if (from.isNull() || to.isNull() || to < from)
        return {std::move(t)};
    const ReoffencesByPerson byPerson = reoffencesByPerson(reoffences);
    for (Date q = Date::fromYmd(from.year(), (from.month() - 1) / 3 * 3 + 1, 1).value(); q <= to; q = q.addMonths(3)) {
        const Date first = std::max(q, from);
        const Date last = std::min(q.addMonths(3).addDays(-1), to);
        // Each person once, from their first closure in the quarter.
        std::unordered_map<Uuid, Date, UuidHash> cohort;
        for (const auto& c : closures) {
            if (c.closedOn < first || c.closedOn > last)
                continue;
            if (!ageBand.empty() && reportAgeBand(c.dateOfBirth, c.received) != ageBand)
                continue;
            auto [it, added] = cohort.emplace(c.personId, c.closedOn);
            if (!added && c.closedOn < it->second)
                it->second = c.closedOn;
        }
        // The cohort is measured once its last possible member's 12 months and 6-month waiting
        // period have passed.
        const bool pending = reoffendingPending(q.addMonths(3).addDays(-1), today);
        double reoffenders = 0, count = 0;
        for (const auto& [person, closedOn] : cohort) {
            const auto it = byPerson.find(person);
            if (it == byPerson.end())
                continue;
            const int proven = provenReoffences(closedOn, it->second);
            if (proven > 0)
                reoffenders += 1;
            count += proven;
        }
        ReportRow row;
        row.section = "quarter";
        const double size = static_cast<double>(cohort.size());
        row.cells = {text(std::to_string(q.year()) + "-Q" + std::to_string((q.month() - 1) / 3 + 1)),
                     text(pending ? "pending" : "measured"), num(size)};
        if (pending) {
            row.cells.insert(row.cells.end(), {none(), none(), none(), none()});
        } else {
            row.cells.push_back(num(reoffenders));
            row.cells.push_back(percent(reoffenders, size));
            row.cells.push_back(num(count));
            row.cells.push_back(percent(count, size));
        }
        t.rows.push_back(std::move(row));
    }
    return {std::move(t)};
}

// ---- Caseload ---------------------------------------------------------------------------

std::vector<ReportTable> caseloadTables(const std::vector<OpenCaseFact>& open,
                                        const std::vector<WorkerActivity>& activity,
                                        const std::vector<WorkerName>& workers, bool unallocatedRow, Date today,
                                        const std::string& ageBand)
{
    struct Load
    {
        double open = 0, overdue = 0, sessions = 0, minutes = 0;
    };
    std::map<Uuid, Load> byWorker; // the null id: unallocated
    const std::string todayIso = today.toIso();
    for (const auto& c : open) {
        if (!ageBand.empty() && reportAgeBand(c.dateOfBirth, c.received) != ageBand)
            continue;
        Load& l = byWorker[c.allocatedTo];
        l.open += 1;
        if (c.runningDue < todayIso)
            l.overdue += 1;
    }
    for (const WorkerActivity& a : activity) {
        Load& l = byWorker[a.worker];
        l.sessions += static_cast<double>(a.sessions);
        l.minutes += static_cast<double>(a.minutes);
    }
    ReportTable t;
    t.name = "caseload";
    t.title = "Caseload and activity per caseworker";
    t.columns = {textColumn("worker", "Worker"),
                 textColumn("name", "Name"),
                 countColumn("open_cases", "Open cases"),
                 {"sessions", "Sessions", ColumnKind::Number, {}, false},
                 {"contact_minutes", "Contact minutes", ColumnKind::Number, {}, false},
                 countColumn("overdue", "Overdue")};
    Load total;
    auto addRow = [&](const std::string& worker, const std::string& name, const Load& l) {
        ReportRow row;
        row.section = "worker";
        row.cells = {text(worker), text(name), num(l.open), num(l.sessions), num(l.minutes), num(l.overdue)};
        t.rows.push_back(std::move(row));
        total.open += l.open;
        total.overdue += l.overdue;
        total.sessions += l.sessions;
        total.minutes += l.minutes;
    };
    std::vector<WorkerName> sorted = workers;
    std::sort(sorted.begin(), sorted.end(),
              [](const WorkerName& a, const WorkerName& b) { return a.username < b.username; });
    for (const auto& w : sorted) {
        const auto it = byWorker.find(w.id);
        const Load l = it == byWorker.end() ? Load{} : it->second;
        const bool staff = w.role == "caseworker" || w.role == "coordinator";
        if (!staff && it == byWorker.end())
            continue;
        addRow(w.username, w.displayName, l);
    }
    if (unallocatedRow) {
        const auto it = byWorker.find(Uuid{});
        addRow("unallocated", "Unallocated", it == byWorker.end() ? Load{} : it->second);
    }
    ReportRow totals;
    totals.cells = {text("all"),         text("All workers"), num(total.open),
                    num(total.sessions), num(total.minutes),  num(total.overdue)};
    t.totals = std::move(totals);
    return {std::move(t)};
}

} // namespace waymark
