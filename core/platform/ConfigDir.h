#pragma once

// The platform seam for the per-user configuration folder: where Waymark keeps what belongs
// to this user on this machine rather than to a casebook (the audit anchors, see
// core/security/Anchor.h). Nothing here creates the folder.

#include <filesystem>

namespace waymark::platform {

// The folder, first found of:
//   WAYMARK_CONFIG_DIR (tests point it at a temporary folder; also for portable installs);
//   Windows: %APPDATA%\Waymark;
//   elsewhere: $XDG_CONFIG_HOME/waymark, else $HOME/.config/waymark.
// Empty when none of these can be worked out (no HOME): callers then keep nothing.
std::filesystem::path configDir();

// Creates `dir` (and its parents) readable by its owner only where the OS has such modes.
bool makePrivateDir(const std::filesystem::path& dir);

} // namespace waymark::platform
