// The Notes desk through the Casebook door, on real SQLCipher casebooks in temp folders:
// writing and validating notes, edits and their history from the change log, sensitive notes
// per role in view, list, count, search and the timeline, full-text search with snippets and
// odd queries, and a note's draft surviving a crash of the process that was writing it.

#include "core/Casebook.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"
#include "tests/support/TestSupport.h"

#include <QTest>

#include <algorithm>
#include <csignal>
#include <set>
#include <sys/wait.h>
#include <unistd.h>

using namespace waymark;

namespace {

constexpr const char* kCaseyPassword = "long river walk at noon";
constexpr const char* kCaraPassword = "bright orange kite on sunday";
constexpr const char* kAudreyPassword = "quiet garden path in may";

std::chrono::system_clock::time_point at(int y, int m, int d, int h = 12)
{
    using namespace std::chrono;
    return sys_days{year{y} / month{static_cast<unsigned>(m)} / day{static_cast<unsigned>(d)}} + hours{h};
}

std::string joined(const std::vector<SnippetPart>& parts, bool matchesOnly)
{
    std::string out;
    for (const auto& p : parts)
        if (!matchesOnly || p.match)
            out += (out.empty() || !matchesOnly ? "" : "|") + p.text;
    return out;
}

} // namespace

class TestNotes : public QObject
{
    Q_OBJECT

private:
    std::unique_ptr<test::TempDir> m_dir;
    std::shared_ptr<FixedClock> m_clock;
    std::unique_ptr<Casebook> m_cb;
    Uuid m_person;
    Uuid m_other;
    Uuid m_referral;
    Uuid m_casey;
    Uuid m_cara;

    std::filesystem::path path() const { return m_dir->file("notes.waymark"); }

    std::unique_ptr<Casebook> openAs(const char* user, const char* password)
    {
        auto cb = Casebook::open(path(), user, password, m_clock);
        if (!cb) {
            qCritical("open: %s", describe(cb.error()).c_str());
            return nullptr;
        }
        return std::move(*cb);
    }

    NoteInput input(std::string text, bool sensitive = false)
    {
        NoteInput in;
        in.referralId = m_referral;
        in.text = std::move(text);
        in.sensitive = sensitive;
        return in;
    }

    // A note with a past for addHistory: `minute` minutes into June 2025, by the coordinator,
    // on the referral when it is the first person's.
    Note pastNote(const Uuid& person, std::string text, int minute)
    {
        Note n;
        n.personId = person;
        if (person == m_person)
            n.referralId = m_referral;
        n.authorId = m_cb->user().id;
        char when[32];
        std::snprintf(when, sizeof when, "2025-06-%02dT%02d:%02d:00Z", 1 + minute / 1440, (minute / 60) % 24,
                      minute % 60);
        n.createdAt = when;
        n.text = std::move(text);
        return n;
    }

    static std::vector<std::string> texts(const NotePage& page)
    {
        std::vector<std::string> out;
        for (const auto& r : page.rows)
            out.push_back(r.withheld ? "<withheld>" : r.note.text);
        return out;
    }

    static std::set<Uuid> hitIds(const NoteHits& hits)
    {
        std::set<Uuid> out;
        for (const auto& h : hits.rows)
            out.insert(h.note.id);
        return out;
    }

private slots:
    void init()
    {
        m_dir = std::make_unique<test::TempDir>();
        m_clock = std::make_shared<FixedClock>(at(2026, 3, 2));
        m_cb = test::makeCasebook(path(), test::kUser, test::kPassword, m_clock);
        QVERIFY(m_cb);
        auto person = m_cb->people().create(test::samplePerson(1));
        QVERIFY(person);
        m_person = person->person.id;
        auto other = m_cb->people().create(test::samplePerson(2));
        QVERIFY(other);
        m_other = other->person.id;
        Referral r;
        r.personId = m_person;
        r.received = Date::fromYmd(2026, 3, 2).value();
        r.source = "school";
        r.eventDate = Date::fromYmd(2026, 2, 20).value();
        r.route = "outcome_22";
        r.offenceCategory = "theft";
        r.risk = "low";
        auto referral = m_cb->referrals().create(r);
        QVERIFY2(referral, referral ? "" : describe(referral.error()).c_str());
        m_referral = referral->id;
        auto casey = m_cb->users().add("casey", kCaseyPassword, Role::Caseworker, "Casey Worker");
        QVERIFY(casey);
        m_casey = casey->id;
        auto cara = m_cb->users().add("cara", kCaraPassword, Role::Caseworker, "Cara Worker");
        QVERIFY(cara);
        m_cara = cara->id;
        QVERIFY(m_cb->users().add("audrey", kAudreyPassword, Role::Auditor, "Audrey Auditor"));
    }

