#include "core/domain/Person.h"

namespace waymark {

namespace {

std::string nameFor(const std::string& given, const std::string& family, const std::string& preferred)
{
    std::string out;
    if (!preferred.empty() && preferred != given)
        out = preferred + " (" + given + ")";
    else
        out = given;
    if (!family.empty()) {
        if (!out.empty())
            out += ' ';
        out += family;
    }
    return out;
}

} // namespace

std::string Person::displayName() const
{
    return nameFor(givenName, familyName, preferredName);
}

std::string PersonSummary::displayName() const
{
    return nameFor(givenName, familyName, preferredName);
}

} // namespace waymark
