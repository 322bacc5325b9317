#pragma once

#include <sodium/crypto_generichash.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>

namespace waymark::hashfeed {

// How Waymark's BLAKE2b digests over rows take their fields (the change digest, ChangeDigest.h,
// and the audit rows' digest a checkpoint keeps, AuditLog.h): a number as 8 bytes, least
// significant first; bytes after their length as such a number, so no two different
// sequences of fields feed the same bytes.
void number(crypto_generichash_state& st, std::int64_t value);
void bytes(crypto_generichash_state& st, std::span<const std::uint8_t> bytes);

// The same feed, gathered: small fields are collected and passed to BLAKE2b in one update
// (the digest of a stream does not depend on how it is split), long byte strings directly.
// For a row of many small fields hashed millions of times (a bulk load's change records).
// Flushed by flush() or when it goes out of scope.
class Gather
{
public:
    explicit Gather(crypto_generichash_state& st)
        : m_st(st)
    {}
    ~Gather() { flush(); }
    Gather(const Gather&) = delete;
    Gather& operator=(const Gather&) = delete;
    void number(std::int64_t value);
    void bytes(std::span<const std::uint8_t> value);
    void flush();

private:
    crypto_generichash_state& m_st;
    std::array<unsigned char, 256> m_buffer{};
    std::size_t m_used = 0;
};

} // namespace waymark::hashfeed
