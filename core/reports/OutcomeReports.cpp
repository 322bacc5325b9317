#include "core/reports/OutcomeReports.h"

#include "core/domain/Assessment.h"
#include "core/domain/OutcomeFields.h"
#include "core/domain/Plan.h"
#include "core/reports/Measures.h"
#include "core/reports/TableBuild.h"

#include <algorithm>
#include <map>
#include <unordered_map>

namespace waymark {

using namespace table_build;

namespace {

// ---- Assessment score change ------------------------------------------------------------

// The template an assessment was read with, as far as the change needs it: its domain codes.
AssessmentTemplate domainsOf(const Assessment& a)
{
    AssessmentTemplate t;
    t.code = a.templateCode;
    for (const auto& r : a.ratings)
        t.domains.push_back({r.domain, r.domain});
    return t;
}

// Per referral: the change in assessment score from its first assessment to its last on the
// same template (distanceTravelled: over the domains rated both times); absent when there is no
// such pair or no domain was rated both times.
std::unordered_map<Uuid, int, UuidHash> scoreChanges(const std::vector<AssessmentScoreFact>& scores)
{
    std::vector<Assessment> all;
    all.reserve(scores.size());
    for (const auto& f : scores) {
        Assessment& a = all.emplace_back();
        a.id = f.assessmentId;
        a.referralId = f.referralId;
        a.templateCode = f.templateCode;
        a.assessedOn = f.assessedOn;
        a.createdAt = f.createdAt;
        for (const auto& [domain, rating] : f.ratings)
            a.ratings.push_back({domain, rating, false, {}});
    }
    std::unordered_map<Uuid, std::vector<const Assessment*>, UuidHash> byReferral;
    for (const auto& a : all)
        byReferral[a.referralId].push_back(&a);
    std::unordered_map<Uuid, int, UuidHash> out;
    for (auto& [referral, list] : byReferral) {
        std::sort(list.begin(), list.end(), [](const Assessment* a, const Assessment* b) {
            if (a->assessedOn != b->assessedOn)
                return a->assessedOn < b->assessedOn;
            if (a->createdAt != b->createdAt)
                return a->createdAt < b->createdAt;
            return a->id < b->id;
        });
        const Assessment* first = list.front();
        const auto last = std::find_if(list.rbegin(), list.rend(), [&](const Assessment* a) {
            return a != first && a->templateCode == first->templateCode;
        });
        if (last == list.rend())
            continue;
        const DistanceTravelled d = distanceTravelled(*first, domainsOf(*first), **last, domainsOf(**last));
        if (d.comparedCount > 0)
            out[referral] = d.totalChange;
    }
    return out;
}

// The KPI funnels in order: each step's field and the step before it (empty: the first step).
struct KpiStep
{
    const char* section;
    const char* field;
    const char* label;
    const char* previous;
};

constexpr KpiStep kKpiSteps[] = {
    {"accommodation", "accommodation_suitable", "Suitable accommodation", ""},
    {"ete", "ete_suitable", "Suitable education, training or employment", ""},
    // Of the snapshots recording the hours: those with more than 0 (in some ETE), and their mean.
    {"ete", "ete_hours", "In ETE (hours a week more than 0)", ""},
    {"send_aln", "send_aln", "SEND/ALN identified", ""},
    {"send_aln", "send_plan", "... with a plan (EHCP/IDP)", "send_aln"},
    {"mental_health", "mental_health_need", "Mental health need", ""},
    {"mental_health", "mental_health_offered", "... offered support", "mental_health_need"},
    {"mental_health", "mental_health_attending", "... attending", "mental_health_offered"},
    {"substance_use", "substance_use_need", "Substance use need", ""},
    {"substance_use", "substance_use_offered", "... offered support", "substance_use_need"},
    {"substance_use", "substance_use_attending", "... attending", "substance_use_offered"},
    {"victims", "victims_contacted", "Victims contacted", ""},
    {"victims", "victims_consented", "... consented", "victims_contacted"},
    {"victims", "victims_engaged", "... engaged in restorative justice", "victims_consented"},
};

} // namespace

// ---- Outcomes by intervention -----------------------------------------------------------

std::vector<ReportTable> outcomesByInterventionTables(const std::vector<InterventionFact>& enrolled,
                                                      const std::vector<AssessmentScoreFact>& scores,
                                                      const std::vector<ClosureFact>& closures,
                                                      const std::vector<ReoffenceFact>& reoffences, Date today,
                                                      const std::unordered_map<std::string, std::string>& ownTypes)
{
    struct Outcome
    {
        std::string label;
        double enrolled = 0, completed = 0, assessed = 0, scoreChange = 0, followed = 0, reoffenders = 0, minutes = 0;
    };
    const auto changes = scoreChanges(scores);
    std::unordered_map<Uuid, Date, UuidHash> closedOn;
    for (const auto& c : closures) {
        auto [it, added] = closedOn.emplace(c.referralId, c.closedOn);
        if (!added && c.closedOn > it->second)
            it->second = c.closedOn;
    }
    const ReoffencesByPerson byPerson = reoffencesByPerson(reoffences);
    static const std::vector<const ReoffenceFact*> kNoReoffences;

    Outcome all;
    std::map<std::string, std::map<std::string, Outcome>> groups; // section -> group -> outcome
    for (const auto& f : enrolled) {
        Outcome o;
        o.enrolled = 1;
        o.completed = f.status == "completed" ? 1 : 0;
        o.minutes = f.contactMinutes;
        const Uuid& referral = f.referralId;
        if (const auto it = changes.find(referral); it != changes.end()) {
            o.assessed = 1;
            o.scoreChange = it->second;
        }
        if (const auto it = closedOn.find(referral); it != closedOn.end() && !reoffendingPending(it->second, today)) {
            o.followed = 1;
            const auto r = byPerson.find(f.personId);
            o.reoffenders = provenReoffences(it->second, r == byPerson.end() ? kNoReoffences : r->second) > 0 ? 1 : 0;
        }
        auto add = [&](Outcome& into) {
            into.enrolled += o.enrolled;
            into.completed += o.completed;
            into.assessed += o.assessed;
            into.scoreChange += o.scoreChange;
            into.followed += o.followed;
            into.reoffenders += o.reoffenders;
            into.minutes += o.minutes;
        };
        add(all);
        Outcome& type = groups["type"][f.type];
        // A built-in type by its label; a casebook's own by the label its coordinator gave it.
        const auto own = ownTypes.find(f.type);
        type.label = own != ownTypes.end() ? own->second : labelIn(interventionTypeCodes(), f.type);
        add(type);
        const std::string providerGroup = f.providerId.isNull()    ? std::string("none")
                                          : f.providerName.empty() ? f.providerId.toString()
                                                                   : f.providerName;
        Outcome& provider = groups["provider"][providerGroup];
        provider.label = f.providerId.isNull() ? "No provider (the scheme itself)" : "";
        add(provider);
    }

    ReportTable t;
    t.name = "outcomes";
    t.title = "Outcomes by intervention type and by provider";
    t.columns = {textColumn("group", "Type or provider"),
                 textColumn("label", ""),
                 countColumn("enrolled", "Enrolled"),
                 countColumn("completed", "Completed"),
                 derivedColumn("completed_pct", "Completed %", ColumnKind::Percent, {2, 3}),
                 countColumn("assessed", "Assessed at start and end"),
                 derivedColumn("mean_score_change", "Mean score change", ColumnKind::Mean, {5}),
                 countColumn("followed_up", "Closed, 18 months passed"),
                 countColumn("reoffenders", "Reoffenders"),
                 derivedColumn("reoffending_rate", "Reoffending %", ColumnKind::Percent, {7, 8}),
                 {"contact_minutes", "Contact minutes", ColumnKind::Number, {}, false}};
    auto rowFor = [](const std::string& section, const std::string& group, const Outcome& o) {
        ReportRow row;
        row.section = section;
        row.cells = {text(group),
                     text(o.label),
                     num(o.enrolled),
                     num(o.completed),
                     percent(o.completed, o.enrolled),
                     num(o.assessed),
                     o.assessed > 0 ? num(o.scoreChange / o.assessed) : none(),
                     num(o.followed),
                     num(o.reoffenders),
                     percent(o.reoffenders, o.followed),
                     num(o.minutes)};
        return row;
    };
    for (const char* section : {"type", "provider"})
        for (const auto& [group, o] : groups[section])
            t.rows.push_back(rowFor(section, group, o));
    all.label = "All interventions";
    t.totals = rowFor("", "all", all);
    return {std::move(t)};
}

// ---- KPI ----------------------------------------------------------------------------------

std::vector<ReportTable> kpiTables(const std::vector<ClosureFact>& closures,
                                   const std::vector<OutcomeSnapshot>& snapshots)
{
    // The cases: each closed referral once.
    std::map<Uuid, std::pair<const OutcomeSnapshot*, const OutcomeSnapshot*>> cases; // start, end
    for (const auto& c : closures)
        cases[c.referralId];
    for (const auto& s : snapshots) {
        const auto it = cases.find(s.referralId);
        if (it == cases.end())
            continue;
        (s.stage == "start" ? it->second.first : it->second.second) = &s;
    }

    ReportTable t;
    t.name = "kpi";
    t.title = "Outcome KPIs at start and at end";
    t.columns = {textColumn("measure", "Measure"),
                 textColumn("label", ""),
                 countColumn("start_of", "Start: of", false),
                 countColumn("start_yes", "Start: yes", false),
                 derivedColumn("start_pct", "Start %", ColumnKind::Percent, {2, 3}),
                 countColumn("end_of", "End: of", false),
                 countColumn("end_yes", "End: yes", false),
                 derivedColumn("end_pct", "End %", ColumnKind::Percent, {5, 6}),
                 derivedColumn("change_points", "Change (points)", ColumnKind::Percent, {2, 3, 5, 6}),
                 derivedColumn("start_mean_hours", "Start: mean hours", ColumnKind::Mean, {3}),
                 derivedColumn("end_mean_hours", "End: mean hours", ColumnKind::Mean, {6})};
    auto addRow = [&](const std::string& section, const std::string& field, const std::string& label,
                      const std::string& previous) {
        // ETE hours: answered when recorded; "yes" when more than 0, whose hours are averaged.
        const bool hours = field == "ete_hours";
        const SnapshotAnswer member = snapshotAnswerMember(field);
        const SnapshotAnswer before = previous.empty() ? nullptr : snapshotAnswerMember(previous);
        if (!hours && (!member || (!previous.empty() && !before)))
            return; // not a field: kKpiSteps names fields only
        double of[2] = {0, 0}, yes[2] = {0, 0}, hoursSum[2] = {0, 0};
        for (const auto& [referral, pair] : cases) {
            const OutcomeSnapshot* stages[2] = {pair.first, pair.second};
            for (int i = 0; i < 2; ++i) {
                if (!stages[i])
                    continue;
                if (hours) {
                    if (!stages[i]->eteHours)
                        continue;
                    of[i] += 1;
                    if (*stages[i]->eteHours > 0) {
                        yes[i] += 1;
                        hoursSum[i] += *stages[i]->eteHours;
                    }
                    continue;
                }
                const std::string& answer = stages[i]->*member;
                // The first step counts the answered; a later step those who said yes to the one before.
                const bool inBase = before ? stages[i]->*before == "yes" : !answer.empty();
                if (!inBase)
                    continue;
                of[i] += 1;
                if (answer == "yes")
                    yes[i] += 1;
            }
        }
        ReportRow row;
        row.section = section;
        row.cells = {text(field), text(label),           num(of[0]), num(yes[0]), percent(yes[0], of[0]), num(of[1]),
                     num(yes[1]), percent(yes[1], of[1])};
        row.cells.push_back(of[0] > 0 && of[1] > 0 ? num(*row.cells[7].number - *row.cells[4].number) : none());
        for (int i = 0; i < 2; ++i)
            row.cells.push_back(hours && yes[i] > 0 ? num(hoursSum[i] / yes[i]) : none());
        t.rows.push_back(std::move(row));
    };
    {
        double with[2] = {0, 0};
        for (const auto& [referral, pair] : cases) {
            with[0] += pair.first ? 1 : 0;
            with[1] += pair.second ? 1 : 0;
        }
        const auto n = static_cast<double>(cases.size());
        ReportRow row;
        row.section = "cases";
        row.cells = {text("snapshot"),
                     text("Snapshot recorded"),
                     num(n),
                     num(with[0]),
                     percent(with[0], n),
                     num(n),
                     num(with[1]),
                     percent(with[1], n),
                     none(),
                     none(),
                     none()};
        t.rows.push_back(std::move(row));
    }
    for (const KpiStep& step : kKpiSteps)
        addRow(step.section, step.field, step.label, step.previous);
    return {std::move(t)};
}

// ---- Readings ---------------------------------------------------------------------------

Result<std::vector<ReportTable>> outcomesByInterventionReport(ReportQueries& queries, const ReportParams& params,
                                                              const FactFilters& filters, const std::string& startUtc,
                                                              const std::string& endUtc, Date today)
{
    auto interventions = queries.interventions(startUtc, endUtc, filters);
    if (!interventions)
        return std::unexpected(interventions.error());
    // Enrolled in the period: the first attended session starts in it.
    const std::string& band = params.filters.ageBand;
    std::erase_if(*interventions, [&](const InterventionFact& f) {
        return f.firstAttended < startUtc || f.firstAttended >= endUtc ||
               (!band.empty() && reportAgeBand(f.dateOfBirth, f.received) != band);
    });
    std::vector<Uuid> referrals;
    referrals.reserve(interventions->size());
    for (const auto& f : *interventions)
        referrals.push_back(f.referralId);
    auto scores = queries.assessmentScores(referrals);
    if (!scores)
        return std::unexpected(scores.error());
    // Every closure from the period's start: the enrolled referrals already passed the filters.
    auto closures = queries.closedOn(params.from, today);
    if (!closures)
        return std::unexpected(closures.error());
    auto reoffences = queries.reoffences(params.from, today);
    if (!reoffences)
        return std::unexpected(reoffences.error());
    auto ownTypes = queries.ownInterventionTypes();
    if (!ownTypes)
        return std::unexpected(ownTypes.error());
    return outcomesByInterventionTables(*interventions, *scores, *closures, *reoffences, today, *ownTypes);
}

Result<std::vector<ReportTable>> kpiReport(ReportQueries& queries, const ReportParams& params,
                                           const FactFilters& filters)
{
    auto closures = queries.closures(params.from, params.to, filters);
    if (!closures)
        return std::unexpected(closures.error());
    const std::string& band = params.filters.ageBand;
    std::erase_if(*closures, [&](const ClosureFact& c) {
        return !band.empty() && reportAgeBand(c.dateOfBirth, c.received) != band;
    });
    FactFilters withoutPerson = filters;
    withoutPerson.needPerson = false;
    auto snapshots = queries.closedSnapshots(params.from, params.to, withoutPerson);
    if (!snapshots)
        return std::unexpected(snapshots.error());
    return kpiTables(*closures, *snapshots);
}

} // namespace waymark
