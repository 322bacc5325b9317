#include "core/store/PersonStore.h"

#include "core/domain/PersonRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <set>
#include <tuple>

namespace waymark {

namespace {

using Value = std::optional<std::string>;

Value text(const std::string& s)
{
    return s.empty() ? Value{} : Value{s};
}

Value flag(bool b)
{
    return std::string(b ? "1" : "0");
}

// The scalar columns of `people`, in one place: insert, diff and change log all use this.
struct Column
{
    const char* name;
    std::function<Value(const Person&)> get;
    bool isFlag = false; // INTEGER NOT NULL DEFAULT 0: "0" is the default, not logged on insert
};

const std::vector<Column>& personColumns()
{
    static const std::vector<Column> columns = {
        {"case_reference", [](const Person& p) { return text(p.caseReference); }},
        {"given_name", [](const Person& p) { return Value{p.givenName}; }},
        {"family_name", [](const Person& p) { return Value{p.familyName}; }},
        {"preferred_name", [](const Person& p) { return text(p.preferredName); }},
        {"date_of_birth", [](const Person& p) { return text(p.dateOfBirth.toIso()); }},
        {"dob_estimated", [](const Person& p) { return flag(p.dateOfBirthEstimated); }, true},
        {"sex", [](const Person& p) { return text(p.sex); }},
        {"gender_identity", [](const Person& p) { return text(p.genderIdentity); }},
        {"ethnicity", [](const Person& p) { return text(p.ethnicity); }},
        {"first_language", [](const Person& p) { return text(p.firstLanguage); }},
        {"interpreter_needed", [](const Person& p) { return flag(p.interpreterNeeded); }, true},
        {"address", [](const Person& p) { return text(p.address); }},
        {"postcode", [](const Person& p) { return text(p.postcode); }},
        {"phone", [](const Person& p) { return text(p.phone); }},
        {"school", [](const Person& p) { return text(p.school); }},
        {"ete_status", [](const Person& p) { return text(p.eteStatus); }},
        {"pnc_reference", [](const Person& p) { return text(p.pncReference); }},
        {"nhs_number", [](const Person& p) { return text(p.nhsNumber); }},
        {"upn", [](const Person& p) { return text(p.upn); }},
        {"la_id", [](const Person& p) { return text(p.localAuthorityId); }},
        {"looked_after", [](const Person& p) { return flag(p.flags.lookedAfter); }, true},
        {"child_protection_plan", [](const Person& p) { return flag(p.flags.childProtectionPlan); }, true},
        {"child_in_need", [](const Person& p) { return flag(p.flags.childInNeed); }, true},
        {"early_help", [](const Person& p) { return flag(p.flags.earlyHelp); }, true},
        {"care_leaver", [](const Person& p) { return flag(p.flags.careLeaver); }, true},
        {"send_aln", [](const Person& p) { return flag(p.flags.sendAln); }, true},
        {"send_aln_plan", [](const Person& p) { return flag(p.flags.sendAlnPlan); }, true},
        {"exploitation_concern", [](const Person& p) { return flag(p.flags.exploitationConcern); }, true},
        {"restricted", [](const Person& p) { return flag(p.flags.restricted); }, true},
    };
    return columns;
}

constexpr std::string_view kSummaryColumns =
    "p.id, p.case_reference, p.given_name, p.family_name, p.preferred_name, p.date_of_birth, p.dob_estimated, "
    "p.postcode, p.looked_after, p.child_protection_plan, p.child_in_need, p.early_help, p.care_leaver, "
    "p.send_aln, p.send_aln_plan, p.exploitation_concern, p.restricted, p.family_key, p.given_key";

PersonFlags readFlags(const Statement& st, int first)
{
    PersonFlags f;
    f.lookedAfter = st.boolean(first);
    f.childProtectionPlan = st.boolean(first + 1);
    f.childInNeed = st.boolean(first + 2);
    f.earlyHelp = st.boolean(first + 3);
    f.careLeaver = st.boolean(first + 4);
    f.sendAln = st.boolean(first + 5);
    f.sendAlnPlan = st.boolean(first + 6);
    f.exploitationConcern = st.boolean(first + 7);
    f.restricted = st.boolean(first + 8);
    return f;
}

PersonSummary readSummary(const Statement& st)
{
    PersonSummary s;
    s.id = st.uuid(0);
    s.caseReference = st.text(1);
    s.givenName = st.text(2);
    s.familyName = st.text(3);
    s.preferredName = st.text(4);
    s.dateOfBirth = Date::fromIso(st.text(5)).value_or(Date{});
    s.dateOfBirthEstimated = st.boolean(6);
    s.postcode = st.text(7);
    s.flags = readFlags(st, 8);
    return s;
}

Result<std::vector<PersonSummary>> collect(Statement& st)
{
    std::vector<PersonSummary> out;
    if (auto r = st.forEachRow([&] { out.push_back(readSummary(st)); }); !r)
        return std::unexpected(r.error());
    return out;
}

// The index that holds exactly a filter's people in display order (partial indexes made by
// schema 3). Queries name it (INDEXED BY) so that a first page or a count reads only that
// index and the rows shown, whatever statistics PRAGMA optimize has gathered.
const char* filterIndex(PersonFilter f)
{
    switch (f) {
    case PersonFilter::All:
        return "people_order";
    case PersonFilter::LookedAfter:
        return "people_looked_after";
    case PersonFilter::ChildProtectionPlan:
        return "people_child_protection";
    case PersonFilter::ExploitationConcern:
        return "people_exploitation";
    case PersonFilter::SendAln:
        return "people_send_aln";
    case PersonFilter::Restricted:
        return "people_restricted";
    }
    return "people_order";
}

// The columns each sort order compares, before the id.
const std::vector<const char*>& sortKeys(PersonSort sort)
{
    static const std::vector<const char*> name{"family_key", "given_key"};
    static const std::vector<const char*> reference{"case_reference"};
    static const std::vector<const char*> born{"date_of_birth", "family_key", "given_key"};
    switch (sort) {
    case PersonSort::Name:
        return name;
    case PersonSort::CaseReference:
        return reference;
    case PersonSort::DateOfBirth:
        return born;
    }
    return name;
}

// Everyone, in each sort order: an index with exactly the sort keys and the id.
const char* sortIndex(PersonSort sort)
{
    switch (sort) {
    case PersonSort::Name:
        return "people_order";
    case PersonSort::CaseReference:
        return "people_reference";
    case PersonSort::DateOfBirth:
        return "people_dob";
    }
    return "people_order";
}

const char* filterClause(PersonFilter f)
{
    switch (f) {
    case PersonFilter::All:
        return "";
    case PersonFilter::LookedAfter:
        return " AND p.looked_after = 1";
    case PersonFilter::ChildProtectionPlan:
        return " AND p.child_protection_plan = 1";
    case PersonFilter::ExploitationConcern:
        return " AND p.exploitation_concern = 1";
    case PersonFilter::SendAln:
        return " AND p.send_aln = 1";
    case PersonFilter::Restricted:
        return " AND p.restricted = 1";
    }
    return "";
}

// The list shows the preferred name first ("Lily (Amelia) Atkinson"), so it sorts by it too.
std::string givenSortKey(const std::string& given, const std::string& preferred)
{
    return foldForSearch(preferred.empty() ? given : preferred);
}

// Display rank. A person's rowid follows the display order (family key, then given key):
// the top 50 bits encode the first ten characters of "family key, end mark, given key" at 5
// bits each, in an order-preserving way; the low 13 bits number the people who share them.
// So rowid order never contradicts display order, and the full-text index (whose rowids are
// the people's) yields its matches in display order: a search reads only the rows it shows,
// however common the name (cold-cache cost independent of the match count). People are also
// stored next to their alphabetical neighbours, which makes list pages cheap to read.
constexpr int kRankWindowBits = 13;
constexpr std::int64_t kRankWindow = std::int64_t(1) << kRankWindowBits;

std::uint64_t rankSymbol(unsigned char c)
{
    if (c < 0x30)
        return 1; // space, apostrophe, hyphen and other punctuation
    if (c < 0x61)
        return 2; // digits (folded keys have no capitals)
    if (c <= 0x7a)
        return 3 + static_cast<std::uint64_t>(c - 0x61); // a..z -> 3..28
    return 29;                                           // bytes of letters outside ASCII
}

std::int64_t rankBase(std::string_view familyKey, std::string_view givenKey)
{
    std::uint64_t code = 0;
    int symbols = 0;
    const auto push = [&](std::uint64_t symbol) {
        if (symbols < 10) {
            code = code << 5 | symbol;
            ++symbols;
        }
    };
    for (unsigned char c : familyKey)
        push(rankSymbol(c));
    push(0); // the end mark sorts before every character: "ab" before "abc"
    for (unsigned char c : givenKey)
        push(rankSymbol(c));
    while (symbols < 10)
        push(0);
    return static_cast<std::int64_t>(code << kRankWindowBits);
}

std::string searchTerms(const Person& p)
{
    std::string terms = foldForSearch(p.givenName) + ' ' + foldForSearch(p.familyName);
    if (!p.preferredName.empty())
        terms += ' ' + foldForSearch(p.preferredName);
    for (const auto& a : p.aliases)
        terms += ' ' + foldForSearch(a);
    return terms;
}

// A new child row's values; empty ones equal the column default and are not logged.
Status logChild(ChangeLog& changes, std::string_view table, const Uuid& id,
                std::initializer_list<std::pair<const char*, Value>> columns)
{
    ChangeLog::Values values;
    for (const auto& [name, value] : columns)
        if (value)
            values.emplace_back(name, value);
    return changes.record(table, id, values);
}

Status insertAlias(Database& db, ChangeLog& changes, const Uuid& personId, const std::string& alias)
{
    const Uuid id = Uuid::v7(std::chrono::system_clock::now());
    Statement st(db, "INSERT INTO person_aliases (id, person_id, alias, updated_hlc) VALUES (?, ?, ?, ?)", true);
    st.bind(1, id).bind(2, personId).bind(3, alias).bind(4, changes.hlc());
    if (auto r = st.run(); !r)
        return r;
    return logChild(changes, "person_aliases", id, {{"person_id", personId.toString()}, {"alias", alias}});
}

Status insertContact(Database& db, ChangeLog& changes, const Uuid& personId, Contact& c)
{
    if (c.id.isNull())
        c.id = Uuid::v7(std::chrono::system_clock::now());
    Statement st(db,
                 "INSERT INTO person_contacts (id, person_id, name, relationship, phone, parental_responsibility, "
                 "updated_hlc) VALUES (?, ?, ?, ?, ?, ?, ?)",
                 true);
    st.bind(1, c.id).bind(2, personId).bind(3, c.name).bindOptionalText(4, c.relationship).bindOptionalText(5, c.phone);
    st.bind(6, c.parentalResponsibility).bind(7, changes.hlc());
    if (auto r = st.run(); !r)
        return r;
    return logChild(changes, "person_contacts", c.id,
                    {{"person_id", personId.toString()},
                     {"name", c.name},
                     {"relationship", text(c.relationship)},
                     {"phone", text(c.phone)},
                     {"parental_responsibility", c.parentalResponsibility ? flag(true) : Value{}}});
}

Status tombstone(Database& db, ChangeLog& changes, std::string_view table, const Uuid& id)
{
    Statement st(db, "UPDATE " + std::string(table) + " SET deleted = 1, updated_hlc = ? WHERE id = ?");
    st.bind(1, changes.hlc()).bind(2, id);
    if (auto r = st.run(); !r)
        return r;
    return changes.record(table, id, "deleted", std::string("1"));
}

} // namespace

Status PersonStore::writeSearchRow(std::optional<std::int64_t> oldRowid, std::int64_t rowid, const Person& person)
{
    if (oldRowid) {
        Statement del(m_db, "DELETE FROM person_search WHERE rowid = ?", true);
        del.bind(1, *oldRowid);
        if (auto st = del.run(); !st)
            return st;
    }
    Statement ins(m_db, "INSERT INTO person_search (rowid, terms) VALUES (?, ?)", true);
    ins.bind(1, rowid).bind(2, searchTerms(person));
    return ins.run();
}

Result<std::int64_t> PersonStore::allocateRowid(std::string_view familyKey, std::string_view givenKey)
{
    const std::int64_t base = rankBase(familyKey, givenKey);
    Statement last(m_db, "SELECT max(rowid) FROM people WHERE rowid >= ? AND rowid < ?", true);
    last.bind(1, base).bind(2, base + kRankWindow);
    auto row = last.step();
    if (!row)
        return std::unexpected(row.error());
    if (last.isNull(0))
        return base;
    if (last.integer(0) + 1 < base + kRankWindow)
        return last.integer(0) + 1;
    // The end of the window is taken (renames moved people out of it): find a gap.
    last.reset();
    Statement taken(m_db, "SELECT rowid FROM people WHERE rowid >= ? AND rowid < ? ORDER BY rowid");
    taken.bind(1, base).bind(2, base + kRankWindow);
    std::int64_t next = base;
    for (;;) {
        auto r = taken.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r || taken.integer(0) != next)
            break;
        ++next;
    }
    if (next < base + kRankWindow)
        return next;
    return fail(ErrorCode::Internal, "more than 8,192 people share the first ten letters of their names");
}

