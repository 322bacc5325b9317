#include "core/store/PersonStore.h"

#include "core/domain/PersonRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/PersonRows.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <set>
#include <tuple>

namespace waymark {

using namespace personrows;

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

// The list shows the preferred name first ("Lily (Amelia) Atkinson"), so it sorts by it too.
std::string givenSortKey(const std::string& given, const std::string& preferred)
{
    return foldForSearch(preferred.empty() ? given : preferred);
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
