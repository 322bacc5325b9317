#include "core/Backups.h"

#include "core/BackupCheck.h"

#include "core/CasebookFiles.h"
#include "core/DeskContext.h"
#include "core/KeyFileChange.h"
#include "core/Text.h"
#include "core/Users.h"
#include "core/platform/Process.h"
#include "core/security/Anchor.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/AnchorQueries.h"
#include "core/store/AuditLog.h"
#include "core/store/BackupCopy.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/Migrations.h"

#include <sodium.h>

#include <algorithm>
#include <array>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <functional>
#include <map>
#include <set>
#include <thread>

namespace waymark {

namespace {

constexpr std::string_view kExtension = ".waymark";
constexpr std::string_view kPartial = ".partial";
constexpr std::string_view kFolderKey = "backup.folder";
constexpr std::string_view kLastGoodKey = "backup.last_good";
constexpr std::string_view kAutomaticKey = "backup.automatic";    // "0": off; otherwise on
constexpr std::string_view kLastChangeKey = "backup.last_change"; // the change log's newest value then
// Temporary files: a copy being built, a staged restore, a copy being checked.
constexpr std::string_view kRestoring = ".restoring";
constexpr std::string_view kChecking = ".checking";
// Written into the backup itself, after its pages are copied: the moment it holds.
constexpr std::string_view kMadeAtKey = "backup_of.made_at";
constexpr std::string_view kMadeByKey = "backup_of.made_by";
constexpr std::string_view kHeadKey = "backup_of.audit_head";
constexpr std::string_view kGenerationKey = "backup_of.key_generation";
constexpr std::string_view kAnchorKey = "backup_of.anchor"; // the sealed audit anchor of that moment

std::filesystem::path withSuffix(const std::filesystem::path& p, std::string_view suffix)
{
    auto out = p;
    out += std::string(suffix);
    return out;
}

std::filesystem::path keysOf(const std::filesystem::path& p)
{
    return withSuffix(p, ".keys");
}

void removeQuietly(const std::filesystem::path& p)
{
    std::error_code ec;
    std::filesystem::remove(p, ec);
}

// A database file with what SQLite may have left beside it, and its key file.
void removeDatabaseFiles(const std::filesystem::path& p)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal", ".keys"})
        removeQuietly(withSuffix(p, suffix));
}

// This machine's name as it goes into a file name: letters and digits only.
std::string hostTag()
{
    std::string out;
    for (char c : platform::hostName())
        if (std::isalnum(static_cast<unsigned char>(c)) && out.size() < 24)
            out += c;
    return out.empty() ? std::string("host") : out;
}

// "~<host>~<pid>~<random>" after a temporary file's marker: who is writing it, so that
// nobody clears it while its writer lives (another window's backup, the CLI's, a thread's).
std::string workTag()
{
    std::array<std::uint8_t, 3> random{};
    randombytes_buf(random.data(), random.size());
    return "~" + hostTag() + "~" + std::to_string(platform::processId()) + "~" +
           text::toHex(random.data(), random.size());
}

// Whether the temporary file `p`, whose work tag starts at `tagAt` in its name, was left
// behind: its process has ended (on this machine), or, written on another machine (a shared
// folder), it has not been written for an hour. Untagged names are an older Waymark's: left.
bool leftBehind(const std::filesystem::path& p, std::size_t tagAt)
{
    const std::string name = p.filename().string();
    if (tagAt >= name.size() || name[tagAt] != '~')
        return true;
    const auto hostEnd = name.find('~', tagAt + 1);
    if (hostEnd == std::string::npos)
        return true;
    const std::string host = name.substr(tagAt + 1, hostEnd - tagAt - 1);
    long pid = 0;
    std::size_t i = hostEnd + 1;
    for (; i < name.size() && name[i] >= '0' && name[i] <= '9' && pid < 100'000'000; ++i)
        pid = pid * 10 + (name[i] - '0');
    if (i == hostEnd + 1)
        return true;
    if (host == hostTag())
        return pid != platform::processId() && !platform::processRunning(pid);
    std::error_code ec;
    const auto written = std::filesystem::last_write_time(p, ec);
    return !ec && std::filesystem::file_time_type::clock::now() - written > std::chrono::hours(1);
}

// Clears, in `folder`, the temporary files (named `<base><marker>~tag...`) that `mine` says
// are ours to look at and whose writer is gone. A copy whose pair was half published (the key
// file renamed into place, the database not) loses that key file too.
void clearTemporaries(const std::filesystem::path& folder, std::initializer_list<std::string_view> markers,
                      const std::function<bool(const std::string& base)>& mine)
{
    std::error_code ec;
    std::vector<std::filesystem::path> gone;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const std::string name = it->path().filename().string();
        for (std::string_view marker : markers) {
            const auto at = name.find(marker);
            if (at == std::string::npos || at == 0 || !mine(name.substr(0, at)))
                continue;
            if (leftBehind(it->path(), at + marker.size())) {
                gone.push_back(it->path());
                if (marker == kPartial) {
                    const auto base = folder / name.substr(0, at);
                    if (!std::filesystem::exists(base, ec))
                        gone.push_back(keysOf(base));
                }
            }
            break;
        }
    }
    for (const auto& p : gone)
        removeQuietly(p);
}

