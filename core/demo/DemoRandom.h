#pragma once

// Internal to core/demo: the generator's own randomness and small helpers, shared by the
// stage files (people, referrals, delivery). Our own PRNG and distributions, so a seed gives
// the same data on every platform and standard library.

#include <algorithm>
#include <array>
#include <cstdarg>
#include <cstdint>
#include <cstdio>
#include <limits>
#include <span>
#include <string>
#include <string_view>

namespace waymark::demo::detail {

// ---------------------------------------------------------------------------------------
// Randomness: our own generator and helpers, so a seed gives the same people everywhere
// (std::uniform_int_distribution and friends differ between standard libraries).

inline constexpr std::uint64_t splitmix64(std::uint64_t& state)
{
    std::uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
    z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
    z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
    return z ^ (z >> 31);
}

// xoshiro256** (Blackman & Vigna), seeded through splitmix64.
class Rng
{
public:
    explicit Rng(std::uint64_t seed)
    {
        for (auto& word : m_s)
            word = splitmix64(seed);
    }

    std::uint64_t next()
    {
        const std::uint64_t result = rotl(m_s[1] * 5, 7) * 9;
        const std::uint64_t t = m_s[1] << 17;
        m_s[2] ^= m_s[0];
        m_s[3] ^= m_s[1];
        m_s[1] ^= m_s[2];
        m_s[0] ^= m_s[3];
        m_s[2] ^= t;
        m_s[3] = rotl(m_s[3], 45);
        return result;
    }

    // Uniform in [0, n), unbiased (rejection). n > 0.
    std::uint64_t below(std::uint64_t n)
    {
        const std::uint64_t max = std::numeric_limits<std::uint64_t>::max();
        const std::uint64_t limit = max - (max % n);
        std::uint64_t x = next();
        while (x >= limit)
            x = next();
        return x % n;
    }

    // Uniform in [lo, hi], inclusive.
    int between(int lo, int hi) { return lo + static_cast<int>(below(static_cast<std::uint64_t>(hi - lo) + 1)); }

    // True with probability perMille / 1000.
    bool chance(int perMille) { return static_cast<int>(below(1000)) < perMille; }

    template <typename T> const T& pick(std::span<const T> items)
    {
        return items[static_cast<std::size_t>(below(items.size()))];
    }

private:
    static constexpr std::uint64_t rotl(std::uint64_t x, int k) { return (x << k) | (x >> (64 - k)); }
    std::array<std::uint64_t, 4> m_s{};
};

template <typename T> struct Weighted
{
    T value;
    int weight;
};

template <typename T> const T& pickWeighted(Rng& rng, std::span<const Weighted<T>> items)
{
    int total = 0;
    for (const auto& item : items)
        total += item.weight;
    int roll = static_cast<int>(rng.below(static_cast<std::uint64_t>(total)));
    for (const auto& item : items) {
        if (roll < item.weight)
            return item.value;
        roll -= item.weight;
    }
    return items.back().value;
}

using Sv = std::string_view;

[[gnu::format(printf, 1, 2)]] inline std::string format(const char* fmt, ...)
{
    char buf[160];
    std::va_list args;
    va_start(args, fmt);
    const int n = std::vsnprintf(buf, sizeof buf, fmt, args);
    va_end(args);
    if (n < 0)
        return {};
    return std::string(buf, std::min(static_cast<std::size_t>(n), sizeof buf - 1));
}

inline std::string str(Sv s)
{
    return std::string(s);
}

// Ofcom reserves 07700 900000-900999 for drama: never a real subscriber.
inline std::string dramaMobile(Rng& rng)
{
    return format("07700 900%03d", rng.between(0, 999));
}

} // namespace waymark::demo::detail
