#include "core/domain/PersonRules.h"

#include "core/Text.h"
#include "core/calendar/Age.h"
#include "core/domain/Codes.h"
#include "core/domain/TextRules.h"

#include <algorithm>
#include <cctype>
#include <vector>

namespace waymark {

namespace {

// ASCII base letters for U+00C0..U+00FF ('\0' = drop, '*' = special).
constexpr char kLatin1[64 + 1] = "AAAAAAACEEEEIIII"
                                 "DNOOOOO\0OUUUUY*s"
                                 "aaaaaaaceeeeiiii"
                                 "dnooooo\0ouuuuy*y";

// Latin Extended-A (U+0100..U+017F): pairs upper/lower mostly share a base letter.
constexpr char kLatinExtA[128 + 1] = "AaAaAaCcCcCcCcDd"
                                     "DdEeEeEeEeEeGgGg"
                                     "GgGgHhHhIiIiIiIi"
                                     "IiJjJjKkkLlLlLlL"
                                     "lLlNnNnNnnNnOoOo"
                                     "OoOoRrRrRrSsSsSs"
                                     "SsTtTtTtUuUuUuUu"
                                     "UuUuWwYyYZzZzZzs";

void appendFolded(std::string& out, char32_t cp)
{
    if (cp < 0x80) {
        const char c = static_cast<char>(cp);
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (c == '\'' || c == 0x60)
            ; // O'Neill -> oneill
        else
            out += ' ';
        return;
    }
    char base = 0;
    if (cp >= 0xC0 && cp <= 0xFF) {
        base = kLatin1[cp - 0xC0];
        if (cp == 0xC6 || cp == 0xE6) {
            out += "ae";
            return;
        }
        if (cp == 0xDF) {
            out += "ss";
            return;
        }
        if (cp == 0xDE || cp == 0xFE) {
            out += "th";
            return;
        }
    } else if (cp >= 0x100 && cp <= 0x17F) {
        base = kLatinExtA[cp - 0x100];
        if (cp == 0x152 || cp == 0x153) {
            out += "oe";
            return;
        }
    } else if (cp == 0x2019 || cp == 0x2018) {
        return; // typographic apostrophes
    }
    if (base == 0) {
        if (cp < 0x180 || cp == 0xFFFD) {
            out += ' '; // symbols and punctuation of Latin-1
            return;
        }
        // Other scripts are kept as they are (SQLite's FTS tokenizer folds them further).
        if (cp < 0x800) {
            out += static_cast<char>(0xC0 | (cp >> 6));
        } else if (cp < 0x10000) {
            out += static_cast<char>(0xE0 | (cp >> 12));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        } else {
            out += static_cast<char>(0xF0 | (cp >> 18));
            out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
            out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        }
        out += static_cast<char>(0x80 | (cp & 0x3F));
        return;
    }
    out += static_cast<char>(std::tolower(static_cast<unsigned char>(base)));
}

std::vector<char32_t> decodeUtf8(std::string_view s)
{
    std::vector<char32_t> cps;
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        int len = c < 0x80 ? 1 : (c >> 5) == 6 ? 2 : (c >> 4) == 14 ? 3 : (c >> 3) == 30 ? 4 : 0;
        if (len == 0 || i + static_cast<std::size_t>(len) > s.size()) {
            cps.push_back(0xFFFD);
            ++i;
            continue;
        }
        char32_t cp = len == 1 ? c : len == 2 ? (c & 0x1F) : len == 3 ? (c & 0x0F) : (c & 0x07);
        for (int k = 1; k < len; ++k)
            cp = (cp << 6) | (static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]) & 0x3F);
        cps.push_back(cp);
        i += static_cast<std::size_t>(len);
    }
    return cps;
}

int levenshtein(std::string_view a, std::string_view b)
{
    std::vector<int> prev(b.size() + 1);
    std::vector<int> cur(b.size() + 1);
    for (std::size_t j = 0; j <= b.size(); ++j)
        prev[j] = static_cast<int>(j);
    for (std::size_t i = 1; i <= a.size(); ++i) {
        cur[0] = static_cast<int>(i);
        for (std::size_t j = 1; j <= b.size(); ++j)
            cur[j] = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1)});
        std::swap(prev, cur);
    }
    return prev[b.size()];
}

} // namespace

