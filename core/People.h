#pragma once

// casebook.people(): young people's records. A desk of the Casebook door (core/Casebook.h):
// it reaches the casebook only through its DeskContext (core/DeskContext.h).

#include "core/Error.h"
#include "core/Progress.h"
#include "core/Uuid.h"
#include "core/domain/Duplicates.h"
#include "core/domain/Person.h"

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

enum class PersonFilter
{
    All,
    LookedAfter,
    ChildProtectionPlan,
    ExploitationConcern,
    SendAln,
    Restricted,
};

// The orders the people list can be sorted in. Name is the display order: family name, then
// the name shown first (preferred, else given). Ties always break on the record id.
enum class PersonSort
{
    Name,
    CaseReference,
    DateOfBirth, // then name
};

// Keyset pagination: pass the previous page's `next` to get the following rows (same filter,
// sort and direction). Constant cost per page, whatever the size. Opaque to callers.
struct PersonPageCursor
{
    std::vector<std::string> keys; // the last row's sort keys
    Uuid id;
};

struct PersonListQuery
{
    PersonFilter filter = PersonFilter::All;
    std::optional<PersonPageCursor> after;
    int limit = 200;
    PersonSort sort = PersonSort::Name;
    bool descending = false;
};

struct PersonPage
{
    std::vector<PersonSummary> rows;
    std::optional<PersonPageCursor> next; // empty at the end
};

// Who saved a record last, and when (People::lastSave).
struct LastSave
{
    std::string username;
    std::string displayName;
    std::string at; // UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
};

struct CreatedPerson
{
    Person person;
    std::vector<PersonSummary> possibleDuplicates; // found before it was saved, best first
    std::vector<DuplicateCandidate> candidates;    // the same people, with score and reasons
    // Restricted records that also matched but this user may not see (docs/threat-model.md):
    // shown only as "a restricted record matches — ask your coordinator", never by name.
    int restrictedMatches = 0;
};

// What a merge moves from the other record to the survivor, per kind of row.
struct MergeMove
{
    std::string table;            // "person_aliases", "person_contacts", "referrals", ...
    std::string what;             // "aliases", "contacts", "referrals", ... (English, for the preview)
    std::int64_t rows = 0;        // live rows
    std::int64_t withDeleted = 0; // with tombstoned rows, which move too
};

struct MergePreview
{
    Person survivor;
    Person other;
    std::vector<MergeMove> moves;        // kinds with no rows left out
    std::vector<std::string> newAliases; // the other's names the survivor gains as aliases
    std::vector<std::string> filled;     // survivor's empty fields (and flags) taken from the other
    std::vector<std::string> differing;  // set on both and different: the survivor's value stays
};

struct MergeResult
{
    Person survivor; // as stored after the merge
    std::vector<MergeMove> moved;
    std::vector<std::string> newAliases;
    std::vector<std::string> filled;
    std::vector<std::string> differing;
};

class People
{
public:
    // Made by the Casebook, which alone can make a DeskContext.
    explicit People(DeskContext& context)
        : m_context(context)
    {}

    // Validates, assigns id and case reference, saves, audits "collection".
    Result<CreatedPerson> create(Person draft);
    // Saves many in batches (demo generator, imports); one audit row per person.
    Result<int> createMany(std::vector<Person> drafts, const ProgressFn& progress = {});
    // Replaces the stored record with `edited`; only changed columns reach the change log.
    // Fails with Conflict when edited.updatedHlc is not the stored one (someone saved in between).
    Result<Person> update(Person edited);
    // Opens a whole record; audited as consultation. A record merged into another opens the
    // survivor (the returned id is the survivor's).
    Result<Person> view(const Uuid& id);
    Result<Person> viewByReference(std::string_view caseReference);
    // People who may be `draft` already, best first, each with its score and the reasons it
    // matched (core/domain/Duplicates.h): dates of birth equal, swapped or one field off,
    // names alike (case, accents, hyphens, short forms, typos, transposed), aliases, postcode.
    // Validation comes first: an invalid draft gets its Validation error, as create() would.
    // The draft's own record (draft.id) is left out. Audited as a consultation (how many).
    Result<std::vector<DuplicateCandidate>> duplicateCandidates(const Person& draft);
    // The same people without the reasons.
    Result<std::vector<PersonSummary>> possibleDuplicates(const Person& draft);
    // How many restricted records this user may not see match `draft` (the candidates above
    // leave them out): the intake marker "a restricted record matches — ask your coordinator".
    Result<int> restrictedMatches(const Person& draft);
    // The same count from the last duplicateCandidates() call, without checking again.
    int restrictedMatchesOfLastCheck() const { return m_restrictedMatches; }

    // Restricted records (Action::PersonRestrict, coordinators): only the caseworker(s)
    // allocated to one of the person's referrals and coordinators see the person and anything
    // under them (core/store/Visibility.h). `reason` (required, one line of up to 200
    // characters, no names) is kept in the audit row person.restricted / person.unrestricted.
    // Setting the state it already has writes nothing and returns the record as it is.
    Result<Person> setRestricted(const Uuid& id, bool restricted, std::string_view reason);
    // Name / preferred name / alias prefixes (all words must match), case reference, the
    // running number of a case reference ("00042" or "42"), a postcode or its beginning
    // ("LS1", "ls1 4ab"), or a date of birth typed as YYYY-MM-DD or DD/MM/YYYY. Folded for case
    // and accents. In display order. The audit row says how, never the words typed.
    Result<std::vector<PersonSummary>> search(std::string_view query, int limit = 50);
    Result<PersonPage> list(const PersonListQuery& query);
    Result<std::int64_t> count(PersonFilter filter = PersonFilter::All);
    // Who saved the person last and when (the change log's author of the stored version),
    // so a conflict can say who saved meanwhile. Needs PersonView; audited as consultation.
    Result<std::optional<LastSave>> lastSave(const Uuid& id);

    // Merging two records of one person (Action::PersonMerge, coordinators). The preview says
    // what would move; audited as a consultation.
    Result<MergePreview> mergePreview(const Uuid& survivor, const Uuid& other);
    // Moves every row that belongs to `other` (aliases, contacts, referrals and any later record
    // type with a person_id) to `survivor`, gives the survivor the other's names as aliases and
    // the fields and flags it lacked (core/domain/PersonMerge.h), and
    // leaves `other` as a tombstone naming the survivor (gone from search, lists and counts;
    // opening it opens the survivor). One transaction; audited as "combination" on both records.
    Result<MergeResult> merge(const Uuid& survivor, const Uuid& other);

private:
    // Validates and writes in batches of 500 (one transaction each), filling in ids and case
    // references; the caller has authorised.
    Result<int> insertPeople(std::vector<Person>& drafts, const ProgressFn& progress);
    DeskContext& m_context;
    int m_restrictedMatches = 0; // of the last duplicate check
};

} // namespace waymark