Status PersonStore::insert(Person& person, ChangeLog& changes)
{
    const auto& columns = personColumns();
    static const std::string sql = [&] {
        std::string names = "rowid, id, family_key, given_key, created_at, updated_hlc";
        std::string params = "?, ?, ?, ?, ?, ?";
        for (const auto& c : columns) {
            names += ", ";
            names += c.name;
            params += ", ?";
        }
        return "INSERT INTO people (" + names + ") VALUES (" + params + ")";
    }();
    const std::string familyKey = foldForSearch(person.familyName);
    const std::string givenKey = givenSortKey(person.givenName, person.preferredName);
    auto rowid = allocateRowid(familyKey, givenKey);
    if (!rowid)
        return std::unexpected(rowid.error());
    Statement st(m_db, sql, true);
    st.bind(1, *rowid)
        .bind(2, person.id)
        .bind(3, familyKey)
        .bind(4, givenKey)
        .bind(5, person.createdAt)
        .bind(6, changes.hlc());
    int index = 7;
    for (const auto& c : columns) {
        const Value v = c.get(person);
        if (v)
            st.bind(index, *v);
        else
            st.bindNull(index);
        ++index;
    }
    if (auto r = st.run(); !r)
        return r;
    ChangeLog::Values values{{"created_at", person.createdAt}};
    for (const auto& c : columns) {
        Value v = c.get(person);
        if (v && !(c.isFlag && *v == "0"))
            values.emplace_back(c.name, std::move(v));
    }
    if (auto r = changes.record("people", person.id, values); !r)
        return r;
    for (const auto& a : person.aliases)
        if (auto r = insertAlias(m_db, changes, person.id, a); !r)
            return r;
    for (auto& c : person.contacts)
        if (auto r = insertContact(m_db, changes, person.id, c); !r)
            return r;
    person.updatedHlc = changes.hlc();
    return writeSearchRow(std::nullopt, *rowid, person);
}

