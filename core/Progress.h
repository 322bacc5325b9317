#pragma once

#include <functional>
#include <string_view>

namespace waymark {

// Called from long work with 0..100 and an English phrase; return false to cancel.
using ProgressFn = std::function<bool(int percent, std::string_view phrase)>;

} // namespace waymark
