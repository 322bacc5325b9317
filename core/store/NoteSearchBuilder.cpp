#include "core/store/NoteSearchBuilder.h"

#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"

#include <sodium.h>

#include <array>
#include <chrono>
#include <limits>
#include <system_error>
#include <utility>

namespace waymark {

namespace {

// How much note text may wait for the thread before the writer waits too, and how many bytes
// of index rows the thread reads ahead of the copy.
constexpr std::size_t kQueueLimit = std::size_t{32} << 20;
constexpr std::size_t kRowLimit = std::size_t{16} << 20;
// How much is handed over before the other side is woken: waking a thread costs a system call
// and two context switches, several times the cost of queueing one note (at `medium` a wake per
// note was about a tenth of the writer's time). Hints (nothingBefore), finishing and stopping
// always wake.
constexpr std::size_t kWakeBytes = std::size_t{1} << 20;
// How much note text the thread holds back to put notes in rowid order (see index()), and
// what each held note costs beside its text.
constexpr std::size_t kHoldLimit = std::size_t{256} << 20;
constexpr std::size_t kHeldOverhead = 128;

// The side database's settings: nothing in it outlives the build, so no journal and no
// fsync; FTS5 holds 64 MiB of words before it writes them out as a segment (fewer, larger
// segments to merge); a 64 MiB page cache.
constexpr const char* kSidePragmas[] = {"PRAGMA journal_mode = OFF", "PRAGMA synchronous = OFF",
                                        "PRAGMA secure_delete = OFF", "PRAGMA cache_size = -65536"};

// The index's tables copied into the casebook, each with its columns in key order (the config
// table stays the casebook's own).
struct CopiedTable
{
    const char* select;
    const char* insert;
    const char* clear;
    bool three; // (integer, blob, integer) rather than (integer, blob)
};
constexpr std::array<CopiedTable, 3> kCopiedTables{{
    {"SELECT id, block FROM note_search_data ORDER BY id", "INSERT INTO note_search_data (id, block) VALUES (?, ?)",
     "DELETE FROM note_search_data", false},
    {"SELECT segid, term, pgno FROM note_search_idx ORDER BY segid, term",
     "INSERT INTO note_search_idx (segid, term, pgno) VALUES (?, ?, ?)", "DELETE FROM note_search_idx", true},
    {"SELECT id, sz FROM note_search_docsize ORDER BY id", "INSERT INTO note_search_docsize (id, sz) VALUES (?, ?)",
     "DELETE FROM note_search_docsize", false},
}};

double secondsSince(std::chrono::steady_clock::time_point start)
{
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
}

} // namespace

Result<std::unique_ptr<NoteSearchBuilder>> NoteSearchBuilder::start(const std::filesystem::path& file,
                                                                    const std::string& searchTableSql)
{
    SecureBytes key(32);
    randombytes_buf(key.data(), key.size());
    auto opened = Database::open(file, key, true);
    key.wipe();
    if (!opened) {
        // Not when the file was there already: it is not this builder's.
        if (opened.error().code != ErrorCode::AlreadyExists) {
            std::error_code ec;
            std::filesystem::remove(file, ec);
        }
        return std::unexpected(opened.error());
    }
    std::unique_ptr<Database> db = std::move(*opened);
    // Nothing to tidy on close: the file is removed.
    db->skipHousekeepingOnClose();
    std::unique_ptr<NoteSearchBuilder> builder(new NoteSearchBuilder(file, std::move(db)));
    Database& side = *builder->m_db;
    for (const char* pragma : kSidePragmas)
        if (auto st = side.exec(pragma); !st)
            return std::unexpected(st.error());
    if (auto st = side.exec(searchTableSql); !st)
        return std::unexpected(st.error());
    if (auto st = side.exec("INSERT INTO note_search (note_search, rank) VALUES ('hashsize', 67108864)"); !st)
        return std::unexpected(st.error());
    // One transaction for the whole index: FTS5 writes its words out when its buffer is full
    // or a note comes before the last one in rowid order, not at every commit.
    if (auto st = side.exec("BEGIN"); !st)
        return std::unexpected(st.error());
    builder->m_thread = std::thread([b = builder.get()] { b->run(); });
    return builder;
}

NoteSearchBuilder::NoteSearchBuilder(std::filesystem::path file, std::unique_ptr<Database> db)
    : m_file(std::move(file))
    , m_db(std::move(db))
    , m_watermark(std::numeric_limits<std::int64_t>::min())
    , m_appliedWatermark(std::numeric_limits<std::int64_t>::min())
{}

NoteSearchBuilder::~NoteSearchBuilder()
{
    {
        std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_space.notify_all();
    if (m_thread.joinable())
        m_thread.join();
    m_db.reset();
    std::error_code ec;
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        std::filesystem::remove(m_file.string() + suffix, ec);
}

void NoteSearchBuilder::added(std::int64_t rowid, std::string_view text)
{
    enqueue(Work{rowid, std::string(text), {}, false});
}

void NoteSearchBuilder::changed(std::int64_t rowid, std::string_view before, std::string_view after)
{
    enqueue(Work{rowid, std::string(after), std::string(before), true});
}

void NoteSearchBuilder::nothingBefore(std::int64_t rowid)
{
    {
        std::lock_guard lock(m_mutex);
        m_watermark = std::max(m_watermark, rowid);
    }
    m_wake.notify_one();
}

void NoteSearchBuilder::enqueue(Work work)
{
    const std::size_t bytes = work.text.size() + work.before.size() + 64;
    std::unique_lock lock(m_mutex);
    m_space.wait(lock, [&] { return m_queuedBytes < kQueueLimit || m_failed || m_stop; });
    if (m_failed || m_stop)
        return;
    m_queue.push_back(std::move(work));
    m_queuedBytes += bytes;
    const bool wake = m_queuedBytes >= kWakeBytes;
    lock.unlock();
    if (wake)
        m_wake.notify_one();
}

void NoteSearchBuilder::setFailed(Error error)
{
    // Said where it happened: the thread's own statements are few, and an engine's message
    // alone ("SQL logic error") does not say which step of the build failed.
    error.detail = "building the notes' full-text index: " + error.detail;
    {
        std::lock_guard lock(m_mutex);
        if (!m_failed) {
            m_failed = true;
            m_error = std::move(error);
        }
    }
    m_space.notify_all();
}

void NoteSearchBuilder::run()
{
    std::unique_lock lock(m_mutex);
    for (;;) {
        // Queued notes wait for a hint, or for enough of them to be worth a wake: the thread
        // holds them back until the hint says nothing earlier will come anyway.
        m_wake.wait(lock, [&] {
            return m_queuedBytes >= kWakeBytes || m_finish || m_stop || m_watermark > m_appliedWatermark;
        });
        if (m_stop)
            return;
        if (m_queue.empty() && m_finish)
            break; // finishing, and everything queued is indexed
        std::deque<Work> work;
        work.swap(m_queue);
        m_queuedBytes = 0;
        // Read with the queue: every note queued before the hint is in `work`.
        const std::int64_t below = m_watermark;
        m_appliedWatermark = below;
        lock.unlock();
        m_space.notify_all();
        const auto started = std::chrono::steady_clock::now();
        auto st = index(work, below, false);
        lock.lock();
        m_busy += secondsSince(started);
        if (!st) {
            lock.unlock();
            setFailed(st.error());
            return;
        }
    }
    lock.unlock();
    const auto started = std::chrono::steady_clock::now();
    std::deque<Work> none;
    auto st = index(none, 0, true);
    if (st)
        st = m_db->exec("COMMIT");
    if (st)
        st = readRows();
    lock.lock();
    m_busy += secondsSince(started);
    lock.unlock();
    if (!st)
        setFailed(st.error());
}

Status NoteSearchBuilder::index(std::deque<Work>& work, std::int64_t below, bool all)
{
    // Notes come batch by batch, each batch in rowid order, but a batch starts before the
    // last one ended (the demo writes cases in the order they started, each case's notes
    // spread over months), and FTS5 writes out what it holds whenever a rowid comes before the
    // last: a segment per batch, merged again and again. So the notes wait here, in rowid
    // order, until the writer says nothing earlier will come (nothingBefore), and go in in
    // rowid order. Past kHoldLimit bytes held, the earliest go in anyway.
    for (Work& w : work) {
        auto held = m_held.find(w.rowid);
        if (held != m_held.end()) {
            // Not in the index yet: the new text simply replaces the old.
            m_heldBytes -= held->second.text.size();
            held->second.text = std::move(w.text);
            m_heldBytes += held->second.text.size();
        } else if (w.change) {
            if (auto st = learn(w); !st)
                return st;
        } else {
            m_heldBytes += w.text.size() + kHeldOverhead;
            m_held.emplace(w.rowid, std::move(w));
        }
    }
    std::int64_t indexed = 0;
    while (!m_held.empty() && (all || m_held.begin()->first < below || m_heldBytes > kHoldLimit)) {
        auto first = m_held.begin();
        if (auto st = learn(first->second); !st)
            return st;
        m_heldBytes -= first->second.text.size() + kHeldOverhead;
        m_held.erase(first);
        ++indexed;
    }
    std::lock_guard lock(m_mutex);
    m_indexed += indexed;
    return {};
}

Status NoteSearchBuilder::learn(const Work& w)
{
    return NoteStore::indexText(*m_db, w.rowid, w.change ? std::optional<std::string_view>(w.before) : std::nullopt,
                                w.text);
}

Status NoteSearchBuilder::readRows()
{
    for (std::size_t t = 0; t < kCopiedTables.size(); ++t) {
        Statement select(*m_db, kCopiedTables[t].select);
        for (;;) {
            auto more = select.step();
            if (!more)
                return std::unexpected(more.error());
            if (!*more)
                break;
            Row row;
            row.table = static_cast<int>(t);
            row.first = select.integer(0);
            row.null = select.isNull(1);
            const auto bytes = select.blobView(1);
            row.bytes.assign(reinterpret_cast<const char*>(bytes.data()), bytes.size());
            if (kCopiedTables[t].three)
                row.third = select.integer(2);
            const std::size_t size = row.bytes.size() + 64;
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [&] { return m_rowBytes < kRowLimit || m_stop; });
            if (m_stop)
                return fail(ErrorCode::Cancelled, "stopped");
            m_rows.push_back(std::move(row));
            m_rowBytes += size;
            const bool wake = m_rowBytes >= kWakeBytes;
            lock.unlock();
            if (wake)
                m_space.notify_all();
        }
    }
    Row end;
    end.last = true;
    {
        std::lock_guard lock(m_mutex);
        m_rows.push_back(std::move(end));
    }
    m_space.notify_all();
    return {};
}

Status NoteSearchBuilder::copyInto(Database& db, const std::function<bool(int)>& progress)
{
    {
        std::lock_guard lock(m_mutex);
        m_finish = true;
    }
    m_wake.notify_all();
    for (const auto& table : kCopiedTables)
        if (auto st = db.exec(table.clear); !st)
            return st;
    std::array<std::unique_ptr<Statement>, kCopiedTables.size()> inserts;
    for (std::size_t t = 0; t < kCopiedTables.size(); ++t)
        inserts[t] = std::make_unique<Statement>(db, kCopiedTables[t].insert);
    std::error_code ec;
    const auto expected = std::max<std::uintmax_t>(1, std::filesystem::file_size(m_file, ec));
    std::uintmax_t copied = 0;
    int lastPercent = -1;
    for (;;) {
        std::deque<Row> rows;
        {
            std::unique_lock lock(m_mutex);
            m_space.wait(lock, [&] { return !m_rows.empty() || m_failed; });
            if (m_failed)
                return std::unexpected(m_error);
            rows.swap(m_rows);
            m_rowBytes = 0;
        }
        m_wake.notify_all();
        // Asked before each batch (the first always), so a small index that comes in one batch
        // can still be cancelled.
        const int percent = static_cast<int>(std::min<std::uintmax_t>(99, copied * 100 / expected));
        if (percent != lastPercent) {
            lastPercent = percent;
            if (progress && !progress(percent))
                return fail(ErrorCode::Cancelled, "cancelled");
        }
        for (const Row& row : rows) {
            if (row.last)
                return {};
            Statement& insert = *inserts[static_cast<std::size_t>(row.table)];
            insert.reset();
            insert.bind(1, row.first);
            if (row.null)
                insert.bindNull(2);
            else
                insert.bindBlob(2, row.bytes.data(), row.bytes.size());
            if (kCopiedTables[static_cast<std::size_t>(row.table)].three)
                insert.bind(3, row.third);
            if (auto st = insert.run(); !st) {
                Error e = st.error();
                e.detail = "copying the notes' full-text index: " + e.detail;
                return std::unexpected(std::move(e));
            }
            copied += row.bytes.size();
        }
    }
}

double NoteSearchBuilder::busySeconds() const
{
    std::lock_guard lock(m_mutex);
    return m_busy;
}

std::int64_t NoteSearchBuilder::indexed() const
{
    std::lock_guard lock(m_mutex);
    return m_indexed;
}

} // namespace waymark
