#pragma once

#include "core/Error.h"

#include <filesystem>
#include <string>
#include <string_view>

namespace waymark {

// Writes `bytes` to a temporary file beside `path` (mode 0600), fsyncs it, renames it over
// `path` and fsyncs the folder. On any failure the previous file is left as it was.
Status writeFileAtomically(const std::filesystem::path& path, std::string_view bytes);

// Renames `from` over `to` (atomic on one file system) and fsyncs the folder.
Status renameDurably(const std::filesystem::path& from, const std::filesystem::path& to);

// Appends one line (fsynced); creates the file 0600 if missing.
Status appendLine(const std::filesystem::path& path, std::string_view line);

Result<std::string> readWholeFile(const std::filesystem::path& path);

} // namespace waymark
