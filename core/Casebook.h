#pragma once

// The one door. Everything a user can do goes through a Casebook: it checks the signed-in
// user's role (security/Role.h), writes the audit row, and writes data changes with their
// change-log rows in one transaction. The UI and the CLI are two thin faces on this door.

#include "core/Clock.h"
#include "core/Drafts.h"
#include "core/Error.h"
#include "core/Uuid.h"
#include "core/domain/Person.h"
#include "core/security/Role.h"

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;
class SecureBytes;
struct AuditEntry;
struct AuditQuery;
struct CalendarSettings;

// Called from long work with 0..100 and an English phrase; return false to cancel.
using ProgressFn = std::function<bool(int percent, std::string_view phrase)>;

// How hard the password hash works. Standard is what real casebooks use; Minimum is the
// OWASP floor (19 MiB, t=2), used by tests and the test suite's CLI runs to stay quick.
enum class KdfStrength
{
    Standard,
    Minimum,
};

struct UserInfo
{
    Uuid id;
    std::string username;
    std::string displayName;
    Role role = Role::Caseworker;
    bool active = true;
};

struct CreateOptions
{
    std::string division = "england-and-wales"; // england-and-wales | scotland | northern-ireland
    std::string displayName;                    // of the first coordinator
    KdfStrength kdf = KdfStrength::Standard;
    bool demo = false; // marked as synthetic demo data from the first commit
};

struct CasebookInfo
{
    std::string division;
    std::string siteId;       // random per casebook install (hex)
    std::string devicePrefix; // in case references
    int schemaVersion = 0;
    std::string cipherVersion; // PRAGMA cipher_version
    std::string sqliteVersion;
    std::string createdAt;
    bool demo = false; // holds synthetic demo data
};

// Where the space goes: one table or index (SQLite's dbstat).
struct StorageUse
{
    std::string name;
    std::int64_t bytes = 0;
    std::int64_t rows = 0; // entries on its leaf pages
};

struct CompactReport
{
    std::int64_t bytesBefore = 0; // casebook file plus its write-ahead log
    std::int64_t bytesAfter = 0;
};

struct VerifyReport
{
    bool integrityOk = false;
    std::string integrityDetail; // "ok" or SQLite's first complaint
    std::int64_t auditRows = 0;
    std::optional<std::int64_t> firstBrokenAuditRow; // seq of the first row whose hash does not match
    std::string auditDetail;
    bool ok() const { return integrityOk && !firstBrokenAuditRow; }
};

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
    GivenName, // the name shown first, then family name
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

// Who saved a record last, and when (core/PeopleHistory.cpp).
struct LastSave
{
    std::string username;
    std::string displayName;
    std::string at; // UTC, "YYYY-MM-DDTHH:MM:SS.mmmZ"
};

struct CreatedPerson
{
    Person person;
    std::vector<PersonSummary> possibleDuplicates; // found before it was saved
};

class Casebook;

// casebook.people(): young people's records.
class People
{
public:
    // Validates, assigns id and case reference, saves, audits "collection".
    Result<CreatedPerson> create(Person draft);
    // Saves many in batches (demo generator, imports); one audit row per person.
    Result<int> createMany(std::vector<Person> drafts, const ProgressFn& progress = {});
    // Replaces the stored record with `edited`; only changed columns reach the change log.
    // Fails with Conflict when edited.updatedHlc is not the stored one (someone saved in between).
    Result<Person> update(Person edited);
    // Opens a whole record; audited as consultation.
    Result<Person> view(const Uuid& id);
    Result<Person> viewByReference(std::string_view caseReference);
    // Same date of birth and a similar name (given/preferred/alias vs family) to `draft`.
    // Validation comes first: an invalid draft gets its Validation error, as create() would.
    Result<std::vector<PersonSummary>> possibleDuplicates(const Person& draft);
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

private:
    friend class Casebook;
    explicit People(Casebook& casebook)
        : m_casebook(casebook)
    {}
    // Validates and writes in batches of 500 (one transaction each), filling in ids and case
    // references; the caller has authorised.
    Result<int> insertPeople(std::vector<Person>& drafts, const ProgressFn& progress);
    Casebook& m_casebook;
};

// casebook.users(): staff accounts and their key slots.
class Users
{
public:
    Result<std::vector<UserInfo>> list();
    Result<UserInfo> add(std::string_view username, std::string_view password, Role role,
                         std::string_view displayName = {});
    // The signed-in user's own password; needs the current one.
    Status changeOwnPassword(std::string_view currentPassword, std::string_view newPassword);
    // A coordinator sets another user's password.
    Status resetPassword(std::string_view username, std::string_view newPassword);
    // Deactivates the account and deletes its key slot. The last active coordinator stays.
    Status remove(std::string_view username);

private:
    friend class Casebook;
    explicit Users(Casebook& casebook)
        : m_casebook(casebook)
    {}
    Status setPassword(const UserInfo& user, std::string_view newPassword, std::string_view operation,
                       std::string_view detail, std::optional<std::string_view> currentPassword);
    Casebook& m_casebook;
};

