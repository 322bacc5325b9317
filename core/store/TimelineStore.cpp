#include "core/store/TimelineStore.h"

#include "core/store/AssessmentStore.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"
#include "core/store/OutcomeStore.h"
#include "core/store/PlanStore.h"
#include "core/store/SessionStore.h"
#include "core/store/TaskStore.h"

#include <algorithm>

namespace waymark {

namespace {

// A history row's time is UTC with milliseconds; the timeline's is to the second.
#define WAYMARK_EVENT_AT "(substr(e.at, 1, 19) || 'Z')"

constexpr std::string_view kReferralsReceived =
    "SELECT r.received AS at, r.id AS record_id, r.id AS referral_id, 'received' AS title, r.reference AS detail, "
    "NULL AS author_id, 0 AS sensitive FROM referrals r "
    "WHERE r.person_id = ?1 AND r.deleted = 0 AND r.received < ?2 AND r.received >= ?3 "
    "ORDER BY r.received DESC LIMIT ?4";

constexpr std::string_view kReferralHistory =
    "SELECT " WAYMARK_EVENT_AT " AS at, e.referral_id AS record_id, e.referral_id AS referral_id, e.kind AS title, "
    "r.reference AS detail, e.by_user AS author_id, 0 AS sensitive FROM referrals r "
    "JOIN referral_events e ON e.referral_id = r.id "
    "WHERE r.person_id = ?1 AND r.deleted = 0 AND e.deleted = 0 "
    "AND e.kind IN ('allocated', 'taken', 'first_contact', 'override') "
    "AND " WAYMARK_EVENT_AT " < ?2 AND " WAYMARK_EVENT_AT " >= ?3 ORDER BY at DESC LIMIT ?4";

constexpr std::string_view kDecisions =
    "SELECT " WAYMARK_EVENT_AT " AS at, e.referral_id AS record_id, e.referral_id AS referral_id, "
    "e.to_state AS title, coalesce(e.reason_code, '') AS detail, e.by_user AS author_id, 0 AS sensitive "
    "FROM referrals r JOIN referral_events e ON e.referral_id = r.id "
    "WHERE r.person_id = ?1 AND r.deleted = 0 AND e.deleted = 0 AND e.kind = 'transition' "
    "AND " WAYMARK_EVENT_AT " < ?2 AND " WAYMARK_EVENT_AT " >= ?3 ORDER BY at DESC LIMIT ?4";

#undef WAYMARK_EVENT_AT

constexpr TimelineSource kReferralSources[] = {
    {"referral", kReferralsReceived},
    {"referral", kReferralHistory},
    {"decision", kDecisions},
};

const std::vector<TimelineSource>& all()
{
    static const std::vector<TimelineSource> out = [] {
        std::vector<TimelineSource> v(std::begin(kReferralSources), std::end(kReferralSources));
        // Each record store offers its own sources; a new store adds its line here.
        for (auto sources :
             {AssessmentStore::timelineSources(), PlanStore::timelineSources(), SessionStore::timelineSources(),
              NoteStore::timelineSources(), TaskStore::timelineSources(), OutcomeStore::timelineSources()})
            for (const auto& s : sources)
                v.push_back(s);
        return v;
    }();
    return out;
}

} // namespace

std::span<const TimelineSource> TimelineStore::sources()
{
    return all();
}

std::span<const TimelineSource> TimelineStore::referralSources()
{
    return kReferralSources;
}

Result<std::vector<TimelineRow>> TimelineStore::read(const Uuid& personId, const std::vector<std::string>& kinds,
                                                     std::string_view before, std::string_view from, int count)
{
    std::vector<TimelineRow> rows;
    if (count <= 0)
        return rows;
    for (const TimelineSource& source : all()) {
        if (!kinds.empty() && std::find(kinds.begin(), kinds.end(), source.kind) == kinds.end())
            continue;
        Statement st(m_db, source.sql, true);
        st.bind(1, personId).bind(2, before).bind(3, from).bind(4, count);
        if (auto r = st.forEachRow([&] {
                TimelineRow row;
                row.kind = source.kind;
                row.at = st.text(0);
                row.recordId = st.uuid(1);
                row.referralId = st.uuid(2);
                row.title = st.text(3);
                row.detail = st.text(4);
                row.authorId = st.uuid(5);
                row.sensitive = st.integer(6) != 0;
                rows.push_back(std::move(row));
            });
            !r)
            return std::unexpected(r.error());
    }
    // Each source is newest first; a stable sort of their concatenation is their merge, ties
    // in source order.
    std::stable_sort(rows.begin(), rows.end(), [](const TimelineRow& a, const TimelineRow& b) { return a.at > b.at; });
    if (static_cast<int>(rows.size()) > count)
        rows.resize(static_cast<std::size_t>(count));
    return rows;
}

} // namespace waymark
