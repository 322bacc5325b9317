#pragma once

#include "core/Error.h"

#include <chrono>
#include <filesystem>
#include <string>

namespace waymark {

// S6: an account that has failed to sign in 10 times within 5 minutes is refused until the
// oldest of those failures is 5 minutes old — even with the right password, and without
// spending the Argon2id work, so guessing is slow. Kept beside the casebook in
// `<casebook>.throttle`: one line per recent attempt, "<account tag> <unix ms>". The tag is
// the key file's keyed hash of the user name, so the file names no one.
//
// Every attempt is counted before the password work starts, under an exclusive lock
// (`<casebook>.throttle.lock`), and forgotten again only by a successful sign-in: so attempts
// made in parallel are counted like attempts made one after another, and an attempt that
// cannot be counted (a full disk) is refused rather than allowed uncounted.
class SignInThrottle
{
public:
    static constexpr int kMaxFailures = 10;
    static constexpr std::chrono::minutes kWindow{5};

    explicit SignInThrottle(std::filesystem::path casebookPath);

    // Counts this attempt. Throttled when the account already has kMaxFailures in the window;
    // Io when the attempt cannot be recorded.
    Status admit(const std::string& accountTag, std::chrono::system_clock::time_point now);
    // After a successful sign-in: forgets the account's attempts (and anyone's expired ones).
    void clear(const std::string& accountTag, std::chrono::system_clock::time_point now);

private:
    std::filesystem::path m_path;
};

} // namespace waymark