std::string stampOf(std::chrono::system_clock::time_point t)
{
    const std::time_t secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d%02d%02d-%02d%02d%02d", tm.tm_year + 1900, tm.tm_mon + 1, tm.tm_mday,
                  tm.tm_hour, tm.tm_min, tm.tm_sec);
    return buf;
}

// "<stem>-YYYYMMDD-HHMMSS.waymark": the stem and the moment; nullopt for any other name.
std::optional<std::pair<std::string, std::chrono::system_clock::time_point>> parseName(const std::string& name)
{
    constexpr std::size_t kStampLength = 15; // YYYYMMDD-HHMMSS
    if (!name.ends_with(kExtension) || name.size() < kExtension.size() + kStampLength + 2)
        return std::nullopt;
    const std::string body = name.substr(0, name.size() - kExtension.size());
    const std::string stamp = body.substr(body.size() - kStampLength);
    if (body[body.size() - kStampLength - 1] != '-')
        return std::nullopt;
    for (std::size_t i = 0; i < stamp.size(); ++i)
        if (i == 8 ? stamp[i] != '-' : (stamp[i] < '0' || stamp[i] > '9'))
            return std::nullopt;
    std::tm tm{};
    if (std::sscanf(stamp.c_str(), "%4d%2d%2d-%2d%2d%2d", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour, &tm.tm_min,
                    &tm.tm_sec) != 6)
        return std::nullopt;
    if (tm.tm_mon < 1 || tm.tm_mon > 12 || tm.tm_mday < 1 || tm.tm_mday > 31 || tm.tm_hour > 23 || tm.tm_min > 59 ||
        tm.tm_sec > 60)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return std::pair{body.substr(0, body.size() - kStampLength - 1),
                     std::chrono::system_clock::from_time_t(timegm(&tm))};
}

std::optional<std::chrono::system_clock::time_point> parseUtcMillis(const std::string& text)
{
    std::tm tm{};
    int millis = 0;
    if (std::sscanf(text.c_str(), "%4d-%2d-%2dT%2d:%2d:%2d.%3dZ", &tm.tm_year, &tm.tm_mon, &tm.tm_mday, &tm.tm_hour,
                    &tm.tm_min, &tm.tm_sec, &millis) != 7)
        return std::nullopt;
    tm.tm_year -= 1900;
    tm.tm_mon -= 1;
    return std::chrono::system_clock::from_time_t(timegm(&tm)) + std::chrono::milliseconds(millis);
}

std::int64_t sizeOf(const std::filesystem::path& p)
{
    std::error_code ec;
    const auto n = std::filesystem::file_size(p, ec);
    return ec ? 0 : static_cast<std::int64_t>(n);
}

std::string casebookStem(const std::filesystem::path& casebook)
{
    const std::string name = casebook.filename().string();
    return name.ends_with(kExtension) ? name.substr(0, name.size() - kExtension.size()) : name;
}

} // namespace

