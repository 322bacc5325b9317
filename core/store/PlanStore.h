#pragma once

// SQL for plans, goals, interventions, providers, the plan's history and code-table
// extensions, driven by their column tables (core/store/Columns.h). Knows nothing of
// permissions or audit: the Plans desk (core/Plans.h) does those.

#include "core/Error.h"
#include "core/Plans.h"
#include "core/domain/Plan.h"
#include "core/store/TimelineSource.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

class PlanStore
{
public:
    explicit PlanStore(Database& db)
        : m_db(db)
    {}

    // CREATE TABLE / INDEX of every table as of schema `version` (the migration runs them).
    static std::string createTablesSql(int version);
    // The synced tables this store owns, for ChangeLog::registerColumns.
    static std::span<const std::string_view> tableNames();
    static std::vector<std::string> columnNames(std::string_view table);
    // The person's timeline: goals added, interventions added and their status changes,
    // consent overrides (kind "plan"), read through plan_events_person.
    static std::span<const TimelineSource> timelineSources();

    Status insertPlan(Plan& plan, ChangeLog& changes);
    Status updatePlan(const Plan& before, Plan& after, ChangeLog& changes);
    Result<std::optional<Plan>> planForReferral(const Uuid& referralId);

    Status insertGoal(PlanGoal& goal, ChangeLog& changes);
    Status updateGoal(const PlanGoal& before, PlanGoal& after, ChangeLog& changes);
    Result<std::optional<PlanGoal>> loadGoal(const Uuid& id);
    Result<std::vector<PlanGoal>> goals(const Uuid& planId); // oldest first

    Status insertIntervention(Intervention& intervention, ChangeLog& changes);
    Status updateIntervention(const Intervention& before, Intervention& after, ChangeLog& changes);
    Result<std::optional<Intervention>> loadIntervention(const Uuid& id);
    Result<std::vector<InterventionItem>> interventions(const InterventionQuery& query); // planned start, then added

    Status insertProvider(Provider& provider, ChangeLog& changes);
    Status updateProvider(const Provider& before, Provider& after, ChangeLog& changes);
    Result<std::optional<Provider>> loadProvider(const Uuid& id);
    // Live providers by name; `activeOnly` leaves out the inactive ones.
    Result<std::vector<Provider>> providers(bool activeOnly);
    // A live provider with this name (compared without case), other than `except`.
    Result<std::optional<Uuid>> providerNamed(std::string_view name, const Uuid& except);

    // One history row (assigns its id).
    Status addEvent(PlanEvent event, ChangeLog& changes);
    Result<std::vector<PlanEvent>> events(const Uuid& referralId); // oldest first

    Status addCodeExtension(CodeExtension& extension, ChangeLog& changes);
    Result<std::vector<CodeExtension>> codeExtensions(std::string_view tableName); // oldest first

private:
    Database& m_db;
};

} // namespace waymark
