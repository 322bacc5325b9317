#include "core/Uuid.h"

#include <sodium.h>

#include <array>
#include <cstring>
#include <mutex>

namespace waymark {

namespace {

// The random bits of ids, drawn from the system's generator 256 bytes at a time per thread: one
// system call for 32 ids instead of one each (a bulk load makes millions of ids).
void randomIdBytes(std::uint8_t* out, std::size_t n)
{
    struct Pool
    {
        std::array<std::uint8_t, 256> bytes{};
        std::size_t used = 256;
    };
    thread_local Pool pool;
    if (pool.used + n > pool.bytes.size()) {
        randombytes_buf(pool.bytes.data(), pool.bytes.size());
        pool.used = 0;
    }
    std::memcpy(out, pool.bytes.data() + pool.used, n);
    sodium_memzero(pool.bytes.data() + pool.used, n); // each byte given out once
    pool.used += n;
}

} // namespace

Uuid Uuid::v7(std::chrono::system_clock::time_point now)
{
    // RFC 9562 method 1: a 12-bit counter in rand_a keeps ids made in the same millisecond
    // in creation order within this process (so "ORDER BY id" is insertion order).
    static std::mutex mutex;
    static std::uint64_t lastMs = 0;
    static std::uint32_t counter = 0;
    auto ms = static_cast<std::uint64_t>(
        std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count());
    std::uint32_t seq = 0;
    {
        std::lock_guard lock(mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0xFFF) {
                ++ms;
                counter = 0;
            }
        } else {
            counter = randombytes_uniform(0x200);
        }
        lastMs = ms;
        seq = counter;
    }
    Uuid u;
    for (int i = 0; i < 6; ++i)
        u.m_bytes[static_cast<std::size_t>(i)] = static_cast<std::uint8_t>(ms >> (8 * (5 - i)));
    randomIdBytes(u.m_bytes.data() + 8, 8);
    u.m_bytes[6] = static_cast<std::uint8_t>(0x70 | ((seq >> 8) & 0x0F)); // version 7 + counter high bits
    u.m_bytes[7] = static_cast<std::uint8_t>(seq & 0xFF);
    u.m_bytes[8] = static_cast<std::uint8_t>(0x80 | (u.m_bytes[8] & 0x3F)); // RFC 9562 variant
    return u;
}

Result<Uuid> Uuid::parse(std::string_view text)
{
    if (text.size() != 36 || text[8] != '-' || text[13] != '-' || text[18] != '-' || text[23] != '-')
        return fail(ErrorCode::InvalidInput, "not an id (expected 8-4-4-4-12 hexadecimal digits)");
    Uuid u;
    std::size_t out = 0;
    auto nibble = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    for (std::size_t i = 0; i < text.size();) {
        if (text[i] == '-') {
            ++i;
            continue;
        }
        const int hi = nibble(text[i]);
        const int lo = nibble(text[i + 1]);
        if (hi < 0 || lo < 0)
            return fail(ErrorCode::InvalidInput, "not an id (expected hexadecimal digits)");
        u.m_bytes[out++] = static_cast<std::uint8_t>(hi * 16 + lo);
        i += 2;
    }
    return u;
}

Uuid Uuid::fromBytes(const void* bytes, std::size_t size)
{
    Uuid u;
    if (bytes && size == 16)
        std::memcpy(u.m_bytes.data(), bytes, 16);
    return u;
}

bool Uuid::isNull() const
{
    for (auto b : m_bytes)
        if (b != 0)
            return false;
    return true;
}

std::string Uuid::toString() const
{
    static constexpr char kHex[] = "0123456789abcdef";
    std::string s;
    s.reserve(36);
    for (std::size_t i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            s += '-';
        s += kHex[m_bytes[i] >> 4];
        s += kHex[m_bytes[i] & 0x0F];
    }
    return s;
}

} // namespace waymark
