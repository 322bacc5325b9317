#include "core/store/AuditQueries.h"

#include "core/store/Database.h"

namespace waymark::auditqueries {

namespace {

constexpr const char* kColumns = "SELECT seq, at, user_id, username, operation, record_type, record_id, detail "
                                 "FROM audit_log WHERE 1 = 1";

AuditEntry readEntry(Statement& st)
{
    return AuditEntry{st.integer(0),
                      AuditEvent{st.text(1), st.uuid(2), st.text(3), st.text(4), st.text(5), st.uuid(6), st.text(7)}};
}

// LIKE with its wildcards escaped: an operation family is a plain prefix.
std::string likePrefix(std::string_view prefix)
{
    std::string out;
    for (char c : prefix) {
        if (c == '%' || c == '_' || c == '\\')
            out += '\\';
        out += c;
    }
    return out + '%';
}

} // namespace

Result<std::vector<AuditEntry>> list(Database& db, const AuditFilter& filter)
{
    const bool family = !filter.operation.empty() && filter.operation.back() == '.';
    std::string sql = kColumns;
    // `at` is UTC ISO 8601 ("2026-11-30T23:27:39.123Z"): its first ten characters are the date.
    if (filter.from)
        sql += " AND substr(at, 1, 10) >= ?";
    if (filter.to)
        sql += " AND substr(at, 1, 10) <= ?";
    if (!filter.username.empty())
        sql += " AND username = ?";
    if (filter.recordId)
        sql += " AND record_id = ?";
    if (!filter.operation.empty())
        sql += family ? " AND operation LIKE ? ESCAPE '\\'" : " AND operation = ?";
    if (filter.beforeSeq)
        sql += " AND seq < ?";
    sql += filter.oldestFirst ? " ORDER BY seq" : " ORDER BY seq DESC";
    sql += " LIMIT ?";
    Statement st(db, sql);
    int i = 1;
    if (filter.from)
        st.bind(i++, filter.from->toIso());
    if (filter.to)
        st.bind(i++, filter.to->toIso());
    if (!filter.username.empty())
        st.bind(i++, filter.username);
    if (filter.recordId)
        st.bind(i++, *filter.recordId);
    if (!filter.operation.empty())
        st.bind(i++, family ? likePrefix(filter.operation) : filter.operation);
    if (filter.beforeSeq)
        st.bind(i++, *filter.beforeSeq);
    st.bind(i, filter.limit > 0 ? std::int64_t{filter.limit} : std::int64_t{-1});
    std::vector<AuditEntry> out;
    if (auto r = st.forEachRow([&] { out.push_back(readEntry(st)); }); !r)
        return std::unexpected(r.error());
    return out;
}

Result<std::optional<AuditEntry>> row(Database& db, std::int64_t seq)
{
    Statement st(db, std::string(kColumns) + " AND seq = ?");
    st.bind(1, seq);
    std::optional<AuditEntry> out;
    if (auto r = st.forEachRow([&] { out = readEntry(st); }); !r)
        return std::unexpected(r.error());
    return out;
}

} // namespace waymark::auditqueries
