#pragma once

// What the referral commands share with `work` (app/cli/WorkCommands.cpp): the description of
// one row of a queue or My work, and finding a user by name.

#include "app/cli/Command.h"
#include "app/cli/Record.h"

#include <span>
#include <string_view>

namespace waymark::cli {

std::span<const Field<ReferralSummary>> referralSummaryFields();
// A user's id by user name (or id); the signed-in user's own name needs no user list.
Result<Uuid> userIdFromName(Casebook& casebook, std::string_view name);
void addWorkCommands(CommandList& list); // work

} // namespace waymark::cli
