// Note search at scale: a demo casebook with generated notes (synthetic phrases only), then
// the first page of searches a caseworker types, on a fresh connection (cold cache) and
// again (warm). Default: 1,000 people and 20,000 notes, so the suite stays quick;
// WAYMARK_NOTE_SCALE=large gives 100,000 people and 1,000,000 notes (the target:
// first page < 50 ms). WAYMARK_NOTE_SCALE_FILE keeps the casebook to reuse between runs.

#include "core/Casebook.h"
#include "core/demo/DemoGenerator.h"
#include "core/store/Database.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <chrono>
#include <cstdlib>

using namespace waymark;

namespace {

// A small deterministic generator (the same notes on every run).
struct Rng
{
    std::uint64_t s;
    std::uint64_t next()
    {
        s ^= s << 13;
        s ^= s >> 7;
        s ^= s << 17;
        return s;
    }
    std::size_t below(std::size_t n) { return static_cast<std::size_t>(next() % n); }
};

// Words of casework notes: a few very common, many rarer (picked with a skew).
const char* const kWords[] = {
    "the",         "and",        "school",     "session",     "talked",     "about",     "mum",       "said",
    "week",        "plan",       "attended",   "football",    "college",    "worker",    "phone",     "call",
    "home",        "visit",      "youth",      "club",        "goals",      "progress",  "victim",    "letter",
    "apology",     "meeting",    "teacher",    "friends",     "anger",      "calm",      "music",     "boxing",
    "referral",    "police",     "officer",    "restorative", "conference", "review",    "target",    "engaged",
    "missed",      "rearranged", "transport",  "bus",         "late",       "early",     "cafe",      "park",
    "gym",         "cooking",    "budget",     "money",       "job",        "interview", "cv",        "course",
    "bricklaying", "mechanics",  "hair",       "beauty",      "art",        "drama",     "poetry",    "swimming",
    "sleep",       "screen",     "gaming",     "social",      "media",      "online",    "safety",    "knife",
    "crime",       "awareness",  "drugs",      "alcohol",     "cannabis",   "vaping",    "smoking",   "health",
    "gp",          "camhs",      "counsellor", "mentor",      "sister",     "brother",   "dad",       "nan",
    "grandad",     "foster",     "carer",      "placement",   "housing",    "moved",     "flat",      "hostel",
    "exams",       "gcse",       "maths",      "english",     "science",    "detention", "exclusion", "attendance",
    "improving",   "worse",      "better",     "proud",       "worried",    "nervous",   "happy",     "tired",
};
const char* const kRare[] = {"kayaking", "origami", "beekeeping", "astronomy",
                             "fencing",  "chess",   "ukulele",    "parkour"};

std::string phraseNote(Rng& rng)
{
    const std::size_t words = 30 + rng.below(90);
    std::string out;
    const std::size_t n = std::size(kWords);
    for (std::size_t i = 0; i < words; ++i) {
        // Skewed: the square of a uniform pick favours the first words.
        const std::size_t a = rng.below(n);
        const std::size_t pick = a * rng.below(n) / n;
        if (!out.empty())
            out += (i % 12 == 0) ? ". " : " ";
        out += rng.below(2000) == 0 ? kRare[rng.below(std::size(kRare))] : kWords[pick];
    }
    out += '.';
    out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

double millisSince(std::chrono::steady_clock::time_point t0)
{
    return std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - t0).count();
}

} // namespace

