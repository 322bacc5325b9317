#pragma once

#include "core/Error.h"
#include "core/Uuid.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;

// One audit event (DPA 2018 s.62 style: collection, alteration, consultation, disclosure,
// combination, erasure; sign-ins; refusals ...).
struct AuditEvent
{
    std::string at; // UTC ISO 8601 with milliseconds
    Uuid userId;
    std::string username;
    std::string operation;  // e.g. "person.viewed", "signin.failed"
    std::string recordType; // e.g. "person"
    Uuid recordId;
    std::string detail; // no personal data
};

struct AuditEntry
{
    std::int64_t seq = 0;
    AuditEvent event;
};

// Newest first. `recordId` narrows to one record; `beforeSeq` pages back in time.
struct AuditQuery
{
    std::optional<Uuid> recordId;
    std::optional<std::int64_t> beforeSeq;
    int limit = 100;
};

struct AuditChainCheck
{
    std::int64_t rows = 0;
    std::optional<std::int64_t> firstBroken; // seq
    std::string detail;
};

// Append-only table; each row's hash = SHA-256(previous row's hash || this row's content).
// The head (last seq and hash) is mirrored in meta, so deleting the newest rows shows too.
class AuditLog
{
public:
    explicit AuditLog(Database& db)
        : m_db(db)
    {}
    // Call inside the caller's transaction.
    Status append(const AuditEvent& event);
    AuditChainCheck verify();
    Result<std::vector<AuditEntry>> list(const AuditQuery& query);

private:
    Database& m_db;
};

} // namespace waymark
