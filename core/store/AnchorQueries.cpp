#include "core/store/AnchorQueries.h"

#include "core/Text.h"
#include "core/store/Database.h"

namespace waymark::anchorqueries {

Result<ChainPoint> head(Database& db)
{
    ChainPoint p;
    {
        Statement st(db, "SELECT seq, hash FROM audit_log ORDER BY seq DESC LIMIT 1");
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (*row) {
            p.auditSeq = st.integer(0);
            const auto h = st.blob(1);
            p.auditHash = text::toHex(h.data(), h.size());
        }
    }
    Statement st(db, "SELECT seq, hlc FROM change_set ORDER BY seq DESC LIMIT 1");
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (*row) {
        p.changeSeq = st.integer(0);
        p.changeHlc = st.text(1);
    }
    return p;
}

Result<std::optional<std::string>> auditHashAt(Database& db, std::int64_t seq)
{
    Statement st(db, "SELECT hash FROM audit_log WHERE seq = ?");
    st.bind(1, seq);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::string>{};
    const auto h = st.blob(0);
    return std::optional<std::string>{text::toHex(h.data(), h.size())};
}

Result<std::optional<std::string>> changeHlcAt(Database& db, std::int64_t seq)
{
    Statement st(db, "SELECT hlc FROM change_set WHERE seq = ?");
    st.bind(1, seq);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<std::string>{};
    return std::optional<std::string>{st.text(0)};
}

} // namespace waymark::anchorqueries
