#include "core/Casebook.h"

#include "core/CasebookFiles.h"
#include "core/KeyFileChange.h"
#include "core/Text.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/domain/TextRules.h"
#include "core/domain/UserRules.h"
#include "core/security/Keyring.h"
#include "core/security/PasswordPolicy.h"
#include "core/security/Roster.h"
#include "core/security/SecureBytes.h"
#include "core/security/SignInThrottle.h"
#include "core/security/Signing.h"
#include "core/store/AtomicFile.h"
#include "core/store/AuditLog.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/Migrations.h"
#include "core/store/UserStore.h"
#include "core/store/Visibility.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <cstdio>
#include <ctime>

namespace waymark {

namespace {

std::filesystem::path signInEventsPath(const std::filesystem::path& casebook)
{
    auto p = casebook;
    p += ".signins";
    return p;
}

// Four characters from the site id, from an alphabet without look-alikes (no 0/O, 1/I/L):
// 31^4 = 923,521 codes, so twenty laptops of one scheme share a code with odds of about
// 1 in 5,000. The sync issue will register codes centrally; until then see docs/storage.md.
std::string devicePrefixFrom(const std::array<std::uint8_t, 8>& site)
{
    static constexpr char kAlphabet[] = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    std::string out;
    for (int i = 0; i < 4; ++i)
        out += kAlphabet[site[static_cast<std::size_t>(i)] % (sizeof kAlphabet - 1)];
    return out;
}

// Writes inside an open transaction, or in one of its own when there is none.
template <typename F> Status inTransaction(Database& db, F&& body)
{
    if (!sqlite3_get_autocommit(db.handle()))
        return body();
    Transaction tx(db);
    if (!tx.begun())
        return tx.begun();
    if (auto st = body(); !st)
        return st;
    return tx.commit();
}

} // namespace

// ---------------------------------------------------------------------------------------
// Casebook: opening, creating and locking; settings and checks of the whole casebook; the
// plumbing every desk uses through its DeskContext (authorise, audit, HLC). The desks
// themselves (People, Users, Drafts) are in their own files.

Casebook::Casebook(std::filesystem::path path, std::unique_ptr<Database> db, std::unique_ptr<SecureBytes> key,
                   std::shared_ptr<const Clock> clock)
    : m_path(std::move(path))
    , m_db(std::move(db))
    , m_key(std::move(key))
    , m_clock(clock ? std::move(clock) : std::make_shared<SystemClock>())
{}

Casebook::~Casebook()
{
    // Closing (signing out, locking, the end of a CLI command) leaves an anchor of the audit
    // chain's head on this machine, unless the casebook is behind the anchors already there.
    if (m_db && m_key && !m_siteId.empty() && !m_user.id.isNull()) {
        try {
            (void)anchors().advance(*m_db, kAnchorClosed, formatUtcMillis(m_clock->now()), m_user.id);
        } catch (...) { // NOLINT(bugprone-empty-catch): closing must go on; the anchor is a best effort
        }
    }
    m_db.reset();
    if (m_key)
        m_key->wipe();
}

AnchorBook Casebook::anchors() const
{
    return AnchorBook(AnchorBook::machineFolder(), m_siteId, *m_key);
}

std::filesystem::path Casebook::keyFilePath(const std::filesystem::path& casebookPath)
{
    auto p = casebookPath;
    p += ".keys";
    return p;
}

bool Casebook::exists(const std::filesystem::path& casebookPath)
{
    std::error_code ec;
    return std::filesystem::exists(casebookPath, ec);
}

std::string Casebook::engineVersion()
{
    Database::prepareEngine();
    sqlite3* db = nullptr;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE, nullptr) != SQLITE_OK) {
        sqlite3_close(db);
        return {};
    }
    std::string v = Database::cipherVersion(db);
    sqlite3_close(db);
    return v;
}

