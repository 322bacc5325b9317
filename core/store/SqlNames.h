#pragma once

// A table or column name read from the schema, quoted for SQL text ("name", with any '"'
// doubled): for the few statements that are built per table (merge, verify's replay).

#include <string>
#include <string_view>

namespace waymark {

inline std::string quotedName(std::string_view name)
{
    std::string out = "\"";
    for (char c : name) {
        if (c == '"')
            out += '"';
        out += c;
    }
    return out + '"';
}

} // namespace waymark
