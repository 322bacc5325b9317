// casebook.people(): the People desk. Each method authorises, validates (core/domain),
// writes through core/store with change-log rows, and audits, through its DeskContext.

#include "core/People.h"

#include "core/DeskContext.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/domain/Duplicates.h"
#include "core/domain/NameMatch.h"
#include "core/domain/PersonMerge.h"
#include "core/domain/PersonRules.h"
#include "core/domain/PersonSearch.h"
#include "core/domain/TextRules.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/DuplicateQueries.h"
#include "core/store/HistoryStore.h"
#include "core/store/MergeStore.h"
#include "core/store/MetaStore.h"
#include "core/store/PersonStore.h"
#include "core/store/Visibility.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

namespace waymark {

Result<std::vector<DuplicateCandidate>> People::duplicateCandidates(const Person& draftIn)
{
    if (auto st = m_context.authorise(Action::PersonSearch); !st)
        return std::unexpected(st.error());
    Person draft = draftIn;
    normalisePerson(draft);
    // Only a record that could be saved is compared: its problems come first.
    if (auto st = validatePerson(draft, m_context.clock().today()); !st)
        return std::unexpected(st.error());
    auto rows = DuplicateQueries(m_context.database()).candidates(draft, dateOfBirthVariants(draft.dateOfBirth));
    if (!rows)
        return std::unexpected(rows.error());
    auto ranked = rankCandidates(draft, rows->people, rows->aliases);
    // Restricted records this user may not see are left out; only how many is kept, for the
    // marker "a restricted record matches — ask your coordinator" (no name, no reference).
    std::vector<DuplicateCandidate> out;
    int hidden = 0;
    for (auto& c : ranked) {
        auto seen = visibility::visible(m_context.database(), c.person.id);
        if (!seen)
            return std::unexpected(seen.error());
        if (*seen)
            out.push_back(std::move(c));
        else
            ++hidden;
    }
    m_restrictedMatches = hidden;
    if (auto st = m_context.auditConsultation(
            "person.duplicate_check", "person", {},
            std::to_string(out.size()) + " possible duplicates shown" +
                (hidden ? ", " + std::to_string(hidden) + " restricted not shown" : std::string()));
        !st)
        return std::unexpected(st.error());
    return out;
}

Result<int> People::restrictedMatches(const Person& draft)
{
    auto candidates = duplicateCandidates(draft);
    if (!candidates)
        return std::unexpected(candidates.error());
    return m_restrictedMatches;
}

Result<std::vector<PersonSummary>> People::possibleDuplicates(const Person& draft)
{
    auto candidates = duplicateCandidates(draft);
    if (!candidates)
        return std::unexpected(candidates.error());
    std::vector<PersonSummary> out;
    for (auto& c : *candidates)
        out.push_back(std::move(c.person));
    return out;
}

Result<CreatedPerson> People::create(Person draft)
{
    if (auto st = m_context.authorise(Action::PersonCreate, "person"); !st)
        return std::unexpected(st.error());
    normalisePerson(draft);
    if (auto st = validatePerson(draft, m_context.clock().today()); !st)
        return std::unexpected(st.error());
    draft.id = {};
    auto duplicates = duplicateCandidates(draft);
    if (!duplicates)
        return std::unexpected(duplicates.error());
    std::vector<Person> one{std::move(draft)};
    if (auto written = insertPeople(one, {}); !written)
        return std::unexpected(written.error());
    // Read back what the store made of it (ids of child rows, HLC).
    auto loaded = PersonStore(m_context.database()).load(one.front().id);
    if (!loaded || !*loaded)
        return fail(ErrorCode::Internal, "the new record could not be read back");
    CreatedPerson created{std::move(**loaded), {}, std::move(*duplicates)};
    created.restrictedMatches = m_restrictedMatches;
    for (const auto& c : created.candidates)
        created.possibleDuplicates.push_back(c.person);
    return created;
}

Result<int> People::createMany(std::vector<Person> drafts, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::PersonCreate, "person"); !st)
        return std::unexpected(st.error());
    return insertPeople(drafts, progress);
}

