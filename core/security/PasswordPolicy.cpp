#include "core/security/PasswordPolicy.h"

#include "core/domain/PersonRules.h"

#include <algorithm>
#include <array>

namespace waymark {

namespace {

// Commonly used passwords of 12+ characters (shorter ones fail on length anyway).
// The full deny list (S5, >= 3,000 entries) arrives with the security hardening issue.
constexpr std::array<std::string_view, 40> kDenied = {
    "123456789012",     "1234567890123",    "12345678901234", "password1234", "password12345", "password123456",
    "passwordpassword", "qwertyuiopas",     "qwertyuiop123",  "qwerty123456", "iloveyou1234",  "111111111111",
    "000000000000",     "123123123123",     "abcdefghijkl",   "abc123abc123", "letmeinplease", "welcome12345",
    "welcome123456",    "administrator",    "administrator1", "changeme1234", "changemenow1",  "football1234",
    "liverpool1234",    "manchesterunited", "chelseafc1234",  "arsenal12345", "monkey123456",  "sunshine1234",
    "princess1234",     "trustno1trustno1", "baseball1234",   "superman1234", "1q2w3e4r5t6y",  "1qaz2wsx3edc",
    "zaq12wsxcde3",     "waymark12345",     "youthjustice",   "password1!23"};

std::size_t codePoints(std::string_view s)
{
    return static_cast<std::size_t>(
        std::count_if(s.begin(), s.end(), [](char c) { return (static_cast<unsigned char>(c) & 0xC0) != 0x80; }));
}

} // namespace

std::size_t denyListSize()
{
    return kDenied.size();
}

Status checkNewPassword(std::string_view password, std::string_view username)
{
    const auto n = codePoints(password);
    if (n < static_cast<std::size_t>(kMinPasswordLength))
        return fail(ErrorCode::Validation, "must be at least 12 characters", "password");
    if (n > static_cast<std::size_t>(kMaxPasswordLength))
        return fail(ErrorCode::Validation, "must be at most 256 characters", "password");
    const std::string folded = foldForSearch(password);
    std::string squashed;
    for (char c : folded)
        if (c != ' ')
            squashed += c;
    for (auto d : kDenied)
        if (squashed == d || folded == d)
            return fail(ErrorCode::Validation, "is a commonly used password; choose another", "password");
    std::string name;
    for (char c : foldForSearch(username))
        if (c != ' ')
            name += c;
    if (!name.empty() && squashed.find(name) != std::string::npos)
        return fail(ErrorCode::Validation, "must not contain the user name", "password");
    return {};
}

} // namespace waymark
