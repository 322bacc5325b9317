#pragma once
// The raw baseline's internals, shared by BenchRaw.cpp and BenchRawAudit.cpp: small SQLite
// helpers and the running digest of the change records written.

#include "BenchRaw.h"

#include "core/Uuid.h"

#include <sodium.h>
#include <sqlite3.h>

#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

namespace waymark::bench {

// ChangeTally's running digest (core/store/ChangeDigest.cpp): the records this connection wrote
// since its last audit row, (start, last].
struct RawConn::Tally
{
    crypto_generichash_state hash;
    std::int64_t start = -1;
    std::int64_t last = -1;
    std::int64_t count = 0;

    void restartAt(std::int64_t seq)
    {
        start = last = seq;
        count = 0;
        crypto_generichash_init(&hash, nullptr, 0, crypto_generichash_BYTES);
        static constexpr char kDomain[] = "waymark-changes-v1";
        crypto_generichash_update(&hash, reinterpret_cast<const unsigned char*>(kDomain), sizeof kDomain - 1);
    }
    void number(std::int64_t value)
    {
        unsigned char b[8];
        for (int i = 0; i < 8; ++i)
            b[i] = static_cast<unsigned char>(static_cast<std::uint64_t>(value) >> (8 * i));
        crypto_generichash_update(&hash, b, sizeof b);
    }
    void bytes(const void* data, std::size_t size)
    {
        number(static_cast<std::int64_t>(size));
        if (size)
            crypto_generichash_update(&hash, static_cast<const unsigned char*>(data), size);
    }
};

} // namespace waymark::bench

namespace waymark::bench::rawsqlite {

// A change record's packed columns use unsigned LEB128 numbers (core/store/ChangeLog.cpp).
inline void appendLeb(std::vector<std::uint8_t>& out, std::uint64_t v)
{
    while (v >= 0x80) {
        out.push_back(static_cast<std::uint8_t>(v | 0x80));
        v >>= 7;
    }
    out.push_back(static_cast<std::uint8_t>(v));
}

[[noreturn]] inline void die(sqlite3* db, const char* what)
{
    std::fprintf(stderr, "bench_people: raw %s failed: %s\n", what, db ? sqlite3_errmsg(db) : "?");
    std::exit(1);
}

inline void check(sqlite3* db, int rc, const char* what)
{
    if (rc != SQLITE_OK && rc != SQLITE_ROW && rc != SQLITE_DONE)
        die(db, what);
}

inline void bindText(sqlite3_stmt* st, int i, const std::string& s)
{
    sqlite3_bind_text(st, i, s.data(), static_cast<int>(s.size()), SQLITE_TRANSIENT);
}

inline void bindBlob(sqlite3_stmt* st, int i, const std::vector<std::uint8_t>& b)
{
    if (b.empty())
        sqlite3_bind_null(st, i);
    else
        sqlite3_bind_blob(st, i, b.data(), static_cast<int>(b.size()), SQLITE_TRANSIENT);
}

inline std::string columnText(sqlite3_stmt* st, int c)
{
    const auto* t = sqlite3_column_text(st, c);
    return t ? std::string(reinterpret_cast<const char*>(t), static_cast<std::size_t>(sqlite3_column_bytes(st, c)))
             : std::string();
}

inline std::string uuidText(const std::vector<std::uint8_t>& id)
{
    return id.empty() ? std::string() : Uuid::fromBytes(id.data(), id.size()).toString();
}

} // namespace waymark::bench::rawsqlite
