#pragma once

// Internal to core/demo: the stages addDemo runs, one file each.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"

#include <span>
#include <vector>

namespace waymark::demo::detail {

// Generated data is written in steps of kReportEvery people or 1 % of the total, whichever is
// more: a progress bar moves at least every 100 people at the small and medium scales
// (instead of jumping from busy to 100 % at the small one), and every 1 % (the finest a
// whole-percent report can show) at large, where smaller transactions would only add commits.
// People are generated kBatchSize at a time.
inline constexpr int kBatchSize = 1000;
inline constexpr int kReportEvery = 100;

// Progress is reported per stage, 0 to 100 each, with the stage's phrase ("adding people",
// "adding the team", "adding referrals", ...), as the CLI prints it.
inline int percentOf(long long done, long long total)
{
    return total <= 0 ? 100 : static_cast<int>(100 * done / total);
}

// "WM-K7QX-2026-00042" -> 2026 * 10^7 + 42: the person's number in the casebook.
std::uint64_t caseNumber(std::string_view caseReference);

struct DemoCaseFacts;

// Everyone in the casebook, in case-number order (the order the demo added them in).
Result<std::vector<PersonSummary>> peopleInOrder(Casebook& casebook);

// The facts delivery needs of every referral the demo makes for these people that became
// active (regenerated from the seed, so the dates agree with the stored history); referral
// ids are not filled.
Result<std::vector<DemoCaseFacts>> demoCaseFacts(Casebook& casebook, const DemoOptions& options,
                                                 std::span<const Uuid> workers, std::span<const PersonSummary> people);

// Adds the scale's people (DemoPeople.cpp). Returns how many were added.
Result<int> addPeopleStage(Casebook& casebook, const DemoOptions& options, const ProgressFn& progress);

// Adds referrals, with their history, for every person who has none (DemoReferrals.cpp);
// `referred` (if given) receives those people, in case-number order.
Result<int> addReferralStage(Casebook& casebook, const DemoOptions& options, std::span<const Uuid> workers,
                             const ProgressFn& progress, std::vector<PersonSummary>* referred = nullptr);

// Adds the casework delivered on the referrals the demo made for these people that became
// active (DemoDelivery.cpp).
Result<DeliveryCounts> addDeliveryStage(Casebook& casebook, const DemoOptions& options, std::span<const Uuid> workers,
                                        std::vector<PersonSummary> people, const ProgressFn& progress);

} // namespace waymark::demo::detail
