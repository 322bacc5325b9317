#pragma once

// The eligibility engine: pure rules, no storage. A scheme configures its rules (stored in
// casebook settings under "eligibility.*"); assess() returns pass/fail with every reason that
// applies, in a fixed order, each with its code and the numbers behind it.

#include "core/Error.h"
#include "core/calendar/Date.h"
#include "core/domain/Person.h"

#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

struct Referral;

struct EligibilityRules
{
    bool childBand = true;                   // ages 10-17 at the eligibility event
    bool youngAdultBand = false;             // ages 18-25 at the eligibility event
    int windowMonths = 3;                    // referral received within N calendar months of the event
    bool onceOnly = true;                    // not previously supported (accepted) by this scheme
    std::vector<std::string> excludedRoutes; // referralRouteCodes()
    // Person flags that exclude ("looked_after", "child_protection_plan", "child_in_need",
    // "early_help", "care_leaver", "exploitation_concern") and "statutory_order".
    std::vector<std::string> excludedStatuses;

    friend bool operator==(const EligibilityRules&, const EligibilityRules&) = default;
};

// Settings key/value pairs ("eligibility.child_band" = "1", "eligibility.window_months" = "3",
// "eligibility.excluded_routes" = "youth_conditional_caution,nfa", ...) and back.
std::vector<std::pair<std::string, std::string>> eligibilityToSettings(const EligibilityRules& rules);
// Missing keys take the defaults; a bad value is a Validation error naming the key.
Result<EligibilityRules> eligibilityFromSettings(const std::vector<std::pair<std::string, std::string>>& settings);
// Checks a rule set a coordinator wants to save: at least one age band, window 1..36 months,
// known route and status codes.
Status validateEligibilityRules(const EligibilityRules& rules);
std::span<const std::string_view> exclusionStatusCodes();

struct EligibilityInput
{
    Date dateOfBirth;
    Date eventDate;
    Date received;
    std::string route;
    bool statutoryOrder = false;
    PersonFlags flags;
    int previouslySupported = 0; // the person's earlier referrals accepted by this scheme
};

struct EligibilityReason
{
    // One of notOfferedReasonCodes(): "outside_age_range", "outside_time_window",
    // "previously_diverted", "excluded_by_status", "ineligible_offence"; or "missing_date"
    // when a date the rule needs is not recorded.
    std::string code;
    // English sentence with the numbers: "aged 18 on 2026-03-02; the scheme takes 10-17".
    std::string message;
    // The numbers, for the UI's own translated sentence: {"age","18"}, {"event_date","2026-03-02"},
    // {"bands","10-17"} / {"months","4"}, {"limit","3"} / {"route","nfa"} / {"status","looked_after"}.
    std::vector<std::pair<std::string, std::string>> values;
};

struct EligibilityResult
{
    bool pass = true;
    std::vector<EligibilityReason> reasons; // empty when pass; order: age, window, once-only, route, statuses
};

EligibilityResult assessEligibility(const EligibilityRules& rules, const EligibilityInput& input);

// The engine's input from a referral and its person; `previouslySupported` is the number of the
// person's other referrals this scheme accepted.
EligibilityInput eligibilityInputFor(const Referral& referral, const Person& person, int previouslySupported);

} // namespace waymark