class TestNoteScale : public QObject
{
    Q_OBJECT

private slots:
    void firstPageOfSearchIsQuick()
    {
        const char* scaleEnv = std::getenv("WAYMARK_NOTE_SCALE");
        const bool large = scaleEnv && std::string(scaleEnv) == "large";
        const int notesWanted = large ? 1'000'000 : 20'000;
        test::TempDir dir;
        const char* keep = std::getenv("WAYMARK_NOTE_SCALE_FILE");
        const std::filesystem::path path = keep ? std::filesystem::path(keep) : dir.file("scale.waymark");
        const std::string demoUser(demo::kDemoUser);
        const std::string demoPassword(demo::kDemoPassword);
        if (!std::filesystem::exists(path)) {
            demo::DemoOptions options;
            options.scale = large ? demo::Scale::Large : demo::Scale::Small;
            options.kdf = KdfStrength::Minimum;
            const auto t0 = std::chrono::steady_clock::now();
            auto made = demo::generateDemoCasebook(path, options, {});
            QVERIFY2(made, made ? "" : describe(made.error()).c_str());
            qInfo("demo casebook: %d people, %d referrals in %.1f s", made->people, made->referrals,
                  millisSince(t0) / 1000);
        }
        auto opened = Casebook::open(path, demoUser, demoPassword);
        QVERIFY2(opened, opened ? "" : describe(opened.error()).c_str());
        auto& cb = **opened;
        const auto have = test::scalar(cb, "SELECT count(*) FROM notes");
        if (have < notesWanted) {
            std::vector<Uuid> people;
            {
                Statement st(cb.database(), "SELECT id FROM people WHERE deleted = 0");
                QVERIFY(st.forEachRow([&] { people.push_back(st.uuid(0)); }));
            }
            std::vector<Uuid> authors;
            {
                Statement st(cb.database(), "SELECT id FROM users WHERE role != 'auditor'");
                QVERIFY(st.forEachRow([&] { authors.push_back(st.uuid(0)); }));
            }
            Rng rng{0x9E3779B97F4A7C15ull};
            const auto t0 = std::chrono::steady_clock::now();
            const std::int64_t start = 1'700'000'000; // November 2023
            const std::int64_t span = 60LL * 60 * 24 * 365 * 2;
            constexpr int kChunk = 20'000;
            for (std::int64_t done = have; done < notesWanted; done += kChunk) {
                std::vector<Note> notes;
                for (int i = 0; i < kChunk && done + i < notesWanted; ++i) {
                    Note n;
                    n.personId = people[rng.below(people.size())];
                    n.authorId = authors[rng.below(authors.size())];
                    n.sensitive = rng.below(20) == 0;
                    const std::int64_t t = start + static_cast<std::int64_t>(rng.below(static_cast<std::size_t>(span)));
                    const std::time_t tt = static_cast<std::time_t>(t);
                    std::tm utc{};
                    gmtime_r(&tt, &utc);
                    char when[32];
                    std::strftime(when, sizeof when, "%Y-%m-%dT%H:%M:%SZ", &utc);
                    n.createdAt = when;
                    n.text = phraseNote(rng);
                    notes.push_back(std::move(n));
                }
                auto added = cb.notes().addHistory(std::move(notes));
                QVERIFY2(added, added ? "" : describe(added.error()).c_str());
            }
            qInfo("%d notes added in %.1f s", int(notesWanted - have), millisSince(t0) / 1000);
        }
        opened->reset();

        // A caseworker searches, each query on a fresh connection first (nothing cached).
        const std::string worker = std::string(demo::kDemoCaseworkers[0].username);
        const char* queries[] = {"school",      "football college", "kayaking",
                                 "att*",        "\"youth club\"",   "origami chess",
                                 "bricklaying", "zzzzunseen",       "restorative conference"};
        double worstCold = 0;
        double worstWarm = 0;
        double worstPrefix = 0;
        for (const char* q : queries) {
            auto fresh = Casebook::open(path, worker, demoPassword);
            QVERIFY2(fresh, fresh ? "" : describe(fresh.error()).c_str());
            NoteSearchQuery sq;
            sq.text = q;
            auto t0 = std::chrono::steady_clock::now();
            auto cold = (*fresh)->notes().search(sq);
            const double coldMs = millisSince(t0);
            QVERIFY(cold);
            t0 = std::chrono::steady_clock::now();
            auto warm = (*fresh)->notes().search(sq);
            const double warmMs = millisSince(t0);
            QVERIFY(warm);
            QCOMPARE(warm->rows.size(), cold->rows.size());
            qInfo("search %-26s %3zu shown  cold %7.2f ms  warm %6.2f ms", q, cold->rows.size(), coldMs, warmMs);
            // A prefix is one lookup at the indexed lengths (2 to 4 characters, schema 14);
            // a longer prefix of a very common stem merges whole word lists before its first
            // row. Reported, held to its own limit.
            if (std::string(q).ends_with('*')) {
                worstPrefix = std::max(worstPrefix, warmMs);
                continue;
            }
            worstCold = std::max(worstCold, coldMs);
            worstWarm = std::max(worstWarm, warmMs);
        }
        // One person's notes: search, the list's first page, the timeline source.
        {
            auto fresh = Casebook::open(path, worker, demoPassword);
            QVERIFY(fresh);
            Statement busiest((*fresh)->database(), "SELECT person_id FROM notes GROUP BY person_id "
                                                    "ORDER BY count(*) DESC LIMIT 1");
            QVERIFY(busiest.step().value_or(false));
            const Uuid person = busiest.uuid(0);
            auto reopened = Casebook::open(path, worker, demoPassword);
            QVERIFY(reopened);
            NoteSearchQuery sq;
            sq.text = "school";
            sq.personId = person;
            auto t0 = std::chrono::steady_clock::now();
            auto hits = (*reopened)->notes().search(sq);
            const double searchMs = millisSince(t0);
            QVERIFY(hits);
            NoteListQuery lq;
            lq.personId = person;
            t0 = std::chrono::steady_clock::now();
            auto page = (*reopened)->notes().list(lq);
            const double listMs = millisSince(t0);
            QVERIFY(page);
            qInfo("one person (the busiest): search %zu shown %.2f ms cold; list first page %zu notes %.2f ms",
                  hits->rows.size(), searchMs, page->rows.size(), listMs);
        }
        // Writing a note at this size.
        {
            auto fresh = Casebook::open(path, worker, demoPassword);
            QVERIFY(fresh);
            Statement st((*fresh)->database(), "SELECT id FROM referrals WHERE deleted = 0 LIMIT 1");
            QVERIFY(st.step().value_or(false));
            NoteInput in;
            in.referralId = st.uuid(0);
            in.text = "A note written at scale about the football session.";
            double worst = 0;
            for (int i = 0; i < 5; ++i) {
                const auto t0 = std::chrono::steady_clock::now();
                QVERIFY((*fresh)->notes().add(in));
                worst = std::max(worst, millisSince(t0));
            }
            qInfo("note add: worst of 5 %.2f ms", worst);
        }
        qInfo("%d notes: worst first page of words and phrases cold %.2f ms, warm %.2f ms; prefix warm %.2f ms",
              notesWanted, worstCold, worstWarm, worstPrefix);
        QVERIFY2(worstWarm < 50, "a warm first page of note search took 50 ms or more");
        QVERIFY2(worstPrefix < 500, "a warm first page of a prefix search took 500 ms or more");
    }
};

QTEST_GUILESS_MAIN(TestNoteScale)
#include "TestNoteScale.moc"
