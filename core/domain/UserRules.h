#pragma once

#include "core/Error.h"

#include <string>
#include <string_view>

namespace waymark {

// A staff user name as it is stored: trimmed and lower-cased; 2 to 64 characters from
// a-z, 0-9, '.', '_' and '-'. Otherwise Validation on field "username" with rule
// "too_short", "too_long" or "username_characters".
Result<std::string> normaliseUsername(std::string_view name);

} // namespace waymark
