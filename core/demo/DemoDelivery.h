#pragma once

// Internal to core/demo: the casework delivered on each demo referral that became active —
// assessments, a plan with goals and interventions, sessions with their attendance, case
// notes and tasks — generated as plain data (DemoDeliveryPlan.cpp), then written through the
// desks' bulk paths (DemoDelivery.cpp).
//
// Everything about one referral depends only on (seed, the person's case number, the
// referral's place among the person's referrals, today), like the referrals themselves.

#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/demo/DemoRandom.h"

#include <array>
#include <cstdint>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::demo::detail {

// What delivery needs to know of a referral (from the referral generator's own draft, so
// the dates agree with the referral's history).
struct DemoCaseFacts
{
    Uuid referralId;
    Uuid personId;
    std::string name; // the young person's first name as a worker would write it
    Uuid worker;      // the allocated caseworker
    std::string workerName;
    std::uint64_t number = 0; // the person's case number (caseNumber)
    int k = 0;                // the referral's place among the person's referrals
    Date received;
    Date firstContact;
    Date active;           // the first session (attended); null if the case never started
    Date closed;           // closure requested (the last request); null while the case is open
    Date accepted;         // the decision to accept
    Date approved;         // the closure approved; null while open or awaiting approval
    bool returned = false; // a closure request was sent back before the last one
    Date returnRequested;  // ... requested on
    Date returnedOn;       // ... sent back on
    std::string risk;
};

inline constexpr int kDemoDomains = 13; // the default assessment template's domains, in order

struct DemoAssessment
{
    Date on;
    std::array<int, kDemoDomains> ratings{}; // 0..4
    std::array<std::string, kDemoDomains> notes;
    std::string strengths;
    std::string ownView;
    std::string goals;
    std::string summary;
    bool reassessment = false;
};

struct DemoGoal
{
    std::string text;
    std::vector<int> domains; // domain indices
    std::string status;       // open, achieved, partly_achieved, not_achieved
};

struct DemoIntervention
{
    int type = 0;      // index into kDemoInterventionTypes
    int provider = -1; // index into demoProviders(), -1: the scheme itself
    Date plannedStart;
    Date plannedEnd;
    std::string status; // planned, referred, active, completed, ended_early, cancelled
    Date referredOn;    // when referred to the provider
    std::string outcome;
};

struct DemoAttendee
{
    int caseIndex = 0; // index into the batch's cases
    std::string attendance;
};

struct DemoSession
{
    int intervention = -1; // index into the case's interventions, -1: none
    Date date;
    int minuteOfDay = 0; // Europe/London wall clock
    int durationMinutes = 60;
    std::string type;
    std::string location;
    std::vector<int> domains;
    std::vector<DemoAttendee> attendees; // the case's own young person first
    Uuid worker;
};

struct DemoNote
{
    int session = -1; // index into the case's sessions, -1: none
    Date date;
    int minuteOfDay = 0; // UTC
    bool sensitive = false;
    std::string text;
};

struct DemoTask
{
    std::string title;
    Date due;
    Date doneOn; // null while open
};

struct DemoCase
{
    DemoCaseFacts facts;
    std::vector<DemoAssessment> assessments; // first, then any reassessment
    Date planCreated;
    Date reviewDate;
    std::vector<DemoGoal> goals;
    std::vector<DemoIntervention> interventions;
    std::vector<DemoSession> sessions; // date order
    std::vector<DemoNote> notes;       // date order
    std::vector<DemoTask> tasks;
};

struct InterventionKind
{
    std::string_view code;
    std::string_view words; // as a note says it
    bool groupWork;         // often delivered in groups
    int domain;             // the domain it mostly addresses
};
extern const std::array<InterventionKind, 11> kDemoInterventionTypes;

struct DemoProvider
{
    std::string_view name;
    std::string_view kind;
    std::string_view funding;
    std::string_view contact;
    std::array<int, 3> types; // intervention types it delivers (-1: none)
};
std::span<const DemoProvider> demoProviders();

// The default template's domain codes and words, in order.
extern const std::array<std::string_view, kDemoDomains> kDemoDomainCodes;
extern const std::array<std::string_view, kDemoDomains> kDemoDomainWords;

// The delivery of one referral (nothing when it never became active or has no assessment
// due yet). Sessions have the case's own young person as their only attendee; group
// sessions get their other attendees from addGroupAttendees.
DemoCase demoCase(std::uint64_t seed, Date today, const WorkingCalendar& calendar, const DemoCaseFacts& facts);

// Fills group sessions with other young people of the batch whose cases are running that day.
void addGroupAttendees(std::uint64_t seed, std::span<DemoCase> cases);

} // namespace waymark::demo::detail