Status PersonStore::update(const Person& before, Person& after, ChangeLog& changes)
{
    std::string sets;
    ChangeLog::Values changed;
    for (const auto& c : personColumns()) {
        Value v = c.get(after);
        if (v != c.get(before)) {
            sets += std::string(c.name) + " = ?, ";
            changed.emplace_back(c.name, std::move(v));
        }
    }
    if (auto r = changes.record("people", after.id, changed); !r)
        return r;
    sets += "family_key = ?, given_key = ?, updated_hlc = ?";
    Statement st(m_db, "UPDATE people SET " + sets + " WHERE id = ?");
    int index = 1;
    for (const auto& [name, v] : changed) {
        if (v)
            st.bind(index, *v);
        else
            st.bindNull(index);
        ++index;
    }
    st.bind(index, foldForSearch(after.familyName))
        .bind(index + 1, givenSortKey(after.givenName, after.preferredName))
        .bind(index + 2, changes.hlc())
        .bind(index + 3, after.id);
    if (auto r = st.run(); !r)
        return r;

    // Aliases: by value.
    std::set<std::string> kept(after.aliases.begin(), after.aliases.end());
    {
        Statement old(m_db, "SELECT id, alias FROM person_aliases WHERE person_id = ? AND deleted = 0");
        old.bind(1, after.id);
        std::vector<std::pair<Uuid, std::string>> existing;
        if (auto r = old.forEachRow([&] { existing.emplace_back(old.uuid(0), old.text(1)); }); !r)
            return r;
        for (const auto& [id, alias] : existing) {
            if (kept.erase(alias) == 0)
                if (auto r = tombstone(m_db, changes, "person_aliases", id); !r)
                    return r;
        }
        for (const auto& a : after.aliases)
            if (kept.count(a)) {
                kept.erase(a);
                if (auto r = insertAlias(m_db, changes, after.id, a); !r)
                    return r;
            }
    }

    // Contacts: by id.
    for (const auto& old : before.contacts) {
        const auto it = std::find_if(after.contacts.begin(), after.contacts.end(),
                                     [&](const Contact& c) { return c.id == old.id; });
        if (it == after.contacts.end()) {
            if (auto r = tombstone(m_db, changes, "person_contacts", old.id); !r)
                return r;
        } else if (!(*it == old)) {
            Statement up(m_db, "UPDATE person_contacts SET name = ?, relationship = ?, phone = ?, "
                               "parental_responsibility = ?, updated_hlc = ? WHERE id = ?");
            up.bind(1, it->name).bindOptionalText(2, it->relationship).bindOptionalText(3, it->phone);
            up.bind(4, it->parentalResponsibility).bind(5, changes.hlc()).bind(6, it->id);
            if (auto r = up.run(); !r)
                return r;
            const std::pair<const char*, std::pair<Value, Value>> diffs[] = {
                {"name", {it->name, old.name}},
                {"relationship", {text(it->relationship), text(old.relationship)}},
                {"phone", {text(it->phone), text(old.phone)}},
                {"parental_responsibility", {flag(it->parentalResponsibility), flag(old.parentalResponsibility)}}};
            ChangeLog::Values contactChanges;
            for (const auto& [name, pair] : diffs)
                if (pair.first != pair.second)
                    contactChanges.emplace_back(name, pair.first);
            if (auto r = changes.record("person_contacts", it->id, contactChanges); !r)
                return r;
        }
    }
    for (auto& c : after.contacts) {
        const bool isNew = c.id.isNull() || std::none_of(before.contacts.begin(), before.contacts.end(),
                                                         [&](const Contact& o) { return o.id == c.id; });
        if (isNew)
            if (auto r = insertContact(m_db, changes, after.id, c); !r)
                return r;
    }

    Statement current(m_db, "SELECT rowid, family_key, given_key FROM people WHERE id = ?");
    current.bind(1, after.id);
    auto row = current.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "the record is gone");
    const std::int64_t oldRowid = current.integer(0);
    std::int64_t rowid = oldRowid;
    // A new name may move the person to another place in the display order.
    if (rankBase(current.text(1), current.text(2)) >> kRankWindowBits != oldRowid >> kRankWindowBits) {
        auto moved = allocateRowid(current.text(1), current.text(2));
        if (!moved)
            return std::unexpected(moved.error());
        Statement move(m_db, "UPDATE people SET rowid = ? WHERE rowid = ?");
        move.bind(1, *moved).bind(2, oldRowid);
        if (auto r = move.run(); !r)
            return r;
        rowid = *moved;
    }
    after.updatedHlc = changes.hlc();
    return writeSearchRow(oldRowid, rowid, after);
}

