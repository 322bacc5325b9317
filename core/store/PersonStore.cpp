#include "core/store/PersonStore.h"

#include "core/domain/PersonRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Columns.h"
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

using columns::Column;
using columns::Info;
using columns::Kind;
using columns::NamedRow;
using columns::Table;
using columns::Value;

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

// Rows of the child tables as stored: the record and the ids the table needs.
struct AliasRow
{
    Uuid id;
    Uuid personId;
    std::string alias;
};

struct ContactRow
{
    Uuid personId;
    Contact contact;
};

template <class R, auto Ref> Column<R> col(std::string_view name, Kind kind = Kind::Text, bool required = false)
{
    return columns::field<R, Ref>(name, kind, required);
}

template <class R> Column<R> personId()
{
    Info i;
    i.name = "person_id";
    i.kind = Kind::Uuid;
    i.required = true;
    i.references = "people(id)";
    Column<R> c;
    c.info = i;
    c.get = [](const R& r) { return columns::toValue(r.personId); };
    c.set = [](R& r, Value v) { columns::fromValue(r.personId, std::move(v)); };
    return c;
}

// people: every field of core/domain/Person.h but its aliases and contacts (child tables
// below), in the order of the first schema. Its indexes are tuned per query and declared in
// Migrations.cpp (PersonQueries.cpp names them).
const Table<Person>& personTable()
{
    static const Table<Person>
        table =
            [] {
                using P = Person;
                Table<P> t;
                t.name = "people";
                t.id = [](const P& p) { return p.id; };
                t.setId = [](P& p, const Uuid& id) { p.id = id; };
                t.setHlc = [](P& p, std::string hlc) { p.updatedHlc = std::move(hlc); };
                Column<P> familyKey;
                familyKey.info.name = "family_key";
                familyKey.info.kind = Kind::Code;
                familyKey.info.required = true;
                familyKey.info.logged = false; // derived from the name, never synced
                familyKey.get = [](const P& p) -> Value { return foldForSearch(p.familyName); };
                Column<P> givenKey = familyKey;
                givenKey.info.name = "given_key";
                givenKey.get = [](const P& p) -> Value { return givenSortKey(p.givenName, p.preferredName); };
                t.columns = {
                    col<P, &P::caseReference>("case_reference", Kind::Code, true),
                    col<P, &P::givenName>("given_name", Kind::Text, true),
                    col<P, &P::familyName>("family_name", Kind::Text, true),
                    col<P, &P::preferredName>("preferred_name"), col<P, &P::dateOfBirth>("date_of_birth"),
                    col<P, &P::dateOfBirthEstimated>("dob_estimated"), col<P, &P::sex>("sex", Kind::Code),
                    col<P, &P::genderIdentity>("gender_identity"), col<P, &P::ethnicity>("ethnicity", Kind::Code),
                    col<P, &P::firstLanguage>("first_language"), col<P, &P::interpreterNeeded>("interpreter_needed"),
                    col<P, &P::address>("address"), col<P, &P::postcode>("postcode"), col<P, &P::phone>("phone"),
                    col<P, &P::school>("school"), col<P, &P::eteStatus>("ete_status", Kind::Code),
                    col<P, &P::pncReference>("pnc_reference"), col<P, &P::nhsNumber>("nhs_number"),
                    col<P, &P::upn>("upn"), col<P, &P::localAuthorityId>("la_id"), col < P,
                    [](P & p) -> auto& {return p.flags.lookedAfter;
            } > ("looked_after"),
        col < P, [](P & p) -> auto &
    {
        return p.flags.childProtectionPlan;
    }
    > ("child_protection_plan"), col < P, [](P & p) -> auto&
    {
        return p.flags.childInNeed;
    }
    > ("child_in_need"), col < P, [](P & p) -> auto&
    {
        return p.flags.earlyHelp;
    }
    > ("early_help"), col < P, [](P & p) -> auto&
    {
        return p.flags.careLeaver;
    }
    > ("care_leaver"), col < P, [](P & p) -> auto&
    {
        return p.flags.sendAln;
    }
    > ("send_aln"), col < P, [](P & p) -> auto&
    {
        return p.flags.sendAlnPlan;
    }
    > ("send_aln_plan"), col < P, [](P & p) -> auto&
    {
        return p.flags.exploitationConcern;
    }
    > ("exploitation_concern"), col < P, [](P & p) -> auto&
    {
        return p.flags.restricted;
    }
    > ("restricted"), familyKey, givenKey, col<P, &P::createdAt>("created_at", Kind::Text, true),
};
return t;
}
();
return table;
}

