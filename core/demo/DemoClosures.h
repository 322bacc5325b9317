#pragma once

// Internal to core/demo: closures, outcome snapshots and follow-up of the demo's closed cases
// (DemoClosures.cpp), written with each batch of casework.

#include "core/Error.h"
#include "core/OutcomeHistory.h"
#include "core/demo/DemoDelivery.h"
#include "core/demo/DemoGenerator.h"

#include <cstdint>
#include <optional>
#include <span>

namespace waymark {
class Casebook;
}

namespace waymark::demo::detail {

// The closure of one case with its snapshots and follow-up; nothing while the case is open or
// its closure is not yet approved. Depends only on (seed, case number, k, today).
std::optional<OutcomeHistoryDraft> demoClosure(std::uint64_t seed, Date today, const DemoCase& c);

// Writes the batch's closures through casebook.outcomeHistory() (one call, one audit row).
Status writeClosures(Casebook& casebook, std::uint64_t seed, std::span<const DemoCase> batch, DeliveryCounts& counts);

} // namespace waymark::demo::detail
