#pragma once

// casebook.audit(): reading the audit trail with filters (the audit viewer, `waymark-cli
// audit export`), exporting it as a disclosure, and looking up one row (naming the first bad
// row after `verify`). A desk of the Casebook door (core/Casebook.h).
//
// Who may: Action::AuditRead (list), Action::AuditExport (export), Action::AuditVerify (row):
// coordinators and auditors. An audit row holds when, who (user id and name), what
// (operation), about which record (type and id, never a name) and a detail that by rule
// holds no personal data; an export holds exactly those columns and nothing more.

#include "core/Error.h"
#include "core/store/AuditQueries.h"

#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

enum class AuditExportFormat
{
    Csv,  // RFC 4180, CRLF line ends, a header line
    Json, // an array of objects
};

struct AuditExportResult
{
    std::int64_t rows = 0;
};

class AuditTrail
{
public:
    explicit AuditTrail(DeskContext& context)
        : m_context(context)
    {}

    // The rows the filter selects. The reading is audited ("audit.read", with the filter) once
    // per search: a call with beforeSeq set and the same filter as the search last audited (the
    // next page of it, as a viewer scrolls) writes no second row.
    Result<std::vector<AuditEntry>> list(const AuditFilter& filter);
    // Writes every row the filter selects (its limit and paging are ignored; oldest first) to
    // `out`, audited as a disclosure ("audit.exported": the filter, format, row count and
    // recipient). The audit row commits only once the file is in place.
    Result<AuditExportResult> exportTo(const AuditFilter& filter, AuditExportFormat format,
                                       const std::filesystem::path& out, std::string_view recipient = {});
    // Row `seq` as it is now (nullopt: no such row), to name a row `verify` found bad. Not
    // audited itself: the verification it follows is.
    Result<std::optional<AuditEntry>> row(std::int64_t seq);

private:
    DeskContext& m_context;
    std::string m_openSearch; // describeAuditFilter() of the search last audited
};

// The export's formats, public for tests. Columns: seq, at, user, operation, record_type,
// record_id, detail.
std::string auditRowsToCsv(const std::vector<AuditEntry>& rows);
std::string auditRowsToJson(const std::vector<AuditEntry>& rows);
// The filter as the audit row's detail records it: "from=2026-01-01 to=... user=... ".
std::string describeAuditFilter(const AuditFilter& filter);

} // namespace waymark
