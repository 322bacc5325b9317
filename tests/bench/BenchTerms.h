#pragma once

// Search terms drawn from the casebook's own data (the most common prefixes, a rare one, two
// words, references, a postcode, a date of birth), with how many people each finds.

#include "BenchRaw.h"

#include <cstdint>
#include <string>
#include <vector>

namespace waymark::bench {

struct Term
{
    std::string id;
    std::string label;
    std::string kind; // name | reference | refnumber | postcode | dob
    std::string text;
    std::int64_t matches = 0;
};

struct Picked
{
    std::vector<Term> terms;
    std::vector<std::uint8_t> personId; // the record opened and saved
    std::string personRef;
};

Picked pickTerms(RawConn& raw);

} // namespace waymark::bench
