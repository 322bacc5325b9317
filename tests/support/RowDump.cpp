// Row-for-row comparison of two casebooks (tests/support/RowDump.h).
#include "tests/support/RowDump.h"

#include "tests/support/TestSupport.h"

#include "core/store/Database.h"

#include <QByteArray>

#include <algorithm>

namespace waymark::test {

Dump dumpRows(Database& db, std::int64_t auditSeq)
{
    Dump out;
    std::vector<std::string> tables;
    {
        Statement st(db, "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' "
                         "ORDER BY name");
        (void)st.forEachRow([&] { tables.push_back(st.text(0)); });
    }
    for (const auto& table : tables) {
        std::string sql = "SELECT * FROM \"" + table + "\"";
        if (table == "audit_log")
            sql += " WHERE seq <= " + std::to_string(auditSeq);
        if (table == "meta")
            sql += " WHERE key NOT IN ('keyring_generation', 'audit_head') AND key NOT LIKE 'backup%'";
        Statement st(db, sql);
        auto& rows = out[table];
        (void)st.forEachRow([&] {
            std::string row;
            for (int c = 0; c < st.columnCount(); ++c) {
                if (st.isNull(c)) {
                    row += "NULL|";
                    continue;
                }
                const auto bytes = st.blob(c);
                row += QByteArray(reinterpret_cast<const char*>(bytes.data()), static_cast<qsizetype>(bytes.size()))
                           .toHex()
                           .toStdString() +
                       "|";
            }
            rows.push_back(std::move(row));
        });
        std::sort(rows.begin(), rows.end());
    }
    return out;
}

std::int64_t auditHead(Casebook& cb)
{
    return test::scalar(cb, "SELECT coalesce(max(seq), 0) FROM audit_log");
}

std::string firstDifference(const Dump& a, const Dump& b)
{
    for (const auto& [table, rows] : a) {
        const auto it = b.find(table);
        if (it == b.end())
            return "table " + table + " missing";
        if (it->second != rows)
            return "table " + table + " differs (" + std::to_string(rows.size()) + " vs " +
                   std::to_string(it->second.size()) + " rows)";
    }
    if (a.size() != b.size())
        return "table count differs";
    return {};
}

} // namespace waymark::test
