// The door's half of signed audit (core/security/Roster.h, docs/threat-model.md): the
// signed-in user's signing keys opened at sign-in, signing begun on a casebook that has none,
// the roster signed again after a change to accounts, and keys sealed to changed key slots.

#include "core/Casebook.h"

#include "core/KeyFileChange.h"
#include "core/security/Keyring.h"
#include "core/security/Roster.h"
#include "core/security/SecureBytes.h"
#include "core/security/Signing.h"
#include "core/store/Database.h"
#include "core/store/SigningStore.h"
#include "core/store/UserStore.h"

namespace waymark {

namespace {

// Another connection (or process) rotated the authority key: this session's is not the casebook's.
Status authorityReplacedSinceSignIn()
{
    auto e = Error::make(ErrorCode::PermissionDenied,
                         "the casebook's authority key was replaced since you signed in: sign in again");
    e.rule = "authority";
    return std::unexpected(std::move(e));
}

} // namespace

const SigningKey* Casebook::authorityInForce()
{
    const auto inFile = roster::authorityPublicKey(*m_db);
    for (const SigningKey* k : {m_authorityKey.get(), m_retiredAuthority.get()})
        if (k && inFile && k->publicKey() == *inFile)
            return k;
    return nullptr;
}

Status Casebook::signRosterIfChanged(const std::optional<Uuid>& changedUser)
{
    if (!m_authorityKey)
        return {}; // verify will say the users table is ahead of the signed roster
    const SigningKey* authority = authorityInForce();
    if (!authority)
        return authorityReplacedSinceSignIn();
    auto version = roster::refresh(*m_db, *authority, changedUser);
    if (!version)
        return std::unexpected(version.error());
    if (*version == 0)
        return {};
    return appendRosterSigned(*version);
}

Status Casebook::appendRosterSigned(std::int64_t version)
{
    AuditEvent e;
    e.at = formatUtcMillis(m_clock->now());
    e.userId = m_user.id;
    e.username = m_user.username;
    e.operation = "roster.signed";
    e.recordType = "casebook";
    e.detail = "version " + std::to_string(version);
    return AuditLog(*m_db, m_signingKey.get()).append(e);
}

Status Casebook::rotateAuthority(std::string_view why)
{
    if (!roster::authorityPublicKey(*m_db) || !m_authorityKey || !m_trustRootProblem.empty())
        return {}; // nothing signs yet, or this session cannot sign a succession
    const SigningKey* current = authorityInForce();
    if (!current)
        return authorityReplacedSinceSignIn();
    auto rotated = roster::rotate(*m_db, *current, formatUtcMillis(m_clock->now()));
    if (!rotated)
        return std::unexpected(rotated.error());
    if (auto st = audit("casebook.authority_rotated", "casebook", {},
                        "rotation " + std::to_string(rotated->seq) + ": " + std::string(why));
        !st)
        return st;
    auto version = roster::refresh(*m_db, *rotated->key, std::nullopt, true);
    if (!version)
        return std::unexpected(version.error());
    if (*version != rotated->rosterVersion)
        return fail(ErrorCode::Internal, "the roster version after a rotation is not the one it names");
    if (auto st = appendRosterSigned(*version); !st)
        return st;
    // Both kept until the caller's commit: authorityInForce() picks the one the casebook names.
    if (current == m_authorityKey.get())
        m_retiredAuthority = std::move(m_authorityKey);
    m_authorityKey = std::move(rotated->key);
    return {};
}

Status Casebook::checkSignedAccount()
{
    auto entry = roster::signedEntry(*m_db, m_user.id);
    if (!entry)
        return std::unexpected(entry.error());
    if (!*entry)
        return {}; // signing has not begun
    if ((*entry)->role != m_user.role || !(*entry)->active || (*entry)->username != m_user.username) {
        auto e = Error::make(ErrorCode::PermissionDenied,
                             "this account does not match the casebook's signed roster (changed outside Waymark): a "
                             "coordinator or auditor should run verify");
        e.rule = "roster";
        return std::unexpected(std::move(e));
    }
    return {};
}

Status Casebook::startSigning(const SecureBytes* slotSecretKey, const std::array<std::uint8_t, 32>& slotPublicKey)
{
    if (!slotSecretKey)
        return {}; // a key slot of format 1: this session signs nothing
    auto keys = roster::openSessionKeys(*m_db, m_user.username, slotPublicKey, *slotSecretKey);
    if (!keys)
        return std::unexpected(keys.error());
    m_signingKey = std::move(keys->own);
    m_authorityKey = std::move(keys->authority);
    // A session held to verify signs its own rows and nothing else: the authority key it found
    // sealed to it is not the casebook's trusted one, and nothing is enrolled or signed with it.
    if (!m_trustRootProblem.empty()) {
        m_authorityKey.reset();
        return {};
    }
    const bool begun = roster::authorityPublicKey(*m_db).has_value();
    if (m_user.role != Role::Coordinator || (begun && !m_authorityKey))
        return {};
    // A slot that holds an authority key was set while the casebook signed: a casebook with no
    // signing now had it removed outside Waymark. Signing is not begun again over that (verify
    // reports it: docs/threat-model.md, "The trust root").
    if (!begun && m_boundAuthority)
        return {};
    // A coordinator: begin signing, or enroll users who have a slot of format 2 and no
    // signing key, and sign the roster again if it is behind the users table.
    auto keyring = Keyring::load(keyFilePath(m_path));
    if (!keyring)
        return {}; // open() has already checked the key file; nothing to enroll from
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    auto users = UserStore(*m_db).list();
    if (!users)
        return std::unexpected(users.error());
    if (!begun) {
        std::vector<std::pair<std::string, PublicKey>> slots;
        for (const auto& u : *users)
            if (u.active)
                if (const auto k = keyring->slotPublicKey(u.username))
                    slots.emplace_back(u.username, *k);
        auto last = SigningStore(*m_db).lastAuditSeq();
        if (!last)
            return std::unexpected(last.error());
        auto started = roster::begin(*m_db, m_user.username, slotPublicKey, slots, *last);
        if (!started)
            return std::unexpected(started.error());
        m_signingKey = std::move(started->own);
        m_authorityKey = std::move(started->authority);
    } else {
        for (const auto& u : *users) {
            if (!u.active || u.username == m_user.username)
                continue;
            const auto slotKey = keyring->slotPublicKey(u.username);
            auto row = SigningStore(*m_db).key(u.username);
            if (!row)
                return std::unexpected(row.error());
            if (slotKey && !*row)
                if (auto k = roster::enroll(*m_db, u.username, *slotKey); !k)
                    return std::unexpected(k.error());
        }
    }
    // At sign-in, only newly enrolled keys are signed; a users table changed outside Waymark
    // is left for verify to report (and signing in goes on).
    if (auto st = signRosterIfChanged(std::nullopt); !st) {
        if (st.error().rule != "roster")
            return st;
        return {}; // the transaction rolls back: nothing enrolled either
    }
    return tx.commit();
}

Status Casebook::slotChanged(const Keyring& keyring, std::string_view username)
{
    if (!roster::authorityPublicKey(*m_db))
        return {}; // signing has not begun: the next coordinator's sign-in enrolls everyone
    const auto slotKey = keyring.slotPublicKey(username);
    if (!slotKey)
        return {};
    if (username == m_user.username) {
        // The user's own new password: the same signing key, sealed to the new slot.
        if (!m_signingKey)
            return {};
        if (auto st = roster::resealTo(*m_db, username, *m_signingKey, *slotKey); !st)
            return st;
        if (const SigningKey* authority = authorityInForce())
            if (auto st = SigningStore(*m_db).setSealedAuthority(username, authority->sealSeedTo(*slotKey)); !st)
                return st;
        return {};
    }
    // Someone else's slot made by a coordinator (a new account, a reset): a new signing key,
    // which the roster signed after this change lists.
    auto key = roster::enroll(*m_db, username, *slotKey);
    if (!key)
        return std::unexpected(key.error());
    return {};
}

Status Casebook::bindSlotOnFirstUse(std::string_view password, const std::array<std::uint8_t, 32>& slotPublicKey)
{
    const auto authority = roster::authorityPublicKey(*m_db);
    // Bound already to the casebook's key; or (an earlier key, accepted by open() through a
    // valid rotation chain) bound again to the key the chain leads to.
    if ((m_boundAuthority && m_boundAuthority == authority) || !authority || !m_trustRootProblem.empty())
        return {};
    const bool rebinding = m_boundAuthority.has_value();
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    const auto keyPath = keyFilePath(m_path);
    auto keyring = keyfile::loadForChange(*m_db, keyPath);
    if (!keyring)
        return std::unexpected(keyring.error());
    // Still the slot this password opened (a slot is given a new key pair whenever it is set):
    // a slot changed by another process meanwhile is left as it is.
    if (keyring->slotPublicKey(m_user.username) != slotPublicKey)
        return {};
    // The slot made again under the same password, as a password change makes it: bound to the
    // authority key, the user's signing key (and a coordinator's authority seed) sealed to it.
    if (auto st = m_keySlots.setSlot(*keyring, m_user.username, password); !st)
        return st;
    if (auto st = audit("signin.slot_bound", "user", m_user.id,
                        rebinding ? "the rotated authority key bound into the key slot"
                                  : "authority key bound into the key slot on first use");
        !st)
        return st;
    auto generation = keyfile::stage(*m_db, *keyring, keyPath);
    if (!generation)
        return std::unexpected(generation.error());
    if (auto st = tx.commit(); !st)
        return st;
    m_boundAuthority = *authority;
    (void)keyfile::promote(keyPath, *generation);
    return {};
}

} // namespace waymark
