#pragma once

// casebook.deliveryHistory(): casework that comes with its past — the demo generator's
// providers, plans (goals, interventions and the plan's events), sessions with their
// attendees, and tasks, each with its own dates — written in bulk. A desk of the Casebook door
// (core/Casebook.h): it reaches the casebook only through its DeskContext; SQL in the stores
// (PlanStore, SessionStore, TaskStore).
//
// The single-record desks (Plans, Sessions, Tasks) apply today's rules to today's work: a
// session only on an open referral, a task done "now". A case closed last year had its
// sessions while it was open, so history is written here instead: every record is checked
// against its domain rules (core/domain), then each call writes its records in one
// transaction, as one change set, with one audit row per call ("demo" data is audited like
// any collection). Coordinators only (Action::DemoGenerate).

#include "core/Error.h"
#include "core/domain/Assessment.h"
#include "core/domain/Note.h"
#include "core/domain/Plan.h"
#include "core/domain/Session.h"
#include "core/domain/Task.h"

#include <vector>

namespace waymark {

class DeskContext;

// A referral's plan with its goals and interventions, as they were. Ids are assigned here
// (and left in the drafts, so that sessions can name the interventions); createdAt, createdBy
// and the interventions' dates are kept as given.
struct PlanHistoryDraft
{
    Plan plan;
    std::vector<PlanGoal> goals;
    std::vector<Intervention> interventions;
};

// An assessment as it was recorded. A reassessment names the assessment it follows either by
// id (previousAssessmentId, already in the casebook) or as an earlier draft of the same call
// (`follows`, its index). The template defaults to the newest "default"; the assessor must be
// a caseworker or coordinator. Ids are assigned here and left in the drafts.
struct AssessmentHistoryDraft
{
    Assessment assessment;
    int follows = -1;
};

class DeliveryHistory
{
public:
    explicit DeliveryHistory(DeskContext& context)
        : m_context(context)
    {}

    // Adds partner organisations; returns them with their ids.
    Result<std::vector<Provider>> addProviders(std::vector<Provider> providers);
    // Adds plans, each with its goals and interventions and a plan event per goal and
    // intervention dated when it was made. Fills the ids in `drafts`.
    Result<int> addPlans(std::vector<PlanHistoryDraft>& drafts);
    // Adds sessions with their attendees (each attendee's person and referral given). Fills
    // the ids in `sessions`.
    Result<int> addSessions(std::vector<Session>& sessions);
    // Adds tasks; a done one keeps its doneAt and doneBy.
    Result<int> addTasks(std::vector<Task> tasks);
    // Adds assessments and reassessments with their ratings, and stops each referral's
    // assessment clock at its first assessment (Referral::assessedOn), as recording one does.
    // Checked like Assessments::record except that the referral may since have closed.
    Result<int> addAssessments(std::vector<AssessmentHistoryDraft>& drafts);
    // Adds case notes written in the past: each needs its person, author and createdAt
    // ("YYYY-MM-DDTHH:MM:SSZ", not in the future); a referral, when given, must be the
    // person's. Written in creation order (so the full-text index receives them in rowid
    // order and keeps one segment per call); one change set and one audit row for the call.
    // Fills the ids and updatedHlc in `notes`.
    Result<int> addNotes(std::vector<Note>& notes);

private:
    DeskContext& m_context;
};

} // namespace waymark
