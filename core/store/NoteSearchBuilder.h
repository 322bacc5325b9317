#pragma once

#include "core/Error.h"

#include <condition_variable>
#include <cstdint>
#include <deque>
#include <filesystem>
#include <functional>
#include <map>
#include <memory>
#include <mutex>
#include <string>
#include <string_view>
#include <thread>

namespace waymark {

class Database;

// Where a connection sends the notes' words instead of its own full-text index
// (Database::setNoteSearchSink): the store calls it for every note written or whose text
// changes, in the writer's thread.
class NoteSearchSink
{
public:
    virtual ~NoteSearchSink() = default;
    virtual void added(std::int64_t rowid, std::string_view text) = 0;
    virtual void changed(std::int64_t rowid, std::string_view before, std::string_view after) = 0;
    // A hint from the writer: no note it writes from now on has a rowid below `rowid`. (One
    // that does is still indexed, only at more cost.)
    virtual void nothingBefore(std::int64_t rowid) { (void)rowid; }
};

// The notes' full-text index of a casebook being built whole (the demo's build), made on a
// second core while the writer adds the casework: a side database beside the casebook,
// encrypted under a random key that only this object holds (never written anywhere), with a
// `note_search` table of exactly the casebook's definition. Every note the writer adds is
// queued here and indexed by this object's thread; at the end copyInto() writes the finished
// index's rows into the casebook's (empty) note_search tables. The side file is removed when
// this object goes; a killed build leaves it to the next build's clean-up (its key is gone).
class NoteSearchBuilder final : public NoteSearchSink
{
public:
    // Creates `file` (which must not exist) and its table from `searchTableSql` (the
    // casebook's own CREATE VIRTUAL TABLE statement), then starts the thread.
    static Result<std::unique_ptr<NoteSearchBuilder>> start(const std::filesystem::path& file,
                                                            const std::string& searchTableSql);
    ~NoteSearchBuilder() override;
    NoteSearchBuilder(const NoteSearchBuilder&) = delete;
    NoteSearchBuilder& operator=(const NoteSearchBuilder&) = delete;

    // Queued for the thread; waits while too much text is queued (the thread is behind).
    // After the thread failed they are dropped: copyInto() reports the failure.
    void added(std::int64_t rowid, std::string_view text) override;
    void changed(std::int64_t rowid, std::string_view before, std::string_view after) override;
    // Notes below `rowid` are indexed from now on, in rowid order; later ones are held back
    // until a later hint (or until too many are held).
    void nothingBefore(std::int64_t rowid) override;

    // Waits until every queued note is indexed, then writes the index into `db`'s note_search
    // tables (data, idx, docsize; the casebook's own config stays), replacing what they hold:
    // call it inside the build's transaction, with nothing written to `db`'s note_search since
    // it was made. `progress` gets 0..100; false from it stops with Cancelled.
    Status copyInto(Database& db, const std::function<bool(int)>& progress);

    // Seconds the thread spent indexing (not waiting), and the notes it indexed.
    double busySeconds() const;
    std::int64_t indexed() const;

private:
    struct Work
    {
        std::int64_t rowid = 0;
        std::string text;
        std::string before; // a change: the words to forget first
        bool change = false;
    };
    // One row of an index table, read by the thread and written by copyInto()'s caller.
    struct Row
    {
        int table = 0; // index into kCopiedTables
        std::int64_t first = 0;
        std::string bytes;
        std::int64_t third = 0;
        bool null = false; // the middle column is NULL
        bool last = false; // nothing follows (or the thread failed: see m_error)
    };

    NoteSearchBuilder(std::filesystem::path file, std::unique_ptr<Database> db);
    void enqueue(Work work);
    void run();
    // Takes `work` into the notes held back, and indexes the held ones below `below` in rowid
    // order (all of them with `all`; the earliest whenever too many are held).
    Status index(std::deque<Work>& work, std::int64_t below, bool all);
    Status learn(const Work& work);
    Status readRows();
    void setFailed(Error error);

    std::filesystem::path m_file;
    std::unique_ptr<Database> m_db; // the thread's alone once started
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;  // the thread: work queued, or finish/stop asked
    std::condition_variable m_space; // the writer: room in the queue, rows to copy, done
    std::deque<Work> m_queue;
    std::size_t m_queuedBytes = 0;
    std::int64_t m_watermark;            // from nothingBefore()
    std::int64_t m_appliedWatermark;     // the thread's: the last it indexed up to
    std::map<std::int64_t, Work> m_held; // the thread's alone
    std::size_t m_heldBytes = 0;
    std::deque<Row> m_rows;
    std::size_t m_rowBytes = 0;
    bool m_finish = false;
    bool m_stop = false;
    bool m_failed = false;
    Error m_error;
    double m_busy = 0;
    std::int64_t m_indexed = 0;
    std::thread m_thread;
};

} // namespace waymark