namespace backupcheck {

Result<UnlockedBackup> unlockBackup(const std::filesystem::path& file, std::string_view username,
                                    std::string_view password)
{
    std::error_code ec;
    if (!std::filesystem::is_regular_file(file, ec))
        return fail(ErrorCode::NotFound, "no backup at that path", "file");
    auto keyring = Keyring::load(keysOf(file));
    if (!keyring) {
        if (keyring.error().code == ErrorCode::NotFound)
            return fail(ErrorCode::KeyFileMissing, "the backup's key file is missing", "file");
        return std::unexpected(keyring.error());
    }
    const auto salt = files::fileSalt(file);
    if (!salt)
        return fail(ErrorCode::Damaged, "the backup file is too short to be a casebook", "file");
    if (keyring->databaseSalt() && *keyring->databaseSalt() != *salt)
        return fail(ErrorCode::KeyFileMismatch, "the key file beside the backup belongs to another casebook", "file");
    auto key = keyring->unlock(username, password);
    if (!key) {
        if (key.error().code == ErrorCode::WrongCredentials)
            return fail(ErrorCode::WrongCredentials,
                        "this backup does not open with your user name and password (no slot of yours in it, or "
                        "another password)");
        return std::unexpected(key.error());
    }
    return UnlockedBackup{std::move(*keyring), std::move(*key)};
}

namespace {

std::optional<BackupMoment> readMoment(Database& db)
{
    MetaStore meta(db);
    BackupMoment m;
    m.madeAt = meta.get(kMadeAtKey);
    if (m.madeAt.empty())
        return std::nullopt;
    m.madeBy = meta.get(kMadeByKey);
    const std::string head = meta.get(kHeadKey);
    const auto colon = head.find(':');
    if (colon != std::string::npos) {
        m.auditSeq = std::atoll(head.substr(0, colon).c_str());
        m.auditHash = head.substr(colon + 1);
    }
    m.keyGeneration = std::strtoull(meta.get(kGenerationKey).c_str(), nullptr, 10);
    m.anchored = !meta.get(kAnchorKey).empty();
    return m;
}

} // namespace

BackupCheck checkOpened(Database& db, const SecureBytes& key, const Keyring& keyring)
{
    BackupCheck check;
    AuditChainCheck chain;
    const auto problems = db.integrityProblems(&key, [&](Database& d) { chain = AuditLog(d).verify(); });
    check.moment = readMoment(db);
    if (!problems.empty()) {
        check.detail = "the backup is damaged: " + problems.front();
        return check;
    }
    if (chain.firstBroken) {
        check.detail = "the backup's audit chain is broken: " + chain.detail;
        return check;
    }
    if (!check.moment) {
        check.detail = "not a Waymark backup: it records no moment";
        return check;
    }
    auto recorded = keyfile::recordedGeneration(db);
    if (!recorded || *recorded != keyring.generation() || check.moment->keyGeneration != keyring.generation()) {
        check.detail = "the backup's key file is not the one made with it (key file generation differs)";
        return check;
    }
    // The anchor of the moment it was made: sealed with the backup's key, of the casebook the
    // backup is, and the head of the backup's own chain (nothing added or cut since).
    if (check.moment->anchored) {
        const auto anchor = decodeAnchor(MetaStore(db).get(kAnchorKey));
        if (!anchor || anchor->casebookId != MetaStore(db).get("site_id") || !anchorAuthentic(*anchor, key)) {
            check.detail = "the backup's audit anchor fails its check (altered, or of another casebook)";
            return check;
        }
        auto extends = chainExtends(db, *anchor);
        if (!extends || !*extends || anchor->auditSeq != chain.rows || anchor->auditSeq != check.moment->auditSeq) {
            check.detail = "the backup's audit chain does not end at its anchor (audit row " +
                           std::to_string(anchor->auditSeq) + "): rows were cut or rewritten";
            return check;
        }
    }
    check.ok = true;
    check.detail = "ok";
    return check;
}

std::string momentPhrase(const std::filesystem::path& file, const BackupMoment& moment)
{
    return "from backup " + file.filename().string() + " made " + moment.madeAt + " by " + moment.madeBy +
           " (audit row " + std::to_string(moment.auditSeq) + ", hash " + moment.auditHash.substr(0, 16) +
           ", key file generation " + std::to_string(moment.keyGeneration) +
           (moment.anchored ? ", its audit anchor checked" : ", made before audit anchors") + ")";
}

Result<std::string> restoreReason(std::string_view reasonIn)
{
    std::string reason = text::trim(reasonIn);
    if (reason.empty())
        return fail(ErrorCode::Validation, "a restore needs a reason", "reason");
    if (reason.size() > 2000)
        return fail(ErrorCode::Validation, "the reason is longer than 2,000 characters", "reason");
    return reason;
}

} // namespace backupcheck

