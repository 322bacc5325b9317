#pragma once

// A referral's plan: goals linked to assessment domains, and interventions delivered by the
// scheme or by partner organisations (providers). Plain records and their rules; the Plans
// desk (core/Plans.h) stores them through core/store/PlanStore.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Codes.h"
#include "core/domain/TextRules.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// One plan per referral, made with its first goal or intervention (or a review date).
struct Plan
{
    Uuid id;
    std::string updatedHlc;
    Uuid personId;
    Uuid referralId;
    std::string createdAt; // UTC, formatUtcMillis
    Uuid createdBy;
    Date reviewDate; // when the plan is next reviewed; may be empty
};

struct PlanGoal
{
    Uuid id;
    std::string updatedHlc;
    Uuid planId;
    Uuid personId;
    Uuid referralId;
    std::string text;                 // free text ("goal_text" rule)
    std::vector<std::string> domains; // assessment domain codes (assessmentDomainCodes()), in table order
    std::string status = "open";      // goalStatusCodes(): open, achieved, partly_achieved, not_achieved
    std::string createdAt;
    Uuid createdBy;
};

struct Intervention
{
    Uuid id;
    std::string updatedHlc;
    Uuid planId;
    Uuid personId;
    Uuid referralId;
    std::string type; // interventionTypeCodes() or a coordinator's extension
    Uuid providerId;  // null: delivered by the scheme itself
    Date plannedStart;
    Date plannedEnd;
    std::string status = "planned"; // interventionStatusCodes()
    Date referredOn;                // the referral to the provider (needs consent to share)
    std::string outcome;            // interventionOutcomeCodes(); only once completed or ended early
    std::string outcomeNote;        // free text ("outcome_note" rule)
    bool consentOverridden = false; // referred without recorded consent, by a coordinator
    std::string overrideReason;     // why
    Uuid overriddenBy;
    std::string overriddenAt;
    std::string createdAt;
    Uuid createdBy;
};

// A partner organisation interventions are referred to.
struct Provider
{
    Uuid id;
    std::string updatedHlc;
    std::string name;          // required, "provider_name"
    std::string kind;          // providerKindCodes()
    std::string fundingSource; // free text, e.g. "PCC grant"
    std::string contactName;
    std::string contactPhone;
    std::string contactEmail;
    bool active = true; // inactive providers stay on old interventions but take no new referrals
    std::string createdAt;
};

// An entry of a code table a casebook can extend (intervention types): the built-in codes
// first, then the casebook's own in the order they were added.
struct CodeEntry
{
    std::string code;
    std::string label; // English for built-in codes (the UI translates those); as typed for added ones
    bool builtIn = true;
};

// A code-table extension as stored (synced: every laptop of a scheme gets the same table).
struct CodeExtension
{
    Uuid id;
    std::string updatedHlc;
    std::string tableName; // "intervention-type"
    std::string code;
    std::string label;
    std::string createdAt;
    Uuid createdBy;
};

// What happened to a plan, one row per change (the plan's history and the person's timeline).
struct PlanEvent
{
    Uuid id;
    Uuid personId;
    Uuid referralId;
    Uuid recordId;          // the goal or intervention
    std::string kind;       // goal_added, goal_updated, intervention_added, intervention_updated,
                            // intervention_status, consent_override, review_date
    std::string code;       // the intervention type, or the goal's domains
    std::string fromStatus; // intervention_status
    std::string toStatus;
    std::string note; // the consent override's reason
    Uuid by;
    std::string at; // UTC, YYYY-MM-DDTHH:MM:SSZ
};

// The default assessment template's domains (shared with the assessments desk).
std::span<const CodeOption> assessmentDomainCodes();
std::span<const CodeOption> goalStatusCodes();
// The built-in intervention types; a casebook adds its own (Plans::addInterventionType).
std::span<const CodeOption> interventionTypeCodes();
std::span<const CodeOption> interventionStatusCodes(); // planned, referred, active, completed, ended_early, cancelled
std::span<const CodeOption> interventionOutcomeCodes();
std::span<const CodeOption> providerKindCodes();

// Whether an intervention may move from `from` to `to` (the same status is always allowed):
//   planned  -> referred, active, cancelled
//   referred -> active, cancelled, ended_early
//   active   -> completed, ended_early
//   completed, ended_early, cancelled: final
bool interventionStatusAllows(std::string_view from, std::string_view to);
bool isFinalInterventionStatus(std::string_view status);
// The statuses an intervention may be added in: planned, referred, active.
bool isInitialInterventionStatus(std::string_view status);

// Whether a referral's consent status allows sharing with partner organisations ("given").
bool consentAllowsSharing(std::string_view consent);

// The English refusal when consent is not recorded (the CLI prints it; the UI translates its own).
std::string consentRefusalDetail(std::string_view referralReference);

// The free-text fields of plans, interventions and providers, with their limits
// (goal_text, outcome_note, provider_name, funding_source, provider_contact, provider_email,
// code_label); checked like core/domain/TextRules.h.
std::span<const FieldRule> planFieldRules();
Status checkPlanText(std::string_view field, std::string_view text);

// A code for a new code-table entry: 2 to 40 of a-z, 0-9 and _, starting with a letter.
bool isValidNewCode(std::string_view code);

// Tidy and check. `typeKnown` says whether the type is in the casebook's (extended) table.
void normaliseGoal(PlanGoal& goal);
Status validateGoal(const PlanGoal& goal);
void normaliseIntervention(Intervention& intervention);
// Fields: type ("required", "unknown_code"), status ("unknown_code", "not_initial"),
// planned_end ("before_start"), referred_on ("in_future", "required" when referred),
// provider ("required" when referred), outcome ("unknown_code", "not_ended"), outcome_note (text rules).
Status validateIntervention(const Intervention& intervention, bool typeKnown, Date today);
void normaliseProvider(Provider& provider);
// name ("required" + text rules), kind ("unknown_code"), funding_source, contact_name,
// contact_phone, contact_email (text rules; an email needs an @).
Status validateProvider(const Provider& provider);

} // namespace waymark
