#pragma once

#include "core/Error.h"

#include <cstdint>
#include <span>
#include <string>
#include <vector>

namespace waymark {

// Pages and entries per b-tree of a decrypted database image, by walking the SQLite file
// format (https://www.sqlite.org/fileformat2.html). Debian's libsqlcipher is built without
// the dbstat virtual table, so Waymark counts for itself.
struct BtreeStats
{
    std::string name;
    std::int64_t pages = 0;   // interior, leaf and overflow pages
    std::int64_t entries = 0; // rows of a table; entries of an index (or WITHOUT ROWID table)
};

struct SchemaObject
{
    std::string name;
    std::uint32_t rootPage = 0;
};

// `image` is the whole database as SQLite's pager sees it (page 1 first). Damaged for a
// page that is out of range, of the wrong type, or visited twice.
Result<std::vector<BtreeStats>> walkBtrees(std::span<const std::uint8_t> image,
                                           const std::vector<SchemaObject>& objects);

} // namespace waymark
