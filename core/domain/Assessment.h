#pragma once

// Assessments of a young person's needs against a template of domains, and the templates.
//
// A template is stored in the casebook and versioned: (code, version) names one published
// list of domains, and a published version never changes. Publishing a changed list makes
// version N+1; every assessment keeps the template version it was recorded with, so an old
// assessment always shows its own domains.
//
// Per domain an assessment holds a concern rating 0 (no concern) .. 4 (very high concern)
// and notes, or says explicitly that the domain was not assessed. A reassessment names the
// assessment it follows; "distance travelled" is the change per domain and in the total
// (lower is better: a negative change is less concern).

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

inline constexpr int kMinRating = 0;
inline constexpr int kMaxRating = 4;
inline constexpr std::size_t kMaxTemplateDomains = 40;

struct TemplateDomain
{
    std::string code;  // stable, [a-z0-9_], e.g. "substance_use"
    std::string label; // English label as published (the UI translates known codes)
};

struct AssessmentTemplate
{
    Uuid id;
    std::string code; // e.g. "default"
    int version = 1;
    std::string name; // e.g. "Standard assessment"
    std::vector<TemplateDomain> domains;
    std::string publishedAt; // UTC; empty for the built-in version 1
    Uuid publishedBy;        // null for the built-in version 1
    std::string publishedByName;

    const TemplateDomain* domain(std::string_view code) const;
};

// The built-in template every casebook starts with (version 1 of "default").
inline constexpr std::string_view kDefaultTemplateCode = "default";
const AssessmentTemplate& defaultTemplate();

struct DomainRating
{
    std::string domain;        // the template domain's code
    std::optional<int> rating; // 0..4; nullopt with notAssessed false = not given yet
    bool notAssessed = false;  // explicitly not assessed this time
    std::string notes;         // free text
};

struct Assessment
{
    Uuid id;
    Uuid personId;
    Uuid referralId;
    Uuid templateId;
    std::string templateCode; // copied from the template, for lists and the timeline
    int templateVersion = 0;
    Date assessedOn;
    Uuid assessor; // user id; defaults to the signed-in user
    std::vector<DomainRating> ratings;
    std::string strengths;
    std::string ownView; // the young person's own view
    std::string goals;   // the young person's goals
    std::string summary;
    Uuid previousAssessmentId; // set for a reassessment
    std::string createdAt;     // UTC, set on record
    std::string updatedHlc;    // optimistic concurrency

    const DomainRating* rating(std::string_view domain) const;
    // The sum of the ratings given (not-assessed domains count nothing).
    int totalScore() const;
    int ratedCount() const;
};

// Trims text fields; drops ratings of domains the template does not have is NOT done here
// (that is a validation error).
void normaliseAssessment(Assessment& assessment);

// The first broken rule, as a Validation error with field and rule:
//   assessed_on: required | in_future | before_received;  rating.<domain>: out_of_range |
//   required (neither rated nor marked not assessed) | unknown_domain | duplicate;
//   notes.<domain>, strengths, own_view, goals, summary: the text rules (assessment_notes,
//   assessment_text).
Status validateAssessment(const Assessment& assessment, const AssessmentTemplate& tmpl, Date referralReceived,
                          Date today);

// A template about to be published: code, name and the ordered domains.
// code: [a-z0-9_]{1,40}; name 1..100 characters; 1..40 domains with unique codes
// ([a-z0-9_]{1,40}) and labels of 1..100 characters.
Status validateTemplate(const AssessmentTemplate& tmpl);

// Whether `code` is a well-formed template or domain code.
bool isTemplateCode(std::string_view code);

// The change per domain between two assessments, each read with its own template.
struct DomainChange
{
    std::string domain;
    std::string label; // from the current template (else the previous one)
    std::optional<int> previous;
    std::optional<int> current;
    std::optional<int> change; // current - previous, when both are rated
};

struct DistanceTravelled
{
    Uuid previousId;
    Date previousDate;
    Date currentDate;
    std::vector<DomainChange> domains; // the current template's order, then domains only the previous had
    int previousTotal = 0;             // over the domains rated both times
    int currentTotal = 0;
    int totalChange = 0;   // currentTotal - previousTotal (negative = less concern)
    int comparedCount = 0; // domains rated both times
};

DistanceTravelled distanceTravelled(const Assessment& previous, const AssessmentTemplate& previousTemplate,
                                    const Assessment& current, const AssessmentTemplate& currentTemplate);

// A reassessment's starting point: the previous assessment's ratings and notes for every
// domain `tmpl` shares with it; domains new in `tmpl` start unrated. Text fields carry over
// (strengths, view, goals); the summary starts empty. Date and assessor are left for the caller.
Assessment reassessmentDraft(const Assessment& previous, const AssessmentTemplate& tmpl);

// The domain codes of the default template, in order.
std::span<const TemplateDomain> defaultDomains();

} // namespace waymark
