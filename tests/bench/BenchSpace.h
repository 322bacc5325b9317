#pragma once

// Where the bytes are: pages per table and index, counted by walking the b-trees of an
// UNENCRYPTED copy of the casebook written with the same page size and the same reserved
// bytes per page (so the same rows fit on a page). The linked SQLCipher is built without
// SQLITE_ENABLE_DBSTAT_VTAB, so dbstat is not available; this reads the documented SQLite
// file format (https://www.sqlite.org/fileformat2.html) instead.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

namespace waymark::bench {

struct SchemaObject
{
    std::string name;
    std::string table; // tbl_name
    std::string type;  // table | index
    std::uint32_t rootPage = 0;
};

struct SpaceEntry
{
    SchemaObject object;
    std::int64_t pages = 0;
    std::int64_t bytes = 0;
};

struct SpaceReport
{
    std::uint32_t pageSize = 0;
    std::uint32_t reservedPerPage = 0;
    std::int64_t pageCount = 0;
    std::int64_t freePages = 0;
    std::int64_t accountedPages = 0; // b-tree pages found + free pages (= pageCount when all is well)
    std::vector<SpaceEntry> entries; // largest first
    std::string error;
};

// `objects`: the copy's sqlite_schema rows with a root page (plus sqlite_schema itself, root 1).
SpaceReport measureSpace(const std::filesystem::path& plainFile, const std::vector<SchemaObject>& objects);

} // namespace waymark::bench