Result<std::unique_ptr<Casebook>> Casebook::create(const std::filesystem::path& path, std::string_view usernameIn,
                                                   std::string_view password, const CreateOptions& options,
                                                   std::shared_ptr<const Clock> clock)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Engine, "libsodium could not start");
    if (engineVersion().empty())
        return fail(ErrorCode::Engine, "the linked SQLite is not SQLCipher");
    auto username = normaliseUsername(usernameIn);
    if (!username)
        return std::unexpected(username.error());
    if (auto st = checkNewPassword(password, *username); !st)
        return std::unexpected(st.error());
    if (auto st = checkTextField("display_name", options.displayName); !st)
        return std::unexpected(st.error());
    const auto division = divisionFromName(options.division);
    if (!division) {
        Error e = division.error();
        e.field = "division";
        return std::unexpected(e);
    }
    std::error_code ec;
    if (path.has_parent_path() && !std::filesystem::is_directory(path.parent_path(), ec))
        return fail(ErrorCode::NotFound, "the folder for the casebook does not exist", "path");
    if (exists(path))
        return fail(ErrorCode::AlreadyExists, "a casebook already exists at that path");
    // Leftovers of an interrupted creation go; a key file of some other casebook stays.
    auto strayKeyFile = files::clearUnfinishedCreation(path);
    if (!strayKeyFile)
        return std::unexpected(strayKeyFile.error());
    if (*strayKeyFile)
        return fail(ErrorCode::AlreadyExists, "a key file for another casebook is already at that path");

    // Built under a temporary name in the same folder, published by rename at the end.
    const std::filesystem::path building = files::creatingPath(path);
    const auto cleanUp = [&] { (void)files::clearUnfinishedCreation(path); };
    auto key = std::make_unique<SecureBytes>(Keyring::kKeySize);
    randombytes_buf(key->data(), key->size());
    auto db = Database::open(building, *key, true);
    if (!db) {
        cleanUp();
        return std::unexpected(db.error());
    }
    if (auto st = migrate(**db); !st) {
        db->reset();
        cleanUp();
        return std::unexpected(st.error());
    }
    if (!clock)
        clock = std::make_shared<SystemClock>();

    std::array<std::uint8_t, 8> site{};
    randombytes_buf(site.data(), site.size());
    std::array<std::uint8_t, crypto_box_PUBLICKEYBYTES> eventPublic{};
    SecureBytes eventSecret(crypto_box_SECRETKEYBYTES);
    crypto_box_keypair(eventPublic.data(), eventSecret.data());

    std::unique_ptr<Casebook> cb(new Casebook(building, std::move(*db), std::move(key), clock));
    cb->m_siteId = text::toHex(site.data(), site.size());
    cb->m_devicePrefix = devicePrefixFrom(site);
    const std::string kdfName = options.kdf == KdfStrength::Minimum ? "minimum" : "standard";
    const std::string now = formatUtcMillis(clock->now());
    cb->m_user = UserInfo{Uuid::v7(clock->now()), *username,
                          options.displayName.empty() ? *username : options.displayName, Role::Coordinator, true};
    if (auto st = visibility::setViewer(cb->database(), cb->m_user.id); !st) {
        cb.reset();
        cleanUp();
        return std::unexpected(st.error());
    }

    Keyring keyring = Keyring::createNew();
    keyring.setEventPublicKey(eventPublic);
    // The key file names its casebook (SQLCipher's salt, written with the first page), so a
    // key file beside the wrong casebook is caught before a password is asked for.
    const auto salt = files::fileSalt(building);
    if (!salt) {
        cb.reset();
        cleanUp();
        return fail(ErrorCode::Io, "the new casebook file could not be read back");
    }
    keyring.setDatabaseSalt(*salt);
    // The authority key is made first so that it is bound into the first coordinator's slot.
    auto authority = SigningKey::generate();
    cb->m_boundAuthority = authority->publicKey();
    if (auto st = keyring.setSlot(*username, password, *cb->m_key, kdfParamsNamed(kdfName), authority->publicKey());
        !st) {
        cb.reset();
        cleanUp();
        return std::unexpected(st.error());
    }

    Status written = [&]() -> Status {
        Transaction tx(cb->database());
        if (!tx.begun())
            return tx.begun();
        for (const auto& [k, v] : {std::pair<std::string_view, std::string>{"site_id", cb->m_siteId},
                                   {"device_prefix", cb->m_devicePrefix},
                                   {"division", std::string(divisionName(*division))},
                                   {"created_at", now},
                                   {"kdf", kdfName},
                                   {"demo", options.demo ? "1" : "0"},
                                   {"event_secret_key", text::toHex(eventSecret.data(), eventSecret.size())}})
            if (auto st = MetaStore(cb->database()).set(k, v); !st)
                return st;
        // Signing from the first row: the authority key and the first coordinator's signing key.
        if (const auto slotKey = keyring.slotPublicKey(*username)) {
            auto keys = roster::begin(cb->database(), *username, *slotKey, {}, 0, std::move(authority));
            if (!keys)
                return std::unexpected(keys.error());
            cb->m_signingKey = std::move(keys->own);
            cb->m_authorityKey = std::move(keys->authority);
        }
        ChangeLog changes(cb->database(), cb->nextHlc(), cb->m_user.id);
        if (auto st = UserStore(cb->database()).insert(cb->m_user, now, changes); !st)
            return st;
        if (auto st = cb->audit("casebook.created", "casebook", {},
                                "division " + options.division + (options.demo ? ", synthetic demo data" : ""));
            !st)
            return st;
        if (auto st = cb->audit("user.added", "user", cb->m_user.id, "role coordinator"); !st)
            return st;
        if (auto st = keyring.save(keyFilePath(building)); !st)
            return st;
        return tx.commit();
    }();
    if (written) {
        // Closing the only connection checkpoints the write-ahead log into the file and
        // removes it; then the file is synced and the pair renamed into place.
        cb->m_db.reset();
        auto log = building;
        log += "-wal";
        std::error_code walError;
        if (std::filesystem::exists(log, walError) && std::filesystem::file_size(log, walError) > 0)
            written = fail(ErrorCode::Io, "the new casebook's write-ahead log was not folded into it");
        else
            written = files::syncFile(building);
    }
    if (written)
        written = files::publish(building, path);
    if (!written) {
        cb.reset();
        cleanUp();
        return std::unexpected(written.error());
    }
    auto reopened = Database::open(path, *cb->m_key, false);
    if (!reopened)
        return std::unexpected(reopened.error());
    cb->m_db = std::move(*reopened);
    if (auto st = visibility::setViewer(cb->database(), cb->m_user.id); !st)
        return std::unexpected(st.error());
    cb->m_path = path;
    return cb;
}