Result<std::optional<Person>> PersonStore::load(const Uuid& id)
{
    std::string sql = "SELECT created_at, updated_hlc";
    for (const auto& c : personColumns()) {
        sql += ", ";
        sql += c.name;
    }
    sql += " FROM people WHERE id = ? AND deleted = 0";
    Statement st(m_db, sql);
    st.bind(1, id);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Person>{};
    Person p;
    p.id = id;
    p.createdAt = st.text(0);
    p.updatedHlc = st.text(1);
    int i = 2;
    p.caseReference = st.text(i++);
    p.givenName = st.text(i++);
    p.familyName = st.text(i++);
    p.preferredName = st.text(i++);
    p.dateOfBirth = Date::fromIso(st.text(i++)).value_or(Date{});
    p.dateOfBirthEstimated = st.boolean(i++);
    p.sex = st.text(i++);
    p.genderIdentity = st.text(i++);
    p.ethnicity = st.text(i++);
    p.firstLanguage = st.text(i++);
    p.interpreterNeeded = st.boolean(i++);
    p.address = st.text(i++);
    p.postcode = st.text(i++);
    p.phone = st.text(i++);
    p.school = st.text(i++);
    p.eteStatus = st.text(i++);
    p.pncReference = st.text(i++);
    p.nhsNumber = st.text(i++);
    p.upn = st.text(i++);
    p.localAuthorityId = st.text(i++);
    p.flags = readFlags(st, i);

    Statement aliases(m_db, "SELECT alias FROM person_aliases WHERE person_id = ? AND deleted = 0 ORDER BY id");
    aliases.bind(1, id);
    if (auto r = aliases.forEachRow([&] { p.aliases.push_back(aliases.text(0)); }); !r)
        return std::unexpected(r.error());
    Statement contacts(m_db, "SELECT id, name, relationship, phone, parental_responsibility FROM person_contacts "
                             "WHERE person_id = ? AND deleted = 0 ORDER BY id");
    contacts.bind(1, id);
    for (;;) {
        auto r = contacts.step();
        if (!r)
            return std::unexpected(r.error());
        if (!*r)
            break;
        p.contacts.push_back(
            Contact{contacts.uuid(0), contacts.text(1), contacts.text(2), contacts.text(3), contacts.boolean(4)});
    }
    return std::optional<Person>{std::move(p)};
}

