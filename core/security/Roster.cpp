#include "core/security/Roster.h"

#include "core/Text.h"
#include "core/Users.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/SigningStore.h"
#include "core/store/UserStore.h"

#include <sodium.h>

#include <algorithm>
#include <charconv>
#include <cstring>
#include <map>

namespace waymark::roster {

namespace {

constexpr std::string_view kHeader = "waymark-roster-v1";
constexpr std::string_view kAuthorityKey = "authority_public_key";
constexpr std::string_view kSigningFrom = "signing_from";
constexpr std::string_view kRotationHeader = "waymark-authority-rotation-v1";
constexpr std::string_view kCasebookId = "site_id";

std::string hex(const PublicKey& k)
{
    return text::toHex(k.data(), k.size());
}

std::optional<PublicKey> keyFromHex(std::string_view h)
{
    auto bytes = text::fromHex(h);
    if (!bytes || bytes->size() != 32)
        return std::nullopt;
    PublicKey k{};
    std::memcpy(k.data(), bytes->data(), k.size());
    return k;
}

std::string contentFor(const std::vector<UserInfo>& users, const std::vector<SigningKeyRow>& keys,
                       std::int64_t signingFrom)
{
    std::map<std::string, const SigningKeyRow*> byName;
    for (const auto& k : keys)
        byName[k.username] = &k;
    std::vector<const UserInfo*> sorted;
    for (const auto& u : users)
        sorted.push_back(&u);
    std::sort(sorted.begin(), sorted.end(), [](auto* a, auto* b) { return a->id < b->id; });
    std::string out = std::string(kHeader) + "\nsigning-from " + std::to_string(signingFrom) + "\n";
    for (const auto* u : sorted) {
        const auto it = byName.find(u->username);
        out += "user " + u->id.toString() + " " + u->username + " " + std::string(roleName(u->role)) + " " +
               (u->active ? "1" : "0") + " " + (it == byName.end() ? std::string("-") : hex(it->second->publicKey)) +
               "\n";
    }
    return out;
}

std::optional<Action> requiredAction(std::string_view op)
{
    if (op.starts_with("user.") && op != "user.password_changed")
        return Action::UserManage;
    if (op == "roster.signed")
        return Action::UserManage;
    if (op == "casebook.rekeyed" || op == "casebook.authority_rotated")
        return Action::CasebookRekey;
    if (op == "person.restricted" || op == "person.unrestricted")
        return Action::PersonRestrict;
    if (op == "audit.exported")
        return Action::AuditExport;
    if (op == "casebook.restored")
        return Action::BackupRestore;
    if (op == "person.created")
        return Action::PersonCreate;
    if (op == "person.updated")
        return Action::PersonUpdate;
    return std::nullopt;
}

std::int64_t signingFromOf(Database& db)
{
    std::int64_t n = 0;
    const std::string v = MetaStore(db).get(kSigningFrom);
    std::from_chars(v.data(), v.data() + v.size(), n);
    return n;
}

} // namespace

bool changesRoster(std::string_view operation)
{
    return operation == "user.added" || operation == "user.removed" || operation == "user.role_changed" ||
           operation == "user.password_reset";
}

const Entry* Parsed::byKey(const PublicKey& key) const
{
    for (const auto& e : users)
        if (e.key && *e.key == key)
            return &e;
    return nullptr;
}

const Entry* Parsed::byId(const Uuid& id) const
{
    for (const auto& e : users)
        if (e.id == id)
            return &e;
    return nullptr;
}

std::optional<Parsed> parse(std::string_view content)
{
    const auto lines = text::split(content, '\n');
    if (lines.size() < 2 || lines[0] != kHeader)
        return std::nullopt;
    Parsed p;
    for (std::size_t i = 1; i < lines.size(); ++i) {
        if (lines[i].empty())
            continue;
        const auto f = text::split(lines[i], ' ');
        if (f[0] == "signing-from" && f.size() == 2) {
            const auto [ptr, ec] = std::from_chars(f[1].data(), f[1].data() + f[1].size(), p.signingFrom);
            if (ec != std::errc())
                return std::nullopt;
        } else if (f[0] == "user" && f.size() == 6) {
            Entry e;
            auto id = Uuid::parse(f[1]);
            auto role = roleFromName(f[3]);
            if (!id || !role)
                return std::nullopt;
            e.id = *id;
            e.username = f[2];
            e.role = *role;
            e.active = f[4] == "1";
            if (f[5] != "-") {
                e.key = keyFromHex(f[5]);
                if (!e.key)
                    return std::nullopt;
            }
            p.users.push_back(std::move(e));
        } else {
            return std::nullopt;
        }
    }
    return p;
}

std::vector<std::uint8_t> signedMessage(const RosterVersion& v)
{
    const std::string m =
        std::string(kHeader) + "|" + std::to_string(v.version) + "|" + std::to_string(v.afterSeq) + "|" + v.content;
    return std::vector<std::uint8_t>(m.begin(), m.end());
}

std::optional<PublicKey> authorityPublicKey(Database& db)
{
    return keyFromHex(MetaStore(db).get(kAuthorityKey));
}

std::vector<std::uint8_t> rotationMessage(std::string_view casebookId, const PublicKey& from, const PublicKey& to,
                                          std::int64_t rosterVersion)
{
    const std::string m = std::string(kRotationHeader) + "|" + std::string(casebookId) + "|" + hex(from) + "|" +
                          hex(to) + "|" + std::to_string(rosterVersion);
    return std::vector<std::uint8_t>(m.begin(), m.end());
}

std::optional<PublicKey> Chain::keyFor(std::int64_t version) const
{
    std::optional<PublicKey> key = first;
    for (const auto& r : rotations)
        if (r.rosterVersion <= version)
            key = r.toKey;
    return key;
}

bool Chain::leadsFrom(const PublicKey& key) const
{
    if (first && *first == key)
        return true;
    return std::any_of(rotations.begin(), rotations.end(), [&](const auto& r) { return r.toKey == key; });
}

Chain readChain(Database& db)
{
    Chain chain;
    const auto inFile = authorityPublicKey(db);
    auto rotations = SigningStore(db).rotations();
    if (!rotations) {
        chain.problem = "cannot read the authority key's rotations: " + rotations.error().detail;
        chain.unreadable = rotations.error();
        return chain;
    }
    chain.rotations = std::move(*rotations);
    chain.first = chain.rotations.empty() ? inFile : std::optional<PublicKey>(chain.rotations.front().fromKey);
    const std::string casebookId = MetaStore(db).get(kCasebookId);
    PublicKey current = chain.first ? *chain.first : PublicKey{};
    std::int64_t lastVersion = 0;
    for (std::size_t i = 0; i < chain.rotations.size(); ++i) {
        const auto& r = chain.rotations[i];
        const std::string name = "authority rotation " + std::to_string(r.seq);
        if (r.seq != static_cast<std::int64_t>(i) + 1) {
            chain.problem = "authority rotation " + std::to_string(i + 1) + " is missing or out of order";
            return chain;
        }
        if (r.fromKey != current) {
            chain.problem = name + " does not follow the authority key before it (changed outside Waymark)";
            return chain;
        }
        if (r.rosterVersion <= lastVersion) {
            chain.problem = name + " is out of order";
            return chain;
        }
        const auto message = rotationMessage(casebookId, r.fromKey, r.toKey, r.rosterVersion);
        if (!verifySignature(r.fromKey, message, r.succession)) {
            chain.problem = name + " is not signed by the authority key it succeeds (forged outside Waymark)";
            return chain;
        }
        if (!verifySignature(r.toKey, message, r.possession)) {
            chain.problem = name + " is not signed by its new authority key (forged outside Waymark)";
            return chain;
        }
        current = r.toKey;
        lastVersion = r.rosterVersion;
    }
    if (!chain.rotations.empty() && (!inFile || *inFile != current))
        chain.problem = "the casebook's authority key is not the one its rotations lead to (replaced outside Waymark)";
    return chain;
}

Result<Rotated> rotate(Database& db, const SigningKey& current, std::string_view at)
{
    const auto damaged = [](std::string detail) {
        auto e = Error::make(ErrorCode::Damaged, std::move(detail));
        e.rule = "roster";
        return std::unexpected(std::move(e));
    };
    if (authorityPublicKey(db) != current.publicKey())
        return damaged("the casebook's authority key is not the one this session holds: sign in again, or run verify");
    SigningStore store(db);
    auto latest = store.latestRoster();
    if (!latest)
        return std::unexpected(latest.error());
    if (!*latest)
        return damaged("the casebook has no signed roster: run verify");
    auto rotations = store.rotations();
    if (!rotations)
        return std::unexpected(rotations.error());
    Rotated out;
    out.key = SigningKey::generate();
    out.seq = static_cast<std::int64_t>(rotations->size()) + 1;
    out.rosterVersion = (*latest)->version + 1;
    AuthorityRotation r;
    r.seq = out.seq;
    r.rosterVersion = out.rosterVersion;
    r.fromKey = current.publicKey();
    r.toKey = out.key->publicKey();
    r.at = at;
    const auto message = rotationMessage(MetaStore(db).get(kCasebookId), r.fromKey, r.toKey, r.rosterVersion);
    const auto succession = current.sign(message);
    const auto possession = out.key->sign(message);
    r.succession.assign(succession.begin(), succession.end());
    r.possession.assign(possession.begin(), possession.end());
    if (auto st = store.insertRotation(r); !st)
        return std::unexpected(st.error());
    if (auto st = MetaStore(db).set(kAuthorityKey, hex(r.toKey)); !st)
        return std::unexpected(st.error());
    // The new seed for the active coordinators alone (the old one stays wherever it was).
    auto users = UserStore(db).list();
    auto keys = store.keys();
    if (!users)
        return std::unexpected(users.error());
    if (!keys)
        return std::unexpected(keys.error());
    for (const auto& k : *keys) {
        const bool coordinator = std::any_of(users->begin(), users->end(), [&](const UserInfo& u) {
            return u.username == k.username && u.active && u.role == Role::Coordinator;
        });
        if (auto st = store.setSealedAuthority(k.username, coordinator ? out.key->sealSeedTo(k.slotPublicKey)
                                                                       : std::vector<std::uint8_t>{});
            !st)
            return std::unexpected(st.error());
    }
    return out;
}

Result<TrustRoot> trustRoot(Database& db, const std::optional<PublicKey>& bound, bool rosterSigned)
{
    if (!bound)
        return TrustRoot::Unbound;
    if (!rosterSigned)
        return TrustRoot::Stripped;
    // The chain must hold even when the slot's key is the casebook's: a key rotated away and put
    // back in meta (by a holder of its old seed) does not end the chain.
    const Chain chain = readChain(db);
    if (chain.unreadable)
        return std::unexpected(*chain.unreadable); // damage is said as damage, not as a forgery
    if (!chain.problem.empty())
        return TrustRoot::Replaced;
    const auto inFile = authorityPublicKey(db);
    if (inFile && *inFile == *bound)
        return TrustRoot::Ok;
    // An earlier key: accepted only through the chain that holds from it to the casebook's.
    return chain.leadsFrom(*bound) ? TrustRoot::Rotated : TrustRoot::Replaced;
}

Result<std::unique_ptr<SigningKey>> enroll(Database& db, std::string_view username, const PublicKey& slotPublicKey)
{
    auto key = SigningKey::generate();
    SigningKeyRow row;
    row.username = username;
    row.publicKey = key->publicKey();
    row.slotPublicKey = slotPublicKey;
    row.sealedSeed = key->sealSeedTo(slotPublicKey);
    if (auto st = SigningStore(db).putKey(row); !st)
        return std::unexpected(st.error());
    return key;
}

Status resealTo(Database& db, std::string_view username, const SigningKey& key, const PublicKey& slotPublicKey)
{
    auto existing = SigningStore(db).key(username);
    if (!existing)
        return std::unexpected(existing.error());
    SigningKeyRow row;
    row.username = username;
    row.publicKey = key.publicKey();
    row.slotPublicKey = slotPublicKey;
    row.sealedSeed = key.sealSeedTo(slotPublicKey);
    // The authority seed is sealed again by the next roster refresh of a coordinator.
    return SigningStore(db).putKey(row);
}

Result<SessionKeys> openSessionKeys(Database& db, std::string_view username, const PublicKey& slotPublicKey,
                                    const SecureBytes& slotSecretKey)
{
    SessionKeys out;
    auto row = SigningStore(db).key(username);
    if (!row)
        return std::unexpected(row.error());
    if (!*row || (*row)->slotPublicKey != slotPublicKey)
        return out; // not enrolled yet, or sealed to a slot since replaced
    out.own = openSealedSeed((*row)->sealedSeed, slotPublicKey, slotSecretKey);
    if (out.own && out.own->publicKey() != (*row)->publicKey)
        out.own.reset();
    if (!(*row)->sealedAuthority.empty()) {
        out.authority = openSealedSeed((*row)->sealedAuthority, slotPublicKey, slotSecretKey);
        const auto expected = authorityPublicKey(db);
        if (out.authority && (!expected || out.authority->publicKey() != *expected))
            out.authority.reset();
    }
    return out;
}

Result<SessionKeys> begin(Database& db, std::string_view coordinator, const PublicKey& coordinatorSlotKey,
                          const std::vector<std::pair<std::string, PublicKey>>& slotKeys, std::int64_t signingFrom,
                          std::unique_ptr<SigningKey> authority)
{
    SessionKeys out;
    out.authority = authority ? std::move(authority) : SigningKey::generate();
    if (auto st = MetaStore(db).set(kAuthorityKey, hex(out.authority->publicKey())); !st)
        return std::unexpected(st.error());
    if (auto st = MetaStore(db).set(kSigningFrom, std::to_string(signingFrom)); !st)
        return std::unexpected(st.error());
    for (const auto& [name, slotKey] : slotKeys) {
        if (name == coordinator)
            continue;
        if (auto k = enroll(db, name, slotKey); !k)
            return std::unexpected(k.error());
    }
    auto own = enroll(db, coordinator, coordinatorSlotKey);
    if (!own)
        return std::unexpected(own.error());
    out.own = std::move(*own);
    return out;
}

Result<std::int64_t> refresh(Database& db, const SigningKey& authority, const std::optional<Uuid>& changedUser,
                             bool force)
{
    auto users = UserStore(db).list();
    if (!users)
        return std::unexpected(users.error());
    SigningStore store(db);
    auto keys = store.keys();
    if (!keys)
        return std::unexpected(keys.error());
    auto latest = store.latestRoster();
    if (!latest)
        return std::unexpected(latest.error());
    const std::int64_t signingFrom =
        *latest ? (parse((*latest)->content) ? parse((*latest)->content)->signingFrom : 0) : signingFromOf(db);
    const std::string content = contentFor(*users, *keys, signingFrom);
    if (*latest) {
        // Held to the newest version the authority in force signed: a forged newer version (with
        // the users table edited to match it) is never taken as the roster to sign after.
        const Chain chain = readChain(db);
        const auto signer = chain.keyFor((*latest)->version);
        if (!chain.problem.empty() || !signer ||
            !verifySignature(*signer, signedMessage(**latest), (*latest)->signature)) {
            auto e = Error::make(ErrorCode::Damaged, "the newest roster version is not signed by the casebook's "
                                                     "authority key (changed outside Waymark): run verify");
            e.rule = "roster";
            return std::unexpected(std::move(e));
        }
    }
    if (*latest && (*latest)->content != content) {
        const auto before = parse((*latest)->content);
        const auto after = parse(content);
        if (!before || !after) {
            auto e = Error::make(ErrorCode::Damaged, "the signed roster cannot be read: run verify");
            e.rule = "roster";
            return std::unexpected(std::move(e));
        }
        for (const auto& u : after->users) {
            if (changedUser && u.id == *changedUser)
                continue;
            const Entry* was = before->byId(u.id);
            const bool same = was && was->username == u.username && was->role == u.role && was->active == u.active &&
                              (changedUser || !was->key || was->key == u.key);
            if (!same || (changedUser && was->key != u.key)) {
                auto e = Error::make(ErrorCode::Damaged, "the users table does not match the signed roster for '" +
                                                             u.username + "' (changed outside Waymark): run verify");
                e.rule = "roster";
                return std::unexpected(std::move(e));
            }
        }
    }
    // The authority seed for active coordinators with a key, and for nobody else (the users
    // table now agrees with the signed roster but for what the door itself changed).
    for (const auto& k : *keys) {
        const auto u =
            std::find_if(users->begin(), users->end(), [&](const UserInfo& x) { return x.username == k.username; });
        const bool coordinator = u != users->end() && u->active && u->role == Role::Coordinator;
        if (coordinator && k.sealedAuthority.empty()) {
            if (auto st = store.setSealedAuthority(k.username, authority.sealSeedTo(k.slotPublicKey)); !st)
                return std::unexpected(st.error());
        } else if (!coordinator && !k.sealedAuthority.empty()) {
            if (auto st = store.setSealedAuthority(k.username, {}); !st)
                return std::unexpected(st.error());
        }
    }
    if (*latest && (*latest)->content == content && !force)
        return std::int64_t{0};
    auto last = store.lastAuditSeq();
    if (!last)
        return std::unexpected(last.error());
    RosterVersion v;
    v.version = *latest ? (*latest)->version + 1 : 1;
    v.afterSeq = *last;
    v.content = content;
    const auto sig = authority.sign(signedMessage(v));
    v.signature.assign(sig.begin(), sig.end());
    if (auto st = store.insertRoster(v); !st)
        return std::unexpected(st.error());
    return v.version;
}

Result<std::optional<Entry>> signedEntry(Database& db, const Uuid& id)
{
    const auto authority = authorityPublicKey(db);
    auto versions = SigningStore(db).roster();
    if (!versions)
        return std::unexpected(versions.error());
    if (!authority && versions->empty())
        return std::optional<Entry>{};
    const auto damaged = [] {
        auto e = Error::make(ErrorCode::PermissionDenied,
                             "this account does not match the casebook's signed roster (changed outside Waymark): "
                             "a coordinator or auditor should run verify");
        e.rule = "roster";
        return std::unexpected(std::move(e));
    };
    if (!authority)
        return damaged();
    // The newest version the authority signed: a forged newer one (which verify reports) does
    // not lock everyone out, only those it would have changed.
    for (auto it = versions->rbegin(); it != versions->rend(); ++it) {
        if (!verifySignature(*authority, signedMessage(*it), it->signature))
            continue;
        const auto parsed = parse(it->content);
        const Entry* entry = parsed ? parsed->byId(id) : nullptr;
        if (!entry)
            return damaged();
        return std::optional<Entry>(*entry);
    }
    return damaged();
}

Verifier::Verifier(Database& db)
{
    const auto authority = authorityPublicKey(db);
    SigningStore store(db);
    auto versions = store.roster();
    if (!versions) {
        m_rosterProblem = "cannot read the roster: " + versions.error().detail;
        return;
    }
    if (!authority && versions->empty())
        return; // signing has not begun
    m_active = true;
    if (!authority) {
        m_rosterProblem = "the casebook's authority key is missing (removed outside Waymark)";
        return;
    }
    if (versions->empty()) {
        m_rosterProblem = "the signed roster is missing (removed outside Waymark)";
        return;
    }
    // Each version against the key in force at its place in the rotation chain.
    const Chain chain = readChain(db);
    if (!chain.problem.empty()) {
        m_rosterProblem = chain.problem;
        return;
    }
    m_rotations = static_cast<std::int64_t>(chain.rotations.size());
    if (!chain.rotations.empty() && chain.rotations.back().rosterVersion > versions->back().version) {
        m_rosterProblem = "roster version " + std::to_string(chain.rotations.back().rosterVersion) +
                          ", the first the newest authority key signs, is missing (removed outside Waymark)";
        return;
    }
    std::int64_t expected = 1;
    std::int64_t lastAfter = 0;
    for (const auto& v : *versions) {
        const std::string name = "roster version " + std::to_string(v.version);
        if (v.version != expected) {
            m_rosterProblem = "roster version " + std::to_string(expected) + " is missing or out of order";
            return;
        }
        const auto key = chain.keyFor(v.version);
        if (!key || !verifySignature(*key, signedMessage(v), v.signature)) {
            m_rosterProblem = name + " is not signed by the casebook's authority key" +
                              (chain.rotations.empty() ? std::string() : " in force at that version") +
                              " (changed outside Waymark)";
            return;
        }
        auto parsed = parse(v.content);
        if (!parsed) {
            m_rosterProblem = name + " cannot be read";
            return;
        }
        if (v.afterSeq < lastAfter || (!m_versions.empty() && parsed->signingFrom != m_signingFrom)) {
            m_rosterProblem = name + " is out of order";
            return;
        }
        m_signingFrom = parsed->signingFrom;
        lastAfter = v.afterSeq;
        m_versions.push_back(Version{v.version, v.afterSeq, std::move(*parsed)});
        ++expected;
    }
    // The users table as it is now against the newest signed version.
    auto users = UserStore(db).list();
    auto keys = store.keys();
    if (!users || !keys) {
        m_rosterProblem = "cannot read the users table";
        return;
    }
    const std::string now = contentFor(*users, *keys, m_signingFrom);
    if (now != versions->back().content) {
        const auto current = parse(now);
        const Parsed& signedRoster = m_versions.back().parsed;
        std::string which = "an account was added or removed";
        for (const auto& u : current ? current->users : std::vector<Entry>{}) {
            const Entry* s = signedRoster.byId(u.id);
            if (!s) {
                which = "'" + u.username + "' is not on it";
                break;
            }
            if (s->role != u.role || s->active != u.active || s->username != u.username) {
                which = "'" + u.username + "' is " + std::string(roleName(u.role)) + (u.active ? "" : " (removed)") +
                        ", the roster says " + std::string(roleName(s->role)) + (s->active ? "" : " (removed)");
                break;
            }
            if (s->key != u.key) {
                which = "the signing key of '" + u.username + "' differs";
                break;
            }
        }
        m_rosterProblem = "the users table does not match the signed roster (version " +
                          std::to_string(versions->back().version) + "): " + which + " (changed outside Waymark)";
    }
}

const Verifier::Version& Verifier::versionFor(std::int64_t seq) const
{
    const Version* found = &m_versions.front();
    for (const auto& v : m_versions)
        if (v.afterSeq < seq)
            found = &v;
    return *found;
}

std::string Verifier::checkRow(const AuditRowSeen& row)
{
    m_lastSigner = nullptr;
    if (!m_active || m_versions.empty())
        return {};
    if (row.seq <= m_signingFrom) {
        if (row.signature.empty())
            ++m_unsignedBefore;
        return {};
    }
    const AuditEvent& e = *row.event;
    // Each roster version is followed by its "roster.signed" row, and only then.
    const Version* made = nullptr;
    for (const auto& v : m_versions)
        if (v.afterSeq + 1 == row.seq)
            made = &v;
    const bool rosterRow = e.operation == "roster.signed";
    if (made && (!rosterRow || e.detail != "version " + std::to_string(made->version)))
        return "roster version " + std::to_string(made->version) + " has no roster.signed row after it";
    if (rosterRow && !made)
        return "a roster.signed row without its roster version (the roster was cut)";
    const Version& inForce = versionFor(row.seq);
    // Who may sign a new roster is decided by the version before it.
    const Version& permits =
        rosterRow && made->version > 1 ? m_versions[static_cast<std::size_t>(made->version - 2)] : inForce;
    const std::string versionName = "roster version " + std::to_string(permits.version);
    if (row.signer.empty() || row.signature.empty()) {
        const Entry* author = e.userId.isNull() ? nullptr : inForce.parsed.byId(e.userId);
        if (author && !author->key && !rosterRow)
            return {}; // the author has no signing key yet (a key slot of format 1)
        return "not signed (written outside Waymark)";
    }
    if (row.signer.size() != 32)
        return "its signer cannot be read";
    PublicKey signer{};
    std::memcpy(signer.data(), row.signer.data(), signer.size());
    const Entry* by = permits.parsed.byKey(signer);
    if (!by)
        return "signed by a key that is not on the roster (" + versionName + ")";
    if (!verifySignature(signer, auditSignedMessage(row.hash, row.changes, row.changeDigest), row.signature))
        return "its signature does not match (altered after it was signed)";
    if (!by->active)
        return "signed by '" + by->username + "', whose account was removed (" + versionName + ")";
    if (!e.userId.isNull() && e.userId != by->id)
        return "written in the name of '" + e.username + "' but signed by '" + by->username + "'";
    if (const auto action = requiredAction(e.operation); action && !roleAllows(by->role, *action))
        return e.operation + " by '" + by->username + "', a " + std::string(roleName(by->role)) +
               ": not allowed to that role (" + versionName + ")";
    ++m_signedRows;
    m_lastSigner = by;
    return {};
}

} // namespace waymark::roster
