#pragma once

// The signed roster and signed audit rows (docs/threat-model.md, "Signed roster and audit
// rows"). The roster lists every account: id, user name, role, active flag and Ed25519 public
// key. Each version is signed by the casebook's authority key, whose seed is sealed only to
// coordinators' key slots; each audit row is signed by its author. So a user who takes the
// database key from their own slot can still edit the tables, but cannot make the users
// table agree with a roster signed by the authority, nor sign a row in anyone's name but
// their own, nor sign as a role they do not have: verify names the first row that fails.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/security/Role.h"
#include "core/security/Signing.h"
#include "core/store/AuditLog.h"

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class Database;
struct AuthorityRotation;
struct RosterVersion;

namespace roster {

// Audit operations that come with a new roster version (a "roster.signed" row follows them).
bool changesRoster(std::string_view operation);

struct Entry
{
    Uuid id;
    std::string username;
    Role role = Role::Caseworker;
    bool active = true;
    std::optional<PublicKey> key; // none: the user has no signing key yet (a key slot of format 1)
};

struct Parsed
{
    std::int64_t signingFrom = 0; // audit rows up to this one were written before signing began
    std::vector<Entry> users;
    const Entry* byKey(const PublicKey& key) const;
    const Entry* byId(const Uuid& id) const;
};

std::optional<Parsed> parse(std::string_view content);
std::vector<std::uint8_t> signedMessage(const RosterVersion& version);

// The casebook's authority key and public key (meta "authority_public_key", hex).
std::optional<PublicKey> authorityPublicKey(Database& db);

// The authority key's rotation chain (schema 20, docs/threat-model.md, "The trust root"). Each
// rotation hands the authority from one key to the next, from a roster version on, and is
// signed by both: the key it succeeds (succession) and the new key (possession), over
// `waymark-authority-rotation-v1`, the casebook's id (meta site_id), both keys and the version.
std::vector<std::uint8_t> rotationMessage(std::string_view casebookId, const PublicKey& from, const PublicKey& to,
                                          std::int64_t rosterVersion);

struct Chain
{
    std::optional<PublicKey> first; // the key the chain starts at (the casebook's first authority key)
    std::vector<AuthorityRotation> rotations;
    std::string problem;             // empty: every rotation holds and the chain ends at meta's authority key
    std::optional<Error> unreadable; // the rotations could not be read (a damaged page): not a forgery
    // The key that signs roster version `version` (the newest rotation from it or before).
    std::optional<PublicKey> keyFor(std::int64_t version) const;
    // `key` is the chain's start or a rotation's new key (meaningful when the chain holds).
    bool leadsFrom(const PublicKey& key) const;
};
// Reads the chain and checks each rotation: in order, following the key before it, both
// signatures, roster versions increasing, ending at the casebook's authority key.
Chain readChain(Database& db);

// Makes a new authority key in place of `current`, inside the caller's transaction: a rotation
// signed by both keys for the next roster version, meta's authority key set to the new one, its
// seed sealed to every active coordinator's slot and taken from everyone else. The caller then
// writes its audit row and the next roster version with refresh(..., force = true), signed by
// the new key. Damaged (rule "roster") when `current` is not the casebook's authority key.
struct Rotated
{
    std::unique_ptr<SigningKey> key;
    std::int64_t seq = 0;
    std::int64_t rosterVersion = 0;
};
Result<Rotated> rotate(Database& db, const SigningKey& current, std::string_view at);

// The trust root: the authority key the casebook names against the one a user's key slot holds
// (`bound`, sealed under their password, so the database key alone cannot change it).
// `rosterSigned`: the casebook carries signing (sign-in: its authority key; verify: a signed
// roster was read).
enum class TrustRoot
{
    Unbound,  // the slot holds no authority key: nothing to compare with
    Ok,       // the same key
    Rotated,  // the slot holds an earlier key, from which a valid rotation chain leads to it
    Stripped, // the slot holds one, the casebook no longer signs
    Replaced  // the casebook names another key
};
Result<TrustRoot> trustRoot(Database& db, const std::optional<PublicKey>& bound, bool rosterSigned);

// A new signing key for `username`, its seed sealed to the user's key slot (`slotPublicKey`),
// stored in signing_keys (replacing any earlier one). Inside the caller's transaction.
Result<std::unique_ptr<SigningKey>> enroll(Database& db, std::string_view username, const PublicKey& slotPublicKey);
// Seals an existing key to a user's new slot key pair (their own password change): the same key.
Status resealTo(Database& db, std::string_view username, const SigningKey& key, const PublicKey& slotPublicKey);

// What a signed-in user opens from signing_keys with their slot's X25519 secret: their own
// signing key, and the authority key when they are a coordinator.
struct SessionKeys
{
    std::unique_ptr<SigningKey> own;
    std::unique_ptr<SigningKey> authority;
};
Result<SessionKeys> openSessionKeys(Database& db, std::string_view username, const PublicKey& slotPublicKey,
                                    const SecureBytes& slotSecretKey);

// Starts signing on a casebook that has none (a new casebook, or one upgraded to schema 17 at
// its first coordinator's sign-in): a new authority key, the signing-in coordinator enrolled;
// users whose slot is of format 2 (`slotKeys`: user name -> slot public key) enrolled too.
// Audit rows up to `signingFrom` stay unsigned. Returns the keys of the signing-in user.
// `authority`: the authority key to use (a new casebook makes it first, to bind it into the
// first coordinator's key slot); a new one when none is given.
Result<SessionKeys> begin(Database& db, std::string_view coordinator, const PublicKey& coordinatorSlotKey,
                          const std::vector<std::pair<std::string, PublicKey>>& slotKeys, std::int64_t signingFrom,
                          std::unique_ptr<SigningKey> authority = nullptr);

// Writes a new roster version, signed by `authority`, when the users table or the keys differ
// from the newest version (returns its number, or 0 when nothing changed); seals the
// authority seed to every active coordinator with a key and takes it from everyone else. The
// new version is in force for audit rows after the newest one now there; the caller writes
// the "roster.signed" row next.
// Only what the door itself changed is signed: every entry but `changedUser`'s must be as the
// newest version has it (for a refresh at sign-in, with no changed user, only signing keys
// may differ, for users just enrolled). Anything else was changed outside Waymark: nothing is
// signed, and Damaged (rule "roster") is returned, so it cannot be swept into a new version.
// `force`: a new version even when nothing changed (the first version a rotated key signs).
Result<std::int64_t> refresh(Database& db, const SigningKey& authority, const std::optional<Uuid>& changedUser,
                             bool force = false);

// The account `id` as the newest roster version signed by the authority key has it; nullopt
// when signing has not begun. Damaged (rule "roster") when the newest version is not so signed
// or does not list the account. The door holds a signed-in user's role to this.
Result<std::optional<Entry>> signedEntry(Database& db, const Uuid& id);

// verify's half: the roster versions and the users table, then a check for each audit row.
class Verifier
{
public:
    explicit Verifier(Database& db);
    // Empty when signing is active and the roster holds; otherwise the problem.
    const std::string& rosterProblem() const { return m_rosterProblem; }
    bool active() const { return m_active; }
    std::int64_t signingFrom() const { return m_signingFrom; }
    std::int64_t unsignedBefore() const { return m_unsignedBefore; }
    std::int64_t signedRows() const { return m_signedRows; }
    std::int64_t rosterVersions() const { return static_cast<std::int64_t>(m_versions.size()); }
    std::int64_t rotations() const { return m_rotations; }
    std::string checkRow(const AuditRowSeen& row);
    // The roster entry whose key signed the row checkRow() last passed; none when that row was
    // unsigned (before signing began, or an author without a signing key).
    const Entry* lastSigner() const { return m_lastSigner; }

private:
    struct Version
    {
        std::int64_t version = 0;
        std::int64_t afterSeq = 0;
        Parsed parsed;
    };
    const Version& versionFor(std::int64_t seq) const;

    bool m_active = false;
    std::string m_rosterProblem;
    std::vector<Version> m_versions;
    std::int64_t m_signingFrom = 0;
    std::int64_t m_unsignedBefore = 0;
    std::int64_t m_signedRows = 0;
    std::int64_t m_rotations = 0;
    const Entry* m_lastSigner = nullptr;
};

} // namespace roster
} // namespace waymark
