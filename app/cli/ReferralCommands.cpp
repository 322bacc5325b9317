// waymark-cli referral ... | work | settings

#include "app/cli/Command.h"
#include "app/cli/Record.h"

namespace waymark::cli {

void addReferralCommands(CommandList&) {}

} // namespace waymark::cli
