#pragma once

// casebook.assessments(): assessments of a young person's needs, reassessments with the
// distance travelled, and the versioned assessment templates. A desk of the Casebook door
// (core/Casebook.h): it reaches the casebook only through its DeskContext. Rules live in
// core/domain/Assessment.h; SQL in core/store/AssessmentStore.
//
// The first assessment recorded for a referral stops its assessment clock
// (Referral::assessedOn, in the same transaction).

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Assessment.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

// One row of an assessment list (a referral's or a person's).
struct AssessmentRow
{
    Uuid id;
    Uuid personId;
    Uuid referralId;
    std::string referralReference;
    std::string templateCode;
    int templateVersion = 0;
    Date assessedOn;
    Uuid assessor;
    std::string assessorName;
    int totalScore = 0;
    int ratedCount = 0;
    Uuid previousAssessmentId;
};

// A referral whose assessment is still to be done (accepted, active or reopened, nothing
// assessed yet), for My work and tasks.
struct AssessmentDueRow
{
    Uuid referralId;
    std::string referralReference;
    Uuid personId;
    std::string personReference;
    std::string personName;
    std::string state;
    Date due;
    Uuid allocatedTo;
    std::string allocatedName;
};

// Everything a page needs to show one assessment.
struct AssessmentDetail
{
    Assessment assessment;
    AssessmentTemplate tmpl; // the version it was recorded with
    std::string assessorName;
    std::string referralReference;
    std::optional<DistanceTravelled> distance; // for a reassessment
    int newestTemplateVersion = 0;             // of the same template code
};

// Referrals whose assessment is still to be done (accepted, active or reopened, nothing
// recorded), for My work and the tasks list.
struct AssessmentsDue
{
    Date today;
    std::int64_t due = 0;               // not yet past the due date
    std::int64_t overdue = 0;           // past it
    std::vector<AssessmentDueRow> rows; // earliest due first
};

class Assessments
{
public:
    explicit Assessments(DeskContext& context)
        : m_context(context)
    {}

    // A blank assessment for the referral on the newest version of `templateCode` (or the
    // given template id): every domain unrated, dated today, assessed by the signed-in user.
    // Nothing is saved (Action::AssessmentRecord).
    Result<Assessment> startAssessment(const Uuid& referralId, std::string_view templateCode = kDefaultTemplateCode);
    // A reassessment's starting point from `previousId`: its ratings, notes, strengths, view and
    // goals, on the newest version of its template unless `templateVersion` is given. Nothing
    // is saved (Action::AssessmentRecord).
    Result<Assessment> startReassessment(const Uuid& previousId, std::optional<int> templateVersion = std::nullopt);

    // Records an assessment (or a reassessment when previousAssessmentId is set). The referral
    // must exist and be open; the person is the referral's; the template defaults to the
    // newest "default"; the assessor to the signed-in user. Validation: every domain of the
    // template rated 0..4 or marked not assessed; the date not in the future, not before the
    // referral's receipt nor before the previous assessment; text rules. Stops the referral's
    // assessment clock. Audited "assessment.recorded".
    Result<Assessment> record(Assessment draft);
    // Edits ratings, notes, texts, date or assessor (never the template). Conflict on a stale
    // updatedHlc. Audited "assessment.updated".
    Result<Assessment> update(Assessment edited);

    Result<AssessmentDetail> view(const Uuid& id);
    Result<std::vector<AssessmentRow>> forReferral(const Uuid& referralId); // newest first
    Result<std::vector<AssessmentRow>> forPerson(const Uuid& personId);     // newest first
    // The change per domain from the assessment this one follows (NotFound for a first one).
    Result<DistanceTravelled> distance(const Uuid& id);

    // Referrals with an assessment due, for `worker` (default: everyone's when a coordinator,
    // else the signed-in user's). Action::AssessmentView.
    Result<AssessmentsDue> due(std::optional<Uuid> worker = std::nullopt, int limit = 50);

    // Templates: every version, by code then version (Action::AssessmentView).
    Result<std::vector<AssessmentTemplate>> templates();
    // One version, or the newest (Action::AssessmentView).
    Result<AssessmentTemplate> findTemplate(std::string_view code, std::optional<int> version = std::nullopt);
    // Publishes `draft` (code, name, domains) as the next version of its code: version 1 for a
    // new code. A published version is never changed. Coordinators (Action::TemplatePublish);
    // audited "template.published".
    Result<AssessmentTemplate> publishTemplate(AssessmentTemplate draft);

private:
    DeskContext& m_context;
};

} // namespace waymark