const Table<AliasRow>& aliasTable()
{
    static const Table<AliasRow> table = [] {
        using A = AliasRow;
        Table<A> t;
        t.name = "person_aliases";
        t.id = [](const A& a) { return a.id; };
        t.setId = [](A& a, const Uuid& id) { a.id = id; };
        t.columns = {personId<A>(), col<A, &A::alias>("alias", Kind::Text, true)};
        return t;
    }();
    return table;
}

const Table<ContactRow>& contactTable()
{
    static const Table<ContactRow>
        table =
            [] {
                using C = ContactRow;
                Table<C> t;
                t.name = "person_contacts";
                t.id = [](const C& c) { return c.contact.id; };
                t.setId = [](C& c, const Uuid& id) { c.contact.id = id; };
                t.columns = {personId<C>(), col < C, [](C & c) -> auto& {return c.contact.name;
            } > ("name", Kind::Text, true),
        col < C, [](C & c) -> auto &
    {
        return c.contact.relationship;
    }
    > ("relationship", Kind::Code), col < C, [](C & c) -> auto&
    {
        return c.contact.phone;
    }
    > ("phone"), col < C, [](C & c) -> auto&
    {
        return c.contact.parentalResponsibility;
    }
    > ("parental_responsibility"),
};
return t;
}
();
return table;
}

Status insertAlias(Database& db, ChangeLog& changes, const Uuid& personId, const std::string& alias)
{
    return columns::insert(db, aliasTable(), AliasRow{Uuid::v7(std::chrono::system_clock::now()), personId, alias},
                           changes);
}

