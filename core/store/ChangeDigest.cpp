#include "core/store/ChangeDigest.h"

#include "core/store/Database.h"
#include "core/store/HashFeed.h"

#include <sodium.h>

#include <array>
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

} // namespace

void hashfeed::number(crypto_generichash_state& st, std::int64_t value)
{
    unsigned char b[8];
    const auto v = static_cast<std::uint64_t>(value);
    for (int i = 0; i < 8; ++i)
        b[i] = static_cast<unsigned char>(v >> (8 * i));
    crypto_generichash_update(&st, b, sizeof b);
}

void hashfeed::bytes(crypto_generichash_state& st, std::span<const std::uint8_t> bytes)
{
    number(st, static_cast<std::int64_t>(bytes.size()));
    if (!bytes.empty())
        crypto_generichash_update(&st, bytes.data(), bytes.size());
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
    // The same bytes as hashfeed's number() and bytes() in turn (the digest is signed, so its
    // input never changes), gathered first: one update for the small fields instead of ten
    // (a bulk load hashes millions of records).
    const std::size_t small = 8 * 7 + hlc.size() + author.size() + rowId.size();
    if (small > 256) {
        auto& st = m_state->hash;
        number(st, seq);
        number(st, setSeq);
        bytes(st, asBytes(hlc));
        bytes(st, author);
        number(st, tableId);
        bytes(st, rowId);
        bytes(st, columns);
        ++m_count;
        return;
    }
    std::array<std::uint8_t, 256> buf;
    std::size_t n = 0;
    const auto put = [&](std::int64_t value) {
        const auto v = static_cast<std::uint64_t>(value);
        for (int i = 0; i < 8; ++i)
            buf[n++] = static_cast<std::uint8_t>(v >> (8 * i));
    };
    const auto putBytes = [&](std::span<const std::uint8_t> b) {
        put(static_cast<std::int64_t>(b.size()));
        if (!b.empty())
            std::memcpy(buf.data() + n, b.data(), b.size());
        n += b.size();
    };
    put(seq);
    put(setSeq);
    putBytes(asBytes(hlc));
    putBytes(author);
    put(tableId);
    putBytes(rowId);
    put(static_cast<std::int64_t>(columns.size()));
    auto& st = m_state->hash;
    crypto_generichash_update(&st, buf.data(), n);
    if (!columns.empty())
        crypto_generichash_update(&st, columns.data(), columns.size());
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
