#pragma once

// The one door. Everything a user can do goes through a Casebook: it checks the signed-in
// user's role (security/Role.h), writes the audit row, and writes data changes with their
// change-log rows in one transaction. The UI and the CLI are two thin faces on this door.
//
// The door's desks each live in their own files and reach the casebook only through the
// DeskContext the door gives them (core/DeskContext.h): people() in core/People.h, users()
// in core/Users.h, drafts() in core/Drafts.h, referrals() in core/Referrals.h, backups() in core/Backups.h. This header
// includes them all, so it stays the one include the UI and the CLI need.

#include "core/Assessments.h"
#include "core/AuditTrail.h"
#include "core/Backups.h"
#include "core/CaseSummaries.h"
#include "core/Clock.h"
#include "core/DeliveryHistory.h"
#include "core/DeskContext.h"
#include "core/Drafts.h"
#include "core/Error.h"
#include "core/Imports.h"
#include "core/Notes.h"
#include "core/OutcomeHistory.h"
#include "core/Outcomes.h"
#include "core/People.h"
#include "core/Plans.h"
#include "core/Progress.h"
#include "core/Referrals.h"
#include "core/Sessions.h"
#include "core/Tasks.h"
#include "core/Timeline.h"
#include "core/Users.h"
#include "core/Uuid.h"
#include "core/domain/Person.h"
#include "core/reports/Reports.h"
#include "core/security/Anchor.h"
#include "core/security/Role.h"

#include <array>
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
class Keyring;
class SecureBytes;
class SigningKey;
struct AuditEntry;
struct AuditQuery;
struct CalendarSettings;

// How hard the password hash works. Standard is what real casebooks use; Minimum is the
// OWASP floor (19 MiB, t=2), used by tests and the test suite's CLI runs to stay quick.
enum class KdfStrength
{
    Standard,
    Minimum,
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

// A rekey as made (Casebook::rekey).
struct RekeyReport
{
    std::size_t keySlots = 0;        // key slots sealed to the new key (the remaining users)
    std::int64_t bytes = 0;          // the rekeyed casebook file
    std::uint64_t keyGeneration = 0; // of the key file now in place
};

struct VerifyReport
{
    bool integrityOk = false;
    std::string integrityDetail; // "ok" or SQLite's first complaint
    std::int64_t auditRows = 0;
    std::optional<std::int64_t> firstBrokenAuditRow; // seq of the first row whose hash does not match
    std::string auditDetail;
    // VerifyScope::AuditOnly from this machine's newest checkpoint (a verify that found the
    // casebook whole, core/security/Anchor.h): rows up to auditCheckedAfter were verified then
    // (at checkpointAt, UTC) and only the rows after it were read now. 0: every row was read.
    std::int64_t auditCheckedAfter = 0;
    std::string checkpointAt;
    // The casebook against this machine's audit anchors (core/security/Anchor.h): a casebook
    // older than an anchor (rollback), audit rows cut after it or rewritten before it.
    AnchorCheck anchor;
    // The signed roster and the audit rows' signatures (core/security/Roster.h): false when the
    // users table departs from the roster signed by the casebook's authority key, or a roster
    // version is not so signed. A row whose signature fails is reported as firstBrokenAuditRow.
    bool signaturesOk = true;
    std::string signatureDetail; // what was checked, or the problem
    std::int64_t signedRows = 0;
    std::int64_t unsignedBeforeSigning = 0; // rows written before signing began (schema 17)
    // Every synced table against the replay of its change log (core/store/ChangeReplay.h):
    // false when a record was edited, added or deleted without a change record (with the raw
    // database key, outside Waymark). The detail names the first such record's table, id and
    // column, never a value. Checked by VerifyScope::Everything only.
    bool changesOk = true;
    std::string changesDetail; // what was compared, or the first record that departs
    bool ok() const { return integrityOk && !firstBrokenAuditRow && anchor.ok() && signaturesOk && changesOk; }
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
    //
    // A key slot set since signing began holds the casebook's authority public key under the
    // password (docs/threat-model.md, "The trust root"). When the casebook's own copy is another
    // key, or signing was stripped from it, its roster and roles cannot be trusted: the sign-in is
    // refused (PermissionDenied, rule "authority"), unless it is `OpenFor::Verify`, which opens a
    // session held to verify alone (trustRootProblem() says why; every other action is refused).
    enum class OpenFor
    {
        Work,
        Verify
    };
    static Result<std::unique_ptr<Casebook>> open(const std::filesystem::path& path, std::string_view username,
                                                  std::string_view password, std::shared_ptr<const Clock> clock = {},
                                                  OpenFor purpose = OpenFor::Work);
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
    // This machine's audit anchors against the casebook as it was found at sign-in (a
    // rollback to an older copy, a cut tail): what the app warns about.
    const AnchorCheck& anchorAtOpen() const { return m_anchorAtOpen; }

