// casebook.assessments(): the Assessments desk. Each method authorises, validates
// (core/domain/Assessment.h), writes through core/store with change-log rows, and audits,
// through its DeskContext. Audit details name templates and counts, never a person's words.

#include "core/Assessments.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/domain/Referral.h"
#include "core/store/AssessmentStore.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/ReferralStore.h"
#include "core/store/UserStore.h"

#include <algorithm>

namespace waymark {

namespace {

Error validation(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

template <class T> std::unexpected<Error> unexpected(const Result<T>& r)
{
    return std::unexpected(r.error());
}

Result<Referral> loadReferral(Database& db, const Uuid& id)
{
    auto loaded = ReferralStore(db).load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return std::unexpected(validation("no such referral", "referral", "not_found"));
    return std::move(**loaded);
}

Result<AssessmentTemplate> loadTemplate(Database& db, const Uuid& id)
{
    auto t = AssessmentStore(db).loadTemplate(id);
    if (!t)
        return std::unexpected(t.error());
    if (!*t)
        return std::unexpected(validation("no such template", "template", "not_found"));
    return std::move(**t);
}

Result<AssessmentTemplate> newestTemplate(Database& db, std::string_view code, std::optional<int> version = {})
{
    auto t = AssessmentStore(db).findTemplate(code, version);
    if (!t)
        return std::unexpected(t.error());
    if (!*t)
        return std::unexpected(validation("no such template version", "template", "not_found"));
    return std::move(**t);
}

Result<Assessment> loadAssessment(Database& db, const Uuid& id)
{
    auto a = AssessmentStore(db).load(id);
    if (!a)
        return std::unexpected(a.error());
    if (!*a)
        return fail(ErrorCode::NotFound, "no such assessment");
    return std::move(**a);
}

// The assessor must be a staff account that does casework.
Status checkAssessor(Database& db, const Uuid& assessor)
{
    auto users = UserStore(db).list();
    if (!users)
        return std::unexpected(users.error());
    const auto it = std::find_if(users->begin(), users->end(), [&](const UserInfo& u) { return u.id == assessor; });
    if (it == users->end())
        return std::unexpected(validation("is not a user of this casebook", "assessor", "unknown_user"));
    if (it->role != Role::Caseworker && it->role != Role::Coordinator)
        return std::unexpected(validation("is not a caseworker or coordinator", "assessor", "not_a_worker"));
    return {};
}

// Sets the referral's assessed_on to its first assessment's date (stopping the assessment
// clock), inside the caller's transaction.
Status stopClock(Database& db, const Uuid& referralId, ChangeLog& changes)
{
    auto first = AssessmentStore(db).firstAssessedOn(referralId);
    if (!first)
        return std::unexpected(first.error());
    ReferralStore store(db);
    auto loaded = store.load(referralId);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded || (*loaded)->assessedOn == *first)
        return {};
    Referral after = **loaded;
    after.assessedOn = *first;
    return store.update(**loaded, after, changes);
}

} // namespace

// --- starting points -----------------------------------------------------------------------

Result<Assessment> Assessments::startAssessment(const Uuid& referralId, std::string_view templateCode)
{
    if (auto st = m_context.authorise(Action::AssessmentRecord, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    auto referral = loadReferral(db, referralId);
    if (!referral)
        return unexpected(referral);
    auto tmpl = newestTemplate(db, templateCode);
    if (!tmpl)
        return unexpected(tmpl);
    Assessment a;
    a.personId = referral->personId;
    a.referralId = referral->id;
    a.templateId = tmpl->id;
    a.templateCode = tmpl->code;
    a.templateVersion = tmpl->version;
    a.assessedOn = m_context.clock().today();
    a.assessor = m_context.user().id;
    for (const auto& d : tmpl->domains)
        a.ratings.push_back(DomainRating{d.code, std::nullopt, false, {}});
    return a;
}

Result<Assessment> Assessments::startReassessment(const Uuid& previousId, std::optional<int> templateVersion)
{
    if (auto st = m_context.authorise(Action::AssessmentRecord, "assessment", previousId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("assessments", previousId, "assessment"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    auto previous = loadAssessment(db, previousId);
    if (!previous)
        return previous;
    auto tmpl = newestTemplate(db, previous->templateCode, templateVersion);
    if (!tmpl)
        return unexpected(tmpl);
    Assessment a = reassessmentDraft(*previous, *tmpl);
    a.assessedOn = m_context.clock().today();
    a.assessor = m_context.user().id;
    return a;
}

// --- writes --------------------------------------------------------------------------------

Result<Assessment> Assessments::record(Assessment draft)
{
    if (auto st = m_context.authorise(Action::AssessmentRecord, "referral", draft.referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("referrals", draft.referralId, "referral"); !st)
        return std::unexpected(st.error());
    if (draft.referralId.isNull())
        return std::unexpected(validation("is required", "referral", "required"));
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto referral = loadReferral(db, draft.referralId);
    if (!referral)
        return unexpected(referral);
    if (!isOpenState(referral->state))
        return std::unexpected(
            validation("a referral in state '" + std::string(stateName(referral->state)) + "' cannot be assessed",
                       "referral", "not_open"));
    if (!draft.personId.isNull() && draft.personId != referral->personId)
        return std::unexpected(validation("is not the referral's person", "person", "mismatch"));
    draft.personId = referral->personId;
    auto tmpl =
        draft.templateId.isNull() ? newestTemplate(db, kDefaultTemplateCode) : loadTemplate(db, draft.templateId);
    if (!tmpl)
        return unexpected(tmpl);
    draft.templateId = tmpl->id;
    draft.templateCode = tmpl->code;
    draft.templateVersion = tmpl->version;
    if (draft.assessor.isNull())
        draft.assessor = m_context.user().id;
    if (auto st = checkAssessor(db, draft.assessor); !st)
        return std::unexpected(st.error());
    normaliseAssessment(draft);
    const Date today = m_context.clock().today();
    if (auto st = validateAssessment(draft, *tmpl, referral->received, today); !st)
        return std::unexpected(st.error());
    if (!draft.previousAssessmentId.isNull()) {
        auto previous = loadAssessment(db, draft.previousAssessmentId);
        if (!previous)
            return std::unexpected(validation("no such assessment", "previous", "not_found"));
        if (previous->personId != draft.personId)
            return std::unexpected(validation("is another person's assessment", "previous", "mismatch"));
        if (draft.assessedOn < previous->assessedOn)
            return std::unexpected(validation("is before the previous assessment", "assessed_on", "before_previous"));
    }
    // The order the template gives, whatever order the ratings came in.
    std::stable_sort(draft.ratings.begin(), draft.ratings.end(), [&](const DomainRating& x, const DomainRating& y) {
        auto pos = [&](const std::string& code) {
            const auto it = std::find_if(tmpl->domains.begin(), tmpl->domains.end(),
                                         [&](const TemplateDomain& d) { return d.code == code; });
            return it - tmpl->domains.begin();
        };
        return pos(x.domain) < pos(y.domain);
    });
    draft.id = Uuid::v7(m_context.clock().now());
    draft.createdAt = formatUtcMillis(m_context.clock().now());
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = AssessmentStore(db).insert(draft, changes); !st)
        return std::unexpected(st.error());
    if (auto st = stopClock(db, draft.referralId, changes); !st)
        return std::unexpected(st.error());
    const std::string detail =
        std::string(draft.previousAssessmentId.isNull() ? "collection" : "collection: reassessment") + " (" +
        draft.templateCode + " v" + std::to_string(draft.templateVersion) + ", " + std::to_string(draft.ratedCount()) +
        " domains rated)";
    if (auto st = m_context.audit("assessment.recorded", "assessment", draft.id, detail); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return draft;
}

Result<Assessment> Assessments::update(Assessment edited)
{
    if (auto st = m_context.authorise(Action::AssessmentRecord, "assessment", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("assessments", edited.id, "assessment"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto before = loadAssessment(db, edited.id);
    if (!before)
        return before;
    if (edited.updatedHlc != before->updatedHlc) {
        Error e = Error::make(ErrorCode::Conflict, "the assessment was changed since it was read");
        e.rule = "stale";
        return std::unexpected(std::move(e));
    }
    auto tmpl = loadTemplate(db, before->templateId);
    if (!tmpl)
        return unexpected(tmpl);
    auto referral = loadReferral(db, before->referralId);
    if (!referral)
        return unexpected(referral);
    Assessment after = *before;
    after.assessedOn = edited.assessedOn;
    if (!edited.assessor.isNull())
        after.assessor = edited.assessor;
    after.ratings = edited.ratings;
    after.strengths = edited.strengths;
    after.ownView = edited.ownView;
    after.goals = edited.goals;
    after.summary = edited.summary;
    if (after.assessor != before->assessor)
        if (auto st = checkAssessor(db, after.assessor); !st)
            return std::unexpected(st.error());
    normaliseAssessment(after);
    if (auto st = validateAssessment(after, *tmpl, referral->received, m_context.clock().today()); !st)
        return std::unexpected(st.error());
    std::stable_sort(after.ratings.begin(), after.ratings.end(), [&](const DomainRating& x, const DomainRating& y) {
        auto pos = [&](const std::string& code) {
            const auto it = std::find_if(tmpl->domains.begin(), tmpl->domains.end(),
                                         [&](const TemplateDomain& d) { return d.code == code; });
            return it - tmpl->domains.begin();
        };
        return pos(x.domain) < pos(y.domain);
    });
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = AssessmentStore(db).update(*before, after, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return *before; // nothing changed: nothing written, nothing audited
    if (auto st = stopClock(db, after.referralId, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("assessment.updated", "assessment", after.id, "alteration"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

// --- readings ------------------------------------------------------------------------------

Result<AssessmentDetail> Assessments::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::AssessmentView, "assessment", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("assessments", id, "assessment"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    AssessmentStore store(db);
    auto a = loadAssessment(db, id);
    if (!a)
        return unexpected(a);
    AssessmentDetail d;
    d.assessment = std::move(*a);
    auto tmpl = loadTemplate(db, d.assessment.templateId);
    if (!tmpl)
        return unexpected(tmpl);
    d.tmpl = std::move(*tmpl);
    auto newest = store.latestVersion(d.tmpl.code);
    if (!newest)
        return unexpected(newest);
    d.newestTemplateVersion = *newest;
    auto rows = store.forReferral(d.assessment.referralId);
    if (!rows)
        return unexpected(rows);
    for (const auto& row : *rows)
        if (row.id == id) {
            d.assessorName = row.assessorName;
            d.referralReference = row.referralReference;
        }
    if (!d.assessment.previousAssessmentId.isNull()) {
        auto previous = store.load(d.assessment.previousAssessmentId);
        if (!previous)
            return unexpected(previous);
        if (*previous) {
            auto previousTemplate = loadTemplate(db, (*previous)->templateId);
            if (!previousTemplate)
                return unexpected(previousTemplate);
            d.distance = distanceTravelled(**previous, *previousTemplate, d.assessment, d.tmpl);
        }
    }
    if (auto st = m_context.auditConsultation("assessment.viewed", "assessment", id, "consultation"); !st)
        return std::unexpected(st.error());
    return d;
}

Result<std::vector<AssessmentRow>> Assessments::forReferral(const Uuid& referralId)
{
    if (auto st = m_context.authorise(Action::AssessmentView, "referral", referralId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("referrals", referralId, "referral"); !st)
        return std::unexpected(st.error());
    auto rows = AssessmentStore(m_context.database()).forReferral(referralId);
    if (!rows)
        return rows;
    if (auto st = m_context.auditConsultation("assessment.listed", "referral", referralId,
                                              "consultation: " + std::to_string(rows->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return rows;
}

Result<std::vector<AssessmentRow>> Assessments::forPerson(const Uuid& personId)
{
    if (auto st = m_context.authorise(Action::AssessmentView, "person", personId); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayRead(personId); !st)
        return std::unexpected(st.error());
    auto rows = AssessmentStore(m_context.database()).forPerson(personId);
    if (!rows)
        return rows;
    if (auto st = m_context.auditConsultation("assessment.listed", "person", personId,
                                              "consultation: " + std::to_string(rows->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return rows;
}

Result<DistanceTravelled> Assessments::distance(const Uuid& id)
{
    auto d = view(id);
    if (!d)
        return unexpected(d);
    if (!d->distance)
        return fail(ErrorCode::NotFound, "the assessment is not a reassessment");
    return std::move(*d->distance);
}

Result<AssessmentsDue> Assessments::due(std::optional<Uuid> worker, int limit)
{
    if (auto st = m_context.authorise(Action::AssessmentView); !st)
        return std::unexpected(st.error());
    if (!worker && m_context.user().role != Role::Coordinator)
        worker = m_context.user().id;
    AssessmentStore store(m_context.database());
    AssessmentsDue out;
    out.today = m_context.clock().today();
    auto counts = store.dueCounts(worker, out.today);
    if (!counts)
        return unexpected(counts);
    out.overdue = counts->first;
    out.due = counts->second;
    auto rows = store.due(worker, limit);
    if (!rows)
        return unexpected(rows);
    out.rows = std::move(*rows);
    if (auto st = m_context.auditConsultation("assessment.due_listed", "referral", {},
                                              "consultation: " + std::to_string(out.rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return out;
}

// --- templates -----------------------------------------------------------------------------

Result<std::vector<AssessmentTemplate>> Assessments::templates()
{
    if (auto st = m_context.authorise(Action::AssessmentView); !st)
        return std::unexpected(st.error());
    return AssessmentStore(m_context.database()).templates();
}

Result<AssessmentTemplate> Assessments::findTemplate(std::string_view code, std::optional<int> version)
{
    if (auto st = m_context.authorise(Action::AssessmentView); !st)
        return std::unexpected(st.error());
    auto t = AssessmentStore(m_context.database()).findTemplate(text::trim(code), version);
    if (!t)
        return unexpected(t);
    if (!*t)
        return fail(ErrorCode::NotFound, "no such template version");
    return std::move(**t);
}

Result<AssessmentTemplate> Assessments::publishTemplate(AssessmentTemplate draft)
{
    if (auto st = m_context.authorise(Action::TemplatePublish, "assessment_template"); !st)
        return std::unexpected(st.error());
    draft.code = text::trim(draft.code);
    draft.name = text::trim(draft.name);
    for (auto& d : draft.domains) {
        d.code = text::trim(d.code);
        d.label = text::trim(d.label);
    }
    if (auto st = validateTemplate(draft); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    AssessmentStore store(db);
    auto latest = store.latestVersion(draft.code);
    if (!latest)
        return unexpected(latest);
    draft.id = Uuid::v7(m_context.clock().now());
    draft.version = *latest + 1;
    draft.publishedAt = formatUtcMillis(m_context.clock().now());
    draft.publishedBy = m_context.user().id;
    draft.publishedByName =
        m_context.user().displayName.empty() ? m_context.user().username : m_context.user().displayName;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.insertTemplate(draft, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("template.published", "assessment_template", draft.id,
                                  "collection: " + draft.code + " v" + std::to_string(draft.version) + ", " +
                                      std::to_string(draft.domains.size()) + " domains");
        !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return draft;
}

} // namespace waymark