Result<std::unique_ptr<Casebook>> Casebook::open(const std::filesystem::path& path, std::string_view usernameIn,
                                                 std::string_view password, std::shared_ptr<const Clock> clock,
                                                 OpenFor purpose)
{
    if (!initialiseCrypto())
        return fail(ErrorCode::Engine, "libsodium could not start");
    if (engineVersion().empty())
        return fail(ErrorCode::Engine, "the linked SQLite is not SQLCipher");
    // Not a casebook, no key file, another casebook's key file: said before any password
    // work, and nothing is written.
    if (auto st = probe(path); !st)
        return std::unexpected(st.error());
    auto keyring = Keyring::load(keyFilePath(path));
    if (!keyring) {
        if (keyring.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::KeyFileMissing, "the casebook's key file is missing");
        return std::unexpected(keyring.error());
    }
    if (!clock)
        clock = std::make_shared<SystemClock>();
    const std::string typedName = text::trim(usernameIn);
    auto username = normaliseUsername(usernameIn);
    // The database cannot be written without a key, so a failed attempt is sealed to the
    // casebook's event key and moved into the audit log at the next unlock.
    const auto recordFailure = [&](std::string_view how) {
        const std::string event =
            formatUtcMillis(clock->now()) + "\n" + typedName.substr(0, 64) + "\n" + std::string(how);
        std::vector<std::uint8_t> sealed(event.size() + crypto_box_SEALBYTES);
        crypto_box_seal(sealed.data(), reinterpret_cast<const unsigned char*>(event.data()), event.size(),
                        keyring->eventPublicKey().data());
        (void)appendLine(signInEventsPath(path), text::toBase64(sealed.data(), sealed.size()));
    };
    SignInThrottle throttle(path);
    const std::string account = keyring->accountTag(username ? *username : typedName);
    // Counted before the password work, so parallel attempts are counted too.
    if (auto admitted = throttle.admit(account, clock->now()); !admitted) {
        recordFailure(admitted.error().code == ErrorCode::Throttled ? "refused: too many failed attempts"
                                                                    : "refused: the attempt could not be counted");
        return std::unexpected(admitted.error());
    }
    auto unlocked = username ? keyring->unlockSlot(*username, password)
                             : keyring->unlockSlot("", password); // same effort for a malformed name
    Result<std::unique_ptr<SecureBytes>> key =
        unlocked ? Result<std::unique_ptr<SecureBytes>>(std::move(unlocked->databaseKey))
                 : std::unexpected(unlocked.error());
    // The slot's own key pair opens the user's signing key (core/security/Roster.h).
    std::unique_ptr<SecureBytes> slotSecret = unlocked ? std::move(unlocked->slotSecretKey) : nullptr;
    const std::array<std::uint8_t, 32> slotPublic = unlocked ? unlocked->slotPublicKey : std::array<std::uint8_t, 32>{};
    const std::optional<std::array<std::uint8_t, 32>> boundAuthority =
        unlocked ? unlocked->authority : std::optional<std::array<std::uint8_t, 32>>{};
    // A slot change interrupted after its commit leaves the new key file pending beside the
    // old one (core/KeyFileChange.h): the new password opens that one until it is in place.
    std::uint64_t unlockedGeneration = keyring->generation();
    if (!key && username && key.error().code == ErrorCode::WrongCredentials) {
        for (const auto& [n, pendingPath] : keyfile::pendingFiles(keyFilePath(path))) {
            auto pending = Keyring::load(pendingPath);
            if (!pending)
                continue;
            if (auto k = pending->unlock(*username, password)) {
                key = std::move(k);
                unlockedGeneration = pending->generation();
                break;
            }
        }
    }
    if (!key) {
        if (key.error().code == ErrorCode::WrongCredentials)
            recordFailure("wrong user name or password"); // already counted by admit()
        return std::unexpected(key.error());
    }
    auto db = Database::open(path, **key, false);
    if (!db) {
        // A rekey stopped after its new casebook file was published and before its new key
        // file was put in place (Casebook::rekey): the password opens the pending key file,
        // whose key opens the casebook. This machine's anchors, sealed with the old key, are
        // sealed again with the new one before the recovery below puts the key file in place.
        for (const auto& [n, pendingPath] : keyfile::pendingFiles(keyFilePath(path))) {
            auto pending = Keyring::load(pendingPath);
            if (!pending || !username)
                continue;
            auto k = pending->unlock(*username, password);
            if (!k)
                continue;
            auto reopened = Database::open(path, **k, false);
            if (!reopened)
                continue;
            const std::string siteId = MetaStore(**reopened).get("site_id");
            if (!siteId.empty())
                (void)AnchorBook(AnchorBook::machineFolder(), siteId, **key).resealWith(**k);
            db = std::move(reopened);
            key = std::move(k);
            unlockedGeneration = pending->generation();
            break;
        }
    }
    if (!db)
        return std::unexpected(db.error());
    const int versionBefore = schemaVersion(**db);
    if (auto st = migrate(**db); !st)
        return std::unexpected(st.error());
    // An upgrade that dropped a large table (schema 3 replaced the old change log) leaves its
    // pages free: give them back once, now (about 3 s at 100,000 people), rather than leave the
    // file three times its size. Crash-safe like `compact`; on failure the casebook just stays large.
    if (versionBefore < kSchemaVersion && (*db)->freeShare() > 0.25)
        (void)(*db)->compact({});

    std::unique_ptr<Casebook> cb(new Casebook(path, std::move(*db), std::move(*key), clock));
    // Finish or discard an interrupted slot change, under the write lock, then hold the key
    // file to the generation the casebook recorded: an older key file put back (with a
    // removed user's slot, or a password since reset) or a casebook rolled back behind its
    // key file is refused. When the slot that opened it is not the one now in place, the
    // password must open the one in place too.
    {
        const auto keys = keyFilePath(path);
        if (keyfile::needsRecovery(keys) || files::hasRekeyLeftovers(path)) {
            Transaction tx(cb->database());
            if (!tx.begun())
                return std::unexpected(tx.begun().error());
            if (auto st = keyfile::recover(cb->database(), keys); !st)
                return std::unexpected(st.error());
            // A rekey's copy that was never published (under the lock: no rekey is running).
            files::clearRekeyLeftovers(path);
            files::clearStrayJournal(path);
            if (auto st = tx.commit(); !st)
                return std::unexpected(st.error());
        }
        auto current = Keyring::load(keys);
        if (!current)
            return std::unexpected(current.error());
        auto recorded = keyfile::recordedGeneration(cb->database());
        if (!recorded)
            return std::unexpected(recorded.error());
        if (current->generation() != *recorded) {
            auto e =
                Error::make(ErrorCode::KeyFileMismatch, current->generation() < *recorded
                                                            ? "the key file is older than the casebook (an old copy?)"
                                                            : "the casebook is older than its key file (an old copy?)");
            e.rule = "generation";
            return std::unexpected(std::move(e));
        }
        if (unlockedGeneration != current->generation() && !current->unlock(*username, password)) {
            recordFailure("wrong user name or password");
            return fail(ErrorCode::WrongCredentials, "wrong user name or password");
        }
    }
    auto user = UserStore(cb->database()).findByName(*username);
    if (!user && user.error().code != ErrorCode::NotFound)
        return std::unexpected(user.error()); // a damaged page, not a wrong password
    if (!user || !user->active)
        return fail(ErrorCode::WrongCredentials, "wrong user name or password");
    cb->m_user = *user;
    cb->m_boundAuthority = boundAuthority;
    if (auto st = visibility::setViewer(cb->database(), cb->m_user.id); !st)
        return std::unexpected(st.error());
    cb->m_siteId = MetaStore(cb->database()).get("site_id");
    cb->m_devicePrefix = MetaStore(cb->database()).get("device_prefix");
    if (cb->m_siteId.empty())
        return fail(ErrorCode::Damaged, "the casebook has no site id");

    // The casebook against this machine's anchors as it was found, before this sign-in adds to
    // its audit chain: verify reports what was found here (a tail cut and written over since
    // would otherwise read as a rewrite), and closing never anchors a casebook found behind.
    cb->m_anchorAtOpen = cb->anchors().check(cb->database());
    // The trust root: a casebook whose authority key is not the one this user's slot holds has
    // a roster anyone with the database key may have written. Nobody works in it; a session
    // opened to verify it may do that alone.
    auto root =
        roster::trustRoot(cb->database(), boundAuthority, roster::authorityPublicKey(cb->database()).has_value());
    if (!root)
        return std::unexpected(root.error());
    switch (*root) {
    case roster::TrustRoot::Unbound:
    case roster::TrustRoot::Ok:
    case roster::TrustRoot::Rotated: // bound again to the new key below (bindSlotOnFirstUse)
        break;
    case roster::TrustRoot::Stripped:
        cb->m_trustRootProblem = "signing was removed from this casebook outside Waymark (your key slot holds its "
                                 "authority key)";
        break;
    case roster::TrustRoot::Replaced:
        cb->m_trustRootProblem =
            "this casebook's authority key is not the one your key slot holds (replaced outside Waymark)";
        break;
    }
    if (!cb->m_trustRootProblem.empty() && purpose != OpenFor::Verify) {
        recordFailure("refused: " + cb->m_trustRootProblem);
        auto e = Error::make(ErrorCode::PermissionDenied,
                             cb->m_trustRootProblem +
                                 ": its roster and roles cannot be trusted, so it does not open for work; a "
                                 "coordinator or auditor should run verify and restore the last good backup");
        e.rule = "authority";
        return std::unexpected(std::move(e));
    }
    if (auto st = cb->startSigning(slotSecret.get(), slotPublic); !st)
        return std::unexpected(st.error());
    // The role and the account as the signed roster has them: a role given outside Waymark
    // (the users table edited with the database key) does not sign in. (A session held to
    // verify reads the roster as untrusted already.)
    if (auto st = cb->m_trustRootProblem.empty() ? cb->checkSignedAccount() : Status{}; !st) {
        recordFailure("refused: " + st.error().detail);
        return std::unexpected(st.error());
    }
    if (auto st = cb->importSignInEvents(); !st)
        return std::unexpected(st.error());
    if (auto st = cb->audit("signin.ok", "user", cb->m_user.id); !st)
        return std::unexpected(st.error());
    if (purpose == OpenFor::Work && slotSecret)
        if (auto bound = cb->bindSlotOnFirstUse(password, slotPublic); !bound)
            // The sign-in goes on (the slot is tried again at the next one), but not silently:
            // while the slot is unbound a replaced authority key is not caught at sign-in.
            (void)cb->audit("signin.slot_bind_failed", "user", cb->m_user.id,
                            "the key slot could not be bound to the authority key: " + bound.error().detail);
    throttle.clear(account, clock->now());
    cb->m_backups.clearLeftovers(); // what a killed restore or check left beside the casebook
    if (!keyring->databaseSalt())
        files::recordDatabaseSalt(cb->database(), path); // best effort: the check is a convenience
    return cb;
}

