#pragma once

// Synthetic demo data: deterministic, obviously fictional young people for demos,
// training and benchmarks (small, medium and large scales). Plain C++, no Qt.
//
// Every generated person depends only on (seed, index, today): the same seed gives the
// same people on any platform and compiler (own PRNG, no std distributions).

#include "core/Casebook.h"
#include "core/Clock.h"
#include "core/Error.h"

#include <array>
#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace waymark::demo {

inline constexpr std::string_view kDemoUser = "demo";
// Not "demo-password-2026" (as first planned): the password policy (security/PasswordPolicy.h)
// refuses a password that contains the user name, so that one could never be set.
inline constexpr std::string_view kDemoPassword = "sample-password-2026";

// The demo team: caseworkers who hold the demo referrals. They sign in with kDemoPassword.
struct DemoWorker
{
    std::string_view username;
    std::string_view displayName;
};
inline constexpr std::array<DemoWorker, 12> kDemoCaseworkers = {{
    {"sam.okafor", "Sam Okafor"},
    {"ffion.price", "Ffion Price"},
    {"jake.turner", "Jake Turner"},
    {"priya.mistry", "Priya Mistry"},
    {"marta.nowak", "Marta Nowak"},
    {"dan.reid", "Dan Reid"},
    {"leah.hughes", "Leah Hughes"},
    {"tom.campbell", "Tom Campbell"},
    {"aisha.rahman", "Aisha Rahman"},
    {"ben.walker", "Ben Walker"},
    {"chloe.evans", "Chloe Evans"},
    {"kofi.mensah", "Kofi Mensah"},
}};

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
// Demo caseworkers at a scale: 4, 8 or 12 (the first of kDemoCaseworkers).
int caseworkersAtScale(Scale scale);

struct DemoOptions
{
    Scale scale = Scale::Small;
    std::uint64_t seed = 42;
    KdfStrength kdf = KdfStrength::Standard;    // only used when generateDemo creates the casebook
    std::string division = "england-and-wales"; // likewise
};

// Casework records added by a run (delivery on the referrals that became active).
struct DeliveryCounts
{
    int providers = 0;
    int assessments = 0; // first assessments and reassessments
    int plans = 0;
    int goals = 0;
    int interventions = 0;
    int sessions = 0;
    int attendees = 0; // attendance rows (a group session has several)
    int notes = 0;
    int sensitiveNotes = 0;
    int tasks = 0;
    int closures = 0;         // approved closures of the closed cases
    int returnedClosures = 0; // ... of which a first request was sent back
    int snapshots = 0;        // outcome snapshots, start and end
    int followUps = 0;        // re-contacts and reoffences after closure
    int reoffences = 0;
    // Wall seconds spent in each step of the casework stage ("generating" is the time the
    // writer waited for the next batch), for the figures in docs/demo-data.md.
    std::vector<std::pair<std::string, double>> stepSeconds;
    void addSeconds(std::string_view step, double seconds);
};

struct DemoSummary
{
    int people = 0;      // people added by this run
    int referrals = 0;   // referrals added by this run
    int caseworkers = 0; // demo caseworker accounts added by this run
    DeliveryCounts delivery;
    // A new casebook's finishing steps (buildDemoCasebook) and the seconds each took.
    std::vector<std::pair<std::string, double>> finishingSeconds;
    // A new casebook's full-text index, built on a second thread while the casework was
    // written: the seconds that thread spent indexing (not waiting).
    double searchAlongsideSeconds = 0;
};

// Adds a demo casebook's contents: people, the demo caseworkers, then referrals for every
// person who has none yet (so a run that was interrupted completes on the next one).
// Referrals span the last three years: sources, routes and decisions in plausible shares
// (most old and decided; an open caseload of referrals awaiting screening, decisions and
// first contacts due and overdue), allocated to the demo caseworkers, and repeat demand
// concentrated (about 1.5 referrals a person; a few per cent of people with 5 or more).
// Each person's referrals depend only on (seed, the person's case number, today).
// Progress 0..100 per stage, with the stage's phrase ("adding people", "adding the team",
// "adding referrals"); cancellable as addDemoPeople.
Result<DemoSummary> addDemo(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress);

// Who creates a new demo casebook (its first coordinator).
struct DemoAccount
{
    std::string username{kDemoUser};
    std::string password{kDemoPassword};
    std::string displayName{"Demo coordinator"};
};

// Builds a new demo casebook at `path` (which must not exist): created under a temporary name
// beside it (files::creatingPath), filled by addDemo with the build's own settings (no fsync per
// commit, no rollback journal, a large page cache: a build that fails or is killed is thrown
// away whole), then switched back to the casebook's normal settings, synced once and renamed
// into place. So a failed, cancelled or killed build leaves no casebook under `path`; what a
// killed one left under the temporary name is removed by the next build (or the next
// Casebook::create) at the same path. Progress as addDemo, then "finishing" (0..100).
Result<DemoSummary> buildDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                      const DemoAccount& account, const ProgressFn& progress,
                                      std::shared_ptr<const Clock> clock = {});

// As generateDemo, with the summary: a missing casebook is built by buildDemoCasebook with the
// demo account; an existing one is opened as kDemoUser and added to.
Result<DemoSummary> generateDemoCasebook(const std::filesystem::path& path, const DemoOptions& options,
                                         const ProgressFn& progress, std::shared_ptr<const Clock> clock = {});

// Adds deterministic synthetic people to an open casebook (progress 0..100, cancellable:
// progress returning false stops after the current batch with ErrorCode::Cancelled; batches
// already written stay). Returns the number of people added.
// Synthetic people never mix with real records: the casebook must already be marked as demo
// or hold no people yet (then it is marked as demo here); otherwise Conflict.
// Needs Action::DemoGenerate (coordinators). Since referrals arrived this is addDemo() (people,
// caseworkers and referrals) returning the number of people added.
Result<int> addDemoPeople(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress);

// Creates the casebook at path if missing (user kDemoUser = coordinator, password kDemoPassword,
// marked as demo from its first commit: CreateOptions::demo), then adds the people; if it exists, opens it as
// kDemoUser and adds.
Result<int> generateDemo(const std::filesystem::path& path, const DemoOptions& options, const ProgressFn& progress,
                         std::shared_ptr<const Clock> clock = {});

} // namespace waymark::demo
