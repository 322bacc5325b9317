#pragma once

#include "core/Error.h"

#include <string_view>

namespace waymark {

// NIST SP 800-63B / NCSC style: length, not composition. At least 12 characters (Unicode
// code points), up to 256 accepted, not a commonly used password, not the user name.
inline constexpr int kMinPasswordLength = 12;
inline constexpr int kMaxPasswordLength = 256;

Status checkNewPassword(std::string_view password, std::string_view username);
std::size_t denyListSize();

} // namespace waymark
