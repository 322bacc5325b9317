#pragma once

// The rules for a referral's recorded facts (intake, edit, import). State, decision and
// allocation move only through the workflow table (core/domain/Referral.h).

#include "core/Error.h"
#include "core/domain/Referral.h"

namespace waymark {

// Tidies typed values in place: trims every text field, upper-cases the police reference,
// lower-cases coded values, and sets consent to "not_asked" when empty.
void normaliseReferral(Referral& referral);

// Checks a (normalised) referral's recorded facts on `today`. The first broken rule is
// returned, Error::field naming the field and Error::rule the rule:
//   received           "required", "in_future", "too_old" (before 2000)
//   source, route      "required", "unknown_code"
//   offence_category, risk, consent, decision, decision_reason   "unknown_code"
//   event_date         "in_future", "after_received"   (may be empty: eligibility then says so)
//   offence_date       "in_future", "after_received"
//   decision_reason    "reason_not_allowed" when the decision is "accepted"
//   the text rules of core/domain/TextRules.h for referrer_name, referrer_contact,
//   police_reference, decision_note, import_source.
Status validateReferral(const Referral& referral, Date today);

} // namespace waymark