Result<std::optional<Uuid>> PersonStore::findByReference(std::string_view caseReference)
{
    Statement st(m_db, "SELECT id FROM people WHERE case_reference = ? AND deleted = 0");
    st.bind(1, caseReference);
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return std::optional<Uuid>{};
    return std::optional<Uuid>{st.uuid(0)};
}

Result<std::vector<PersonSummary>> PersonStore::byDateOfBirth(const Date& dob, int limit)
{
    Statement st(m_db, "SELECT " + std::string(kSummaryColumns) +
                           " FROM people p WHERE p.date_of_birth = ? AND p.deleted = 0 "
                           "ORDER BY p.family_key, p.given_key, p.id LIMIT ?");
    st.bind(1, dob.toIso()).bind(2, limit);
    return collect(st);
}

Result<std::vector<PersonSummary>> PersonStore::searchReference(std::string_view prefix, int limit)
{
    std::string upper(prefix);
    for (auto& c : upper)
        if (c >= 'a' && c <= 'z')
            c = static_cast<char>(c - 'a' + 'A');
    Statement st(m_db, "SELECT " + std::string(kSummaryColumns) +
                           " FROM people p WHERE p.case_reference >= ? AND p.case_reference < ? AND p.deleted = 0 "
                           "ORDER BY p.case_reference LIMIT ?");
    st.bind(1, upper).bind(2, upper + "\x7f").bind(3, limit);
    return collect(st);
}

