#include "core/store/ChangeReplay.h"

#include "core/Text.h"
#include "core/Uuid.h"
#include "core/domain/Assessment.h"
#include "core/store/AssessmentStore.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/ReportFacts.h"
#include "core/store/SqlNames.h"

#include <algorithm>
#include <map>
#include <optional>
#include <set>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark {

namespace {

using Value = std::optional<std::string>;
using Id = std::vector<std::uint8_t>;

// Columns a store writes with the record but never logs (Columns.h `logged = false`): derived
// from the logged ones, so the log cannot rebuild them and a sync never carries them.
// TestChangeReplay verifies casebooks that write every one of them.
const std::set<std::pair<std::string_view, std::string_view>> kDerived = {
    {"people", "family_key"},       {"people", "given_key"},        {"referrals", "running_due"},
    {"assessments", "total_score"}, {"assessments", "rated_count"}, {"assessments", "ratings_text"},
};

// A synced table as the replay reads it.
struct Table
{
    std::int64_t number = 0; // change_column id of (table, '')
    std::string name;
    std::vector<std::string> columns;              // compared, in select order
    std::vector<Value> defaults;                   // of each compared column
    std::vector<std::string> declared;             // each column's declared type, upper case
    std::map<std::int64_t, std::size_t> positions; // change_column id -> index in columns
};

// A column default as pragma_table_info gives it (SQL text) in the change log's text form.
Value defaultValue(const Statement& st, int column)
{
    if (st.isNull(column))
        return std::nullopt;
    std::string text = st.text(column);
    if (text == "NULL")
        return std::nullopt;
    if (text.size() >= 2 && text.front() == '\'' && text.back() == '\'') {
        std::string unquoted;
        for (std::size_t i = 1; i + 1 < text.size(); ++i) {
            unquoted += text[i];
            if (text[i] == '\'' && text[i + 1] == '\'')
                ++i;
        }
        return unquoted;
    }
    return text;
}

// The live cell in the change log's text form, read as the stores read it (Columns.cpp,
// NamedRow::value): INTEGER columns as decimal, BLOB columns as ids, the rest as text. A BLOB
// that is not a 16-byte id gets a form no logged value has, so it never matches.
Value cellValue(const Statement& st, int column, const std::string& declared)
{
    if (st.isNull(column))
        return std::nullopt;
    if (declared.starts_with("INT"))
        return std::to_string(st.integer(column));
    if (declared == "BLOB") {
        const auto bytes = st.blob(column);
        if (bytes.size() == 16)
            return Uuid::fromBytes(bytes.data(), bytes.size()).toString();
        return "x'" + text::toHex(bytes.data(), bytes.size()) + "'";
    }
    return st.text(column);
}

std::string idText(const Id& id)
{
    if (id.size() == 16)
        return Uuid::fromBytes(id.data(), id.size()).toString();
    return "of " + std::to_string(id.size()) + " bytes";
}

Result<std::vector<Table>> syncedTables(Database& db)
{
    std::vector<Table> tables;
    std::map<std::string, std::map<std::string, std::int64_t>> numbers; // table -> column -> id
    {
        Statement st(db, "SELECT id, table_name, column_name FROM change_column ORDER BY id");
        if (auto r = st.forEachRow([&] { numbers[st.text(1)][st.text(2)] = st.integer(0); }); !r)
            return std::unexpected(r.error());
    }
    for (auto& [name, columns] : numbers) {
        const auto self = columns.find("");
        if (self == columns.end())
            continue;
        Table t;
        t.number = self->second;
        t.name = name;
        Statement info(db, "SELECT name, upper(type), dflt_value FROM pragma_table_info(?)");
        info.bind(1, name);
        if (auto r = info.forEachRow([&] {
                const std::string column = info.text(0);
                const auto number = columns.find(column);
                if (number == columns.end() || column.empty() || column == "id" || column == "updated_hlc" ||
                    kDerived.contains({std::string_view(name), std::string_view(column)}))
                    return;
                t.positions[number->second] = t.columns.size();
                t.columns.push_back(column);
                t.declared.push_back(info.text(1));
                t.defaults.push_back(defaultValue(info, 2));
            });
            !r)
            return std::unexpected(r.error());
        if (t.columns.empty())
            continue; // numbered by an old log but no longer (or never) a table here
        tables.push_back(std::move(t));
    }
    std::ranges::sort(tables, {}, &Table::number);
    return tables;
}

// The change log sorted by table, record and order of writing, read one record at a time.
// Only the keys are sorted (a sort of the packed values too would hold the whole log in
// memory); each record's values are then read by its seq.
class LogCursor
{
public:
    explicit LogCursor(Database& db)
        : m_st(db, "SELECT table_id, row_id, seq FROM change_record ORDER BY table_id, row_id, seq")
        , m_columns(db, "SELECT columns FROM change_record WHERE seq = ?")
    {}
    Status advance()
    {
        auto row = m_st.step();
        if (!row)
            return std::unexpected(row.error());
        m_valid = *row;
        if (m_valid) {
            m_table = m_st.integer(0);
            m_id = m_st.blob(1);
            m_seq = m_st.integer(2);
            ++m_read;
        }
        return {};
    }
    bool valid() const { return m_valid; }
    std::int64_t table() const { return m_table; }
    const Id& id() const { return m_id; }
    Result<ChangeLog::Packed> values()
    {
        m_columns.reset();
        m_columns.bind(1, m_seq);
        auto row = m_columns.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return fail(ErrorCode::Damaged, "a change record went missing while it was read");
        const auto bytes = m_columns.blob(0);
        return ChangeLog::decodeValues(bytes);
    }
    std::int64_t read() const { return m_read; }

private:
    Statement m_st;
    Statement m_columns;
    bool m_valid = false;
    std::int64_t m_table = 0;
    Id m_id;
    std::int64_t m_seq = 0;
    std::int64_t m_read = 0;
};

ChangeReplayReport mismatch(ChangeReplayReport report, std::string detail)
{
    report.ok = false;
    report.detail = std::move(detail);
    return report;
}

} // namespace

