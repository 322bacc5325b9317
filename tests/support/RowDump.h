#pragma once

// Every row of a casebook, to compare a restore with its backup row for row (the backup and
// restore tests).

#include "core/Casebook.h"

#include <cstdint>
#include <map>
#include <string>
#include <vector>

namespace waymark {
class Database;
}

namespace waymark::test {

using Dump = std::map<std::string, std::vector<std::string>>;

// Every table's rows (sorted), as hex of each value; audit rows after `auditSeq` and the meta
// keys a backup or a restore itself writes are left out.
Dump dumpRows(Database& db, std::int64_t auditSeq);
// The newest audit row's number.
std::int64_t auditHead(Casebook& cb);
// Empty when equal, else the first table that differs.
std::string firstDifference(const Dump& a, const Dump& b);

} // namespace waymark::test