Result<std::vector<PersonSummary>> PersonStore::searchNames(std::string_view query, int limit)
{
    std::string match;
    for (const auto& token : [&] {
             std::vector<std::string> tokens;
             std::string current;
             for (char c : foldForSearch(query)) {
                 if (c == ' ') {
                     if (!current.empty())
                         tokens.push_back(std::move(current));
                     current.clear();
                 } else if (c != '"') {
                     current += c;
                 }
             }
             if (!current.empty())
                 tokens.push_back(std::move(current));
             return tokens;
         }()) {
        if (!match.empty())
            match += ' ';
        match += '"' + token + "\"*";
    }
    if (match.empty())
        return std::vector<PersonSummary>{};
    Statement matches(m_db, "SELECT rowid FROM person_search WHERE person_search MATCH ? ORDER BY rowid", true);
    matches.bind(1, match);
    return inDisplayOrder(matches, limit);
}

Result<std::vector<PersonSummary>> PersonStore::inDisplayOrder(Statement& rowids, int limit)
{
    return inDisplayOrder(
        [&]() -> Result<std::optional<std::int64_t>> {
            auto row = rowids.step();
            if (!row)
                return std::unexpected(row.error());
            return *row ? std::optional<std::int64_t>(rowids.integer(0)) : std::nullopt;
        },
        limit);
}

Result<std::vector<PersonSummary>> PersonStore::inDisplayOrder(const RowidSource& nextRowid, int limit)
{
    // `rowids` yields candidates in rowid order, which is display order up to people who share
    // the first ten letters (see rankBase): read them until `limit` live rows are found plus any
    // that share the last one's letters, then sort those exactly. Only the rows shown are read.
    Statement person(
        m_db, "SELECT " + std::string(kSummaryColumns) + " FROM people p WHERE p.rowid = ? AND p.deleted = 0", true);
    struct Found
    {
        std::string familyKey;
        std::string givenKey;
        PersonSummary summary;
    };
    std::vector<Found> found;
    std::optional<std::int64_t> lastWindow;
    for (;;) {
        auto next = nextRowid();
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        const std::int64_t rowid = **next;
        if (lastWindow && rowid >> kRankWindowBits != *lastWindow)
            break;
        person.reset();
        person.bind(1, rowid);
        auto row = person.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            continue; // a record that is no longer shown
        found.push_back(Found{person.text(17), person.text(18), readSummary(person)});
        if (static_cast<int>(found.size()) == limit)
            lastWindow = rowid >> kRankWindowBits;
    }
    std::sort(found.begin(), found.end(), [](const Found& a, const Found& b) {
        return std::tie(a.familyKey, a.givenKey, a.summary.id) < std::tie(b.familyKey, b.givenKey, b.summary.id);
    });
    std::vector<PersonSummary> out;
    for (auto& f : found) {
        if (static_cast<int>(out.size()) == limit)
            break;
        out.push_back(std::move(f.summary));
    }
    return out;
}