// Failed sign-ins recorded (sealed) while the casebook was locked move into the audit log.
// Under the write lock, the file is first renamed aside, so attempts appended meanwhile go
// to a new file, and two Waymarks opening at once cannot import the same events twice. A
// leftover from an import whose commit failed is picked up again.
Status Casebook::importSignInEvents()
{
    const auto eventsPath = signInEventsPath(m_path);
    auto importing = eventsPath;
    importing += ".importing";
    if (!exists(eventsPath) && !exists(importing))
        return {};
    Transaction tx(*m_db);
    if (!tx.begun())
        return tx.begun();
    std::error_code ec;
    if (!exists(importing) && exists(eventsPath)) {
        std::filesystem::rename(eventsPath, importing, ec);
        if (ec)
            return fail(ErrorCode::Io, "cannot set aside the failed sign-in record: " + ec.message());
    }
    auto content = readWholeFile(importing);
    if (!content)
        return {}; // nothing to import after all
    auto secret = text::fromHex(MetaStore(*m_db).get("event_secret_key"));
    if (!secret || secret->size() != crypto_box_SECRETKEYBYTES)
        return fail(ErrorCode::Damaged, "the casebook's sign-in event key is missing");
    std::array<std::uint8_t, crypto_box_PUBLICKEYBYTES> pub{};
    crypto_scalarmult_base(pub.data(), secret->data());
    Status st = [&]() -> Status {
        for (const auto& line : text::split(*content, '\n')) {
            const std::string trimmed = text::trim(line);
            if (trimmed.empty())
                continue;
            AuditEvent e;
            e.at = formatUtcMillis(m_clock->now());
            e.operation = "signin.failed";
            e.recordType = "user";
            auto sealed = text::fromBase64(trimmed);
            std::string plain;
            if (sealed && sealed->size() > crypto_box_SEALBYTES) {
                plain.assign(sealed->size() - crypto_box_SEALBYTES, '\0');
                if (crypto_box_seal_open(reinterpret_cast<unsigned char*>(plain.data()), sealed->data(), sealed->size(),
                                         pub.data(), secret->data()) != 0)
                    plain.clear();
            }
            if (plain.empty()) {
                e.detail = "a failed sign-in was recorded while locked, but its record is unreadable";
            } else {
                // "<time>\n<user name as typed>\n<how it failed>". The typed name is kept only
                // when it names an account: a password typed into the user field by mistake
                // must never become readable in the audit trail.
                const auto parts = text::split(plain, '\n');
                const std::string typed = parts.size() > 1 ? parts[1] : std::string();
                const bool known = !typed.empty() && UserStore(*m_db).findByName(typed).has_value();
                e.username = known ? typed : std::string();
                e.detail = (parts.size() > 2 ? parts[2] + ", " : std::string()) + (known ? "" : "unknown user name, ") +
                           "at " + parts[0] + " while locked";
            }
            if (auto r = AuditLog(*m_db, m_signingKey.get()).append(e); !r)
                return r;
        }
        return tx.commit();
    }();
    sodium_memzero(secret->data(), secret->size());
    if (!st)
        return st;
    std::filesystem::remove(importing, ec); // if this fails, the events are imported again later
    return {};
}

