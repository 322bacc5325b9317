#pragma once

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/store/TimelineSource.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;

// One row of a person's timeline as a source returned it (core/store/TimelineSource.h).
struct TimelineRow
{
    std::string kind;
    std::string at;
    Uuid recordId;
    Uuid referralId;
    std::string title;
    std::string detail;
    Uuid authorId;
    bool sensitive = false;
};

// Reads a person's timeline: runs every source of the requested kinds with the same bounds,
// each LIMITed to the rows wanted, and merges them newest first. Knows nothing of roles or
// audit: the Timeline desk chooses the kinds and blanks what the user may not read.
class TimelineStore
{
public:
    explicit TimelineStore(Database& db)
        : m_db(db)
    {}

    // Every source of the casebook, in the order ties are broken (referrals first).
    static std::span<const TimelineSource> sources();
    // The referral sources: referrals received and their history (allocations, first
    // contact, overrides) as "referral", workflow transitions as "decision".
    static std::span<const TimelineSource> referralSources();

    // The first `count` rows of `kinds` (empty: every kind) with before > at >= from, newest
    // first; ties keep the sources' order.
    Result<std::vector<TimelineRow>> read(const Uuid& personId, const std::vector<std::string>& kinds,
                                          std::string_view before, std::string_view from, int count);

private:
    Database& m_db;
};

} // namespace waymark
