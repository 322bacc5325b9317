#pragma once

// The few readings an audit anchor needs (core/security/Anchor.h): where the audit chain and
// the change log end now, and what a given audit row's hash and change set's clock are.
// Read from the tables themselves, never from meta.audit_head (which a rewrite would fix up).

#include "core/Error.h"

#include <cstdint>
#include <optional>
#include <string>

namespace waymark {

class Database;

struct ChainPoint
{
    std::int64_t auditSeq = 0;  // the newest audit row (0: none)
    std::string auditHash;      // its hash, hex
    std::int64_t changeSeq = 0; // the newest change set (0: none)
    std::string changeHlc;      // its clock value
};

namespace anchorqueries {

Result<ChainPoint> head(Database& db);
// The hash (hex) of audit row `seq`; nullopt when there is no such row.
Result<std::optional<std::string>> auditHashAt(Database& db, std::int64_t seq);
// The clock value of change set `seq`; nullopt when there is no such set.
Result<std::optional<std::string>> changeHlcAt(Database& db, std::int64_t seq);

} // namespace anchorqueries

} // namespace waymark