Result<std::unique_ptr<Casebook>> Casebook::openAnotherConnection() const
{
    auto key = std::make_unique<SecureBytes>(m_key->size());
    std::copy(m_key->data(), m_key->data() + m_key->size(), key->data());
    auto db = Database::open(m_path, *key, false);
    if (!db)
        return std::unexpected(db.error());
    std::unique_ptr<Casebook> cb(new Casebook(m_path, std::move(*db), std::move(key), m_clock));
    cb->m_user = m_user;
    if (m_signingKey)
        cb->m_signingKey = m_signingKey->clone();
    if (m_authorityKey)
        cb->m_authorityKey = m_authorityKey->clone();
    if (auto st = visibility::setViewer(cb->database(), cb->m_user.id); !st)
        return std::unexpected(st.error());
    cb->m_siteId = m_siteId;
    cb->m_devicePrefix = m_devicePrefix;
    return cb;
}

CasebookInfo Casebook::info() const
{
    Database& db = *m_db;
    CasebookInfo i;
    i.division = MetaStore(db).get("division");
    i.siteId = m_siteId;
    i.devicePrefix = m_devicePrefix;
    i.schemaVersion = schemaVersion(db);
    i.cipherVersion = Database::cipherVersion(db.handle());
    i.sqliteVersion = sqlite3_libversion();
    i.createdAt = MetaStore(db).get("created_at");
    i.demo = MetaStore(db).get("demo") == "1";
    return i;
}

