#include "core/security/PasswordPolicy.h"

#include "core/domain/PersonRules.h"

#include <zxcvbn.h>

#include <algorithm>
#include <array>
#include <cctype>

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

std::vector<std::string> passwordContextWords(std::string_view username, std::string_view displayName)
{
    std::vector<std::string> words = {"waymark",    "casebook",    "diversion", "youth", "justice",
                                      "caseworker", "coordinator", "auditor",   "scheme"};
    const auto addParts = [&](std::string_view text) {
        std::string part;
        const auto flush = [&] {
            if (part.size() >= 3 && std::find(words.begin(), words.end(), part) == words.end())
                words.push_back(part);
            part.clear();
        };
        for (char c : foldForSearch(text)) {
            if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80))
                part += c;
            else
                flush();
        }
        flush();
    };
    addParts(username);
    addParts(displayName);
    return words;
}

PasswordStrength passwordStrength(std::string_view password, std::span<const std::string> contextWords)
{
    PasswordStrength out;
    if (password.empty())
        return out;
    const std::string pw(password); // zxcvbn needs a terminated string; wiped below
    std::vector<const char*> dict;
    dict.reserve(contextWords.size() + 1);
    for (const auto& w : contextWords)
        dict.push_back(w.c_str());
    dict.push_back(nullptr);
    out.bits = ZxcvbnMatch(pw.c_str(), dict.data(), nullptr);
    volatile char* p = const_cast<char*>(pw.data());
    for (std::size_t i = 0; i < pw.size(); ++i)
        p[i] = 0;
    out.acceptable = out.bits >= kMinPasswordBits;
    out.score = out.bits < 16 ? 0 : out.bits < kMinPasswordBits ? 1 : out.bits < 50 ? 2 : out.bits < 70 ? 3 : 4;
    return out;
}

Status checkNewPassword(std::string_view password, std::string_view username, std::string_view displayName)
{
    const auto refuse = [](std::string detail, std::string rule) {
        auto e = Error::make(ErrorCode::Validation, std::move(detail), "password");
        e.rule = std::move(rule);
        return std::unexpected(std::move(e));
    };
    const auto n = codePoints(password);
    if (n < static_cast<std::size_t>(kMinPasswordLength))
        return refuse("must be at least 12 characters", "too_short");
    if (n > static_cast<std::size_t>(kMaxPasswordLength))
        return refuse("must be at most 256 characters", "too_long");
    const std::string folded = foldForSearch(password);
    std::string squashed;
    for (char c : folded)
        if (c != ' ')
            squashed += c;
    for (auto d : kDenied)
        if (squashed == d || folded == d)
            return refuse("is a commonly used password; choose another", "common");
    // The whole user name, squashed. Names of fewer than four letters ("a.b") are left to the
    // estimator, which knows them as the user's words: as a substring they would refuse
    // innocent sentences ("grab a cab now please").
    std::string name;
    for (char c : foldForSearch(username))
        if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80))
            name += c;
    std::string squashedAlnum;
    for (char c : folded)
        if (std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) & 0x80))
            squashedAlnum += c;
    if (name.size() >= 4 && squashedAlnum.find(name) != std::string::npos)
        return refuse("must not contain the user name", "contains_user_name");
    const auto words = passwordContextWords(username, displayName);
    if (!passwordStrength(password, words).acceptable)
        return refuse("is too easy to guess: add words or make it longer", "guessable");
    return {};
}

} // namespace waymark
