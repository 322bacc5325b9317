#include "core/domain/UserRules.h"

#include "core/Text.h"

namespace waymark {

Result<std::string> normaliseUsername(std::string_view name)
{
    std::string out = text::trim(name);
    for (auto& c : out)
        if (c >= 'A' && c <= 'Z')
            c = static_cast<char>(c - 'A' + 'a');
    const auto bad = [](std::string detail, std::string rule) {
        Error e = Error::make(ErrorCode::Validation, std::move(detail), "username");
        e.rule = std::move(rule);
        return std::unexpected(std::move(e));
    };
    if (out.size() < 2 || out.size() > 64)
        return bad("must be 2 to 64 characters", out.size() < 2 ? "too_short" : "too_long");
    for (char c : out)
        if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-'))
            return bad("may use only letters, digits, '.', '_' and '-'", "username_characters");
    return out;
}

} // namespace waymark
