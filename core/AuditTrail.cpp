// casebook.audit(): the AuditTrail desk (see core/AuditTrail.h).

#include "core/AuditTrail.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/domain/TextRules.h"
#include "core/io/Csv.h"
#include "core/store/AtomicFile.h"
#include "core/store/Database.h"
#include "core/store/UserStore.h"

#include <array>

namespace waymark {

namespace {

std::array<std::string, 7> cells(const AuditEntry& e)
{
    return {std::to_string(e.seq), e.event.at,
            e.event.username,      e.event.operation,
            e.event.recordType,    e.event.recordId.isNull() ? std::string() : e.event.recordId.toString(),
            e.event.detail};
}

constexpr std::array<const char*, 7> kColumns = {"seq",         "at",        "user",  "operation",
                                                 "record_type", "record_id", "detail"};

// What a filter may hold, since it is recorded in the audit row of the reading or export: an
// operation is a machine name, and a user name must name an account (current or removed), so
// that text typed by mistake (a password in the user field) never lands in the trail.
Status checkFilter(Database& db, const AuditFilter& filter)
{
    if (filter.operation.size() > 64 ||
        filter.operation.find_first_not_of("abcdefghijklmnopqrstuvwxyz0123456789._") != std::string::npos)
        return fail(ErrorCode::InvalidInput, "an operation is lower-case letters, digits, '.' and '_'", "operation");
    if (!filter.username.empty()) {
        auto user = UserStore(db).findByName(filter.username);
        if (!user && user.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::NotFound, "no user with that name", "user");
        if (!user)
            return std::unexpected(user.error());
    }
    return {};
}

} // namespace

std::string auditRowsToCsv(const std::vector<AuditEntry>& rows)
{
    std::string out;
    for (std::size_t i = 0; i < kColumns.size(); ++i)
        out += (i ? "," : "") + std::string(kColumns[i]);
    out += "\r\n";
    for (const auto& e : rows) {
        const auto values = cells(e);
        for (std::size_t i = 0; i < values.size(); ++i)
            out += (i ? "," : "") + csv::quoteField(values[i], ',');
        out += "\r\n";
    }
    return out;
}

std::string auditRowsToJson(const std::vector<AuditEntry>& rows)
{
    std::string out = "[";
    for (std::size_t r = 0; r < rows.size(); ++r) {
        const auto values = cells(rows[r]);
        out += r ? ",\n {" : "\n {";
        for (std::size_t i = 0; i < values.size(); ++i) {
            out += (i ? ", " : "") + text::jsonQuote(kColumns[i]) + ": ";
            if (i == 0)
                out += values[i]; // seq, a number
            else if ((i == 2 || i == 4 || i == 5) && values[i].empty())
                out += "null";
            else
                out += text::jsonQuote(values[i]);
        }
        out += '}';
    }
    return out + (rows.empty() ? "]\n" : "\n]\n");
}

std::string describeAuditFilter(const AuditFilter& filter)
{
    std::string out;
    auto add = [&](std::string_view key, const std::string& value) {
        out += (out.empty() ? "" : " ") + std::string(key) + "=" + value;
    };
    add("from", filter.from ? filter.from->toIso() : "any");
    add("to", filter.to ? filter.to->toIso() : "any");
    if (!filter.username.empty())
        add("user", filter.username);
    if (filter.recordId)
        add("record", filter.recordId->toString());
    if (!filter.operation.empty())
        add("operation", filter.operation);
    return out;
}

Result<std::vector<AuditEntry>> AuditTrail::list(const AuditFilter& filter)
{
    if (auto st = m_context.authorise(Action::AuditRead, "audit_log"); !st)
        return std::unexpected(st.error());
    if (auto st = checkFilter(m_context.database(), filter); !st)
        return std::unexpected(st.error());
    auto rows = auditqueries::list(m_context.database(), filter);
    if (!rows)
        return rows;
    // One row per search: the next pages of the search last audited (same filter, paging on
    // with beforeSeq) are part of it.
    std::string search = describeAuditFilter(filter);
    if (filter.beforeSeq && search == m_openSearch)
        return rows;
    if (auto st =
            m_context.auditConsultation("audit.read", filter.recordId ? "person" : "audit_log",
                                        filter.recordId.value_or(Uuid{}), "consultation of the audit trail: " + search);
        !st)
        return std::unexpected(st.error());
    m_openSearch = std::move(search);
    return rows;
}

Result<AuditExportResult> AuditTrail::exportTo(const AuditFilter& filterIn, AuditExportFormat format,
                                               const std::filesystem::path& out, std::string_view recipient)
{
    if (out.empty())
        return fail(ErrorCode::InvalidInput, "no file to write", "out");
    // Outside the transaction, so that a refusal's audit row stays.
    if (auto st = m_context.authorise(Action::AuditExport, "audit_log"); !st)
        return std::unexpected(st.error());
    // The same rule as a report export's recipient (core/domain/TextRules).
    if (auto st = checkTextField("report_recipient", recipient, "recipient"); !st)
        return std::unexpected(st.error());
    if (auto st = checkFilter(m_context.database(), filterIn); !st)
        return std::unexpected(st.error());
    AuditFilter filter = filterIn;
    filter.limit = 0;
    filter.beforeSeq.reset();
    filter.oldestFirst = true;
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto rows = auditqueries::list(db, filter);
    if (!rows)
        return std::unexpected(rows.error());
    const std::string_view formatName = format == AuditExportFormat::Csv ? "csv" : "json";
    std::string detail = "disclosure: " + describeAuditFilter(filter) + " format=" + std::string(formatName) +
                         " rows=" + std::to_string(rows->size());
    if (!recipient.empty())
        detail += " recipient=" + std::string(recipient);
    if (auto st = m_context.audit("audit.exported", filter.recordId ? "person" : "audit_log",
                                  filter.recordId.value_or(Uuid{}), detail);
        !st)
        return std::unexpected(st.error());
    // The audit row is committed only once the file is in place, so the trail never claims
    // an export that did not happen.
    const std::string body = format == AuditExportFormat::Csv ? auditRowsToCsv(*rows) : auditRowsToJson(*rows);
    if (auto st = writeFileAtomically(out, body); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return AuditExportResult{static_cast<std::int64_t>(rows->size())};
}

Result<std::optional<AuditEntry>> AuditTrail::row(std::int64_t seq)
{
    if (auto st = m_context.authorise(Action::AuditVerify, "audit_log"); !st)
        return std::unexpected(st.error());
    return auditqueries::row(m_context.database(), seq);
}

} // namespace waymark
