// Casebook::rekey: a new database key for the whole casebook. Steps and crash safety:
// docs/storage.md, "Rekeying".

#include "core/Casebook.h"
#include "core/CasebookFiles.h"
#include "core/KeyFileChange.h"
#include "core/Text.h"
#include "core/domain/TextRules.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/AtomicFile.h"
#include "core/store/Database.h"

#include <sodium.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <filesystem>

namespace waymark {

namespace {

namespace fs = std::filesystem;

fs::path withSuffix(const fs::path& path, std::string_view suffix)
{
    auto p = path;
    p += std::string(suffix);
    return p;
}

std::int64_t sizeOrZero(const fs::path& path)
{
    std::error_code ec;
    const auto size = fs::file_size(path, ec);
    return ec ? 0 : static_cast<std::int64_t>(size);
}

// x'<key hex>[<salt hex>]': SQLCipher's raw key, with the salt a new file is to use.
void writeKeySpec(SecureBytes& spec, const SecureBytes& key, const std::array<std::uint8_t, 16>* salt)
{
    char* out = reinterpret_cast<char*>(spec.data());
    out[0] = 'x';
    out[1] = '\'';
    sodium_bin2hex(out + 2, key.size() * 2 + 1, key.data(), key.size());
    std::size_t at = 2 + key.size() * 2;
    if (salt) {
        sodium_bin2hex(out + at, salt->size() * 2 + 1, salt->data(), salt->size());
        at += salt->size() * 2;
    }
    out[at] = '\'';
}

struct CopyTicks
{
    const ProgressFn* progress = nullptr;
    fs::path target;
    std::int64_t expected = 1;
    int last = -1;
    bool cancelled = false;
};

} // namespace

namespace files {

fs::path rekeyingPath(const fs::path& casebook)
{
    return withSuffix(casebook, ".rekeying");
}

bool hasRekeyLeftovers(const fs::path& casebook)
{
    std::error_code ec;
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        if (fs::exists(withSuffix(rekeyingPath(casebook), suffix), ec))
            return true;
    return fs::exists(withSuffix(casebook, "-journal"), ec);
}

void clearRekeyLeftovers(const fs::path& casebook)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"}) {
        std::error_code ec;
        fs::remove(withSuffix(rekeyingPath(casebook), suffix), ec);
    }
}

void clearStrayJournal(const fs::path& casebook)
{
    std::error_code ec;
    fs::remove(withSuffix(casebook, "-journal"), ec);
}

} // namespace files

