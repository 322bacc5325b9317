#pragma once

#include "core/Error.h"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

// NIST SP 800-63B / NCSC style: length and guessability, not composition. At least 12
// characters (Unicode code points), up to 256 accepted; not a commonly used password; not the
// user name; and at least kMinPasswordBits of estimated guessing entropy by zxcvbn (the
// estimator KeePassXC and password managers use), with the user's own names and this
// product's words counted as known words.
//
// Why 32 bits: a casebook's standard key derivation (Argon2id, 256 MiB) costs about 0.4 s a
// guess on a laptop core, so 2^32 guesses are more than fifty core-years. Every password of
// the well-known patterns ("Password123!", "Welcome2024!", a repeated letter, twelve
// spaces, the product's name and a year) scores below 23 bits; three unrelated words score
// above 45.
inline constexpr int kMinPasswordLength = 12;
inline constexpr int kMaxPasswordLength = 256;
inline constexpr double kMinPasswordBits = 32.0;

struct PasswordStrength
{
    double bits = 0;         // zxcvbn's estimate of log2(guesses)
    int score = 0;           // 0 very weak, 1 weak (below the minimum), 2 fair, 3 good, 4 strong
    bool acceptable = false; // bits >= kMinPasswordBits (length and other rules are separate)
};

// The words a password of this user must not lean on: the parts of the user name and the
// display name (3 letters or more), and the product's own words.
std::vector<std::string> passwordContextWords(std::string_view username, std::string_view displayName = {});
PasswordStrength passwordStrength(std::string_view password, std::span<const std::string> contextWords);

// Validation errors (field "password") carry a rule: "too_short", "too_long", "common",
// "contains_user_name", "guessable".
Status checkNewPassword(std::string_view password, std::string_view username, std::string_view displayName = {});
std::size_t denyListSize();

} // namespace waymark