Result<ChangeReplayReport> replayChangeLog(Database& db)
{
    ChangeReplayReport report;
    auto tables = syncedTables(db);
    if (!tables)
        return std::unexpected(tables.error());

    // The rows written without change records, and what they hold instead.
    const Id seededTemplate(defaultTemplate().id.bytes().begin(), defaultTemplate().id.bytes().end());
    const auto seededValues = AssessmentStore::defaultTemplateValues();

    LogCursor log(db);
    if (auto r = log.advance(); !r)
        return std::unexpected(r.error());
    for (const Table& t : *tables) {
        ++report.tables;
        // Records of tables numbered but not compared here (none are expected) are passed over.
        while (log.valid() && log.table() < t.number)
            if (auto r = log.advance(); !r)
                return std::unexpected(r.error());

        std::string sql = "SELECT id";
        for (const auto& c : t.columns)
            sql += ", " + quotedName(c);
        sql += " FROM " + quotedName(t.name) + " ORDER BY id";
        Statement live(db, sql);
        if (!live.ok())
            return std::unexpected(live.error());
        bool haveRow = false;
        Id rowId;
        Id previous;
        bool first = true;
        const auto nextRow = [&]() -> Status {
            auto row = live.step();
            if (!row)
                return std::unexpected(row.error());
            haveRow = *row;
            if (haveRow)
                rowId = live.blob(0);
            return {};
        };
        if (auto r = nextRow(); !r)
            return std::unexpected(r.error());

        std::vector<Value> replayed;
        for (;;) {
            const bool logHere = log.valid() && log.table() == t.number;
            if (!haveRow && !logHere)
                break;
            if (haveRow && (live.isNull(0) || (!first && rowId <= previous)))
                return mismatch(std::move(report), t.name + ": a record's id is not an id");
            // A record in the log that the table no longer has: deleted outside the log.
            if (logHere && (!haveRow || log.id() < rowId))
                return mismatch(std::move(report),
                                t.name + " record " + idText(log.id()) + " is in the change log but not in the table");
            const bool hasChanges = logHere && log.id() == rowId;
            const bool seeded = t.name == "assessment_templates" && rowId == seededTemplate;
            if (!hasChanges && !seeded)
                return mismatch(std::move(report), t.name + " record " + idText(rowId) +
                                                       " has no change records (written outside the log)");

            replayed = t.defaults;
            if (seeded)
                for (const auto& [column, value] : seededValues)
                    if (const auto at = std::ranges::find(t.columns, column); at != t.columns.end())
                        replayed[static_cast<std::size_t>(at - t.columns.begin())] = value;
            while (log.valid() && log.table() == t.number && log.id() == rowId) {
                auto values = log.values();
                if (!values)
                    return mismatch(std::move(report),
                                    t.name + " record " + idText(rowId) + ": a change record is not readable");
                for (auto& [number, value] : *values)
                    if (const auto at = t.positions.find(number); at != t.positions.end())
                        replayed[at->second] = std::move(value);
                if (auto r = log.advance(); !r)
                    return std::unexpected(r.error());
            }
            for (std::size_t i = 0; i < t.columns.size(); ++i)
                if (cellValue(live, static_cast<int>(i + 1), t.declared[i]) != replayed[i])
                    return mismatch(std::move(report), t.name + " record " + idText(rowId) + " column " + t.columns[i] +
                                                           " differs from its change log");
            ++report.records;
            previous = std::move(rowId);
            first = false;
            if (auto r = nextRow(); !r)
                return std::unexpected(r.error());
        }
    }
    report.changeRecords = log.read();
    // The reports' derived facts (not logged): equal to what the logged rows give.
    auto facts = report_facts::check(db);
    if (!facts)
        return std::unexpected(facts.error());
    if (!facts->empty())
        return mismatch(std::move(report), *facts);
    report.detail = std::to_string(report.records) + " records of " + std::to_string(report.tables) +
                    " tables match the change log, " + std::to_string(report.changeRecords) + " change records";
    return report;
}

} // namespace waymark
