#include "core/security/ChangeCoverage.h"

#include "core/Text.h"
#include "core/security/Role.h"
#include "core/store/ChangeDigest.h"

#include <cstring>

namespace waymark {

namespace {

// The action a change to a table needs, beyond writing casework at all: account, template
// and provider tables are each one role's business. Everything else needs a role that may
// record casework (auditors write no records).
Action actionForTable(const std::string& table)
{
    if (table == "users")
        return Action::UserManage;
    if (table == "assessment_templates")
        return Action::TemplatePublish;
    if (table == "providers")
        return Action::ProviderManage;
    return Action::PersonUpdate;
}

} // namespace

ChangeCoverage::ChangeCoverage(Database& db)
    : m_db(db)
    , m_from(change_cover::from(db))
{
    if (!m_from)
        return;
    m_after = m_from->records;
    m_tables = changeTableNames(db);
    m_records = std::make_unique<ChangeRecordCursor>(db, m_after);
}

ChangeCoverage::~ChangeCoverage() = default;

bool ChangeCoverage::advance()
{
    if (m_have)
        return true;
    if (m_done || !m_records)
        return false;
    auto row = m_records->step();
    if (!row) {
        m_readError = row.error().detail;
        m_done = true;
        return false;
    }
    if (!*row) {
        m_done = true;
        return false;
    }
    m_have = true;
    return true;
}

std::string ChangeCoverage::tableName(std::int64_t tableId) const
{
    const auto it = m_tables.find(tableId);
    return it == m_tables.end() ? "table " + std::to_string(tableId) : it->second;
}

std::string ChangeCoverage::uncoveredBefore(std::int64_t from)
{
    // Records (m_after, from]: covered by no row.
    if (!advance() || m_records->current().seq > from)
        return {};
    const auto r = m_records->current();
    return "change record " + std::to_string(r.seq) + " (" + tableName(r.tableId) + " record " +
           text::toHex(r.rowId.data(), r.rowId.size()) +
           ") is covered by no signed audit row (written outside Waymark; found before this row)";
}

std::string ChangeCoverage::checkRow(const AuditRowSeen& row, const roster::Entry* signer)
{
    if (!m_from || row.seq <= m_from->auditRow)
        return {};
    if (!row.changes)
        return "it does not record the change log's coverage (written outside Waymark)";
    const auto [from, upto] = *row.changes;
    if (from < m_after || upto < from)
        return "its change log coverage (" + std::to_string(from) + "-" + std::to_string(upto) +
               ") overlaps the row before or goes back (changed outside Waymark)";
    if (from > m_after) {
        if (auto gap = uncoveredBefore(from); !gap.empty())
            return gap;
        m_after = from;
    }
    ChangeDigest digest;
    std::string wrongAuthor;
    std::string notAllowed;
    while (advance()) {
        const auto r = m_records->current();
        if (r.seq > upto)
            break;
        digest.add(r);
        if (signer && wrongAuthor.empty() && notAllowed.empty()) {
            const auto& id = signer->id.bytes();
            if (r.author.size() != id.size() || std::memcmp(r.author.data(), id.data(), id.size()) != 0)
                wrongAuthor = "change set " + std::to_string(r.setSeq) + " is in another user's name than '" +
                              signer->username + "', who signed the row covering it";
            else if (const std::string table = tableName(r.tableId); !roleAllows(signer->role, actionForTable(table)))
                notAllowed = "a change to " + table + " by '" + signer->username + "', a " +
                             std::string(roleName(signer->role)) + ": not allowed to that role";
        }
        m_have = false;
        ++m_covered;
    }
    if (!m_readError.empty())
        return "the change log cannot be read: " + m_readError;
    const std::string range = std::to_string(m_after + 1) + "-" + std::to_string(upto);
    const bool none = digest.count() == 0;
    const bool expectedNone = upto == m_after;
    bool same = none && expectedNone ? row.changeDigest.empty() : !none && !expectedNone;
    if (same && !none) {
        const auto d = digest.finish();
        same = row.changeDigest.size() == d.size() && std::memcmp(row.changeDigest.data(), d.data(), d.size()) == 0;
    }
    m_after = upto;
    if (!same)
        return "the change records it covers (" + range +
               ") were altered, added or removed after it was signed (changed outside Waymark)";
    if (!wrongAuthor.empty())
        return wrongAuthor;
    return notAllowed;
}

std::string ChangeCoverage::finish()
{
    if (!m_from || !advance())
        return m_readError.empty() ? std::string() : "the change log cannot be read: " + m_readError;
    const auto r = m_records->current();
    return "change record " + std::to_string(r.seq) + " (" + tableName(r.tableId) + " record " +
           text::toHex(r.rowId.data(), r.rowId.size()) +
           ") is covered by no signed audit row (written outside Waymark; the audit rows cover records up to " +
           std::to_string(m_after) + ")";
}

} // namespace waymark