    People& people() { return m_people; }
    Users& users() { return m_users; }
    // The audit trail with filters, its export (a disclosure), one row by number (core/AuditTrail.h).
    AuditTrail& audit() { return m_auditTrail; }
    // Referrals, their workflow, allocation, eligibility and My work (core/Referrals.h).
    Referrals& referrals() { return m_referrals; }
    // The signed-in user's unsaved forms (core/Drafts.h).
    Drafts& drafts() { return m_drafts; }
    // Encrypted backups: make, list, verify, restore; the backup folder (core/Backups.h).
    Backups& backups() { return m_backups; }
    // Importing referral lists from CSV files (core/Imports.h).
    Imports& imports() { return m_imports; }
    // Plans, interventions, providers and the consent gate (core/Plans.h).
    Plans& plans() { return m_plans; }
    // Sessions, attendance and the calendar export (core/Sessions.h).
    Sessions& sessions() { return m_sessions; }
    // Tasks by hand and from the referral clocks; My work's task lists (core/Tasks.h).
    Tasks& tasks() { return m_tasks; }
    // Casework that comes with its past, in bulk (the demo generator; core/DeliveryHistory.h).
    DeliveryHistory& deliveryHistory() { return m_deliveryHistory; }
    // The person's timeline and the person page's header (core/Timeline.h).
    Timeline& timeline() { return m_timeline; }
    // Assessments, reassessments and assessment templates (core/Assessments.h).
    Assessments& assessments() { return m_assessments; }
    // Case notes, their history and full-text note search (core/Notes.h).
    Notes& notes() { return m_notes; }
    // Closure, outcome snapshots and follow-up after closure (core/Outcomes.h).
    Outcomes& outcomes() { return m_outcomes; }
    // Closures, snapshots and follow-up that come with their past, in bulk (core/OutcomeHistory.h).
    OutcomeHistory& outcomeHistory() { return m_outcomeHistory; }
    // The reports funders ask for, their exports and small-number suppression (core/reports/Reports.h).
    Reports& reports() { return m_reports; }
    // The one-page case summary for a panel, a disclosure with its recipient (core/CaseSummaries.h).
    CaseSummaries& caseSummaries() { return m_caseSummaries; }

    // PRAGMA integrity_check, the audit hash chain, and the chain against this machine's
    // audit anchors (a rollback to an older copy, a cut or rewritten tail). AuditOnly skips
    // the page-by-page integrity check (integrityOk stays true): `audit verify`.
    enum class VerifyScope
    {
        Everything,
        AuditOnly
    };
    Result<VerifyReport> verify(VerifyScope scope = VerifyScope::Everything);
    // The audit trail, newest first (auditors and coordinators); reading it is audited too.
    Result<std::vector<AuditEntry>> auditTrail(const AuditQuery& query);
    // Bytes and rows per table and index, largest first (coordinators and auditors).
    Result<std::vector<StorageUse>> storage();
    // Rebuilds the file without its free pages (VACUUM; coordinators). Safe against a crash
    // at any moment: the casebook is either as before or compacted. Other connections to the
    // casebook must be closed (Busy otherwise). Progress 0..100; cancelling leaves it as it was.
    Result<CompactReport> compact(const ProgressFn& progress = {});
    // A new random database key (coordinators; audited "casebook.rekeyed" with `reason`, which
    // must not be empty): the casebook is copied under the new key (sqlcipher_export) into
    // `<name>.rekeying`, which replaces the file by rename; every remaining user's key slot is
    // sealed to the new key, so an old copy of the key file no longer opens the casebook.
    // Other connections to the casebook must be closed (Busy otherwise). Safe against a kill
    // at any moment: the casebook then opens with the old key or the new one
    // (docs/storage.md, "Rekeying"). Progress 0..100; cancelling (before the copy is
    // complete) leaves the casebook as it was. InvalidInput (rule "old_slots") while an
    // account still has a key slot of key file format 1.
    Result<RekeyReport> rekey(std::string_view reason, const ProgressFn& progress = {});
    // Marks the casebook as holding synthetic demo data (shown as a banner).
    Status markAsDemo();

    // The casebook-level working-day calendar: the UK division whose bank holidays apply
    // and the scheme's own closure days (core/calendar/WorkingCalendar.h). Changing it needs
    // Action::SettingsChange and is audited.
    Result<CalendarSettings> calendarSettings();
    Status setCalendarSettings(const CalendarSettings& settings);