Result<int> People::insertPeople(std::vector<Person>& drafts, const ProgressFn& progress)
{
    Database& db = m_context.database();
    const Date today = m_context.clock().today();
    for (auto& d : drafts) {
        if (d.flags.restricted && !m_context.can(Action::PersonRestrict))
            return fail(ErrorCode::PermissionDenied, "only a coordinator may restrict a record");
        normalisePerson(d);
        if (auto st = validatePerson(d, today); !st)
            return std::unexpected(st.error());
    }
    constexpr std::size_t kBatch = 500;
    int written = 0;
    for (std::size_t start = 0; start < drafts.size(); start += kBatch) {
        const std::size_t end = std::min(drafts.size(), start + kBatch);
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        const std::string now = formatUtcMillis(m_context.clock().now());
        const int year = today.year();
        const std::string seqKey = "case_seq_" + std::to_string(year);
        auto stored = MetaStore(db).find(seqKey);
        if (!stored)
            return std::unexpected(stored.error()); // never restart numbering on a failed read
        std::int64_t seq = stored->empty() ? 0 : std::atoll(stored->c_str());
        PersonStore store(db);
        for (std::size_t i = start; i < end; ++i) {
            Person& p = drafts[i];
            p.id = Uuid::v7(m_context.clock().now());
            char ref[48];
            std::snprintf(ref, sizeof ref, "WM-%s-%04d-%05lld", m_context.devicePrefix().c_str(), year,
                          static_cast<long long>(++seq));
            p.caseReference = ref;
            p.createdAt = now;
            ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
            if (auto st = store.insert(p, changes); !st)
                return std::unexpected(st.error());
            if (auto st = m_context.audit("person.created", "person", p.id, "collection"); !st)
                return std::unexpected(st.error());
        }
        if (auto st = MetaStore(db).set(seqKey, std::to_string(seq)); !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        written += static_cast<int>(end - start);
        if (progress && !progress(static_cast<int>(100 * end / drafts.size()), "adding people"))
            return fail(ErrorCode::Cancelled, "cancelled after " + std::to_string(written) + " people");
    }
    return written;
}

Result<Person> People::update(Person edited)
{
    if (auto st = m_context.authorise(Action::PersonUpdate, "person", edited.id); !st)
        return std::unexpected(st.error());
    // Before the transaction, so the refusal's audit row is kept.
    if (auto st = m_context.mayWrite(edited.id); !st)
        return std::unexpected(st.error());
    normalisePerson(edited);
    if (auto st = validatePerson(edited, m_context.clock().today()); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PersonStore store(db);
    auto before = store.load(edited.id);
    if (!before)
        return std::unexpected(before.error());
    if (!*before) {
        auto merged = MergeStore(db).mergedInto(edited.id);
        if (merged && *merged)
            return fail(ErrorCode::Conflict, "the record was merged into another: open it again");
        return fail(ErrorCode::NotFound, "no such person");
    }
    if ((*before)->updatedHlc != edited.updatedHlc)
        return fail(ErrorCode::Conflict, "the record was changed since it was read");
    // Restricting is its own audited act (restrict / unrestrict, coordinators): an edit keeps it.
    edited.flags.restricted = (*before)->flags.restricted;
    edited.caseReference = (*before)->caseReference;
    edited.createdAt = (*before)->createdAt;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(**before, edited, changes); !st)
        return std::unexpected(st.error());
    if (changes.recorded() == 0)
        return std::move(**before); // nothing changed: nothing written, no "alteration" audited
    if (auto st = m_context.audit("person.updated", "person", edited.id, "alteration"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    auto after = store.load(edited.id);
    if (!after || !*after)
        return fail(ErrorCode::Internal, "the record could not be read back");
    return std::move(**after);
}

Result<Person> People::setRestricted(const Uuid& id, bool restricted, std::string_view reasonIn)
{
    if (auto st = m_context.authorise(Action::PersonRestrict, "person", id); !st)
        return std::unexpected(st.error());
    const std::string reason = text::trim(reasonIn);
    if (reason.empty())
        return fail(ErrorCode::InvalidInput, "a reason is required", "reason");
    if (auto st = checkTextField("report_recipient", reason, "reason"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PersonStore store(db);
    auto before = store.load(id);
    if (!before)
        return std::unexpected(before.error());
    if (!*before)
        return fail(ErrorCode::NotFound, "no such person");
    if ((*before)->flags.restricted == restricted)
        return std::move(**before);
    Person edited = **before;
    edited.flags.restricted = restricted;
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.update(**before, edited, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit(restricted ? "person.restricted" : "person.unrestricted", "person", id, reason); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    auto after = store.load(id);
    if (!after || !*after)
        return fail(ErrorCode::Internal, "the record could not be read back");
    return std::move(**after);
}

Result<Person> People::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::PersonView, "person", id); !st)
        return std::unexpected(st.error());
    PersonStore store(m_context.database());
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    // A record merged into another leads to the survivor (a few hops at most: a survivor can
    // itself be merged later).
    Uuid current = id;
    for (int hop = 0; !*loaded && hop < 16; ++hop) {
        auto next = MergeStore(m_context.database()).mergedInto(current);
        if (!next)
            return std::unexpected(next.error());
        if (!*next)
            break;
        current = **next;
        loaded = store.load(current);
        if (!loaded)
            return std::unexpected(loaded.error());
    }
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such person");
    if (auto st = m_context.mayRead(current); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.auditConsultation("person.viewed", "person", current,
                                              current == id ? "consultation" : "consultation, through a merged record");
        !st)
        return std::unexpected(st.error());
    return std::move(**loaded);
}

Result<Person> People::viewByReference(std::string_view caseReference)
{
    if (auto st = m_context.authorise(Action::PersonView, "person"); !st)
        return std::unexpected(st.error());
    std::string upper = text::trim(caseReference);
    for (auto& c : upper)
        c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    auto id = PersonStore(m_context.database()).findByReference(upper);
    if (!id)
        return std::unexpected(id.error());
    if (!*id) {
        // The reference of a record merged into another opens the survivor.
        id = MergeStore(m_context.database()).mergedIntoByReference(upper);
        if (!id)
            return std::unexpected(id.error());
    }
    if (!*id)
        return fail(ErrorCode::NotFound, "no person with that case reference");
    return view(**id);
}

Result<std::vector<PersonSummary>> People::search(std::string_view queryIn, int limit)
{
    if (auto st = m_context.authorise(Action::PersonSearch); !st)
        return std::unexpected(st.error());
    const std::string query = text::trim(queryIn);
    if (auto st = checkTextField("search_query", query); !st)
        return std::unexpected(st.error());
    if (query.empty())
        return std::vector<PersonSummary>{};
    limit = std::clamp(limit, 1, 1000);
    PersonStore store(m_context.database());
    std::string_view by = "name";
    Result<std::vector<PersonSummary>> found = std::vector<PersonSummary>{};
    if (auto date = looksLikeDate(query)) {
        by = "date of birth";
        found = store.byDateOfBirth(*date, limit);
    } else if (looksLikeReference(query)) {
        by = "case reference";
        found = store.searchReference(query, limit);
    } else if (looksLikeReferenceNumber(query)) {
        by = "case reference number";
        found = store.searchReferenceNumber(query, limit);
    } else if (looksLikePostcode(query)) {
        by = "postcode";
        found = store.searchPostcode(query, limit);
    } else {
        found = store.searchNames(query, limit);
    }
    if (!found)
        return found;
    // Who searched, how, and how many records were shown; never the words typed.
    if (auto st = m_context.auditConsultation(
            "person.searched", "person", {}, "by " + std::string(by) + ", " + std::to_string(found->size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return found;
}

Result<PersonPage> People::list(const PersonListQuery& query)
{
    if (auto st = m_context.authorise(Action::PersonSearch); !st)
        return std::unexpected(st.error());
    auto page = PersonStore(m_context.database()).list(query);
    if (!page)
        return page;
    if (auto st = m_context.auditConsultation("person.listed", "person", {},
                                              std::string(query.after ? "next page, " : "first page, ") +
                                                  std::to_string(page->rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return page;
}

Result<std::int64_t> People::count(PersonFilter filter)
{
    if (auto st = m_context.authorise(Action::PersonSearch); !st)
        return std::unexpected(st.error());
    return PersonStore(m_context.database()).count(filter);
}

Result<std::optional<LastSave>> People::lastSave(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::PersonView, "person", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayRead(id); !st)
        return std::unexpected(st.error());
    auto found = HistoryStore(m_context.database()).lastPersonSave(id);
    if (!found)
        return found;
    if (auto st = m_context.auditConsultation("person.last_save", "person", id); !st)
        return std::unexpected(st.error());
    return found;
}

namespace {

std::string whatMoves(std::string_view table)
{
    if (table == "person_aliases")
        return "aliases";
    if (table == "person_contacts")
        return "contacts";
    if (table == "referrals")
        return "referrals";
    std::string what(table);
    std::replace(what.begin(), what.end(), '_', ' ');
    return what;
}

std::vector<MergeMove> movesOf(const std::vector<RowsOfTable>& rows)
{
    std::vector<MergeMove> out;
    for (const auto& r : rows)
        out.push_back(MergeMove{r.table, whatMoves(r.table), r.rows, r.all});
    return out;
}

// The other's names ("Given Family", "Preferred Family") that the survivor does not have yet,
// as its own names or aliases (compared as name keys: case, accents and hyphens aside).
std::vector<std::string> namesToKeep(const Person& survivor, const Person& other)
{
    std::vector<std::string> known;
    known.push_back(nameKey(survivor.givenName + survivor.familyName));
    if (!survivor.preferredName.empty())
        known.push_back(nameKey(survivor.preferredName + survivor.familyName));
    for (const auto& a : survivor.aliases)
        known.push_back(nameKey(a));
    for (const auto& a : other.aliases)
        known.push_back(nameKey(a)); // they move with the other's rows
    std::vector<std::string> out;
    std::vector<std::string> names{other.givenName + " " + other.familyName};
    if (!other.preferredName.empty())
        names.push_back(other.preferredName + " " + other.familyName);
    for (const auto& n : names) {
        const std::string key = nameKey(n);
        if (std::find(known.begin(), known.end(), key) == known.end()) {
            known.push_back(key);
            out.push_back(n);
        }
    }
    return out;
}

} // namespace

Result<MergePreview> People::mergePreview(const Uuid& survivorId, const Uuid& otherId)
{
    if (auto st = m_context.authorise(Action::PersonMerge, "person", otherId); !st)
        return std::unexpected(st.error());
    if (survivorId == otherId)
        return fail(ErrorCode::InvalidInput, "a record cannot be merged with itself");
    PersonStore store(m_context.database());
    MergePreview preview;
    for (auto [id, into] : {std::pair{survivorId, &preview.survivor}, std::pair{otherId, &preview.other}}) {
        auto loaded = store.load(id);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (!*loaded)
            return fail(ErrorCode::NotFound, "no such person");
        *into = std::move(**loaded);
    }
    auto rows = MergeStore(m_context.database()).rowsOf(otherId);
    if (!rows)
        return std::unexpected(rows.error());
    preview.moves = movesOf(*rows);
    preview.newAliases = namesToKeep(preview.survivor, preview.other);
    auto fields = mergeFields(preview.survivor, preview.other);
    preview.filled = std::move(fields.filled);
    preview.differing = std::move(fields.differing);
    if (auto st = m_context.auditConsultation("person.merge_preview", "person", otherId, "consultation"); !st)
        return std::unexpected(st.error());
    return preview;
}

Result<MergeResult> People::merge(const Uuid& survivorId, const Uuid& otherId)
{
    if (auto st = m_context.authorise(Action::PersonMerge, "person", otherId); !st)
        return std::unexpected(st.error());
    if (survivorId == otherId)
        return fail(ErrorCode::InvalidInput, "a record cannot be merged with itself");
    Database& db = m_context.database();
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    PersonStore store(db);
    auto other = store.load(otherId);
    if (!other)
        return std::unexpected(other.error());
    auto survivorBefore = store.load(survivorId);
    if (!survivorBefore)
        return std::unexpected(survivorBefore.error());
    if (!*other || !*survivorBefore)
        return fail(ErrorCode::NotFound, "no such person");
    MergeResult result;
    result.newAliases = namesToKeep(**survivorBefore, **other);
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    MergeStore merging(db);
    auto moved = merging.moveRows(otherId, survivorId, changes);
    if (!moved)
        return std::unexpected(moved.error());
    result.moved = movesOf(*moved);
    // The survivor as it is now (with the rows that moved), plus the other's names as aliases:
    // written as an edit, so its search row knows every name.
    auto survivor = store.load(survivorId);
    if (!survivor || !*survivor)
        return fail(ErrorCode::Internal, "the surviving record could not be read");
    auto fields = mergeFields(**survivor, **other);
    Person after = std::move(fields.survivor);
    result.filled = std::move(fields.filled);
    result.differing = std::move(fields.differing);
    for (const auto& a : result.newAliases)
        after.aliases.push_back(a);
    if (auto st = store.update(**survivor, after, changes); !st)
        return std::unexpected(st.error());
    if (auto st = merging.tombstone(otherId, survivorId, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("person.merged", "person", survivorId, "combination"); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("person.merged_away", "person", otherId, "combination"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    auto stored = store.load(survivorId);
    if (!stored || !*stored)
        return fail(ErrorCode::Internal, "the surviving record could not be read back");
    result.survivor = std::move(**stored);
    return result;
}

} // namespace waymark
