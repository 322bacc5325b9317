#pragma once

#include "core/Error.h"

namespace waymark {

class Database;

// Schema versions live in PRAGMA user_version. Each step is one function run in its own
// transaction; a casebook newer than this program is refused untouched (TooNew).
inline constexpr int kSchemaVersion = 20;

int schemaVersion(Database& db);
// Brings the schema up to `target` (default: this program's version).
Status migrate(Database& db, int target = kSchemaVersion);

} // namespace waymark