    // Internal: the plumbing behind DeskContext, also used by core modules (the demo
    // generator) and tests; not for the UI. Desks use their DeskContext instead.
    Database& database() { return *m_db; }
    Status authorise(Action action, std::string_view recordType = {}, const Uuid& recordId = {});
    Status audit(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                 std::string_view detail = {});
    // A reading (view, search, list): audited like any event, committed without an fsync.
    Status auditConsultation(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                             std::string_view detail = {});
    std::string nextHlc();
    // This machine's audit anchors of this casebook, sealed with its key (core/security/Anchor.h).
    AnchorBook anchors() const;
    // A key slot was (re)made in `keyring` for `username` (inside the caller's transaction):
    // their signing key is sealed to the slot's new key pair, a new one issued when it is not
    // the signed-in user's own (core/security/Roster.h).
    Status slotChanged(const Keyring& keyring, std::string_view username);
    // A new authority key in place of the one this session holds (a coordinator removed or
    // demoted, a rekey), inside the caller's transaction: the rotation (core/security/Roster.h:
    // rotate), its "casebook.authority_rotated" audit row, and the next roster version signed
    // by the new key with its "roster.signed" row. Nothing when the casebook does not sign yet
    // or this session holds no authority key.
    Status rotateAuthority(std::string_view why);
    // The signed-in user's signing key (null before signing begins or for a format-1 slot).
    const SigningKey* signingKey() const { return m_signingKey.get(); }
    // Empty for a normal session; for one opened with OpenFor::Verify on a casebook whose
    // authority key is not the one this user's key slot holds, why it may only verify.
    const std::string& trustRootProblem() const { return m_trustRootProblem; }

private:
    Casebook(std::filesystem::path path, std::unique_ptr<Database> db, std::unique_ptr<SecureBytes> key,
             std::shared_ptr<const Clock> clock);
    Status importSignInEvents();
    // Opens the user's signing keys at sign-in; a coordinator begins signing on a casebook
    // that has none, enrolls users who have a key slot but no signing key, and signs the
    // roster again when it is behind the users table.
    Status startSigning(const SecureBytes* slotSecretKey, const std::array<std::uint8_t, 32>& slotPublicKey);
    // The roster signed again after a change to accounts, with its "roster.signed" row.
    // The signed-in account's role and active flag against the newest signed roster version.
    Status checkSignedAccount();
    // A key slot set before the casebook signed (or before slots were bound) holds no
    // authority key: at a sign-in for work, the casebook's authority key is bound into it then
    // (the password is at hand), not at the next password change. Trust on first use, taken
    // after the signed roster has admitted the account; best effort (the next sign-in tries again).
    Status bindSlotOnFirstUse(std::string_view password, const std::array<std::uint8_t, 32>& slotPublicKey);
    Status signRosterIfChanged(const std::optional<Uuid>& changedUser);
    Status appendRosterSigned(std::int64_t version);
    // The authority key this session holds that is the casebook's now (the new one after a
    // rotation, the old one when the rotation's transaction rolled back); null when neither is
    // (another connection rotated it): signing a roster then asks to sign in again.
    const SigningKey* authorityInForce();

    std::filesystem::path m_path;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<SecureBytes> m_key;
    std::shared_ptr<const Clock> m_clock;
    UserInfo m_user;
    std::string m_siteId;
    std::string m_devicePrefix;
    AnchorCheck m_anchorAtOpen;                     // this machine's anchors against the casebook as it was found
    std::unique_ptr<SigningKey> m_signingKey;       // signs this session's audit rows
    std::unique_ptr<SigningKey> m_authorityKey;     // coordinators: signs the roster
    std::unique_ptr<SigningKey> m_retiredAuthority; // the key a rotation in this session replaced
    // The casebook's authority public key as this user's key slot holds it (bound when the
    // password was set): verify holds the casebook's own copy to it. None for an unbound slot.
    std::optional<std::array<std::uint8_t, 32>> m_boundAuthority;
    std::string m_trustRootProblem; // non-empty: a session held to verify (open(), OpenFor::Verify)
    std::int64_t m_hlcMillis = 0;
    int m_hlcCounter = 0;
    // What the desks may reach, and the desks themselves. A new desk is one more member here
    // (and an accessor above), made with m_context.
    DeskContext m_context{*this, m_devicePrefix};
    KeySlots m_keySlots{*this, m_key};
    People m_people{m_context};
    Users m_users{m_context, m_keySlots};
    AuditTrail m_auditTrail{m_context};
    Drafts m_drafts{m_context};
    Referrals m_referrals{m_context};
    CasebookKey m_casebookKey{*this, m_key};
    Backups m_backups{m_context, m_casebookKey};
    Imports m_imports{m_context, m_people, m_referrals};
    Assessments m_assessments{m_context};
    Plans m_plans{m_context};
    Sessions m_sessions{m_context, m_referrals};
    Notes m_notes{m_context};
    Tasks m_tasks{m_context};
    DeliveryHistory m_deliveryHistory{m_context};
    Timeline m_timeline{m_context};
    Outcomes m_outcomes{m_context, m_referrals};
    OutcomeHistory m_outcomeHistory{m_context};
    Reports m_reports{m_context};
    CaseSummaries m_caseSummaries{m_context};
};

} // namespace waymark