std::string Casebook::nextHlc()
{
    // Called inside a write transaction. The newest value in the change log may come from
    // another connection or process writing to this casebook, so it is read every time (the
    // last row, by rowid: cheap); the clock never goes backwards from it.
    const std::string last = ChangeLog::lastHlc(*m_db);
    std::tm t{};
    int millis = 0;
    unsigned counter = 0;
    if (!last.empty() && std::sscanf(last.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ-%4x", &t.tm_year, &t.tm_mon,
                                     &t.tm_mday, &t.tm_hour, &t.tm_min, &t.tm_sec, &millis, &counter) == 8) {
        t.tm_year -= 1900;
        t.tm_mon -= 1;
        const std::int64_t lastMillis = static_cast<std::int64_t>(timegm(&t)) * 1000 + millis;
        if (lastMillis > m_hlcMillis || (lastMillis == m_hlcMillis && static_cast<int>(counter) > m_hlcCounter)) {
            m_hlcMillis = lastMillis;
            m_hlcCounter = static_cast<int>(counter);
        }
    }
    const auto ms = std::chrono::duration_cast<std::chrono::milliseconds>(m_clock->now().time_since_epoch()).count();
    if (ms > m_hlcMillis) {
        m_hlcMillis = ms;
        m_hlcCounter = 0;
    } else if (++m_hlcCounter > 0xFFFF) {
        // The counter is four hex digits: borrow the next millisecond rather than wrap.
        ++m_hlcMillis;
        m_hlcCounter = 0;
    }
    char counterText[8];
    std::snprintf(counterText, sizeof counterText, "%04x", m_hlcCounter);
    return formatUtcMillis(std::chrono::system_clock::time_point(std::chrono::milliseconds(m_hlcMillis))) + "-" +
           counterText + "-" + m_siteId;
}

