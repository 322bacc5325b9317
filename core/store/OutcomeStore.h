#pragma once

// SQL for closures, outcome snapshots and follow-up records (core/domain/Outcome.h), driven by
// their column tables (core/store/Columns.h). Knows nothing of permissions or audit: the
// Outcomes desk (core/Outcomes.h) and the referral workflow (core/Referrals.cpp) do those.

#include "core/Error.h"
#include "core/domain/Outcome.h"
#include "core/store/TimelineSource.h"

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

class OutcomeStore
{
public:
    explicit OutcomeStore(Database& db)
        : m_db(db)
    {}

    // CREATE TABLE / INDEX of every table as of schema `version` (the migration runs them).
    static std::string createTablesSql(int version);
    // The synced tables this store owns, for ChangeLog::registerColumns.
    static std::span<const std::string_view> tableNames();
    static std::vector<std::string> columnNames(std::string_view table);
    // The person's timeline (kind "outcome"): closures approved ("closed", detail the completion
    // status), snapshots ("outcome_start", "outcome_end") and follow-up records ("recontact",
    // "reoffence", detail the outcome type), each through its (person_id, date) index.
    static std::span<const TimelineSource> timelineSources();

    Status insertClosure(Closure& closure, ChangeLog& changes);
    Status updateClosure(const Closure& before, Closure& after, ChangeLog& changes);
    // The referral's latest closure row (the last request), if any.
    Result<std::optional<Closure>> latestClosure(const Uuid& referralId);
    Result<std::vector<Closure>> closures(const Uuid& referralId); // oldest first

    Status insertSnapshot(OutcomeSnapshot& snapshot, ChangeLog& changes);
    Status updateSnapshot(const OutcomeSnapshot& before, OutcomeSnapshot& after, ChangeLog& changes);
    Result<std::optional<OutcomeSnapshot>> snapshot(const Uuid& referralId, std::string_view stage);

    Status insertFollowUp(FollowUp& followUp, ChangeLog& changes);
    Result<std::vector<FollowUp>> followUps(const Uuid& referralId); // by date, oldest first

private:
    Database& m_db;
};

} // namespace waymark