std::string foldForSearch(std::string_view text)
{
    std::string raw;
    raw.reserve(text.size());
    for (char32_t cp : decodeUtf8(text))
        appendFolded(raw, cp);
    std::string out;
    out.reserve(raw.size());
    for (char c : raw) {
        if (c == ' ' && (out.empty() || out.back() == ' '))
            continue;
        out += c;
    }
    while (!out.empty() && out.back() == ' ')
        out.pop_back();
    return out;
}

double nameSimilarity(std::string_view a, std::string_view b)
{
    const std::string fa = foldForSearch(a);
    const std::string fb = foldForSearch(b);
    if (fa.empty() && fb.empty())
        return 1.0;
    const auto longest = std::max(fa.size(), fb.size());
    return 1.0 - static_cast<double>(levenshtein(fa, fb)) / static_cast<double>(longest);
}

std::optional<std::string> normalisePostcode(std::string_view textIn)
{
    std::string compact;
    for (char c : textIn) {
        if (c == ' ')
            continue;
        if (!std::isalnum(static_cast<unsigned char>(c)))
            return std::nullopt;
        compact += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    }
    if (compact.size() < 5 || compact.size() > 7)
        return std::nullopt;
    const std::string outward = compact.substr(0, compact.size() - 3);
    const std::string inward = compact.substr(compact.size() - 3);
    // Inward code: digit + two letters (never C, I, K, M, O, V).
    const auto isInwardLetter = [](char c) {
        return std::isalpha(static_cast<unsigned char>(c)) &&
               std::string_view("CIKMOV").find(c) == std::string_view::npos;
    };
    if (!std::isdigit(static_cast<unsigned char>(inward[0])) || !isInwardLetter(inward[1]) ||
        !isInwardLetter(inward[2]))
        return std::nullopt;
    // Outward code shapes: A9, A99, AA9, AA99, A9A, AA9A.
    const auto shape = [&] {
        std::string s;
        for (char c : outward)
            s += std::isdigit(static_cast<unsigned char>(c)) ? '9' : 'A';
        return s;
    }();
    static const std::string_view kShapes[] = {"A9", "A99", "AA9", "AA99", "A9A", "AA9A"};
    if (std::find(std::begin(kShapes), std::end(kShapes), shape) == std::end(kShapes))
        return std::nullopt;
    if (std::string_view("QVX").find(outward[0]) != std::string_view::npos)
        return std::nullopt;
    return outward + " " + inward;
}

bool isValidNhsNumber(std::string_view textIn)
{
    std::string digits;
    for (char c : textIn) {
        if (c == ' ' || c == '-')
            continue;
        if (!std::isdigit(static_cast<unsigned char>(c)))
            return false;
        digits += c;
    }
    if (digits.size() != 10)
        return false;
    int sum = 0;
    for (int i = 0; i < 9; ++i)
        sum += (digits[static_cast<std::size_t>(i)] - '0') * (10 - i);
    int check = 11 - sum % 11;
    if (check == 11)
        check = 0;
    if (check == 10)
        return false;
    return check == digits[9] - '0';
}

void normalisePerson(Person& p)
{
    for (std::string* s :
         {&p.givenName, &p.familyName, &p.preferredName, &p.genderIdentity, &p.firstLanguage, &p.address, &p.phone,
          &p.school, &p.pncReference, &p.upn, &p.localAuthorityId, &p.sex, &p.ethnicity, &p.eteStatus})
        *s = text::trim(*s);
    // Line breaks typed or pasted as CR LF (or CR) are kept as LF.
    std::string address;
    for (std::size_t i = 0; i < p.address.size(); ++i) {
        if (p.address[i] == '\r') {
            address += '\n';
            if (i + 1 < p.address.size() && p.address[i + 1] == '\n')
                ++i;
        } else {
            address += p.address[i];
        }
    }
    p.address = std::move(address);
    if (auto pc = normalisePostcode(p.postcode))
        p.postcode = *pc;
    else
        p.postcode = text::trim(p.postcode);
    std::string nhs;
    for (char c : p.nhsNumber)
        if (c != ' ' && c != '-')
            nhs += c;
    p.nhsNumber = nhs;
    std::vector<std::string> aliases;
    for (auto& a : p.aliases) {
        auto t = text::trim(a);
        if (!t.empty() && std::find(aliases.begin(), aliases.end(), t) == aliases.end())
            aliases.push_back(std::move(t));
    }
    p.aliases = std::move(aliases);
    std::vector<Contact> contacts;
    for (auto& c : p.contacts) {
        c.name = text::trim(c.name);
        c.phone = text::trim(c.phone);
        c.relationship = text::trim(c.relationship);
        if (!c.name.empty() || !c.phone.empty())
            contacts.push_back(std::move(c));
    }
    p.contacts = std::move(contacts);
}