Status Casebook::audit(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                       std::string_view detail)
{
    AuditEvent e;
    e.at = formatUtcMillis(m_clock->now());
    e.userId = m_user.id;
    e.username = m_user.username;
    e.operation = operation;
    e.recordType = recordType;
    e.recordId = recordId;
    e.detail = detail;
    return inTransaction(*m_db, [&]() -> Status {
        if (auto st = AuditLog(*m_db, m_signingKey.get()).append(e); !st)
            return st;
        return roster::changesRoster(operation) ? signRosterIfChanged(recordId) : Status{};
    });
}

Status Casebook::auditConsultation(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                                   std::string_view detail)
{
    if (!sqlite3_get_autocommit(m_db->handle()))
        return audit(operation, recordType, recordId, detail);
    // Reading is logged too (DPA 2018 s.62), on every search and page. Those rows are
    // committed without waiting for the disk (WAL, synchronous=NORMAL): they survive a crash
    // of Waymark, and only a power cut in the last moments could lose them. Changes to
    // records keep synchronous=FULL.
    (void)m_db->exec("PRAGMA synchronous = NORMAL");
    Status st = audit(operation, recordType, recordId, detail);
    (void)m_db->exec("PRAGMA synchronous = FULL");
    return st;
}

Status Casebook::authorise(Action action, std::string_view recordType, const Uuid& recordId)
{
    // The account as it is now, not as it was at sign-in: a user removed or given another
    // role by a coordinator loses the old rights at once, also in sessions already open.
    auto current = UserStore(*m_db).findByName(m_user.username);
    if (!current && current.error().code != ErrorCode::NotFound)
        return std::unexpected(current.error());
    if (!current || !current->active) {
        (void)audit("refused", recordType, recordId, std::string(actionName(action)) + " (account removed)");
        return fail(ErrorCode::PermissionDenied, "this account has been removed");
    }
    if (current->role != m_user.role) {
        // Changed since sign-in: held to the signed roster, as at sign-in.
        m_user.role = current->role;
        if (auto st = checkSignedAccount(); !st) {
            (void)audit("refused", recordType, recordId,
                        std::string(actionName(action)) + " (" + st.error().detail + ")");
            return std::unexpected(st.error());
        }
    }
    m_user.role = current->role;
    if (!m_trustRootProblem.empty() && action != Action::AuditVerify) {
        (void)audit("refused", recordType, recordId,
                    std::string(actionName(action)) + " (a session held to verify: " + m_trustRootProblem + ")");
        auto e = Error::make(ErrorCode::PermissionDenied, m_trustRootProblem + ": this session may only verify");
        e.rule = "authority";
        return std::unexpected(std::move(e));
    }
    if (roleAllows(m_user.role, action))
        return {};
    (void)audit("refused", recordType, recordId, std::string(actionName(action)));
    return fail(ErrorCode::PermissionDenied,
                std::string(roleName(m_user.role)) + " may not " + std::string(actionName(action)));
}

