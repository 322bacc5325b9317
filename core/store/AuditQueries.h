#pragma once

// Reading the audit trail with filters: what the audit viewer, `waymark-cli audit export` and
// `audit verify` (naming the first bad row) read. Writing and the hash chain stay in AuditLog.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/calendar/Date.h"
#include "core/store/AuditLog.h"

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

namespace waymark {

class Database;

// Which audit rows. Every part is optional; together they narrow (AND).
struct AuditFilter
{
    std::optional<Date> from;     // rows on or after this UTC date
    std::optional<Date> to;       // rows on or before this UTC date (inclusive)
    std::string username;         // who acted (as the row names them; removed users too)
    std::optional<Uuid> recordId; // the record the row is about (a person's id, ...)
    // An operation ("person.viewed"), or a family of them ending in '.' ("person.").
    std::string operation;
    std::optional<std::int64_t> beforeSeq; // paging: rows older than this one
    int limit = 100;                       // 0: no limit
    bool oldestFirst = false;              // exports read forwards; a viewer newest first
};

namespace auditqueries {

Result<std::vector<AuditEntry>> list(Database& db, const AuditFilter& filter);
// Row `seq`; nullopt when there is no such row (deleted, or never written).
Result<std::optional<AuditEntry>> row(Database& db, std::int64_t seq);

} // namespace auditqueries

} // namespace waymark
