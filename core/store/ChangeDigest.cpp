#include "core/store/ChangeDigest.h"

#include "core/store/Database.h"
#include "core/store/HashFeed.h"

#include <sodium.h>

#include <charconv>
#include <cstring>

namespace waymark {

struct ChangeDigest::State
{
    crypto_generichash_state hash;
};

namespace {

using hashfeed::bytes;
using hashfeed::number;

std::span<const std::uint8_t> asBytes(std::string_view s)
{
    return {reinterpret_cast<const std::uint8_t*>(s.data()), s.size()};
}

// A number as hashfeed feeds it: 8 bytes, least significant first.
void encode(std::int64_t value, unsigned char* out)
{
    const auto v = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i)
        out[i] = static_cast<unsigned char>(v >> (8 * i));
}

} // namespace

void hashfeed::number(crypto_generichash_state& st, std::int64_t value)
{
    unsigned char b[8];
    encode(value, b);
    crypto_generichash_update(&st, b, sizeof b);
}

void hashfeed::bytes(crypto_generichash_state& st, std::span<const std::uint8_t> bytes)
{
    number(st, static_cast<std::int64_t>(bytes.size()));
    if (!bytes.empty())
        crypto_generichash_update(&st, bytes.data(), bytes.size());
}

void hashfeed::Gather::number(std::int64_t value)
{
    if (m_buffer.size() - m_used < 8)
        flush();
    encode(value, m_buffer.data() + m_used);
    m_used += 8;
}

void hashfeed::Gather::bytes(std::span<const std::uint8_t> value)
{
    number(static_cast<std::int64_t>(value.size()));
    if (value.empty())
        return;
    if (value.size() <= m_buffer.size() - m_used) {
        std::memcpy(m_buffer.data() + m_used, value.data(), value.size());
        m_used += value.size();
        return;
    }
    flush();
    crypto_generichash_update(&m_st, value.data(), value.size());
}

void hashfeed::Gather::flush()
{
    if (m_used > 0)
        crypto_generichash_update(&m_st, m_buffer.data(), m_used);
    m_used = 0;
}

ChangeDigest::ChangeDigest()
    : m_state(std::make_unique<State>())
{
    crypto_generichash_init(&m_state->hash, nullptr, 0, crypto_generichash_BYTES);
    constexpr std::string_view kDomain = "waymark-changes-v1";
    crypto_generichash_update(&m_state->hash, reinterpret_cast<const unsigned char*>(kDomain.data()), kDomain.size());
}

ChangeDigest::~ChangeDigest() = default;

void ChangeDigest::add(std::int64_t seq, std::int64_t setSeq, std::string_view hlc,
                       std::span<const std::uint8_t> author, std::int64_t tableId, std::span<const std::uint8_t> rowId,
                       std::span<const std::uint8_t> columns)
{
    hashfeed::Gather feed(m_state->hash);
    feed.number(seq);
    feed.number(setSeq);
    feed.bytes(asBytes(hlc));
    feed.bytes(author);
    feed.number(tableId);
    feed.bytes(rowId);
    feed.bytes(columns);
    feed.flush();
    ++m_count;
}

ChangeDigestValue ChangeDigest::finish()
{
    ChangeDigestValue out{};
    crypto_generichash_final(&m_state->hash, out.data(), out.size());
    return out;
}

void ChangeTally::feed(std::int64_t seq, std::int64_t setSeq, std::string_view hlc,
                       std::span<const std::uint8_t> author, std::int64_t tableId, std::span<const std::uint8_t> rowId,
                       std::span<const std::uint8_t> columns)
{
    if (!m_digest || seq != m_last + 1)
        restartAt(seq - 1);
    m_digest->add(seq, setSeq, hlc, author, tableId, rowId, columns);
    m_last = seq;
}

void ChangeTally::restartAt(std::int64_t seq)
{
    m_start = seq;
    m_last = seq;
    m_digest = std::make_unique<ChangeDigest>();
}

std::optional<ChangeTally::Taken> ChangeTally::take(std::int64_t upto)
{
    std::optional<Taken> out;
    if (m_digest && m_last == upto && m_digest->count() > 0)
        out = Taken{m_start, m_digest->finish()};
    restartAt(upto);
    return out;
}

ChangeRecordCursor::ChangeRecordCursor(Database& db, std::int64_t after, std::optional<std::int64_t> upto)
{
    std::string sql = "SELECT r.seq, r.set_seq, s.hlc, s.author, r.table_id, r.row_id, r.columns FROM change_record r "
                      "LEFT JOIN change_set s ON s.seq = r.set_seq WHERE r.seq > ?";
    sql += upto ? " AND r.seq <= ? ORDER BY r.seq" : " ORDER BY r.seq";
    m_st = std::make_unique<Statement>(db, sql);
    m_st->bind(1, after);
    if (upto)
        m_st->bind(2, *upto);
}

ChangeRecordCursor::~ChangeRecordCursor() = default;

Result<bool> ChangeRecordCursor::step()
{
    return m_st->step();
}

ChangeRecordView ChangeRecordCursor::current() const
{
    Statement& st = *m_st;
    const auto hlc = st.blobView(2);
    return {st.integer(0),  st.integer(1), std::string_view(reinterpret_cast<const char*>(hlc.data()), hlc.size()),
            st.blobView(3), st.integer(4), st.blobView(5),
            st.blobView(6)};
}

std::map<std::int64_t, std::string> changeTableNames(Database& db)
{
    std::map<std::int64_t, std::string> names;
    Statement tables(db, "SELECT id, table_name FROM change_column WHERE column_name = ''");
    (void)tables.forEachRow([&] { names[tables.integer(0)] = tables.text(1); });
    return names;
}

namespace change_cover {

std::optional<From> from(Database& db)
{
    Statement st(db, "SELECT value FROM meta WHERE key = 'change_cover_from'", true);
    auto row = st.step();
    if (!row || !*row)
        return std::nullopt;
    const std::string v = st.text(0);
    const auto colon = v.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    From f;
    auto a = std::from_chars(v.data(), v.data() + colon, f.records);
    auto b = std::from_chars(v.data() + colon + 1, v.data() + v.size(), f.auditRow);
    if (a.ec != std::errc() || b.ec != std::errc())
        return std::nullopt;
    return f;
}

Result<std::optional<ChangeDigestValue>> compute(Database& db, std::int64_t after, std::int64_t upto)
{
    if (upto <= after)
        return std::optional<ChangeDigestValue>{};
    ChangeRecordCursor records(db, after, upto);
    ChangeDigest digest;
    for (;;) {
        auto more = records.step();
        if (!more)
            return std::unexpected(more.error());
        if (!*more)
            break;
        digest.add(records.current());
    }
    return std::optional<ChangeDigestValue>(digest.finish());
}

Result<Cover> next(Database& db, std::optional<std::int64_t> previousUpto)
{
    std::int64_t after = 0;
    if (previousUpto) {
        after = *previousUpto;
    } else if (const auto f = from(db)) {
        after = f->records;
    }
    Statement last(db, "SELECT COALESCE(MAX(seq), 0) FROM change_record", true);
    auto row = last.step();
    if (!row)
        return std::unexpected(row.error());
    Cover cover;
    cover.upto = *row ? last.integer(0) : 0;
    last.reset();
    cover.from = cover.upto;
    // Only what this connection wrote and tallied: never records someone else put there.
    if (auto taken = db.changeTally().take(cover.upto); taken && taken->from >= after) {
        cover.from = taken->from;
        cover.digest = taken->digest;
    }
    return cover;
}

} // namespace change_cover

} // namespace waymark