std::vector<std::size_t> backupsToKeep(const std::vector<std::chrono::system_clock::time_point>& times)
{
    std::vector<std::size_t> order(times.size());
    for (std::size_t i = 0; i < order.size(); ++i)
        order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return times[a] > times[b]; });
    std::set<std::int64_t> days;
    std::set<std::int64_t> weeks;
    std::set<std::size_t> keep;
    for (std::size_t i : order) {
        const auto secs = std::chrono::duration_cast<std::chrono::seconds>(times[i].time_since_epoch()).count();
        const std::int64_t day = secs >= 0 ? secs / 86400 : (secs - 86399) / 86400;
        // 1970-01-01 was a Thursday: +3 makes weeks start on Mondays (ISO weeks).
        const std::int64_t shifted = day + 3;
        const std::int64_t week = shifted >= 0 ? shifted / 7 : (shifted - 6) / 7;
        if (days.empty() || *days.rbegin() == day) {
            // Every backup of the newest day: "Back up now" twice never loses the first.
            days.insert(day);
            keep.insert(i);
        } else if (!days.contains(day) && days.size() < 7) {
            days.insert(day);
            keep.insert(i);
        }
        if (!weeks.contains(week) && weeks.size() < 4) {
            weeks.insert(week);
            keep.insert(i);
        }
    }
    return {keep.begin(), keep.end()};
}

Result<BackupFile> Backups::create(const std::filesystem::path& folder, const ProgressFn& progress)
{
    return create(folder, progress, {});
}

Result<BackupFile> Backups::create(const std::filesystem::path& folder, const ProgressFn& progress,
                                   std::string_view how)
{
    if (auto st = m_context.authorise(Action::BackupCreate, "casebook"); !st)
        return std::unexpected(st.error());
    std::error_code ec;
    if (folder.empty())
        return fail(ErrorCode::InvalidInput, "no backup folder given and none is set", "folder");
    if (!std::filesystem::is_directory(folder, ec))
        return fail(ErrorCode::NotFound, "the backup folder does not exist", "folder");
    const std::string stem = casebookStem(m_key.casebookPath());
    const auto target = folder / (stem + "-" + stampOf(m_context.clock().now()) + std::string(kExtension));
    if (std::filesystem::exists(target, ec))
        return fail(ErrorCode::AlreadyExists, "a backup made this second is already there; try again", "folder");
    // What an interrupted backup of this casebook left behind goes first (never a copy that
    // another process or thread is still writing).
    clearTemporaries(folder, {kPartial}, [&](const std::string& base) {
        const auto parsed = parseName(base);
        return parsed && parsed->first == stem;
    });
    auto made = write(target, progress, true, how);
    if (!made)
        return made;
    // Retention: this casebook's backups, named as Waymark names them; the others stay.
    std::vector<std::filesystem::path> mine;
    std::vector<std::chrono::system_clock::time_point> times;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto parsed = parseName(it->path().filename().string());
        if (parsed && parsed->first == stem && it->is_regular_file(ec)) {
            mine.push_back(it->path());
            times.push_back(parsed->second);
        }
    }
    const auto keep = backupsToKeep(times);
    for (std::size_t i = 0; i < mine.size(); ++i) {
        if (std::find(keep.begin(), keep.end(), i) != keep.end() || mine[i] == target)
            continue;
        removeQuietly(keysOf(mine[i]));
        removeQuietly(mine[i]);
    }
    return made;
}

