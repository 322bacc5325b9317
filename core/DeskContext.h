#pragma once

// What the Casebook door hands each of its desks (People, Users, Drafts, ...): the few things
// a desk needs to do its work the house way, and nothing else. A desk holds a DeskContext&,
// never the Casebook: it cannot reach the casebook's key, its files or another desk.
//
// Every desk method follows the same order (docs/architecture.md, "The door"):
//   authorise(action)  ->  validate (core/domain)  ->  Transaction + store calls with a
//   ChangeLog(db, nextHlc(), user().id)  ->  audit(...)  ->  commit.
// Readings call auditConsultation() instead of audit().
//
// Only the Casebook can make one (core/Casebook.h); a new desk takes a DeskContext& in its
// constructor and is added to the Casebook beside the others.

#include "core/Clock.h"
#include "core/Error.h"
#include "core/Uuid.h"
#include "core/security/Role.h"

#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

namespace waymark {

class AuditSigner;

class Casebook;
class Database;
class AnchorBook;
class Keyring;
class SecureBytes;
struct UserInfo;
struct CalendarSettings;

class DeskContext
{
public:
    DeskContext(const DeskContext&) = delete;
    DeskContext& operator=(const DeskContext&) = delete;

    // Checks the signed-in user's role, as the account is now, against `action`. A refusal
    // is audited as "refused" (naming the record when given) and returned as PermissionDenied.
    Status authorise(Action action, std::string_view recordType = {}, const Uuid& recordId = {});
    // What the role allowed at the last authorise() (no audit, no reading): for filtering
    // what to show, never as the check before acting.
    bool can(Action action) const;
    // One audit row; inside the open transaction when there is one.
    Status audit(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                 std::string_view detail = {});
    // A new casebook authority key, inside the open transaction (Casebook::rotateAuthority):
    // when a coordinator leaves or is demoted, so the seed they may have kept signs nothing.
    Status rotateAuthority(std::string_view why);
    // A reading (view, search, list): audited like any event, committed without an fsync.
    Status auditConsultation(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                             std::string_view detail = {});
    // Restricted records (core/store/Visibility.h, docs/threat-model.md): whether the signed-in
    // user may see the person `personId` (or the person a record of `table` belongs to). A
    // refusal is audited as "refused" (detail "restricted record") and returned as NotFound, so
    // the record is not even confirmed to exist; the write forms return PermissionDenied with a
    // message saying why. Call before reading a person's detail or writing under them.
    Status mayRead(const Uuid& personId, std::string_view recordType = "person", const Uuid& recordId = {});
    Status mayWrite(const Uuid& personId, std::string_view recordType = "person", const Uuid& recordId = {});
    Status mayReadRecord(std::string_view table, const Uuid& recordId, std::string_view recordType);
    Status mayWriteRecord(std::string_view table, const Uuid& recordId, std::string_view recordType);
    // The next hybrid logical clock value for a ChangeLog; call inside the write transaction.
    std::string nextHlc();

    // The open connection (core/store). All SQL stays in core/store classes.
    Database& database();
    const Clock& clock() const;
    // The signed-in user.
    const UserInfo& user() const;
    // Signs audit rows written to another database file for this session (a restore's row).
    const AuditSigner* auditSigner() const;
    // The casebook's working-day calendar settings (division, closure days), for due dates.
    Result<CalendarSettings> calendarSettings();
    // This installation's code in case references ("K7QX").
    const std::string& devicePrefix() const;

private:
    friend class Casebook;
    DeskContext(Casebook& door, const std::string& devicePrefix)
        : m_door(door)
        , m_devicePrefix(devicePrefix)
    {}
    Casebook& m_door;
    const std::string& m_devicePrefix;
};

// The casebook's key slots, for the Users desk only: where the key file is, and sealing the
// casebook's key into a slot at the casebook's own key-derivation strength. The key itself
// never leaves the Casebook.
class KeySlots
{
public:
    KeySlots(const KeySlots&) = delete;
    KeySlots& operator=(const KeySlots&) = delete;

    std::filesystem::path keyFilePath() const;
    // Wraps the casebook key for `username` under `password` into `keyring` (in memory; the
    // caller saves the keyring, inside its write transaction).
    Status setSlot(Keyring& keyring, std::string_view username, std::string_view password);

private:
    friend class Casebook;
    KeySlots(Casebook& door, const std::unique_ptr<SecureBytes>& key)
        : m_door(door)
        , m_key(key)
    {}
    Casebook& m_door;
    const std::unique_ptr<SecureBytes>& m_key;
};

// The casebook's key and files, for the Backups desk only: opening another database file
// (a backup, a copy being checked) with the casebook's own key, and telling whether a key
// unlocked elsewhere is the casebook's. The key itself never leaves the Casebook.
class CasebookKey
{
public:
    CasebookKey(const CasebookKey&) = delete;
    CasebookKey& operator=(const CasebookKey&) = delete;

    const std::filesystem::path& casebookPath() const;
    std::filesystem::path keyFilePath() const;
    // Opens (creating when `create`) `path` keyed with the casebook's key.
    Result<std::unique_ptr<Database>> open(const std::filesystem::path& path, bool create) const;
    // True when `key` is the casebook's key.
    bool matches(const SecureBytes& key) const;
    // This machine's audit anchors of the casebook (core/security/Anchor.h), sealed with its key.
    AnchorBook anchors() const;

private:
    friend class Casebook;
    CasebookKey(Casebook& door, const std::unique_ptr<SecureBytes>& key)
        : m_door(door)
        , m_key(key)
    {}
    Casebook& m_door;
    const std::unique_ptr<SecureBytes>& m_key;
};

} // namespace waymark
