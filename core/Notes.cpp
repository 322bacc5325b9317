// casebook.notes(): the case notes desk. Each method authorises, validates (core/domain/Note),
// writes through core/store/NoteStore with change-log rows and audits, in the order of
// core/DeskContext.h.

#include "core/Notes.h"

#include "core/DeskContext.h"
#include "core/Users.h"
#include "core/store/ChangeLog.h"
#include "core/store/Database.h"
#include "core/store/NoteStore.h"

#include <chrono>
#include <cstdio>
#include <map>
#include <set>

namespace waymark {

namespace {

std::string formatUtcSeconds(std::chrono::system_clock::time_point t)
{
    const std::string millis = formatUtcMillis(t); // YYYY-MM-DDTHH:MM:SS.mmmZ
    return millis.substr(0, 19) + "Z";
}

std::int64_t unixMillis(std::chrono::system_clock::time_point t)
{
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

// "YYYY-MM-DDTHH:MM:SSZ" as UTC milliseconds, or nullopt when it is not that shape.
std::optional<std::int64_t> parseUtcSeconds(std::string_view s)
{
    int y = 0;
    unsigned mo = 0, d = 0, h = 0, mi = 0, se = 0;
    char z = 0;
    if (s.size() != 20 ||
        std::sscanf(std::string(s).c_str(), "%4d-%2u-%2uT%2u:%2u:%2u%c", &y, &mo, &d, &h, &mi, &se, &z) != 7 ||
        z != 'Z' || h > 23 || mi > 59 || se > 59)
        return std::nullopt;
    const std::chrono::year_month_day ymd{std::chrono::year{y}, std::chrono::month{mo}, std::chrono::day{d}};
    if (!ymd.ok())
        return std::nullopt;
    const auto t =
        std::chrono::sys_days{ymd} + std::chrono::hours{h} + std::chrono::minutes{mi} + std::chrono::seconds{se};
    return std::chrono::duration_cast<std::chrono::milliseconds>(t.time_since_epoch()).count();
}

} // namespace

Uuid noteDraftKey(const Uuid& noteId, const Uuid& referralId, const Uuid& personId)
{
    if (!noteId.isNull())
        return noteId;
    return referralId.isNull() ? personId : referralId;
}

Result<Note> Notes::add(NoteInput input)
{
    if (auto st = m_context.authorise(Action::NoteWrite, "note"); !st)
        return std::unexpected(st.error());
    input.text = normaliseNoteText(input.text);
    if (auto st = validateNoteText(input.text); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    NoteStore store(db);
    Note note;
    if (!input.referralId.isNull()) {
        auto person = store.referralPerson(input.referralId);
        if (!person)
            return std::unexpected(person.error());
        if (!*person)
            return fail(ErrorCode::NotFound, "no such referral", "referral");
        if (!input.personId.isNull() && input.personId != **person)
            return fail(ErrorCode::InvalidInput, "the referral belongs to another person", "person");
        note.personId = **person;
        note.referralId = input.referralId;
    } else {
        if (input.personId.isNull())
            return fail(ErrorCode::InvalidInput, "a note needs a referral or a person", "referral");
        auto exists = store.personExists(input.personId);
        if (!exists)
            return std::unexpected(exists.error());
        if (!*exists)
            return fail(ErrorCode::NotFound, "no such person", "person");
        note.personId = input.personId;
    }
    if (auto st = m_context.mayWrite(note.personId, "note"); !st)
        return std::unexpected(st.error());
    const auto now = m_context.clock().now();
    note.id = Uuid::v7(now);
    note.sessionId = input.sessionId;
    note.authorId = m_context.user().id;
    note.createdAt = formatUtcSeconds(now);
    note.sensitive = input.sensitive;
    note.text = std::move(input.text);
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
    if (auto st = store.insert(note, unixMillis(now), changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("note.created", "note", note.id, "collection"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return note;
}

Result<Note> Notes::edit(const Note& edited)
{
    if (auto st = m_context.authorise(Action::NoteWrite, "note", edited.id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayWriteRecord("notes", edited.id, "note"); !st)
        return std::unexpected(st.error());
    const std::string text = normaliseNoteText(edited.text);
    if (auto st = validateNoteText(text); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    NoteStore store(db);
    Transaction tx(db);
    if (!tx.begun())
        return std::unexpected(tx.begun().error());
    auto loaded = store.load(edited.id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such note");
    const Note& before = **loaded;
    const UserInfo& me = m_context.user();
    // Only the author, or a coordinator, changes what a note says.
    if (before.authorId != me.id && me.role != Role::Coordinator) {
        if (auto st = m_context.audit("refused", "note", before.id, "note.write (not the author)"); !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        return fail(ErrorCode::PermissionDenied, "only the note's author or a coordinator may edit it");
    }
    if (before.updatedHlc != edited.updatedHlc)
        return fail(ErrorCode::Conflict, "the note was changed since it was read");
    Note after = before;
    after.text = text;
    after.sensitive = edited.sensitive;
    if (after.text == before.text && after.sensitive == before.sensitive)
        return before; // nothing changed: nothing written, nothing audited
    after.editedAt = formatUtcSeconds(m_context.clock().now());
    after.editedBy = me.id;
    ChangeLog changes(db, m_context.nextHlc(), me.id);
    if (auto st = store.update(before, after, changes); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.audit("note.updated", "note", after.id, "alteration"); !st)
        return std::unexpected(st.error());
    if (auto st = tx.commit(); !st)
        return std::unexpected(st.error());
    return after;
}

Result<NoteRecord> Notes::view(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::NoteView, "note", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("notes", id, "note"); !st)
        return std::unexpected(st.error());
    NoteStore store(m_context.database());
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such note");
    const UserInfo& me = m_context.user();
    if ((*loaded)->sensitive && (*loaded)->authorId != me.id)
        if (auto st = m_context.authorise(Action::NoteViewSensitive, "note", id); !st)
            return std::unexpected(st.error());
    NoteRecord r;
    r.note = std::move(**loaded);
    auto author = store.userName(r.note.authorId);
    if (!author)
        return std::unexpected(author.error());
    r.authorName = *author;
    if (!r.note.editedBy.isNull()) {
        auto editor = store.userName(r.note.editedBy);
        if (!editor)
            return std::unexpected(editor.error());
        r.editorName = *editor;
    }
    r.mayEdit = m_context.can(Action::NoteWrite) && (r.note.authorId == me.id || me.role == Role::Coordinator);
    if (auto st = m_context.auditConsultation("note.viewed", "note", id, "consultation"); !st)
        return std::unexpected(st.error());
    return r;
}

Result<NotePage> Notes::list(const NoteListQuery& query)
{
    if (auto st = m_context.authorise(Action::NoteView, "note"); !st)
        return std::unexpected(st.error());
    if (query.limit < 1 || query.limit > 200)
        return fail(ErrorCode::InvalidInput, "a page holds 1 to 200 notes");
    const UserInfo& me = m_context.user();
    const NoteStore::Reader reader{me.id, m_context.can(Action::NoteViewSensitive)};
    auto page = NoteStore(m_context.database()).list(query, reader);
    if (!page)
        return page;
    const bool coordinator = me.role == Role::Coordinator;
    for (auto& r : page->rows)
        r.mayEdit = !r.withheld && (r.note.authorId == me.id || coordinator);
    const Uuid subject = query.sessionId ? *query.sessionId : query.referralId ? *query.referralId : *query.personId;
    const std::string_view type = query.sessionId ? "session" : query.referralId ? "referral" : "person";
    if (auto st =
            m_context.auditConsultation("note.listed", type, subject, std::to_string(page->rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return page;
}

Result<std::int64_t> Notes::count(const NoteListQuery& query)
{
    if (auto st = m_context.authorise(Action::NoteView, "note"); !st)
        return std::unexpected(st.error());
    const NoteStore::Reader reader{m_context.user().id, m_context.can(Action::NoteViewSensitive)};
    return NoteStore(m_context.database()).count(query, reader);
}

Result<NoteHits> Notes::search(const NoteSearchQuery& query)
{
    if (auto st = m_context.authorise(Action::NoteView, "note"); !st)
        return std::unexpected(st.error());
    if (query.limit < 1 || query.limit > 100)
        return fail(ErrorCode::InvalidInput, "a page holds 1 to 100 notes");
    const std::string expression = noteSearchExpression(query.text);
    NoteHits hits;
    if (!expression.empty()) {
        const NoteStore::Reader reader{m_context.user().id, m_context.can(Action::NoteViewSensitive)};
        auto found = NoteStore(m_context.database()).search(expression, query, reader);
        if (!found)
            return found;
        hits = std::move(*found);
    }
    if (auto st =
            m_context.auditConsultation("note.searched", query.personId ? "person" : "note",
                                        query.personId.value_or(Uuid{}), std::to_string(hits.rows.size()) + " shown");
        !st)
        return std::unexpected(st.error());
    return hits;
}

Result<std::vector<NoteVersion>> Notes::history(const Uuid& id)
{
    if (auto st = m_context.authorise(Action::NoteHistory, "note", id); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.mayReadRecord("notes", id, "note"); !st)
        return std::unexpected(st.error());
    NoteStore store(m_context.database());
    auto loaded = store.load(id);
    if (!loaded)
        return std::unexpected(loaded.error());
    if (!*loaded)
        return fail(ErrorCode::NotFound, "no such note");
    if ((*loaded)->sensitive && (*loaded)->authorId != m_context.user().id)
        if (auto st = m_context.authorise(Action::NoteViewSensitive, "note", id); !st)
            return std::unexpected(st.error());
    auto versions = store.textVersions(id);
    if (!versions)
        return versions;
    for (auto& v : *versions) {
        auto name = store.userName(v.by);
        if (!name)
            return std::unexpected(name.error());
        v.byName = *name;
    }
    if (auto st = m_context.auditConsultation("note.history_viewed", "note", id,
                                              std::to_string(versions->size()) + " versions");
        !st)
        return std::unexpected(st.error());
    return versions;
}

Result<int> Notes::addHistory(std::vector<Note> notes, const ProgressFn& progress)
{
    if (auto st = m_context.authorise(Action::NoteWrite, "note"); !st)
        return std::unexpected(st.error());
    if (auto st = m_context.authorise(Action::DemoGenerate, "note"); !st)
        return std::unexpected(st.error());
    Database& db = m_context.database();
    NoteStore store(db);
    const auto now = m_context.clock().now();
    const std::int64_t nowMillis = unixMillis(now);
    constexpr std::size_t kBatch = 2000;
    std::map<Uuid, Uuid> referralPeople; // checked once each
    std::set<Uuid> people;
    int written = 0;
    for (std::size_t start = 0; start < notes.size(); start += kBatch) {
        const std::size_t end = std::min(notes.size(), start + kBatch);
        Transaction tx(db);
        if (!tx.begun())
            return std::unexpected(tx.begun().error());
        for (std::size_t i = start; i < end; ++i) {
            Note& n = notes[i];
            n.text = normaliseNoteText(n.text);
            if (auto st = validateNoteText(n.text); !st)
                return std::unexpected(st.error());
            const auto millis = parseUtcSeconds(n.createdAt);
            if (!millis || *millis > nowMillis)
                return fail(ErrorCode::InvalidInput, "a note's time is not a past UTC time", "created_at");
            if (n.personId.isNull() || n.authorId.isNull())
                return fail(ErrorCode::InvalidInput, "a note needs a person and an author", "person");
            if (!n.referralId.isNull()) {
                auto it = referralPeople.find(n.referralId);
                if (it == referralPeople.end()) {
                    auto person = store.referralPerson(n.referralId);
                    if (!person)
                        return std::unexpected(person.error());
                    if (!*person)
                        return fail(ErrorCode::NotFound, "no such referral", "referral");
                    it = referralPeople.emplace(n.referralId, **person).first;
                }
                if (it->second != n.personId)
                    return fail(ErrorCode::InvalidInput, "the referral belongs to another person", "person");
            } else if (!people.contains(n.personId)) {
                auto exists = store.personExists(n.personId);
                if (!exists)
                    return std::unexpected(exists.error());
                if (!*exists)
                    return fail(ErrorCode::NotFound, "no such person", "person");
                people.insert(n.personId);
            }
            if (n.id.isNull())
                n.id = Uuid::v7(std::chrono::system_clock::time_point{std::chrono::milliseconds{*millis}});
            ChangeLog changes(db, m_context.nextHlc(), m_context.user().id);
            if (auto st = store.insert(n, *millis, changes); !st)
                return std::unexpected(st.error());
        }
        if (auto st = m_context.audit("note.created", "note", Uuid{},
                                      "collection: " + std::to_string(end - start) + " notes with their past");
            !st)
            return std::unexpected(st.error());
        if (auto st = tx.commit(); !st)
            return std::unexpected(st.error());
        written += static_cast<int>(end - start);
        if (progress && !progress(static_cast<int>(100 * end / notes.size()), "adding notes"))
            return fail(ErrorCode::Cancelled, "cancelled after " + std::to_string(written) + " notes");
    }
    return written;
}

} // namespace waymark
