#pragma once

#include "core/Assessments.h"
#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/domain/Assessment.h"
#include "core/store/TimelineSource.h"

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// SQL for assessment templates, assessments and their per-domain ratings (tables
// assessment_templates, assessments, assessment_ratings), driven by their column tables
// (core/store/Columns.h). Knows nothing of permissions or audit: the Assessments desk does.
class AssessmentStore
{
public:
    explicit AssessmentStore(Database& db)
        : m_db(db)
    {}

    // CREATE TABLE / CREATE INDEX of the three tables as of schema `version`.
    static std::string createTablesSql(int version);
    // ALTER TABLE for the assessments' columns added in exactly `version` (15: ratings_text).
    static std::string addColumnsSql(int version);
    // An assessment's rated domains as stored in assessments.ratings_text (schema 15):
    // "domain=rating;..." in the assessment's order, domains marked not assessed left out
    // (empty: none rated, stored as NULL). Kept up to date on every insert and update.
    static std::string ratingsText(const Assessment& a);
    // The same value computed in SQL from a row's assessment_ratings (correlated on
    // `assessments.id`), for the migration's backfill.
    static std::string ratingsTextSql();
    static std::vector<std::string> columnNames(std::string_view table);
    // The tables this store creates (each synced and change-logged).
    static std::span<const std::string_view> tableNames();
    // The built-in template (version 1 of "default"), written by the migration without a
    // change log: it has the same id and content in every casebook.
    Status seedDefaultTemplate();
    // The built-in template's columns as a change log would give them (column, value in the
    // log's text form; defaults left out): its row has no change records, so verify's replay
    // of the log (core/store/ChangeReplay.h) starts it from these instead.
    static std::vector<std::pair<std::string, std::optional<std::string>>> defaultTemplateValues();
    // The person's timeline: assessments (kind "assessment"; title "assessment" or
    // "reassessment", detail "<template> v<n>, score <total>").
    static std::span<const TimelineSource> timelineSources();

    // --- templates
    Status insertTemplate(AssessmentTemplate& tmpl, ChangeLog& changes);
    Result<std::optional<AssessmentTemplate>> loadTemplate(const Uuid& id);
    // The newest version of `code`, or a given version.
    Result<std::optional<AssessmentTemplate>> findTemplate(std::string_view code, std::optional<int> version = {});
    // Every version of every template, by code then version.
    Result<std::vector<AssessmentTemplate>> templates();
    Result<int> latestVersion(std::string_view code); // 0 when none

    // --- assessments (with their ratings)
    Status insert(Assessment& assessment, ChangeLog& changes);
    Status update(const Assessment& before, Assessment& after, ChangeLog& changes);
    Result<std::optional<Assessment>> load(const Uuid& id);
    Result<std::vector<AssessmentRow>> forReferral(const Uuid& referralId); // newest first
    Result<std::vector<AssessmentRow>> forPerson(const Uuid& personId);     // newest first
    // The earliest assessed_on of the referral's live assessments (null when none).
    Result<Date> firstAssessedOn(const Uuid& referralId);
    // The newest assessment of the referral (by date, then when recorded).
    Result<std::optional<Uuid>> latestForReferral(const Uuid& referralId);

    // Referrals whose assessment is due (open but not awaiting closure, none recorded), earliest
    // due first, over the referrals_assessment_due index; `worker` filters by allocation.
    Result<std::vector<AssessmentDueRow>> due(std::optional<Uuid> worker, int limit);
    // How many of those are past `today`, and how many not yet.
    Result<std::pair<std::int64_t, std::int64_t>> dueCounts(std::optional<Uuid> worker, Date today);

private:
    Result<std::vector<AssessmentRow>> rows(std::string_view where, const Uuid& id);

    Database& m_db;
};

} // namespace waymark
