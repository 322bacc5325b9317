#pragma once

// The benchmark's output: the table, JSON, and comparing two result files.

#include "BenchCommon.h"
#include "BenchJson.h"

#include <initializer_list>
#include <optional>
#include <string>
#include <vector>

namespace waymark::bench {

std::string cell(const Stat& s);
std::string cellP90(const Stat& s);
std::string ratio(const Stat& a, const Stat& b, bool p90 = false);
std::string pair(const std::string& a, const std::string& b);
void printTable(const std::vector<Op>& ops, bool p90);
Json statJson(const Stat& s);
std::string readFile(const fs::path& p);
double numberAt(const Json& root, std::initializer_list<const char*> keys);
std::string num(double v, const char* unit = "");
std::string change(double oldV, double newV);
int compareResults(const Json& oldR, const Json& newR);
std::optional<Json> loadJson(const std::string& path);
std::string gitCommit();

} // namespace waymark::bench
