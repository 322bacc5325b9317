#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::text {

std::string trim(std::string_view s);
std::string toHex(const void* data, std::size_t size);
std::optional<std::vector<std::uint8_t>> fromHex(std::string_view hex);
std::string toBase64(const void* data, std::size_t size);
std::optional<std::vector<std::uint8_t>> fromBase64(std::string_view b64);
std::vector<std::string> split(std::string_view s, char sep);

} // namespace waymark::text
