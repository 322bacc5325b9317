#pragma once

#include <ostream>
#include <string>
#include <vector>

namespace waymark::cli {

// `waymark-cli calendar ...`: UK bank holidays and working-day arithmetic, no casebook needed.
//
//   calendar holidays --division D --from YEAR [--to YEAR]
//       one ISO date per line; with --json an array of {"date", "name", "substitute"}
//   calendar add-working-days DATE N --division D [closures]
//       the ISO date N working days after DATE (N may be 0 or negative)
//   calendar working-days FROM TO --division D [closures]
//       working days after FROM up to and including TO
//   calendar is-working-day DATE --division D [closures]
//       "yes" (exit 0) or "no" (exit 0), with the reason on a second line
//
// D is england-and-wales, scotland or northern-ireland. DATE accepts yyyy-mm-dd or dd/mm/yyyy.
// Closures: --closure DATE or --closure DATE..DATE (repeatable), --annual-closure MM-DD..MM-DD
// (repeatable). Options may also be written --name=value.
//
// `args` are the words after `calendar`; `json` is the global --json flag (a --json among args
// works too). Returns the exit code: 0 on success, 2 on a usage error or bad input, with a
// one-line message on `err`.
int runCalendarCommand(const std::vector<std::string>& args, bool json, std::ostream& out, std::ostream& err);

// Usage text of the calendar command (also printed by `calendar help`).
std::string calendarUsage();

} // namespace waymark::cli
