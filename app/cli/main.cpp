// waymark-cli: headless administration and automation (docs/cli.md).

#include "app/cli/Cli.h"

#include <iostream>
#include <string>
#include <vector>

int main(int argc, char** argv)
{
    std::ios::sync_with_stdio(false);
    std::vector<std::string> args;
    args.reserve(static_cast<std::size_t>(argc > 0 ? argc - 1 : 0));
    for (int i = 1; i < argc; ++i)
        args.emplace_back(argv[i]);
    return waymark::cli::run(args, std::cin, std::cout, std::cerr);
}
