#pragma once

// Synthetic demo data: deterministic, obviously fictional young people for demos,
// training and benchmarks (small, medium and large scales). Plain C++, no Qt.
//
// Every generated person depends only on (seed, index, today): the same seed gives the
// same people on any platform and compiler (own PRNG, no std distributions).

#include "core/Casebook.h"
#include "core/Clock.h"
#include "core/Error.h"

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace waymark::demo {

inline constexpr std::string_view kDemoUser = "demo";
// Not "demo-password-2026" (as first planned): the password policy (security/PasswordPolicy.h)
// refuses a password that contains the user name, so that one could never be set.
inline constexpr std::string_view kDemoPassword = "sample-password-2026";

enum class Scale
{
    Small,  // 1,000 young people
    Medium, // 10,000
    Large,  // 100,000
};

// "small" | "medium" | "large"; InvalidInput (field "scale") otherwise.
Result<Scale> scaleFromName(std::string_view name);
std::string_view scaleName(Scale scale);
// Young people at a scale: 1,000, 10,000 or 100,000.
int peopleAtScale(Scale scale);

struct DemoOptions
{
    Scale scale = Scale::Small;
    std::uint64_t seed = 42;
    KdfStrength kdf = KdfStrength::Standard;    // only used when generateDemo creates the casebook
    std::string division = "england-and-wales"; // likewise
};

// Adds deterministic synthetic people to an open casebook (progress 0..100, cancellable:
// progress returning false stops after the current batch with ErrorCode::Cancelled; batches
// already written stay). Returns the number of people added.
// Synthetic people never mix with real records: the casebook must already be marked as demo
// or hold no people yet (then it is marked as demo here); otherwise Conflict.
// Needs Action::DemoGenerate (coordinators).
Result<int> addDemoPeople(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress);

// Creates the casebook at path if missing (user kDemoUser = coordinator, password kDemoPassword,
// marked as demo from its first commit: CreateOptions::demo), then adds the people; if it exists, opens it as
// kDemoUser and adds.
Result<int> generateDemo(const std::filesystem::path& path, const DemoOptions& options, const ProgressFn& progress,
                         std::shared_ptr<const Clock> clock = {});

} // namespace waymark::demo