Result<std::vector<PersonSummary>> PersonStore::searchReferenceNumber(std::string_view digits, int limit)
{
    // The running number at the end of WM-K7QX-2026-00042, as a school or the police quote it
    // ("00042" or "42"): every device's and year's person with that number, in display order.
    // The reference index is skipped through one "WM-K7QX-2026-" at a time (a few seeks: one
    // per device and year), then each full reference is looked up; no index of its own.
    std::string number(digits);
    if (number.size() < 5)
        number.insert(0, 5 - number.size(), '0');
    Statement nextPrefix(m_db, "SELECT case_reference FROM people INDEXED BY people_reference "
                               "WHERE case_reference > ? AND deleted = 0 ORDER BY case_reference LIMIT 1");
    Statement exact(m_db,
                    "SELECT rowid FROM people INDEXED BY people_reference WHERE case_reference = ? AND deleted = 0");
    std::vector<std::int64_t> rowids;
    std::string after;
    for (;;) {
        nextPrefix.reset();
        nextPrefix.bind(1, after);
        auto row = nextPrefix.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::string reference = nextPrefix.text(0);
        const auto dash = reference.rfind('-');
        if (dash == std::string::npos)
            break;
        const std::string prefix = reference.substr(0, dash + 1);
        exact.reset();
        exact.bind(1, prefix + number);
        if (auto r = exact.forEachRow([&] { rowids.push_back(exact.integer(0)); }); !r)
            return std::unexpected(r.error());
        after = prefix + "\x7f";
    }
    std::sort(rowids.begin(), rowids.end());
    std::size_t at = 0;
    return inDisplayOrder(
        [&]() -> Result<std::optional<std::int64_t>> {
            return at < rowids.size() ? std::optional<std::int64_t>(rowids[at++]) : std::nullopt;
        },
        limit);
}

Result<std::vector<PersonSummary>> PersonStore::searchPostcode(std::string_view prefix, int limit)
{
    // Postcodes are stored tidied ("LS1 4AB"); the index holds them without the space, so "ls1",
    // "LS14" and "LS1 4AB" all find it. The index entries carry the rowids: only the rows shown
    // are read, however many live in LS1.
    std::string key;
    for (char c : prefix)
        if (c != ' ')
            key += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    Statement st(m_db, "SELECT rowid FROM people INDEXED BY people_postcode WHERE replace(postcode, ' ', '') >= ? "
                       "AND replace(postcode, ' ', '') < ? AND deleted = 0 AND postcode IS NOT NULL ORDER BY rowid");
    st.bind(1, key).bind(2, key + "\x7f");
    return inDisplayOrder(st, limit);
}

