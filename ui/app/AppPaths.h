#pragma once

// File locations Waymark uses, and QString <-> std::filesystem::path (through ui/convert,
// UTF-8 on every platform).

#include "ui/convert/Convert.h"

#include <QString>

#include <filesystem>

namespace AppPaths {

inline std::filesystem::path toPath(const QString& path)
{
    const std::string utf8 = waymark::convert::toStd(path);
    return std::filesystem::path(std::u8string(utf8.begin(), utf8.end()));
}

inline QString fromPath(const std::filesystem::path& path)
{
    const std::u8string utf8 = path.u8string();
    return waymark::convert::toQString(std::string_view(reinterpret_cast<const char*>(utf8.data()), utf8.size()));
}

// Where `waymark --demo` keeps its demo casebook: <AppDataLocation>/demo.waymark
// (~/.local/share/Waymark/demo.waymark on Linux).
QString defaultDemoPath();

// A sensible place to suggest for a new casebook: <Documents>/casebook.waymark.
QString suggestedCasebookPath();

} // namespace AppPaths
