// waymark-cli: headless administration and automation (docs/cli.md).

#include "app/cli/Cli.h"
#include "app/cli/Escape.h"
#include "core/platform/Process.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    // First: the password read from stdin or the environment, and the casebook's key, must
    // never reach a core file.
    waymark::platform::hardenProcess();
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args;
    args.reserve(static_cast<std::size_t>(argc > 0 ? argc - 1 : 0));
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    // Everything printed passes through the escaper: no record can drive the terminal.
    waymark::cli::EscapingStreamBuf outBuf(std::cout.rdbuf());
    waymark::cli::EscapingStreamBuf errBuf(std::cerr.rdbuf());
    std::ostream out(&outBuf);
    std::ostream err(&errBuf);
    return waymark::cli::run(args, std::cin, out, err);
}
