// libFuzzer target: `person add --fields-stdin` reading arbitrary standard input, through the
// real command (option=value lines, dates, contacts, flags, yes/no values), up to the point
// where it would open the casebook (which does not exist, so nothing is written). Besides
// not crashing: whatever the input, the error output is plain ASCII of the CLI's own making
// (no value is ever echoed), and the terminal escaper lets no control character through.

#include "app/cli/Cli.h"
#include "app/cli/Escape.h"

#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <sstream>
#include <string>
#include <vector>

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    const std::string input(reinterpret_cast<const char*>(data), size);
    std::istringstream in(input);
    std::ostringstream out;
    std::ostringstream err;
    const std::vector<std::string> args = {
        "--casebook",    "/nonexistent/waymark-fuzz/none.waymark", "--user", "fuzz", "--json", "person", "add",
        "--fields-stdin"};
    const int code = waymark::cli::run(args, in, out, err);
    if (code == 0)
        std::abort(); // there is no casebook to add to
    for (char c : err.str()) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n') || u >= 0x7F)
            std::abort(); // only the CLI's own ASCII words; never a value from the input
    }
    for (char c : waymark::cli::escapeForTerminal(input)) {
        const auto u = static_cast<unsigned char>(c);
        if ((u < 0x20 && c != '\n' && c != '\t') || u == 0x7F)
            std::abort();
    }
    return 0;
}