// The copy itself: under a .partial name, synced, published as a pair (key file first).
Result<BackupFile> Backups::write(const std::filesystem::path& target, const ProgressFn& progress, bool audited,
                                  std::string_view how)
{
    Database& live = m_context.database();
    const auto keyPath = m_key.keyFilePath();
    const auto partial = withSuffix(target, std::string(kPartial) + workTag());
    removeDatabaseFiles(partial);
    const auto cleanUp = [&] { removeDatabaseFiles(partial); };

    // A key file change interrupted earlier is finished (or discarded) first.
    if (!keyfile::pendingFiles(keyPath).empty()) {
        Transaction tx(live);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        if (auto st = keyfile::recover(live, keyPath); !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
    }

    // One moment: a read transaction on the casebook (its snapshot is what is copied) and the
    // key file of the same generation. A slot change committing in between is waited out.
    std::optional<Keyring> keyring;
    std::string head;
    std::string lastChange;
    ChainPoint point;
    std::uint64_t generation = 0;
    bool reading = false;
    const auto endRead = [&] {
        if (reading)
            (void)live.exec("COMMIT");
        reading = false;
    };
    for (int attempt = 0; attempt < 50 && !keyring; ++attempt) {
        auto loaded = Keyring::load(keyPath);
        if (!loaded)
            return std::unexpected(loaded.error());
        if (auto st = live.exec("BEGIN"); !st)
            return std::unexpected(st.error());
        reading = true;
        auto recorded = keyfile::recordedGeneration(live); // starts the snapshot
        if (!recorded) {
            endRead();
            return std::unexpected(recorded.error());
        }
        if (*recorded == loaded->generation()) {
            keyring = std::move(*loaded);
            generation = *recorded;
            head = MetaStore(live).get("audit_head");
            lastChange = ChangeLog::lastHlc(live);
            auto at = anchorqueries::head(live);
            if (!at) {
                endRead();
                return std::unexpected(at.error());
            }
            point = *at;
            break;
        }
        endRead();
        struct timespec pause
        {
            0, 20'000'000
        };
        nanosleep(&pause, nullptr);
    }
    if (!keyring)
        return fail(ErrorCode::Busy, "the casebook's key file is changing; try again");

    auto dest = m_key.open(partial, true);
    if (!dest) {
        endRead();
        cleanUp();
        return std::unexpected(dest.error());
    }
    auto copied = copyDatabase(live, **dest, [&](int percent) {
        return !progress || progress(percent * 95 / 100, "Backing up the casebook");
    });
    endRead();
    if (!copied) {
        dest->reset();
        cleanUp();
        return std::unexpected(copied.error());
    }
    const std::string now = formatUtcMillis(m_context.clock().now());
    const AnchorBook anchors = m_key.anchors();
    const Anchor anchor = anchors.make(point, kAnchorBackup, now, m_context.user().id);
    Status marked = [&]() -> Status {
        Transaction tx(**dest);
        if (!tx.begun())
            return tx.begun();
        for (const auto& [k, v] : {std::pair<std::string_view, std::string>{kMadeAtKey, now},
                                   {kMadeByKey, m_context.user().username},
                                   {kHeadKey, head},
                                   {kGenerationKey, std::to_string(generation)},
                                   {kAnchorKey, encodeAnchor(anchor)}})
            if (auto st = MetaStore(**dest).set(k, v); !st)
                return st;
        return tx.commit();
    }();
    // Folding the write-ahead log into the file first says why when it cannot (a full disk);
    // closing the only connection then finds nothing left to fold.
    if (marked)
        marked = (*dest)->exec("PRAGMA wal_checkpoint(TRUNCATE)");
    dest->reset();
    if (marked && sizeOf(withSuffix(partial, "-wal")) > 0)
        marked = fail(ErrorCode::Io, "the backup's write-ahead log was not folded into it");
    if (marked)
        marked = files::syncFile(partial);
    if (marked) {
        const auto salt = files::fileSalt(partial);
        if (!salt)
            marked = fail(ErrorCode::Io, "the new backup could not be read back");
        else {
            keyring->setDatabaseSalt(*salt);
            marked = keyring->save(keysOf(partial));
        }
    }
    if (marked)
        marked = files::publish(partial, target);
    if (!marked) {
        cleanUp();
        return std::unexpected(marked.error());
    }
    if (progress)
        (void)progress(100, "Backing up the casebook");

    BackupFile out;
    out.path = target;
    out.madeAt = m_context.clock().now();
    out.bytes = sizeOf(target) + sizeOf(keysOf(target));
    out.whole = true;
    if (audited) {
        Transaction tx(live);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        if (auto st = MetaStore(live).set(kLastGoodKey, now); !st)
            return std::unexpected(st.error());
        if (auto st = MetaStore(live).set(kLastChangeKey, lastChange); !st)
            return std::unexpected(st.error());
        if (auto st = m_context.audit(
                "backup.created", "casebook", {},
                (how.empty() ? std::string() : std::string(how) + ": ") + target.filename().string() + ", audit head " +
                    head.substr(0, head.find(':')) + ", key file generation " + std::to_string(generation));
            !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        // This machine's anchor follows (best effort: the backup is made either way).
        (void)anchors.advance(live, kAnchorBackup, now, m_context.user().id);
    }
    return out;
}

Result<std::vector<BackupFile>> Backups::list(const std::filesystem::path& folder)
{
    if (auto st = m_context.authorise(Action::BackupCreate, "casebook"); !st)
        return std::unexpected(st.error());
    std::error_code ec;
    if (folder.empty())
        return fail(ErrorCode::InvalidInput, "no backup folder given and none is set", "folder");
    if (!std::filesystem::is_directory(folder, ec))
        return fail(ErrorCode::NotFound, "the backup folder does not exist", "folder");
    std::vector<BackupFile> out;
    for (std::filesystem::directory_iterator it(folder, ec), end; !ec && it != end; it.increment(ec)) {
        const auto parsed = parseName(it->path().filename().string());
        if (!parsed || !it->is_regular_file(ec))
            continue;
        BackupFile f;
        f.path = it->path();
        f.madeAt = parsed->second;
        f.bytes = sizeOf(f.path) + sizeOf(keysOf(f.path));
        auto keyring = Keyring::load(keysOf(f.path));
        const auto salt = files::fileSalt(f.path);
        f.whole = keyring && salt && keyring->databaseSalt() && *keyring->databaseSalt() == *salt;
        out.push_back(std::move(f));
    }
    std::sort(out.begin(), out.end(), [](const BackupFile& a, const BackupFile& b) {
        return a.madeAt != b.madeAt ? a.madeAt > b.madeAt : a.path > b.path;
    });
    return out;
}

Result<BackupCheck> Backups::verify(const std::filesystem::path& file, std::string_view password)
{
    if (auto st = m_context.authorise(Action::BackupCreate, "casebook"); !st)
        return std::unexpected(st.error());
    auto unlocked = backupcheck::unlockBackup(file, m_context.user().username, password);
    if (!unlocked)
        return std::unexpected(unlocked.error());
    // Checked on a copy (ciphertext as it is), so the backup itself is never written. Copies
    // left by a killed check go first.
    clearLeftovers();
    const auto copy = withSuffix(m_key.casebookPath(), std::string(kChecking) + workTag());
    removeDatabaseFiles(copy);
    std::error_code ec;
    std::filesystem::copy_file(file, copy, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        removeDatabaseFiles(copy);
        return fail(ErrorCode::Io, "the backup could not be read: " + ec.message());
    }
    BackupCheck check;
    {
        auto db = Database::open(copy, *unlocked->key, false);
        if (!db)
            check.detail = "the backup cannot be opened: " + db.error().detail;
        else
            check = backupcheck::checkOpened(**db, *unlocked->key, unlocked->keyring);
    }
    removeDatabaseFiles(copy);
    (void)m_context.auditConsultation("backup.verified", "casebook", {},
                                      file.filename().string() + (check.ok ? ": ok" : ": problems found"));
    return check;
}

Result<RestoreReport> Backups::restore(const std::filesystem::path& file, std::string_view password,
                                       std::string_view reasonIn, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::BackupRestore, "casebook"); !st)
        return std::unexpected(st.error());
    auto reasonChecked = backupcheck::restoreReason(reasonIn);
    if (!reasonChecked)
        return std::unexpected(reasonChecked.error());
    const std::string reason = *reasonChecked;
    const auto step = [&](int percent, std::string_view phrase) { return !progress || progress(percent, phrase); };

    auto unlocked = backupcheck::unlockBackup(file, m_context.user().username, password);
    if (!unlocked)
        return std::unexpected(unlocked.error());
    if (!m_key.matches(*unlocked->key))
        return std::unexpected(
            backupcheck::foreignKeyError(file, *unlocked->key, m_context.database(),
                                         withSuffix(m_key.casebookPath(), std::string(kChecking) + workTag())));

    // 1. A staging copy of the backup beside the casebook, checked before anything is touched.
    Database& live = m_context.database();
    const auto keyPath = m_key.keyFilePath();
    clearLeftovers();
    const auto staging = withSuffix(m_key.casebookPath(), std::string(kRestoring) + workTag());
    removeDatabaseFiles(staging);
    std::error_code ec;
    std::filesystem::copy_file(file, staging, std::filesystem::copy_options::overwrite_existing, ec);
    if (ec) {
        removeDatabaseFiles(staging);
        return fail(ErrorCode::Io, "the backup could not be read: " + ec.message());
    }
    std::unique_ptr<Database> staged;
    const auto dropStaging = [&] {
        staged.reset();
        removeDatabaseFiles(staging);
    };
    {
        auto opened = m_key.open(staging, false);
        if (!opened) {
            dropStaging();
            return fail(ErrorCode::Damaged, "the backup cannot be opened: " + opened.error().detail, "file");
        }
        staged = std::move(*opened);
    }
    step(5, "Checking the backup");
    const BackupCheck check = backupcheck::checkOpened(*staged, *unlocked->key, unlocked->keyring);
    if (!check.ok) {
        dropStaging();
        return fail(ErrorCode::Damaged, check.detail, "file");
    }
    if (auto st = migrate(*staged); !st) {
        dropStaging();
        return std::unexpected(st.error());
    }

    // 2. The casebook as it is now, kept beside it as a backup of its own.
    // Two restores in one second each keep their own copy: a counter follows the stamp.
    auto keptAs = withSuffix(m_key.casebookPath(), ".before-restore-" + stampOf(m_context.clock().now()));
    for (int n = 2; std::filesystem::exists(keptAs) && n < 1000; ++n)
        keptAs = withSuffix(m_key.casebookPath(),
                            ".before-restore-" + stampOf(m_context.clock().now()) + "-" + std::to_string(n));
    if (!step(20, "Keeping the casebook as it is")) {
        dropStaging();
        return fail(ErrorCode::Cancelled, "cancelled");
    }
    if (auto kept = write(keptAs, {}, false); !kept) {
        dropStaging();
        return std::unexpected(kept.error());
    }

    // 3. The staged copy gets the casebook's settings that outlive a restore, the key file
    //    generation it will have, and the audit row saying what happened.
    auto liveKeyring = Keyring::load(keyPath);
    auto liveGeneration = keyfile::recordedGeneration(live);
    if (!liveKeyring || !liveGeneration) {
        dropStaging();
        return std::unexpected(!liveKeyring ? liveKeyring.error() : liveGeneration.error());
    }
    const std::uint64_t generation =
        std::max({*liveGeneration, liveKeyring->generation(), unlocked->keyring.generation()}) + 1;
    const BackupMoment moment = *check.moment;
    Status prepared = [&]() -> Status {
        Transaction tx(*staged);
        if (!tx.begun())
            return tx.begun();
        if (auto st = MetaStore(*staged).set("keyring_generation", std::to_string(generation)); !st)
            return st;
        for (std::string_view key : {kFolderKey, kLastGoodKey})
            if (auto st = MetaStore(*staged).set(key, MetaStore(live).get(key)); !st)
                return st;
        AuditEvent e;
        e.at = formatUtcMillis(m_context.clock().now());
        e.userId = m_context.user().id;
        e.username = m_context.user().username;
        e.operation = "casebook.restored";
        e.recordType = "casebook";
        e.detail = backupcheck::momentPhrase(file, moment) + "; the casebook before it is kept as " +
                   keptAs.filename().string() + "; reason: " + reason;
        if (auto st = AuditLog(*staged, m_context.auditSigner()).append(e); !st)
            return st;
        return tx.commit();
    }();
    if (!prepared) {
        dropStaging();
        return std::unexpected(prepared.error());
    }

    // The machine's anchor of the restored casebook (its head is the casebook.restored row),
    // pending before the copy commits, so a restore killed after its commit still reads as a
    // restore and never as a rollback.
    const AnchorBook anchors = m_key.anchors();
    Anchor restoredAnchor;
    {
        auto point = anchorqueries::head(*staged);
        if (!point) {
            dropStaging();
            return std::unexpected(point.error());
        }
        restoredAnchor =
            anchors.make(*point, kAnchorRestored, formatUtcMillis(m_context.clock().now()), m_context.user().id);
        restoredAnchor.backupMadeAt = moment.madeAt;
        restoredAnchor.backupSeq = moment.auditSeq;
        anchors.seal(restoredAnchor);
    }
    if (auto st = anchors.addPending(restoredAnchor); !st) {
        dropStaging();
        return std::unexpected(st.error());
    }

    // 4. The key file to follow, pending under the generation the restored casebook records
    //    (written once the casebook's write lock is held), then one copy into the casebook.
    Keyring restoredKeys = unlocked->keyring;
    restoredKeys.setGeneration(generation);
    if (liveKeyring->databaseSalt())
        restoredKeys.setDatabaseSalt(*liveKeyring->databaseSalt());
    else if (const auto salt = files::fileSalt(m_key.casebookPath()))
        restoredKeys.setDatabaseSalt(*salt);
    const auto pendingPath = withSuffix(keyPath, ".pending-" + std::to_string(generation));
    bool pendingWritten = false;
    auto copied = copyDatabase(
        *staged, live, [&](int percent) { return step(30 + percent * 65 / 100, "Restoring the casebook"); },
        [&]() -> Status {
            if (auto st = restoredKeys.save(pendingPath); !st)
                return st;
            pendingWritten = true;
            return {};
        });
    if (!copied) {
        if (pendingWritten)
            removeQuietly(pendingPath); // never recorded: the casebook is as it was
        (void)anchors.dropPending(restoredAnchor);
        dropStaging();
        return std::unexpected(copied.error());
    }
    live.forgetCachedIds();
    dropStaging();
    (void)anchors.resetTo(restoredAnchor); // on failure the pending anchor still reads as a restore
    // From here the restore has happened; a failure to put the key file in place is finished
    // at the next sign-in (core/KeyFileChange.h).
    (void)keyfile::promote(keyPath, generation);
    step(100, "Restored");
    return RestoreReport{moment, keptAs};
}

