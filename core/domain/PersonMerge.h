#pragma once

// What a merge does to the surviving record's own fields (People::merge): nothing the other
// record knew is lost from view. Its rows (aliases, contacts, referrals, ...) move as they are
// (core/store/MergeStore); this decides the survivor's fields.

#include "core/domain/Person.h"

#include <string>
#include <vector>

namespace waymark {

struct MergedFields
{
    Person survivor;                    // the survivor's fields after the merge
    std::vector<std::string> filled;    // fields the survivor lacked, taken from the other (column names)
    std::vector<std::string> differing; // both set and different: the survivor's value kept
};

// Safeguarding and support flags (and "interpreter needed") are kept when either record has
// them. A field the survivor leaves empty — identifiers (NHS number, UPN, PNC reference, local
// authority id), phone, school, education status, language, gender identity, ethnicity when
// not stated, the address with its postcode — is taken from the other. Where both have a value
// and they differ, the survivor's stays and the field is listed, for the coordinator to check.
// Names are not touched: the other's become aliases.
MergedFields mergeFields(const Person& survivor, const Person& other);

} // namespace waymark
