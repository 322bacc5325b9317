#include "core/platform/ConfigDir.h"

#include <cstdlib>
#include <system_error>

namespace waymark::platform {

namespace {

std::filesystem::path fromEnv(const char* name)
{
    const char* value = std::getenv(name);
    if (!value || !*value)
        return {};
    return std::filesystem::path(value);
}

} // namespace

std::filesystem::path configDir()
{
    if (auto own = fromEnv("WAYMARK_CONFIG_DIR"); !own.empty())
        return own;
#ifdef _WIN32
    if (auto appData = fromEnv("APPDATA"); !appData.empty())
        return appData / "Waymark";
    return {};
#else
    if (auto xdg = fromEnv("XDG_CONFIG_HOME"); !xdg.empty() && xdg.is_absolute())
        return xdg / "waymark";
    if (auto home = fromEnv("HOME"); !home.empty())
        return home / ".config" / "waymark";
    return {};
#endif
}

bool makePrivateDir(const std::filesystem::path& dir)
{
    std::error_code ec;
    if (std::filesystem::is_directory(dir, ec))
        return true;
    std::filesystem::create_directories(dir, ec);
    if (ec)
        return false;
#ifndef _WIN32
    std::filesystem::permissions(dir, std::filesystem::perms::owner_all, std::filesystem::perm_options::replace, ec);
#endif
    return std::filesystem::is_directory(dir, ec);
}

} // namespace waymark::platform