Result<PersonPage> PersonStore::list(const PersonListQuery& query)
{
    // The index walked: for everyone, one per sort order; for a filter, its own partial index,
    // which holds every sort key, so even a sort other than by name reads only the filter's
    // index entries (a few bytes each) and then the rows shown. The inner query picks the rows
    // from the index alone; the outer one reads just those rows.
    const int limit = query.limit > 0 ? query.limit : 200;
    const auto& keys = sortKeys(query.sort);
    const char* index = query.filter == PersonFilter::All ? sortIndex(query.sort) : filterIndex(query.filter);
    const char* direction = query.descending ? " DESC" : "";
    std::string keyList;
    std::string order;
    std::string outerOrder;
    std::string keyColumns;
    for (std::size_t k = 0; k < keys.size(); ++k) {
        keyList += std::string(k ? ", " : "") + "p." + keys[k];
        order += std::string("p.") + keys[k] + direction + ", ";
        outerOrder += "k.k" + std::to_string(k) + direction + ", ";
        keyColumns += ", p." + std::string(keys[k]) + " AS k" + std::to_string(k);
    }
    std::string inner = "SELECT p.rowid AS r, p.id AS kid" + keyColumns + " FROM people p INDEXED BY " + index +
                        " WHERE p.deleted = 0" + filterClause(query.filter);
    if (query.after) {
        if (query.after->keys.size() != keys.size())
            return fail(ErrorCode::InvalidInput, "the page cursor belongs to another sort order");
        std::string marks;
        for (std::size_t k = 0; k < keys.size(); ++k)
            marks += "?, ";
        inner += " AND (" + keyList + ", p.id) " + (query.descending ? "< (" : "> (") + marks + "?)";
    }
    inner += " ORDER BY " + order + "p.id" + direction + " LIMIT ?";
    std::string sql = "SELECT " + std::string(kSummaryColumns);
    for (std::size_t k = 0; k < keys.size(); ++k)
        sql += ", k.k" + std::to_string(k);
    sql += " FROM (" + inner + ") k JOIN people p ON p.rowid = k.r ORDER BY " + outerOrder + "k.kid" + direction;
    Statement st(m_db, sql);
    int i = 1;
    if (query.after) {
        for (const auto& key : query.after->keys)
            st.bind(i++, key);
        st.bind(i++, query.after->id);
    }
    st.bind(i, limit + 1);
    PersonPage page;
    PersonPageCursor lastCursor;
    const int firstKey = 19; // after kSummaryColumns
    for (;;) {
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        if (static_cast<int>(page.rows.size()) == limit) {
            page.next = lastCursor;
            break;
        }
        page.rows.push_back(readSummary(st));
        lastCursor.keys.clear();
        for (std::size_t k = 0; k < keys.size(); ++k)
            lastCursor.keys.push_back(st.text(firstKey + static_cast<int>(k)));
        lastCursor.id = st.uuid(0);
    }
    return page;
}

Result<std::int64_t> PersonStore::count(PersonFilter filter)
{
    // Everyone is counted on the narrowest index (a few bytes an entry), a filter on its own.
    Statement st(m_db, std::string("SELECT count(*) FROM people p INDEXED BY ") +
                           (filter == PersonFilter::All ? "people_live" : filterIndex(filter)) +
                           " WHERE p.deleted = 0" + filterClause(filter));
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return st.integer(0);
}

Status PersonStore::refreshSortKeys()
{
    Statement people(m_db, "SELECT rowid, given_name, preferred_name FROM people");
    Statement update(m_db, "UPDATE people SET given_key = ? WHERE rowid = ?");
    for (;;) {
        auto row = people.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        update.reset();
        update.bind(1, givenSortKey(people.text(1), people.text(2))).bind(2, people.integer(0));
        if (auto st = update.run(); !st)
            return st;
    }
}

Status PersonStore::renumberInDisplayOrder()
{
    // Out of the way first (rowids are positive), then in display order, then the index.
    if (auto st = m_db.exec("UPDATE people SET rowid = -rowid"); !st)
        return st;
    Statement people(m_db, "SELECT rowid, family_key, given_key FROM people ORDER BY family_key, given_key, id");
    Statement move(m_db, "UPDATE people SET rowid = ? WHERE rowid = ?");
    std::int64_t base = -1;
    std::int64_t next = 0;
    for (;;) {
        auto row = people.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            break;
        const std::int64_t rank = rankBase(people.text(1), people.text(2));
        if (rank != base) {
            base = rank;
            next = rank;
        }
        if (next >= base + kRankWindow)
            return fail(ErrorCode::Internal, "more than 8,192 people share the first ten letters of their names");
        move.reset();
        move.bind(1, next++).bind(2, people.integer(0));
        if (auto st = move.run(); !st)
            return st;
    }
    return rebuildSearchIndex();
}

Status PersonStore::rebuildSearchIndex()
{
    if (auto st = m_db.exec("DELETE FROM person_search"); !st)
        return st;
    Statement people(m_db, "SELECT rowid, id, given_name, family_name, preferred_name FROM people WHERE deleted = 0");
    for (;;) {
        auto row = people.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return {};
        Person p;
        p.id = people.uuid(1);
        p.givenName = people.text(2);
        p.familyName = people.text(3);
        p.preferredName = people.text(4);
        Statement aliases(m_db, "SELECT alias FROM person_aliases WHERE person_id = ? AND deleted = 0");
        aliases.bind(1, p.id);
        if (auto r = aliases.forEachRow([&] { p.aliases.push_back(aliases.text(0)); }); !r)
            return r;
        if (auto st = writeSearchRow(std::nullopt, people.integer(0), p); !st)
            return st;
    }
}

} // namespace waymark