    void cleanup()
    {
        m_cb.reset();
        m_dir.reset();
    }

    void addsValidatesAndAudits()
    {
        auto note = m_cb->notes().add(input("  \r\nMet at the youth club.  \r\nTalked about school.\t \n\n"));
        QVERIFY2(note, note ? "" : describe(note.error()).c_str());
        QCOMPARE(note->text, std::string("Met at the youth club.\nTalked about school."));
        QCOMPARE(note->personId, m_person); // the referral's person
        QCOMPARE(note->referralId, m_referral);
        QCOMPARE(note->createdAt, std::string("2026-03-02T12:00:00Z"));
        QVERIFY(note->editedAt.empty());
        QVERIFY(!note->updatedHlc.empty());
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'note.created' AND "
                                     "detail = 'collection'"),
                 std::int64_t(1));
        // Change-logged like every synced table.
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM change_record r JOIN change_column c ON c.id = "
                                     "r.table_id WHERE c.table_name = 'notes'"),
                 std::int64_t(1));

        const auto rule = [&](NoteInput in) -> std::string {
            auto r = m_cb->notes().add(std::move(in));
            return r ? std::string("ok")
                     : r.error().field + ":" + (r.error().rule.empty() ? r.error().detail : r.error().rule);
        };
        QCOMPARE(rule(input("")), std::string("text:required"));
        QCOMPARE(rule(input(" \n\t \r\n")), std::string("text:required"));
        QCOMPARE(rule(input(std::string(50'000, 'a'))), std::string("ok"));
        QCOMPARE(rule(input(std::string(50'001, 'a'))), std::string("text:too_long"));
        // 50,000 characters of two bytes each are still within the limit.
        std::string welsh;
        for (int i = 0; i < 50'000; ++i)
            welsh += "\xC5\xB5"; // ŵ
        QCOMPARE(rule(input(welsh)), std::string("ok"));
        QCOMPARE(rule(input("bad \xC3\x28 bytes")), std::string("text:invalid_utf8"));
        QCOMPARE(rule(input("bell \x07 here")), std::string("text:control_characters"));
        QCOMPARE(rule(input("escape \x1b[31m red")), std::string("text:control_characters"));
        QCOMPARE(rule(input("C1 \xC2\x9B here")), std::string("text:control_characters"));
        QCOMPARE(rule(input("tabs\tand\nlines are fine")), std::string("ok"));
        NoteInput nowhere;
        nowhere.text = "no link";
        QCOMPARE(m_cb->notes().add(nowhere).error().code, ErrorCode::InvalidInput);
        NoteInput wrongPerson = input("mismatch");
        wrongPerson.personId = m_other;
        QCOMPARE(m_cb->notes().add(wrongPerson).error().code, ErrorCode::InvalidInput);
        NoteInput personOnly;
        personOnly.personId = m_other;
        personOnly.text = "A note on the person alone.";
        auto onPerson = m_cb->notes().add(personOnly);
        QVERIFY(onPerson);
        QVERIFY(onPerson->referralId.isNull());
        // A rejected text never reaches the audit trail or an error detail.
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE detail LIKE '%bell%'"), std::int64_t(0));
    }

    void editKeepsHistoryForCoordinators()
    {
        m_cb.reset();
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        auto note = casey->notes().add(input("First version."));
        QVERIFY(note);
        m_clock->advance(std::chrono::minutes(5));
        Note e1 = *note;
        e1.text = "Second version.";
        auto edited = casey->notes().edit(e1);
        QVERIFY2(edited, edited ? "" : describe(edited.error()).c_str());
        QCOMPARE(edited->editedAt, std::string("2026-03-02T12:05:00Z"));
        QCOMPARE(edited->editedBy, m_casey);
        QCOMPARE(edited->createdAt, note->createdAt);
        // A stale copy is a conflict, never a silent overwrite.
        Note stale = *note;
        stale.text = "Stale edit.";
        QCOMPARE(casey->notes().edit(stale).error().code, ErrorCode::Conflict);
        m_clock->advance(std::chrono::minutes(5));
        Note e2 = *edited;
        e2.text = "Third version.";
        auto edited2 = casey->notes().edit(e2);
        QVERIFY(edited2);
        // Nothing changed: nothing written.
        const auto sets = test::scalar(*casey, "SELECT count(*) FROM change_set");
        QVERIFY(casey->notes().edit(*edited2));
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM change_set"), sets);
        // The list says "edited".
        NoteListQuery q;
        q.referralId = m_referral;
        auto page = casey->notes().list(q);
        QVERIFY(page);
        QCOMPARE(page->rows.size(), std::size_t(1));
        QCOMPARE(page->rows[0].note.editedAt, std::string("2026-03-02T12:10:00Z"));
        QCOMPARE(page->rows[0].editorName, std::string("Casey Worker"));
        // Caseworkers do not see earlier texts: refused and audited.
        auto refused = casey->notes().history(note->id);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND "
                                      "detail = 'note.history'"),
                 std::int64_t(1));
        casey.reset();

        // Another caseworker may not edit it.
        auto cara = openAs("cara", kCaraPassword);
        QVERIFY(cara);
        Note e3 = *edited2;
        e3.text = "Not mine to change.";
        auto notAuthor = cara->notes().edit(e3);
        QVERIFY(!notAuthor);
        QCOMPARE(notAuthor.error().code, ErrorCode::PermissionDenied);
        cara.reset();

        // The coordinator sees every earlier text, with when and who.
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        auto history = m_cb->notes().history(note->id);
        QVERIFY2(history, history ? "" : describe(history.error()).c_str());
        QCOMPARE(history->size(), std::size_t(3));
        QCOMPARE((*history)[0].text, std::string("First version."));
        QCOMPARE((*history)[1].text, std::string("Second version."));
        QCOMPARE((*history)[2].text, std::string("Third version."));
        QVERIFY((*history)[0].at.starts_with("2026-03-02T12:00:00"));
        QVERIFY((*history)[1].at.starts_with("2026-03-02T12:05:00"));
        QCOMPARE((*history)[1].by, m_casey);
        QCOMPARE((*history)[1].byName, std::string("Casey Worker"));
        QCOMPARE(test::scalar(*m_cb, "SELECT count(*) FROM audit_log WHERE operation = 'note.history_viewed'"),
                 std::int64_t(1));
        // A coordinator may edit anyone's note; the history then names them.
        Note e4 = *edited2;
        e4.text = "Corrected by the coordinator.";
        auto byCoordinator = m_cb->notes().edit(e4);
        QVERIFY(byCoordinator);
        auto history2 = m_cb->notes().history(note->id);
        QVERIFY(history2);
        QCOMPARE(history2->size(), std::size_t(4));
        QCOMPARE(history2->back().byName, std::string("Test Coordinator"));
        // The index is in step with the text it describes (rank 1: FTS5 reads the text and
        // compares), also after a compaction rebuilt the file.
        QVERIFY(m_cb->database().exec("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"));
        QVERIFY(m_cb->compact());
        QVERIFY(m_cb->database().exec("INSERT INTO note_search (note_search, rank) VALUES ('integrity-check', 1)"));
        // Search follows the edits: the old words are gone, the new ones found.
        NoteSearchQuery sq;
        sq.text = "third";
        QCOMPARE(m_cb->notes().search(sq)->rows.size(), std::size_t(0));
        sq.text = "corrected";
        QCOMPARE(m_cb->notes().search(sq)->rows.size(), std::size_t(1));
    }

    void sensitiveNotesPerRole()
    {
        // The coordinator writes a sensitive note and an ordinary one; Casey writes her own
        // sensitive note.
        auto secret = m_cb->notes().add(input("Disclosure about family violence at home.", true));
        QVERIFY(secret);
        m_clock->advance(std::chrono::minutes(1));
        auto plain = m_cb->notes().add(input("Attended the violence awareness group."));
        QVERIFY(plain);
        m_cb.reset();
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        m_clock->advance(std::chrono::minutes(1));
        auto own = casey->notes().add(input("Caseys own sensitive violence note.", true));
        QVERIFY(own);

        // Casey: her own sensitive note and the plain one; the coordinator's is withheld.
        auto viewSecret = casey->notes().view(secret->id);
        QVERIFY(!viewSecret);
        QCOMPARE(viewSecret.error().code, ErrorCode::PermissionDenied);
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'refused' AND "
                                      "detail = 'note.view_sensitive'"),
                 std::int64_t(1));
        auto viewOwn = casey->notes().view(own->id);
        QVERIFY(viewOwn);
        QCOMPARE(viewOwn->note.text, own->text);
        QVERIFY(viewOwn->mayEdit);
        NoteListQuery q;
        q.personId = m_person;
        auto page = casey->notes().list(q);
        QVERIFY(page);
        QCOMPARE(texts(*page), (std::vector<std::string>{own->text, plain->text, "<withheld>"}));
        QCOMPARE(page->rows[2].authorName, std::string("Test Coordinator"));
        QVERIFY(page->rows[2].note.text.empty());
        QVERIFY(!page->rows[2].mayEdit);
        QCOMPARE(*casey->notes().count(q), std::int64_t(3));
        NoteSearchQuery sq;
        sq.text = "violence";
        auto hits = casey->notes().search(sq);
        QVERIFY(hits);
        QCOMPARE(hitIds(*hits), (std::set<Uuid>{own->id, plain->id}));
        sq.text = "family"; // a word only the withheld note holds
        QCOMPARE(casey->notes().search(sq)->rows.size(), std::size_t(0));
        // The search audit says how many were shown, never the words.
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM audit_log WHERE operation = 'note.searched' AND "
                                      "detail LIKE '%violence%'"),
                 std::int64_t(0));
        casey.reset();

        // Cara, another caseworker: neither sensitive note.
        auto cara = openAs("cara", kCaraPassword);
        QVERIFY(cara);
        auto caraPage = cara->notes().list(q);
        QVERIFY(caraPage);
        QCOMPARE(texts(*caraPage), (std::vector<std::string>{"<withheld>", plain->text, "<withheld>"}));
        sq.text = "violence";
        QCOMPARE(hitIds(*cara->notes().search(sq)), (std::set<Uuid>{plain->id}));
        QVERIFY(!cara->notes().view(own->id));
        cara.reset();

        // The auditor reads no case notes at all.
        auto audrey = openAs("audrey", kAudreyPassword);
        QVERIFY(audrey);
        QCOMPARE(audrey->notes().list(q).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(audrey->notes().search(sq).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(audrey->notes().view(plain->id).error().code, ErrorCode::PermissionDenied);
        QCOMPARE(audrey->notes().count(q).error().code, ErrorCode::PermissionDenied);
        audrey.reset();

        // The coordinator reads all three.
        m_cb = openAs(test::kUser, test::kPassword);
        QVERIFY(m_cb);
        QCOMPARE(texts(*m_cb->notes().list(q)), (std::vector<std::string>{own->text, plain->text, secret->text}));
        QCOMPARE(m_cb->notes().search(sq)->rows.size(), std::size_t(3));
        QVERIFY(m_cb->notes().view(own->id));

        // The timeline source never carries a sensitive note's words.
        const auto sources = NoteStore::timelineSources();
        QCOMPARE(sources.size(), std::size_t(1));
        QCOMPARE(sources[0].kind, std::string_view("note"));
        Statement tl(m_cb->database(), sources[0].sql);
        QVERIFY(tl.ok());
        tl.bind(1, m_person).bind(2, "9999").bind(3, "").bind(4, 10);
        std::vector<std::pair<std::string, std::int64_t>> rows;
        QVERIFY(tl.forEachRow([&] { rows.emplace_back(tl.text(4), tl.integer(6)); }));
        QCOMPARE(rows.size(), std::size_t(3));
        QCOMPARE(rows[0], (std::pair<std::string, std::int64_t>{"", 1}));
        QCOMPARE(rows[1], (std::pair<std::string, std::int64_t>{"Attended the violence awareness group.", 0}));
        QCOMPARE(rows[2], (std::pair<std::string, std::int64_t>{"", 1}));
        // ... and reads the person's notes through notes_person.
        Statement plan(m_cb->database(), "EXPLAIN QUERY PLAN " + std::string(sources[0].sql));
        plan.bind(1, m_person).bind(2, "9999").bind(3, "").bind(4, 10);
        std::string detail;
        QVERIFY(plan.forEachRow([&] { detail += plan.text(3) + "\n"; }));
        QVERIFY2(detail.find("notes_person") != std::string::npos, detail.c_str());
        QVERIFY2(detail.find("TEMP B-TREE") == std::string::npos, detail.c_str());
    }

    void searchSnippetsAndOddQueries()
    {
        auto zoe = m_cb->notes().add(input("Met Zoë at the café near the school gates. She talked about NEAR misses "
                                           "and her \"quoted\" words; we planned the next session together."));
        QVERIFY(zoe);
        m_clock->advance(std::chrono::seconds(1));
        auto other = m_cb->notes().add(input("Phone call with the school about attendance (50% this term)."));
        QVERIFY(other);
        NoteSearchQuery q;
        const auto hits = [&](std::string text) -> NoteHits {
            q.text = std::move(text);
            auto r = m_cb->notes().search(q);
            if (!r) {
                qWarning("search failed: %s", describe(r.error()).c_str());
                return {};
            }
            return *r;
        };
        // Case and accents folded both ways; the snippet marks the matched word as written.
        auto h = hits("ZOE");
        QCOMPARE(h.rows.size(), std::size_t(1));
        QCOMPARE(joined(splitSnippet(h.rows[0].snippet), true), std::string("Zoë"));
        QVERIFY(h.rows[0].note.text.empty()); // hits carry a snippet, not the whole text
        QCOMPARE(h.rows[0].authorName, std::string("Test Coordinator"));
        QCOMPARE(hits("cafe").rows.size(), std::size_t(1));
        QCOMPARE(hits("Café").rows.size(), std::size_t(1));
        // Terms are ANDed; newest first.
        QCOMPARE(hits("school").rows.size(), std::size_t(2));
        QCOMPARE(hits("school").rows[0].note.id, other->id);
        QCOMPARE(hits("school zoe").rows.size(), std::size_t(1));
        QCOMPARE(joined(splitSnippet(hits("school zoe").rows[0].snippet), true), std::string("Zoë|school"));
        // Phrases and prefixes.
        QCOMPARE(hits("\"school gates\"").rows.size(), std::size_t(1));
        QCOMPARE(hits("\"gates school\"").rows.size(), std::size_t(0));
        QCOMPARE(hits("atten*").rows.size(), std::size_t(1));
        QCOMPARE(hits("atten").rows.size(), std::size_t(0));
        // Operators typed by a user are words, never syntax; none of these is an error.
        QCOMPARE(hits("NEAR").rows.size(), std::size_t(1));
        QCOMPARE(hits("NEAR(school zoe)").rows.size(), std::size_t(0)); // "near(school" is not a word
        QCOMPARE(hits("school OR phone").rows.size(), std::size_t(0));  // "or" is a word here
        QCOMPARE(hits("school NOT zoe").rows.size(), std::size_t(0));
        QCOMPARE(hits("body:school").rows.size(), std::size_t(0));
        QCOMPARE(hits("\"quoted\"").rows.size(), std::size_t(1));
        QCOMPARE(hits("50%").rows.size(), std::size_t(1));
        for (const char* odd : {"",
                                "   ",
                                "\"",
                                "\"\"",
                                "*",
                                "**",
                                "a*",
                                "^school",
                                "(",
                                ")",
                                "-",
                                "+",
                                ":",
                                "NEAR(",
                                "AND",
                                "OR OR",
                                "\"unterminated phrase",
                                "'",
                                "\\",
                                "%",
                                "_",
                                "{}",
                                "—",
                                "😀",
                                "\x01",
                                "zoë\"",
                                "NEAR/2",
                                "* OR *",
                                "col:*",
                                "\xC3",
                                "\t\n"}) {
            q.text = odd;
            auto r = m_cb->notes().search(q);
            QVERIFY2(r, (std::string("query ") + odd + ": " + (r ? "" : describe(r.error()))).c_str());
        }
        QCOMPARE(hits(std::string(5000, 'x')).rows.size(), std::size_t(0));
        QCOMPARE(hits("Zoë 😀").rows.size(), std::size_t(1)); // an emoji alone is no word: the rest still counts

        // One person's notes only.
        NoteInput elsewhere;
        elsewhere.personId = m_other;
        elsewhere.text = "The school rang about another young person.";
        QVERIFY(m_cb->notes().add(elsewhere));
        q.personId = m_other;
        QCOMPARE(hits("school").rows.size(), std::size_t(1));
        q.personId = m_person;
        QCOMPARE(hits("school").rows.size(), std::size_t(2));
        q.personId.reset();
        QCOMPARE(hits("school").rows.size(), std::size_t(3));
    }

    void pagesNewestFirstWhateverOrderTheyWereWritten()
    {
        // Notes with their past, written out of time order: rowid order is still time order.
        std::vector<Note> past;
        for (int i = 0; i < 45; ++i) {
            Note n;
            n.personId = m_person;
            n.referralId = m_referral;
            n.authorId = m_casey;
            const int day = 1 + (i * 17) % 45; // a permutation of 1..45
            char when[32];
            std::snprintf(when, sizeof when, "2025-%02d-%02dT09:30:00Z", 1 + (day - 1) / 28, 1 + (day - 1) % 28);
            n.createdAt = when;
            n.text = "Weekly check-in number " + std::to_string(day) + " about football.";
            past.push_back(n);
        }
        auto added = m_cb->notes().addHistory(past);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        QCOMPARE(*added, 45);
        NoteSearchQuery q;
        q.text = "football";
        std::vector<std::string> seen;
        for (int pages = 0; pages < 5; ++pages) {
            auto r = m_cb->notes().search(q);
            QVERIFY(r);
            for (const auto& h : r->rows)
                seen.push_back(h.note.createdAt);
            if (!r->next)
                break;
            q.before = r->next;
        }
        QCOMPARE(seen.size(), std::size_t(45));
        QVERIFY(std::is_sorted(seen.rbegin(), seen.rend()));
        QCOMPARE(std::set<std::string>(seen.begin(), seen.end()).size(), std::size_t(45));
        // The list pages the same way.
        NoteListQuery lq;
        lq.referralId = m_referral;
        lq.limit = 20;
        std::vector<std::string> listed;
        for (;;) {
            auto page = m_cb->notes().list(lq);
            QVERIFY(page);
            for (const auto& r : page->rows)
                listed.push_back(r.note.createdAt);
            if (!page->next)
                break;
            lq.after = page->next;
        }
        QCOMPARE(listed, seen);
        QCOMPARE(*m_cb->notes().count(lq), std::int64_t(45));
        // The people and referrals must be there and belong together.
        std::vector<Note> wrong{past.front()};
        wrong[0].personId = m_other;
        QCOMPARE(m_cb->notes().addHistory(wrong).error().code, ErrorCode::InvalidInput);
        wrong[0].referralId = {};
        wrong[0].personId = Uuid::v7(m_clock->now());
        QCOMPARE(m_cb->notes().addHistory(wrong).error().code, ErrorCode::NotFound);
        wrong[0].personId = m_other;
        wrong[0].createdAt = "2099-01-01T00:00:00Z";
        QCOMPARE(m_cb->notes().addHistory(wrong).error().code, ErrorCode::InvalidInput);
        // Caseworkers cannot write notes with a past.
        m_cb.reset();
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        QCOMPARE(casey->notes().addHistory(past).error().code, ErrorCode::PermissionDenied);
    }

    void longPrefixesAreCheckedAgainstTheirNotes()
    {
        // A prefix longer than the indexed ones is looked up through the indexed prefix and each
        // candidate checked against the exact words: the expression the index is asked first.
        QCOMPARE(NoteStore::broaderExpression("\"atten\"*").value_or("-"), std::string("\"atte\"*"));
        QCOMPARE(NoteStore::broaderExpression("\"school\" \"Football\"* \"nan\"").value_or("-"),
                 std::string("\"school\" \"Foot\"* \"nan\""));
        QVERIFY(!NoteStore::broaderExpression("\"atte\"*"));      // indexed: asked as it is
        QVERIFY(!NoteStore::broaderExpression("\"attendance\"")); // no prefix
        QVERIFY(!NoteStore::broaderExpression("\"youth club\"")); // a phrase
        QVERIFY(!NoteStore::broaderExpression("\"zoëbe\"*"));     // not plain ASCII: asked as it is
        QVERIFY(!NoteStore::broaderExpression("\"o'neil\"*"));    // two words for the tokenizer
        QVERIFY(!NoteStore::broaderExpression("\"ab\"\"cde\"*"));
        QVERIFY(!NoteStore::broaderExpression("\"unterminated"));

        // Oldest first: 5 notes that match (found only after the 256 candidates checked,
        // by the index itself); 1,200 that match the indexed prefix "atte" but not "atten";
        // 30 newest that match, one in three sensitive, every fifth for another person.
        std::vector<Note> past;
        std::set<std::string> expectedAll;
        std::set<std::string> expectedCasey;
        int minute = 0;
        const auto add = [&](std::string text, bool sensitive, bool other, bool matches) {
            Note n = pastNote(other ? m_other : m_person, std::move(text), minute++);
            n.sensitive = sensitive;
            if (matches) {
                expectedAll.insert(n.createdAt);
                if (!sensitive)
                    expectedCasey.insert(n.createdAt);
            }
            past.push_back(std::move(n));
        };
        for (int i = 0; i < 5; ++i)
            add("Old note " + std::to_string(i) + ": she attended every session.", false, false, true);
        for (int i = 0; i < 1200; ++i)
            add("An attempt at the quiz, number " + std::to_string(i) + ".", false, i % 7 == 0, false);
        for (int i = 0; i < 30; ++i)
            add(i % 2 ? "Good attendance this week; an attempt at the quiz too." : "His ATTENTION span was better.",
                i % 3 == 0, i % 5 == 0, true);
        auto added = m_cb->notes().addHistory(past);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());

        const auto everyPage = [](Casebook& cb, NoteSearchQuery q, std::vector<NoteHit>& out) {
            for (int pages = 0; pages < 200; ++pages) {
                auto r = cb.notes().search(q);
                if (!r) {
                    qWarning("search failed: %s", describe(r.error()).c_str());
                    return false;
                }
                out.insert(out.end(), r->rows.begin(), r->rows.end());
                if (!r->next)
                    return true;
                q.before = r->next;
            }
            return false;
        };
        const auto createdSet = [](const std::vector<NoteHit>& hits) {
            std::set<std::string> out;
            for (const auto& h : hits)
                out.insert(h.note.createdAt);
            return out;
        };
        const auto newestFirst = [](const std::vector<NoteHit>& hits) {
            return std::adjacent_find(hits.begin(), hits.end(), [](const NoteHit& a, const NoteHit& b) {
                       return a.note.createdAt <= b.note.createdAt;
                   }) == hits.end();
        };
        for (int limit : {20, 7, 100}) {
            NoteSearchQuery q;
            q.text = "atten*";
            q.limit = limit;
            std::vector<NoteHit> hits;
            QVERIFY(everyPage(*m_cb, q, hits));
            QCOMPARE(hits.size(), expectedAll.size());
            QCOMPARE(createdSet(hits), expectedAll);
            QVERIFY(newestFirst(hits));
            // The snippets mark the words that match, never "attempt".
            for (const auto& h : hits) {
                const std::string marked = joined(splitSnippet(h.snippet), true);
                QVERIFY2(marked == "attended" || marked == "attendance" || marked == "ATTENTION", marked.c_str());
            }
        }
        // With another word, one person's notes, a word under the prefix that few notes have.
        {
            NoteSearchQuery q;
            q.text = "quiz attend*";
            std::vector<NoteHit> hits;
            QVERIFY(everyPage(*m_cb, q, hits));
            QCOMPARE(hits.size(), std::size_t(15));
            q.text = "atten*";
            q.personId = m_other;
            hits.clear();
            QVERIFY(everyPage(*m_cb, q, hits));
            QCOMPARE(hits.size(), std::size_t(6));
            QVERIFY(newestFirst(hits));
            q.personId.reset();
            q.text = "attem*";
            hits.clear();
            QVERIFY(everyPage(*m_cb, q, hits));
            QCOMPARE(hits.size(), std::size_t(1215));
            q.text = "attende*";
            hits.clear();
            QVERIFY(everyPage(*m_cb, q, hits));
            QCOMPARE(hits.size(), std::size_t(5));
        }
        // What a caseworker reads: the sensitive matches are not theirs to see.
        m_cb.reset();
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        NoteSearchQuery q;
        q.text = "atten*";
        std::vector<NoteHit> hits;
        QVERIFY(everyPage(*casey, q, hits));
        QCOMPARE(createdSet(hits), expectedCasey);
        // Nothing of the notes' words stays behind in the connection's own table.
        QCOMPARE(test::scalar(*casey, "SELECT count(*) FROM temp.note_probe"), std::int64_t(0));
    }

    void onePersonsNotesWhateverTheWordsShare()
    {
        // A person's search checks their newest 128 notes one by one, then walks the index's
        // matches beside their other notes, then (past 65,536 matches) checks the rest one by
        // one: the first two steps are reached here, past another person's 4,200 matches
        // (the third is the plan a person with fewer notes gets). Oldest first: 3 of this
        // person's notes with "kayak" and "origami"; 4,200 of another person's with "kayak";
        // 1,100 of this person's with "quiz".
        std::vector<Note> past;
        int minute = 0;
        const auto add = [&](const Uuid& person, std::string text) {
            past.push_back(pastNote(person, std::move(text), minute++));
        };
        for (int i = 0; i < 3; ++i)
            add(m_person, "Went kayaking, then origami at the club (" + std::to_string(i) + ").");
        for (int i = 0; i < 4200; ++i)
            add(m_other, "A kayak trip, number " + std::to_string(i) + ".");
        for (int i = 0; i < 1100; ++i)
            add(m_person, "A quiz at the library, number " + std::to_string(i) + ".");
        auto added = m_cb->notes().addHistory(past);
        QVERIFY2(added, added ? "" : describe(added.error()).c_str());
        const auto all = [&](std::string text, std::optional<Uuid> person, int limit) {
            NoteSearchQuery q;
            q.text = std::move(text);
            q.personId = person;
            q.limit = limit;
            std::vector<std::string> out;
            for (int pages = 0; pages < 2000; ++pages) {
                auto r = m_cb->notes().search(q);
                if (!r) {
                    qWarning("search failed: %s", describe(r.error()).c_str());
                    return std::vector<std::string>{"failed"};
                }
                for (const auto& h : r->rows) {
                    if (h.note.personId != q.personId.value_or(h.note.personId))
                        return std::vector<std::string>{"another person's note"};
                    out.push_back(h.note.createdAt);
                }
                if (!r->next)
                    break;
                q.before = r->next;
            }
            return out;
        };
        const auto newestFirst = [](const std::vector<std::string>& v) {
            return std::adjacent_find(v.begin(), v.end(), std::less_equal<>()) == v.end();
        };
        // "kayak" past 128 of their notes and 4,200 of the other person's matches.
        auto kayak = all("kayak", m_person, 20);
        QCOMPARE(kayak.size(), std::size_t(0)); // "kayaking" is another word
        kayak = all("kayak*", m_person, 20);
        QCOMPARE(kayak.size(), std::size_t(3));
        QVERIFY(newestFirst(kayak));
        QCOMPARE(all("kayak*", m_person, 2), kayak);
        QCOMPARE(all("kayak*", m_other, 100).size(), std::size_t(4200));
        // "origami": the index's few matches, read after their newest 128 notes.
        QCOMPARE(all("origami", m_person, 20), kayak);
        QCOMPARE(all("origami", m_other, 20).size(), std::size_t(0));
        // "quiz" in most of their notes: found among the newest, every page.
        const auto quiz = all("quiz", m_person, 50);
        QCOMPARE(quiz.size(), std::size_t(1100));
        QVERIFY(newestFirst(quiz));
        QCOMPARE(all("quiz", std::nullopt, 100), quiz);
        QCOMPARE(all("library quiz", m_person, 100), quiz);
        QCOMPARE(all("quiz", m_other, 20).size(), std::size_t(0));
    }

    void draftSurvivesACrash()
    {
        m_cb.reset();
        const std::string typed = "Half-written note about the visit: she said";
        const Uuid key = noteDraftKey({}, m_referral, m_person);
        QCOMPARE(key, m_referral);
        const pid_t child = fork();
        QVERIFY(child >= 0);
        if (child == 0) {
            // The writer: opens the casebook, keeps the draft as the editor does every few
            // seconds, and dies without closing anything.
            auto cb = Casebook::open(path(), "casey", kCaseyPassword, m_clock);
            if (!cb)
                _exit(2);
            Draft d;
            d.form = std::string(kNoteDraftForm);
            d.recordId = key;
            d.title = "Note";
            d.payload = typed;
            d.needs = Action::NoteWrite;
            if (!(*cb)->drafts().save(d))
                _exit(3);
            raise(SIGKILL);
            _exit(4);
        }
        int status = 0;
        QCOMPARE(waitpid(child, &status, 0), child);
        QVERIFY2(WIFSIGNALED(status) && WTERMSIG(status) == SIGKILL,
                 ("child ended with status " + std::to_string(status)).c_str());
        // Nothing typed reached a plaintext file in the folder.
        QVERIFY(test::filesContaining(m_dir->path(), QByteArray("Half-written note")).empty());
        auto casey = openAs("casey", kCaseyPassword);
        QVERIFY(casey);
        auto drafts = casey->drafts().list();
        QVERIFY(drafts);
        QCOMPARE(drafts->size(), std::size_t(1));
        QCOMPARE((*drafts)[0].form, std::string("note"));
        QCOMPARE((*drafts)[0].recordId, m_referral);
        auto loaded = casey->drafts().load(kNoteDraftForm, key);
        QVERIFY(loaded && *loaded);
        QCOMPARE((*loaded)->payload, typed);
        // Another user does not get it.
        casey.reset();
        auto cara = openAs("cara", kCaraPassword);
        QVERIFY(cara);
        QCOMPARE(cara->drafts().list()->size(), std::size_t(0));
    }
};

QTEST_GUILESS_MAIN(TestNotes)
#include "TestNotes.moc"
