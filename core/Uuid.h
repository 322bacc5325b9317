#pragma once

#include "core/Error.h"

#include <array>
#include <chrono>
#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

namespace waymark {

// 16-byte identifier; new ids are UUIDv7 (48-bit Unix milliseconds, then random bits),
// so they sort by creation time and index well as BLOB primary keys.
class Uuid
{
public:
    Uuid() = default;
    static Uuid v7(std::chrono::system_clock::time_point now);
    static Result<Uuid> parse(std::string_view text); // 8-4-4-4-12 hex, either case
    static Uuid fromBytes(const void* bytes, std::size_t size);

    bool isNull() const;
    const std::array<std::uint8_t, 16>& bytes() const { return m_bytes; }
    std::string toString() const; // lower-case 8-4-4-4-12

    friend auto operator<=>(const Uuid&, const Uuid&) = default;

private:
    std::array<std::uint8_t, 16> m_bytes{};
};

// A hash for ids as keys of unordered containers (UUIDv7: the last eight bytes are random).
struct UuidHash
{
    std::size_t operator()(const Uuid& id) const noexcept
    {
        std::uint64_t h = 0;
        for (std::size_t i = 8; i < 16; ++i)
            h = (h << 8) | id.bytes()[i];
        return static_cast<std::size_t>(h);
    }
};

} // namespace waymark