Result<RekeyReport> Casebook::rekey(std::string_view reasonIn, const ProgressFn& progress)
{
    if (auto st = authorise(Action::CasebookRekey, "casebook"); !st)
        return std::unexpected(st.error());
    const std::string reason = text::trim(reasonIn);
    if (reason.empty())
        return fail(ErrorCode::Validation, "give a reason for the rekey (it goes into the audit trail)", "reason");
    if (auto st = checkTextField("audit_reason", reason, "reason"); !st)
        return std::unexpected(st.error());
    const fs::path keys = keyFilePath(m_path);
    const fs::path building = files::rekeyingPath(m_path);
    const auto report = [&](int percent, std::string_view phrase) { return !progress || progress(percent, phrase); };

    // 1. Finish whatever an interrupted slot change left, and read the key file, under the lock.
    Keyring keyring = Keyring::createNew();
    {
        Transaction tx(*m_db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        auto loaded = keyfile::loadForChange(*m_db, keys);
        if (!loaded)
            return std::unexpected(loaded.error());
        keyring = std::move(*loaded);
        if (files::hasRekeyLeftovers(m_path)) { // an earlier rekey stopped before it published
            files::clearRekeyLeftovers(m_path);
            files::clearStrayJournal(m_path);
        }
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
    }
    auto newKey = std::make_unique<SecureBytes>(Keyring::kKeySize);
    randombytes_buf(newKey->data(), newKey->size());
    std::array<std::uint8_t, 16> newSalt{};
    randombytes_buf(newSalt.data(), newSalt.size());
    if (auto st = keyring.resealAll(*newKey); !st)
        return std::unexpected(st.error());
    keyring.setDatabaseSalt(newSalt);

    // 2. Everyone else out, until the new file is in place: leaving WAL mode needs the only
    // connection, and exclusive locking mode keeps the lock from then on.
    sqlite3* handle = m_db->handle();
    const auto giveBack = [&] {
        // Normal locking first: WAL entered in exclusive locking mode would stay exclusive.
        (void)m_db->exec("PRAGMA locking_mode = NORMAL");
        (void)m_db->exec("SELECT count(*) FROM sqlite_schema"); // releases the lock
        (void)m_db->exec("PRAGMA journal_mode = WAL");
    };
    (void)m_db->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    if (auto st = m_db->exec("PRAGMA locking_mode = EXCLUSIVE"); !st)
        return std::unexpected(st.error());
    {
        Statement mode(*m_db, "PRAGMA journal_mode = DELETE");
        auto row = mode.step();
        const bool left = row && *row && mode.text(0) == "delete";
        mode.reset();
        if (!left) {
            giveBack();
            return fail(ErrorCode::Busy,
                        "the casebook is open in another window or program: close it there, then rekey");
        }
    }
    if (auto st = m_db->exec("BEGIN EXCLUSIVE; COMMIT"); !st) {
        giveBack();
        return std::unexpected(st.error());
    }
    if (!report(0, "Copying the casebook under a new key")) {
        giveBack();
        return fail(ErrorCode::Cancelled, "rekey cancelled");
    }

    // 3. The copy under the new key, beside the casebook.
    files::clearRekeyLeftovers(m_path);
    const auto abandonCopy = [&] {
        (void)m_db->exec("DETACH DATABASE rekeyed");
        files::clearRekeyLeftovers(m_path);
        giveBack();
    };
    // The casebook's connection may not create files, and ATTACH opens with its flags: the
    // copy starts as an empty file (private, like the casebook).
    if (auto st = files::createEmptyFile(building); !st) {
        abandonCopy();
        return std::unexpected(st.error());
    }
    {
        SecureBytes spec(2 + Keyring::kKeySize * 2 + newSalt.size() * 2 + 2);
        writeKeySpec(spec, *newKey, &newSalt);
        Statement attach(*m_db, "ATTACH DATABASE ?1 AS rekeyed KEY ?2");
        attach.bind(1, building.string());
        attach.bind(2, std::string_view(reinterpret_cast<const char*>(spec.data()), spec.size() - 1));
        auto st = attach.run();
        spec.wipe();
        if (!st) {
            abandonCopy();
            return std::unexpected(st.error());
        }
    }
    // A small cache, so pages reach the file as they are copied (progress is the file's growth).
    // No journal and no syncs for the copy: stopped half-way it is thrown away, and it is
    // synced once finished. (With a journal, the transaction would span two journaled files
    // and leave a super-journal beside the casebook when killed.)
    for (const char* pragma : {"PRAGMA rekeyed.cache_size = -4096", "PRAGMA rekeyed.auto_vacuum = INCREMENTAL",
                               "PRAGMA rekeyed.journal_mode = OFF", "PRAGMA rekeyed.synchronous = OFF"})
        (void)m_db->exec(pragma);
    CopyTicks ticks{&progress, building, std::max<std::int64_t>(1, sizeOrZero(m_path))};
    sqlite3_progress_handler(
        handle, 4000,
        [](void* p) -> int {
            auto* t = static_cast<CopyTicks*>(p);
            const int percent = static_cast<int>(
                std::min<std::int64_t>(90, sizeOrZero(t->target) * 90 / std::max<std::int64_t>(1, t->expected)));
            if (percent != t->last && *t->progress) {
                t->last = percent;
                if (!(*t->progress)(percent, "Copying the casebook under a new key")) {
                    t->cancelled = true;
                    return 1;
                }
            }
            return 0;
        },
        &ticks);
    auto copied = m_db->exec("BEGIN IMMEDIATE; SELECT sqlcipher_export('rekeyed'); COMMIT");
    sqlite3_progress_handler(handle, 0, nullptr, nullptr);
    if (!copied) {
        (void)m_db->exec("ROLLBACK");
        abandonCopy();
        if (ticks.cancelled)
            return fail(ErrorCode::Cancelled, "rekey cancelled");
        return std::unexpected(copied.error());
    }
    // The schema version (user_version) and application id travel with the copy too.
    for (const char* header : {"user_version", "application_id"}) {
        Statement read(*m_db, std::string("PRAGMA main.") + header);
        auto row = read.step();
        if (!row || !*row) {
            abandonCopy();
            return fail(ErrorCode::Io, "the casebook's header could not be read");
        }
        const std::int64_t value = read.integer(0);
        read.reset();
        if (auto st = m_db->exec(std::string("PRAGMA rekeyed.") + header + " = " + std::to_string(value)); !st) {
            abandonCopy();
            return std::unexpected(st.error());
        }
    }
    if (auto st = m_db->exec("DETACH DATABASE rekeyed"); !st) {
        abandonCopy();
        return std::unexpected(st.error());
    }
    keyfile::stepReached("rekey.copied");

    // 4. In the copy: the audit row and the key file generation it expects, with the new key
    // file staged beside the old one (core/KeyFileChange.h).
    std::uint64_t generation = 0;
    {
        auto copy = Database::open(building, *newKey, false);
        if (!copy) {
            files::clearRekeyLeftovers(m_path);
            giveBack();
            return std::unexpected(copy.error());
        }
        std::swap(m_db, *copy); // audit() writes through m_db
        auto written = [&]() -> Result<std::uint64_t> {
            Transaction tx(*m_db);
            if (!tx.begun())
                return std::unexpected(tx.begun().error());
            const std::string detail = reason + " (" + std::to_string(keyring.slotCount()) + " key slots)";
            if (auto st = audit("casebook.rekeyed", "casebook", {}, detail); !st)
                return std::unexpected(st.error());
            // A new authority key with the new database key (docs/threat-model.md, "The trust root").
            if (auto st = rotateAuthority("casebook rekeyed"); !st)
                return std::unexpected(st.error());
            auto n = keyfile::stage(*m_db, keyring, keys);
            if (!n)
                return n;
            if (auto st = tx.commit(); !st)
                return std::unexpected(st.error());
            return n;
        }();
        std::swap(m_db, *copy);
        copy->reset(); // closing folds its write-ahead log into the file
        if (!written) {
            files::clearRekeyLeftovers(m_path);
            giveBack();
            return std::unexpected(written.error());
        }
        generation = *written;
    }
    if (auto st = files::syncFile(building); !st) {
        files::clearRekeyLeftovers(m_path);
        giveBack();
        return std::unexpected(st.error());
    }
    if (sizeOrZero(withSuffix(building, "-wal")) > 0) {
        files::clearRekeyLeftovers(m_path);
        giveBack();
        return fail(ErrorCode::Io, "the rekeyed copy kept a write-ahead log; nothing was changed");
    }
    (void)report(95, "Putting the rekeyed casebook in place");

    // 5. The commit point: the copy replaces the casebook.
    files::RetiredFile old(m_path);
    if (auto st = renameDurably(building, m_path); !st) {
        old.keep();
        files::clearRekeyLeftovers(m_path);
        giveBack();
        return std::unexpected(st.error());
    }
    keyfile::stepReached("rekey.published");

    // 6. Finishing (also done by the next sign-in when stopped here): this machine's anchors
    // sealed with the new key, the new key file in place, the old file made unreadable.
    (void)anchors().resealWith(*newKey);
    (void)keyfile::promote(keys, generation);
    files::clearRekeyLeftovers(m_path); // the copy's -shm
    old.retire();
    m_db->skipHousekeepingOnClose();
    m_db.reset();
    m_key->wipe();
    m_key = std::move(newKey);
    auto reopened = Database::open(m_path, *m_key, false);
    if (!reopened)
        return std::unexpected(reopened.error());
    m_db = std::move(*reopened);
    (void)report(100, "Rekeyed");
    return RekeyReport{keyring.slotCount(), sizeOrZero(m_path), generation};
}

} // namespace waymark