class Casebook
{
public:
    // Creates a new casebook file (and its key file beside it) with `username` as the first
    // coordinator, and returns it signed in. Fails with AlreadyExists if the file exists.
    // Atomic: the pair is built under a temporary name in the same folder, synced, and renamed
    // into place at the end, so a crash leaves nothing under the real name (or a finished
    // casebook); what an interrupted attempt left behind is cleared by the next one.
    static Result<std::unique_ptr<Casebook>> create(const std::filesystem::path& path, std::string_view username,
                                                    std::string_view password, const CreateOptions& options,
                                                    std::shared_ptr<const Clock> clock = {});
    // Unlocks with a user name and password. First probe(); then WrongCredentials for an
    // unknown user or wrong password; Damaged for a damaged file or key file; TooNew for a
    // casebook written by a newer Waymark. A failed attempt never writes the casebook file.
    static Result<std::unique_ptr<Casebook>> open(const std::filesystem::path& path, std::string_view username,
                                                  std::string_view password, std::shared_ptr<const Clock> clock = {});
    // Another connection for the same signed-in user, for work off the UI thread.
    Result<std::unique_ptr<Casebook>> openAnotherConnection() const;

    // Closing locks: the database is closed and the key is wiped.
    ~Casebook();
    Casebook(const Casebook&) = delete;
    Casebook& operator=(const Casebook&) = delete;

    // A cheap look at the files, before any password is asked for (a stat and a few bytes,
    // nothing written): ok when `casebookPath` looks like a casebook with its own key file
    // beside it. Otherwise NotFound; NotACasebook with rule "directory", "not_a_file",
    // "empty", "plain_sqlite" or "wrong_size"; KeyFileMissing; KeyFileMismatch (the key file
    // names another casebook's salt); Damaged (the key file); Io (cannot read, or read-only).
    static Status probe(const std::filesystem::path& casebookPath);
    static std::filesystem::path keyFilePath(const std::filesystem::path& casebookPath);
    static bool exists(const std::filesystem::path& casebookPath);
    // SQLCipher's version as the linked engine reports it; empty when the engine is not SQLCipher.
    static std::string engineVersion();

    const UserInfo& user() const { return m_user; }
    const std::filesystem::path& path() const { return m_path; }
    const Clock& clock() const { return *m_clock; }
    CasebookInfo info() const;
    bool can(Action action) const { return roleAllows(m_user.role, action); }

    People& people() { return m_people; }
    Users& users() { return m_users; }
    // The signed-in user's unsaved forms (core/Drafts.h).
    Drafts& drafts() { return m_drafts; }

    // PRAGMA integrity_check plus the audit hash chain.
    Result<VerifyReport> verify();
    // The audit trail, newest first (auditors and coordinators); reading it is audited too.
    Result<std::vector<AuditEntry>> auditTrail(const AuditQuery& query);
    // Bytes and rows per table and index, largest first (coordinators and auditors).
    Result<std::vector<StorageUse>> storage();
    // Rebuilds the file without its free pages (VACUUM; coordinators). Safe against a crash
    // at any moment: the casebook is either as before or compacted. Other connections to the
    // casebook must be closed (Busy otherwise). Progress 0..100; cancelling leaves it as it was.
    Result<CompactReport> compact(const ProgressFn& progress = {});
    // Marks the casebook as holding synthetic demo data (shown as a banner).
    Status markAsDemo();

    // The casebook-level working-day calendar: the UK division whose bank holidays apply
    // and the scheme's own closure days (core/calendar/WorkingCalendar.h). Changing it needs
    // Action::SettingsChange and is audited.
    Result<CalendarSettings> calendarSettings();
    Status setCalendarSettings(const CalendarSettings& settings);

    // Internal: used by the desks above and by core modules; not for the UI.
    Database& database() { return *m_db; }
    Status authorise(Action action, std::string_view recordType = {}, const Uuid& recordId = {});
    Status audit(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                 std::string_view detail = {});
    // A reading (view, search, list): audited like any event, committed without an fsync.
    Status auditConsultation(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                             std::string_view detail = {});
    std::string nextHlc();

private:
    Casebook(std::filesystem::path path, std::unique_ptr<Database> db, std::unique_ptr<SecureBytes> key,
             std::shared_ptr<const Clock> clock);
    friend class People;
    friend class Users;
    Status importSignInEvents();

    std::filesystem::path m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecureBytes> m_key;
    std::shared_ptr<const Clock> m_clock;
    UserInfo m_user;
    std::string m_siteId;
    std::string m_devicePrefix;
    std::int64_t m_hlcMillis = 0;
    int m_hlcCounter = 0;
    People m_people{*this};
    Users m_users{*this};
    Drafts m_drafts{*this};
};

} // namespace waymark