Status insertContact(Database& db, ChangeLog& changes, const Uuid& personId, Contact& c)
{
    if (c.id.isNull())
        c.id = Uuid::v7(std::chrono::system_clock::now());
    return columns::insert(db, contactTable(), ContactRow{personId, c}, changes);
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

std::string PersonStore::createTablesSql(int version)
{
    return columns::createTableSql(personTable(), version) + columns::createTableSql(aliasTable(), version) +
           columns::createTableSql(contactTable(), version);
}

std::vector<std::string> PersonStore::columnNames(std::string_view table)
{
    std::vector<columns::Info> infos;
    if (table == "people")
        infos = columns::infos(personTable());
    else if (table == "person_aliases")
        infos = columns::infos(aliasTable());
    else if (table == "person_contacts")
        infos = columns::infos(contactTable());
    std::vector<std::string> out;
    for (const auto& i : infos)
        out.emplace_back(i.name);
    return out;
}

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
    auto rowid = allocateRowid(foldForSearch(person.familyName), givenSortKey(person.givenName, person.preferredName));
    if (!rowid)
        return std::unexpected(rowid.error());
    if (auto r = columns::insert(m_db, personTable(), person, changes, *rowid); !r)
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
    const int recordedBefore = changes.recorded();
    if (auto r = columns::update(m_db, personTable(), before, after, changes); !r)
        return r;
    const bool rowWritten = changes.recorded() > recordedBefore;

    // Aliases: by value.
    std::set<std::string> kept(after.aliases.begin(), after.aliases.end());
    {
        Statement old(m_db, "SELECT id, alias FROM person_aliases WHERE person_id = ? AND deleted = 0");
        old.bind(1, after.id);
        std::vector<std::pair<Uuid, std::string>> existing;
        const NamedRow oldRow(old);
        if (auto r = old.forEachRow([&] { existing.emplace_back(oldRow.uuid("id"), oldRow.text("alias")); }); !r)
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
            if (auto r = columns::update(m_db, contactTable(), ContactRow{after.id, old}, ContactRow{after.id, *it},
                                         changes);
                !r)
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

    // The record's clock moves with a change to its child rows alone too (optimistic concurrency).
    if (!rowWritten && changes.recorded() > recordedBefore) {
        Statement touch(m_db, "UPDATE people SET updated_hlc = ? WHERE id = ?");
        touch.bind(1, changes.hlc()).bind(2, after.id);
        if (auto r = touch.run(); !r)
            return r;
    }
    Statement current(m_db, "SELECT rowid, family_key, given_key FROM people WHERE id = ?");
    current.bind(1, after.id);
    auto row = current.step();
    if (!row)
        return std::unexpected(row.error());
    if (!*row)
        return fail(ErrorCode::NotFound, "the record is gone");
    const NamedRow currentRow(current);
    const std::int64_t oldRowid = currentRow.integer("rowid");
    std::int64_t rowid = oldRowid;
    // A new name may move the person to another place in the display order.
    const std::string familyKey = currentRow.text("family_key");
    const std::string givenKey = currentRow.text("given_key");
    if (rankBase(familyKey, givenKey) >> kRankWindowBits != oldRowid >> kRankWindowBits) {
        auto moved = allocateRowid(familyKey, givenKey);
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
    static const std::string personSql =
        "SELECT " + columns::selectList(personTable()) + " FROM people WHERE id = ? AND deleted = 0";
    static const std::string aliasSql = "SELECT " + columns::selectList(aliasTable()) +
                                        " FROM person_aliases WHERE person_id = ? AND deleted = 0 ORDER BY id";
    static const std::string contactSql = "SELECT " + columns::selectList(contactTable()) +
                                          " FROM person_contacts WHERE person_id = ? AND deleted = 0 ORDER BY id";
    Person p;
    {
        Statement st(m_db, personSql, true);
        st.bind(1, id);
        auto row = st.step();
        if (!row)
            return std::unexpected(row.error());
        if (!*row)
            return std::optional<Person>{};
        columns::read(personTable(), NamedRow(st), p);
        st.reset();
    }
    Statement aliases(m_db, aliasSql, true);
    aliases.bind(1, id);
    const NamedRow aliasRow(aliases);
    if (auto r = aliases.forEachRow([&] {
            AliasRow a;
            columns::read(aliasTable(), aliasRow, a);
            p.aliases.push_back(std::move(a.alias));
        });
        !r)
        return std::unexpected(r.error());
    Statement contacts(m_db, contactSql, true);
    contacts.bind(1, id);
    const NamedRow contactRow(contacts);
    if (auto r = contacts.forEachRow([&] {
            ContactRow c;
            columns::read(contactTable(), contactRow, c);
            p.contacts.push_back(std::move(c.contact));
        });
        !r)
        return std::unexpected(r.error());
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
    return std::optional<Uuid>{NamedRow(st).uuid("id")};
}

Status PersonStore::refreshSortKeys()
{
    Statement people(m_db, "SELECT rowid, given_name, preferred_name FROM people");
    Statement update(m_db, "UPDATE people SET given_key = ? WHERE rowid = ?");
    const NamedRow row(people);
    for (;;) {
        auto stepped = people.step();
        if (!stepped)
            return std::unexpected(stepped.error());
        if (!*stepped)
            return {};
        update.reset();
        update.bind(1, givenSortKey(row.text("given_name"), row.text("preferred_name"))).bind(2, row.integer("rowid"));
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
    const NamedRow row(people);
    for (;;) {
        auto stepped = people.step();
        if (!stepped)
            return std::unexpected(stepped.error());
        if (!*stepped)
            break;
        const std::int64_t rank = rankBase(row.text("family_key"), row.text("given_key"));
        if (rank != base) {
            base = rank;
            next = rank;
        }
        if (next >= base + kRankWindow)
            return fail(ErrorCode::Internal, "more than 8,192 people share the first ten letters of their names");
        move.reset();
        move.bind(1, next++).bind(2, row.integer("rowid"));
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
    const NamedRow row(people);
    for (;;) {
        auto stepped = people.step();
        if (!stepped)
            return std::unexpected(stepped.error());
        if (!*stepped)
            return {};
        Person p;
        p.id = row.uuid("id");
        p.givenName = row.text("given_name");
        p.familyName = row.text("family_name");
        p.preferredName = row.text("preferred_name");
        Statement aliases(m_db, "SELECT alias FROM person_aliases WHERE person_id = ? AND deleted = 0");
        aliases.bind(1, p.id);
        const NamedRow alias(aliases);
        if (auto r = aliases.forEachRow([&] { p.aliases.push_back(alias.text("alias")); }); !r)
            return r;
        if (auto st = writeSearchRow(std::nullopt, row.integer("rowid"), p); !st)
            return st;
    }
}

} // namespace waymark
