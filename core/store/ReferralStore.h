#pragma once

#include "core/Error.h"
#include "core/Referrals.h"
#include "core/domain/Referral.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class ChangeLog;
class Database;

// SQL for referrals and their history (referrals, referral_events), driven by their column
// tables (core/store/Columns.h). Knows nothing of permissions or audit: the Referrals desk
// does those.
class ReferralStore
{
public:
    explicit ReferralStore(Database& db)
        : m_db(db)
    {}

    // The CREATE TABLE / CREATE INDEX statements of both tables as of schema `version`
    // (the migration runs them).
    static std::string createTablesSql(int version);
    // ALTER TABLE / CREATE INDEX for what schema `version` added to "referrals".
    static std::string addColumnsSql(int version);
    // The columns the column table of "referrals" or "referral_events" declares.
    static std::vector<std::string> columnNames(std::string_view table);

    // `referral` must carry id, reference and createdAt; sets updatedHlc = changes.hlc().
    Status insert(Referral& referral, ChangeLog& changes);
    // Writes the columns that differ between `before` and `after`, logging each.
    Status update(const Referral& before, Referral& after, ChangeLog& changes);
    // One history row (assigns its id; `at` and `by` as given).
    Status addEvent(const Uuid& referralId, const ReferralEvent& event, ChangeLog& changes);

    Result<std::optional<Referral>> load(const Uuid& id);
    Result<std::optional<Uuid>> findByReference(std::string_view reference);
    // Moves every live referral of person `from` to person `to` (a merge), logging each;
    // returns how many moved.
    Result<int> movePerson(const Uuid& from, const Uuid& to, ChangeLog& changes);
    // Whether a live person has this id (intake checks it without loading the record).
    Result<bool> personExists(const Uuid& personId);
    Result<std::optional<Uuid>> findByPoliceReference(std::string_view policeReference);
    Result<std::vector<ReferralEvent>> events(const Uuid& referralId); // oldest first
    // The received dates of the person's live referrals (except `except`).
    Result<std::vector<Date>> receivedDates(const Uuid& personId, const Uuid& except);
    // The person's other referrals this scheme accepted (decision "accepted").
    Result<int> acceptedCount(const Uuid& personId, const Uuid& except);

    // A page of the queue; `today` decides what is overdue.
    Result<ReferralPage> list(const ReferralListQuery& query, Date today);
    Result<std::int64_t> count(const ReferralListQuery& query, Date today);
    // My work's counts for every worker holding open referrals (worker null = unallocated),
    // in one pass over the open-work index. Restricted records kept from the viewer are not
    // counted (core/store/Visibility.h).
    Result<std::vector<WorkCounts>> workCounts(Date today, std::optional<Uuid> worker);

    // The sort key of the queue: the running clock's due date (decision while received or in
    // screening, first contact while accepted or active without one), else kNoDue.
    static std::string runningDue(const Referral& referral);
    static constexpr std::string_view kNoDue = "9999-12-31";

private:
    Database& m_db;
};

} // namespace waymark
