#pragma once

// casebook.timeline(): one timeline per person of everything recorded about them (referrals
// and decisions, assessments, plans, sessions, notes, tasks), newest first, in pages; and the
// person page's header (the current referral's state, clocks and flags). A desk of the
// Casebook door (core/Casebook.h) reaching the casebook through its DeskContext. SQL in
// core/store/TimelineStore (the sources: core/store/TimelineSource.h).

#include "core/Error.h"
#include "core/Referrals.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/ReferralClocks.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

// Where the next page starts: rows older than `at`, and after the first `skip` rows at
// exactly `at` (those were on earlier pages), so rows sharing a time are never lost.
struct TimelineCursor
{
    std::string at;
    int skip = 0;

    std::string toString() const; // "<at>/<skip>"
    static std::optional<TimelineCursor> parse(std::string_view text);
    friend bool operator==(const TimelineCursor&, const TimelineCursor&) = default;
};

struct TimelineQuery
{
    Uuid personId;
    std::vector<std::string> kinds; // empty: every kind the user may see
    Date from;                      // inclusive; null: no lower bound
    Date to;                        // inclusive; null: no upper bound
    std::optional<TimelineCursor> before;
    int limit = 50; // 1..500
};

struct TimelineEvent
{
    std::string kind;  // timelineKinds()
    std::string at;    // "YYYY-MM-DD" or "YYYY-MM-DDTHH:MM:SSZ" (UTC)
    Uuid recordId;     // the record to open
    Uuid referralId;   // or null
    std::string title; // a code: "received", "accepted", "open", "assessment_due", ...
    std::string detail;
    Uuid authorId;
    std::string authorName;
    bool sensitive = false;
    bool detailHidden = false; // sensitive, and the user may not read it: detail is blank
};

struct TimelinePage
{
    std::vector<TimelineEvent> rows;
    std::optional<TimelineCursor> next; // null on the last page
    std::vector<std::string> kinds;     // the kinds that were read (those the user may see)
};

// The current referral at the top of the person page: the open one received last, else the
// last one received.
struct PersonHeader
{
    std::optional<ReferralSummary> current;
    int referrals = 0; // how many the person has
    ClockStatus decisionClock;
    ClockStatus contactClock;
    ClockStatus assessmentClock;    // stopped by the first assessment
    bool assessmentRunning = false; // accepted/active/reopened and not yet assessed
    bool repeatTrigger = false;
    std::string decision;        // the decision code, when decided
    std::int64_t openTasks = -1; // -1: the role may not see tasks
    std::int64_t overdueTasks = -1;
};

// Every kind of event, in filter order: referral, decision, assessment, plan, session, note, task,
// outcome (closures, outcome snapshots and follow-up).
std::span<const std::string_view> timelineKinds();
// The permission that lets a user see a kind (auditors see referrals and decisions only).
Action timelineKindAction(std::string_view kind);

class Timeline
{
public:
    explicit Timeline(DeskContext& context)
        : m_context(context)
    {}

    // One page, newest first. Needs Action::PersonView; kinds the role may not view are left
    // out; a sensitive row's detail is blank unless the user wrote it or may read sensitive
    // notes. One consultation audited per page.
    Result<TimelinePage> page(const TimelineQuery& query);
    // The kinds this user may see, in filter order.
    std::vector<std::string> visibleKinds() const;
    // Needs Action::ReferralView; audited as one consultation.
    Result<PersonHeader> header(const Uuid& personId);

private:
    DeskContext& m_context;
};

} // namespace waymark