Result<std::vector<StorageUse>> Casebook::storage()
{
    if (auto st = authorise(Action::StorageInfo, "casebook"); !st)
        return std::unexpected(st.error());
    auto space = m_db->space();
    if (!space)
        return std::unexpected(space.error());
    std::vector<StorageUse> out;
    out.reserve(space->size());
    for (auto& s : *space)
        out.push_back(StorageUse{std::move(s.name), s.bytes, s.rows});
    if (auto st = auditConsultation("casebook.storage_viewed", "casebook", {}); !st)
        return std::unexpected(st.error());
    return out;
}

namespace {

std::int64_t casebookBytes(const std::filesystem::path& path)
{
    std::int64_t total = 0;
    for (const char* suffix : {"", "-wal"}) {
        std::error_code ec;
        const auto size = std::filesystem::file_size(path.string() + suffix, ec);
        if (!ec)
            total += static_cast<std::int64_t>(size);
    }
    return total;
}

} // namespace

Result<CompactReport> Casebook::compact(const ProgressFn& progress)
{
    if (auto st = authorise(Action::Compact, "casebook"); !st)
        return std::unexpected(st.error());
    CompactReport report;
    report.bytesBefore = casebookBytes(m_path);
    auto st = m_db->compact([&](int percent) { return !progress || progress(percent, "Compacting the casebook"); });
    if (!st)
        return std::unexpected(st.error());
    report.bytesAfter = casebookBytes(m_path);
    if (auto a = audit("casebook.compacted", "casebook", {},
                       std::to_string(report.bytesBefore) + " -> " + std::to_string(report.bytesAfter) + " bytes");
        !a)
        return std::unexpected(a.error());
    return report;
}

Result<std::vector<AuditEntry>> Casebook::auditTrail(const AuditQuery& query)
{
    if (auto st = authorise(Action::AuditRead, "audit_log"); !st)
        return std::unexpected(st.error());
    auto entries = AuditLog(*m_db).list(query);
    if (!entries)
        return entries;
    if (auto st = audit("audit.read", query.recordId ? "person" : "audit_log",
                        query.recordId ? *query.recordId : Uuid{}, "consultation of the audit trail");
        !st)
        return std::unexpected(st.error());
    return entries;
}

Status Casebook::markAsDemo()
{
    if (auto st = authorise(Action::SettingsChange); !st)
        return st;
    return inTransaction(*m_db, [&]() -> Status {
        if (auto st = MetaStore(*m_db).set("demo", "1"); !st)
            return st;
        return audit("settings.changed", "casebook", {}, "marked as synthetic demo data");
    });
}

Result<CalendarSettings> Casebook::calendarSettings()
{
    CalendarSettings settings;
    const auto division = divisionFromName(MetaStore(*m_db).get("division"));
    if (!division)
        return fail(ErrorCode::Damaged, "the casebook's division setting is not readable");
    settings.division = *division;
    for (const auto& part : text::split(MetaStore(*m_db).get("calendar.closure_days"), ',')) {
        if (part.empty())
            continue;
        auto d = Date::fromIso(part);
        if (!d)
            return fail(ErrorCode::Damaged, "a stored closure day is not a date");
        settings.closureDays.push_back(*d);
    }
    for (const auto& part : text::split(MetaStore(*m_db).get("calendar.annual_closures"), ',')) {
        if (part.empty())
            continue;
        auto c = parseAnnualClosure(part);
        if (!c)
            return fail(ErrorCode::Damaged, "a stored annual closure is not readable");
        settings.annualClosures.push_back(*c);
    }
    return settings;
}

Status Casebook::setCalendarSettings(const CalendarSettings& settings)
{
    if (auto st = authorise(Action::SettingsChange, "casebook"); !st)
        return st;
    std::string days;
    for (const auto& d : settings.closureDays) {
        if (d.isNull())
            return fail(ErrorCode::Validation, "a closure day has no date", "closure_days");
        days += (days.empty() ? "" : ",") + d.toIso();
    }
    std::string annual;
    for (const auto& c : settings.annualClosures) {
        const std::string text = formatAnnualClosure(c);
        if (!parseAnnualClosure(text))
            return fail(ErrorCode::Validation, "an annual closure is not a valid range of days", "annual_closures");
        annual += (annual.empty() ? "" : ",") + text;
    }
    return inTransaction(*m_db, [&]() -> Status {
        for (const auto& [key, value] :
             {std::pair<std::string_view, std::string>{"division", std::string(divisionName(settings.division))},
              {"calendar.closure_days", days},
              {"calendar.annual_closures", annual}})
            if (auto st = MetaStore(*m_db).set(key, value); !st)
                return st;
        return audit("settings.changed", "casebook", {}, "working-day calendar");
    });
}

} // namespace waymark
