#include "core/store/PersonStore.h"

#include "core/domain/PersonRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"

#include <algorithm>
#include <array>
#include <functional>
#include <set>

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
};

const std::vector<Column>& personColumns()
{
    static const std::vector<Column> columns = {
        {"case_reference", [](const Person& p) { return text(p.caseReference); }},
        {"given_name", [](const Person& p) { return Value{p.givenName}; }},
        {"family_name", [](const Person& p) { return Value{p.familyName}; }},
        {"preferred_name", [](const Person& p) { return text(p.preferredName); }},
        {"date_of_birth", [](const Person& p) { return text(p.dateOfBirth.toIso()); }},
        {"dob_estimated", [](const Person& p) { return flag(p.dateOfBirthEstimated); }},
        {"sex", [](const Person& p) { return text(p.sex); }},
        {"gender_identity", [](const Person& p) { return text(p.genderIdentity); }},
        {"ethnicity", [](const Person& p) { return text(p.ethnicity); }},
        {"first_language", [](const Person& p) { return text(p.firstLanguage); }},
        {"interpreter_needed", [](const Person& p) { return flag(p.interpreterNeeded); }},
        {"address", [](const Person& p) { return text(p.address); }},
        {"postcode", [](const Person& p) { return text(p.postcode); }},
        {"phone", [](const Person& p) { return text(p.phone); }},
        {"school", [](const Person& p) { return text(p.school); }},
        {"ete_status", [](const Person& p) { return text(p.eteStatus); }},
        {"pnc_reference", [](const Person& p) { return text(p.pncReference); }},
        {"nhs_number", [](const Person& p) { return text(p.nhsNumber); }},
        {"upn", [](const Person& p) { return text(p.upn); }},
        {"la_id", [](const Person& p) { return text(p.localAuthorityId); }},
        {"looked_after", [](const Person& p) { return flag(p.flags.lookedAfter); }},
        {"child_protection_plan", [](const Person& p) { return flag(p.flags.childProtectionPlan); }},
        {"child_in_need", [](const Person& p) { return flag(p.flags.childInNeed); }},
        {"early_help", [](const Person& p) { return flag(p.flags.earlyHelp); }},
        {"care_leaver", [](const Person& p) { return flag(p.flags.careLeaver); }},
        {"send_aln", [](const Person& p) { return flag(p.flags.sendAln); }},
        {"send_aln_plan", [](const Person& p) { return flag(p.flags.sendAlnPlan); }},
        {"exploitation_concern", [](const Person& p) { return flag(p.flags.exploitationConcern); }},
        {"restricted", [](const Person& p) { return flag(p.flags.restricted); }},
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

std::string searchTerms(const Person& p)
{
    std::string terms = foldForSearch(p.givenName) + ' ' + foldForSearch(p.familyName);
    if (!p.preferredName.empty())
        terms += ' ' + foldForSearch(p.preferredName);
    for (const auto& a : p.aliases)
        terms += ' ' + foldForSearch(a);
    return terms;
}

Status logChild(ChangeLog& changes, std::string_view table, const Uuid& id,
                std::initializer_list<std::pair<const char*, Value>> columns)
{
    for (const auto& [name, value] : columns)
        if (auto st = changes.record(table, id, name, value); !st)
            return st;
    return {};
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
                     {"parental_responsibility", flag(c.parentalResponsibility)}});
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

Status PersonStore::writeSearchRow(std::int64_t rowid, const Person& person, bool replace)
{
    if (replace) {
        Statement del(m_db, "DELETE FROM person_search WHERE rowid = ?", true);
        del.bind(1, rowid);
        if (auto st = del.run(); !st)
            return st;
    }
    Statement ins(m_db, "INSERT INTO person_search (rowid, terms) VALUES (?, ?)", true);
    ins.bind(1, rowid).bind(2, searchTerms(person));
    return ins.run();
}

Status PersonStore::insert(Person& person, ChangeLog& changes)
{
    const auto& columns = personColumns();
    static const std::string sql = [&] {
        std::string names = "id, family_key, given_key, created_at, updated_hlc";
        std::string params = "?, ?, ?, ?, ?";
        for (const auto& c : columns) {
            names += ", ";
            names += c.name;
            params += ", ?";
        }
        return "INSERT INTO people (" + names + ") VALUES (" + params + ")";
    }();
    Statement st(m_db, sql, true);
    st.bind(1, person.id)
        .bind(2, foldForSearch(person.familyName))
        .bind(3, foldForSearch(person.givenName))
        .bind(4, person.createdAt)
        .bind(5, changes.hlc());
    int index = 6;
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
    const std::int64_t rowid = m_db.lastInsertRowId();
    if (auto r = changes.record("people", person.id, "created_at", person.createdAt); !r)
        return r;
    for (const auto& c : columns) {
        const Value v = c.get(person);
        if (v)
            if (auto r = changes.record("people", person.id, c.name, v); !r)
                return r;
    }
    for (const auto& a : person.aliases)
        if (auto r = insertAlias(m_db, changes, person.id, a); !r)
            return r;
    for (auto& c : person.contacts)
        if (auto r = insertContact(m_db, changes, person.id, c); !r)
            return r;
    person.updatedHlc = changes.hlc();
    return writeSearchRow(rowid, person, false);
}

Status PersonStore::update(const Person& before, Person& after, ChangeLog& changes)
{
    std::string sets;
    std::vector<Value> values;
    for (const auto& c : personColumns()) {
        const Value v = c.get(after);
        if (v != c.get(before)) {
            sets += std::string(c.name) + " = ?, ";
            values.push_back(v);
            if (auto r = changes.record("people", after.id, c.name, v); !r)
                return r;
        }
    }
    sets += "family_key = ?, given_key = ?, updated_hlc = ?";
    Statement st(m_db, "UPDATE people SET " + sets + " WHERE id = ?");
    int index = 1;
    for (const auto& v : values) {
        if (v)
            st.bind(index, *v);
        else
            st.bindNull(index);
        ++index;
    }
    st.bind(index, foldForSearch(after.familyName))
        .bind(index + 1, foldForSearch(after.givenName))
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
            for (const auto& [name, pair] : diffs)
                if (pair.first != pair.second)
                    if (auto r = changes.record("person_contacts", it->id, name, pair.first); !r)
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

    Statement rowid(m_db, "SELECT rowid FROM people WHERE id = ?");
    rowid.bind(1, after.id);
    auto row = rowid.step();
    if (!row)
        return std::unexpected(row.error());
    after.updatedHlc = changes.hlc();
    return writeSearchRow(rowid.integer(0), after, true);
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
    Statement st(m_db, "SELECT " + std::string(kSummaryColumns) +
                           " FROM person_search s JOIN people p ON p.rowid = s.rowid "
                           "WHERE person_search MATCH ? AND p.deleted = 0 "
                           "ORDER BY p.family_key, p.given_key, p.id LIMIT ?");
    st.bind(1, match).bind(2, limit);
    return collect(st);
}

Result<PersonPage> PersonStore::list(const PersonListQuery& query)
{
    const int limit = query.limit > 0 ? query.limit : 200;
    std::string sql =
        "SELECT " + std::string(kSummaryColumns) + " FROM people p WHERE p.deleted = 0" + filterClause(query.filter);
    if (query.after)
        sql += " AND (p.family_key, p.given_key, p.id) > (?, ?, ?)";
    sql += " ORDER BY p.family_key, p.given_key, p.id LIMIT ?";
    Statement st(m_db, sql);
    int i = 1;
    if (query.after) {
        st.bind(i, query.after->familyKey).bind(i + 1, query.after->givenKey).bind(i + 2, query.after->id);
        i += 3;
    }
    st.bind(i, limit + 1);
    PersonPage page;
    PersonPageCursor lastCursor;
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
        lastCursor = PersonPageCursor{st.text(17), st.text(18), st.uuid(0)};
    }
    return page;
}

Result<std::int64_t> PersonStore::count(PersonFilter filter)
{
    Statement st(m_db, std::string("SELECT count(*) FROM people p WHERE p.deleted = 0") + filterClause(filter));
    auto row = st.step();
    if (!row)
        return std::unexpected(row.error());
    return st.integer(0);
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
        if (auto st = writeSearchRow(people.integer(0), p, false); !st)
            return st;
    }
}

} // namespace waymark
