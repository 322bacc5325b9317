#pragma once

// The reports' covering indexes (schema 16). Each holds exactly the columns one of the reports'
// readings takes (core/reports/ReportQueries.cpp), so a report at a large casebook reads a few
// compact index pages instead of one table row (and its page) per referral, closure,
// intervention or assessment. Made by the schema 16 step, also on a new casebook; the demo
// generator drops and remakes them with every other index around its bulk load.

#include <string>

namespace waymark {

struct ReportIndex
{
    const char* name;
    const char* table;
    const char* sql; // CREATE INDEX ...
};

// Every report index, in creation order.
const ReportIndex* reportIndexes(int& count);

// CREATE INDEX statements for every report index, for the migration step.
std::string reportIndexesSql();

} // namespace waymark