std::filesystem::path Backups::folder()
{
    return MetaStore(m_context.database()).get(kFolderKey);
}

Status Backups::setFolder(const std::filesystem::path& folder)
{
    if (auto st = m_context.authorise(Action::SettingsChange, "casebook"); !st)
        return st;
    std::error_code ec;
    if (folder.empty() || !folder.is_absolute())
        return fail(ErrorCode::Validation, "the backup folder must be a full path", "folder");
    if (!std::filesystem::is_directory(folder, ec))
        return fail(ErrorCode::NotFound, "the backup folder does not exist", "folder");
    Transaction tx(m_context.database());
    if (!tx.begun())
        return tx.begun();
    if (auto st = MetaStore(m_context.database()).set(kFolderKey, folder.lexically_normal().string()); !st)
        return st;
    if (auto st = m_context.audit("settings.changed", "casebook", {}, "backup folder"); !st)
        return st;
    return tx.commit();
}

bool Backups::automatic()
{
    return MetaStore(m_context.database()).get(kAutomaticKey) != "0";
}

Status Backups::setAutomatic(bool on)
{
    if (auto st = m_context.authorise(Action::SettingsChange, "casebook"); !st)
        return st;
    Transaction tx(m_context.database());
    if (!tx.begun())
        return tx.begun();
    if (auto st = MetaStore(m_context.database()).set(kAutomaticKey, on ? "1" : "0"); !st)
        return st;
    if (auto st =
            m_context.audit("settings.changed", "casebook", {}, on ? "automatic backups on" : "automatic backups off");
        !st)
        return st;
    return tx.commit();
}