Status validatePerson(const Person& p, Date today)
{
    const auto bad = [](std::string field, std::string detail, std::string rule) {
        Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
        e.rule = std::move(rule);
        return std::unexpected(std::move(e));
    };
    if (p.givenName.empty())
        return bad("given_name", "is required", "required");
    if (p.familyName.empty())
        return bad("family_name", "is required", "required");
    // Every free-text field: its character rule and length limit (core/domain/TextRules.h).
    for (const auto& [field, value] : {std::pair<std::string_view, const std::string*>{"given_name", &p.givenName},
                                       {"family_name", &p.familyName},
                                       {"preferred_name", &p.preferredName},
                                       {"gender_identity", &p.genderIdentity},
                                       {"first_language", &p.firstLanguage},
                                       {"address", &p.address},
                                       {"phone", &p.phone},
                                       {"school", &p.school},
                                       {"pnc_reference", &p.pncReference},
                                       {"upn", &p.upn},
                                       {"local_authority_id", &p.localAuthorityId}})
        if (auto st = checkTextField(field, *value); !st)
            return st;
    if (p.aliases.size() > kMaxAliases)
        return bad("aliases", "has too many aliases (" + std::to_string(kMaxAliases) + " at most)", "too_many");
    for (const auto& a : p.aliases)
        if (auto st = checkTextField("aliases", a); !st)
            return st;
    if (p.contacts.size() > kMaxContacts)
        return bad("contacts", "has too many contacts (" + std::to_string(kMaxContacts) + " at most)", "too_many");
    for (const auto& c : p.contacts) {
        if (auto st = checkTextField("contact_name", c.name, "contacts"); !st)
            return st;
        if (auto st = checkTextField("contact_phone", c.phone, "contacts"); !st)
            return st;
        if (auto st = checkTextField("code", c.relationship, "contacts"); !st)
            return st;
    }
    // Coded values and the postcode are checked for their shape below; a control character
    // or a megabyte there is still reported as such.
    for (const auto& [field, value] : {std::pair<std::string_view, const std::string*>{"sex", &p.sex},
                                       {"ethnicity", &p.ethnicity},
                                       {"ete_status", &p.eteStatus},
                                       {"postcode", &p.postcode},
                                       {"nhs_number", &p.nhsNumber}})
        if (auto st = checkTextField(field == "postcode" ? "postcode" : "code", *value, field); !st)
            return st;
    if (p.dateOfBirth.isNull())
        return bad("date_of_birth", "is required", "required");
    if (p.dateOfBirth > today)
        return bad("date_of_birth", "is in the future", "in_future");
    const int age = ageOn(p.dateOfBirth, today);
    if (age < 8 || age > 30)
        return bad("date_of_birth", "gives an age outside 8 to 30 years today", "age_out_of_range");
    if (!p.sex.empty() && !isKnownCode(sexCodes(), p.sex))
        return bad("sex", "is not a known value", "unknown_code");
    if (!p.ethnicity.empty() && !isKnownCode(ethnicityCodes(), p.ethnicity))
        return bad("ethnicity", "is not a known value", "unknown_code");
    if (!p.eteStatus.empty() && !isKnownCode(eteStatusCodes(), p.eteStatus))
        return bad("ete_status", "is not a known value", "unknown_code");
    if (!p.postcode.empty() && !normalisePostcode(p.postcode))
        return bad("postcode", "is not a UK postcode", "not_uk_postcode");
    if (!p.nhsNumber.empty() && !isValidNhsNumber(p.nhsNumber))
        return bad("nhs_number", "is not a valid NHS number (10 digits with a check digit)", "nhs_check_digit");
    for (const auto& c : p.contacts) {
        if (c.name.empty())
            return bad("contacts", "a contact needs a name", "contact_needs_name");
        if (!c.relationship.empty() && !isKnownCode(relationshipCodes(), c.relationship))
            return bad("contacts", "a contact's relationship is not a known value", "unknown_code");
    }
    if (p.flags.sendAlnPlan && !p.flags.sendAln)
        return bad("send_aln_plan", "a SEND/ALN plan needs the SEND/ALN flag", "plan_needs_send_flag");
    return {};
}

} // namespace waymark