std::optional<std::filesystem::path> Backups::automaticDue(AutomaticBackup when)
{
    if (!roleAllows(m_context.user().role, Action::BackupCreate) || !automatic())
        return std::nullopt;
    const auto dir = folder();
    std::error_code ec;
    if (dir.empty() || !std::filesystem::is_directory(dir, ec))
        return std::nullopt;
    const auto last = lastBackup();
    if (!last || m_context.clock().now() - *last >= std::chrono::hours(24))
        return dir;
    if (when == AutomaticBackup::OnExit &&
        ChangeLog::lastHlc(m_context.database()) != MetaStore(m_context.database()).get(kLastChangeKey))
        return dir;
    return std::nullopt;
}

Result<std::optional<BackupFile>> Backups::createAutomatic(AutomaticBackup when, const ProgressFn& progress)
{
    const auto dir = automaticDue(when);
    if (!dir)
        return std::optional<BackupFile>{};
    auto made = create(*dir, progress, when == AutomaticBackup::Daily ? "automatic, daily" : "automatic, on exit");
    if (!made)
        return std::unexpected(made.error());
    return std::optional<BackupFile>{std::move(*made)};
}

void Backups::clearLeftovers()
{
    const auto casebook = m_key.casebookPath();
    const auto dir = casebook.has_parent_path() ? casebook.parent_path() : std::filesystem::path(".");
    const std::string name = casebook.filename().string();
    clearTemporaries(dir, {kRestoring, kChecking, kPartial}, [&](const std::string& base) {
        // The casebook's own: its staged restore and checks, the copy kept before a restore.
        return base == name || (base.starts_with(name + ".before-restore-") && base.find('~') == std::string::npos &&
                                base.find(".partial") == std::string::npos);
    });
    // A killed backup's half-made pair in the backup folder (the same rule as the next backup
    // uses). A folder that is not there now (a USB stick not plugged in) is left for later.
    std::error_code ec;
    const std::filesystem::path backups = folder();
    if (backups.empty() || !std::filesystem::is_directory(backups, ec))
        return;
    const std::string stem = casebookStem(casebook);
    clearTemporaries(backups, {kPartial}, [&](const std::string& base) {
        const auto parsed = parseName(base);
        return parsed && parsed->first == stem;
    });
}

std::optional<std::chrono::system_clock::time_point> Backups::lastBackup()
{
    return parseUtcMillis(MetaStore(m_context.database()).get(kLastGoodKey));
}

bool Backups::overdue(int days)
{
    const auto last = lastBackup();
    return !last || m_context.clock().now() - *last > std::chrono::hours(24) * days;
}

} // namespace waymark
