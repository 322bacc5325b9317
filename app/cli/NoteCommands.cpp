// note add|edit|show|list|history|search: the Notes desk (core/Notes.h) on the command line.
// A note's text always comes from standard input, never from the command line (where other
// users could read it in the process list or the shell history).

#include "app/cli/Command.h"
#include "app/cli/Json.h"
#include "core/Casebook.h"
#include "core/Text.h"

namespace waymark::cli {

namespace {

Json uuidJson(const Uuid& id)
{
    return id.isNull() ? Json() : Json(id.toString());
}

Json noteJson(const Note& n, std::string_view authorName = {}, std::string_view editorName = {}, bool withheld = false)
{
    Json o = Json::object();
    o.set("id", n.id.toString());
    o.set("person_id", uuidJson(n.personId));
    o.set("referral_id", uuidJson(n.referralId));
    o.set("session_id", uuidJson(n.sessionId));
    o.set("author_id", uuidJson(n.authorId));
    if (!authorName.empty())
        o.set("author", authorName);
    o.set("created_at", n.createdAt);
    o.set("edited_at", n.editedAt.empty() ? Json() : Json(n.editedAt));
    if (!n.editedBy.isNull()) {
        o.set("edited_by", n.editedBy.toString());
        if (!editorName.empty())
            o.set("editor", editorName);
    }
    o.set("sensitive", n.sensitive);
    if (withheld)
        o.set("withheld", true);
    else
        o.set("text", n.text);
    o.set("version", n.updatedHlc);
    return o;
}

std::string noteHeading(const Note& n, std::string_view author)
{
    std::string out = n.createdAt + "  " + std::string(author.empty() ? "?" : author);
    if (n.sensitive)
        out += "  [sensitive]";
    if (!n.editedAt.empty())
        out += "  (edited " + n.editedAt + ")";
    return out;
}

// The whole of standard input (after any password line) as the note's text.
Result<std::string> stdinText(Context& ctx)
{
    auto lines = ctx.remainingStdinLines();
    if (!lines)
        return std::unexpected(lines.error());
    std::string text;
    for (std::size_t i = 0; i < lines->size(); ++i)
        text += (i ? "\n" : "") + (*lines)[i];
    return text;
}

Result<Uuid> noteId(std::string_view word)
{
    auto id = Uuid::parse(word);
    if (!id)
        return fail(ErrorCode::InvalidInput, "a note is named by its id (8-4-4-4-12)", "note");
    return *id;
}

// --referral REF (a referral reference or id), --person REF (a case reference or id).
Result<Uuid> referralFrom(Casebook& casebook, std::string_view ref)
{
    if (auto id = Uuid::parse(ref))
        return *id;
    auto r = casebook.referrals().viewByReference(ref);
    if (!r)
        return std::unexpected(r.error());
    return r->id;
}

Result<Uuid> personFrom(Casebook& casebook, std::string_view ref)
{
    auto p = personByRef(casebook, ref);
    if (!p)
        return std::unexpected(p.error());
    return p->id;
}

Status needsOnePositional(const ParsedArgs& args, std::string_view command, std::string_view what)
{
    if (args.positionals.size() != 1)
        return fail(ErrorCode::InvalidInput, std::string(command) + " needs " + std::string(what));
    return {};
}

// ---- note add ----------------------------------------------------------------------------

class NoteAddCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note add"; }
    std::string help() const override
    {
        return helpEntry("note add --referral REF | --person REF [--session ID] [--sensitive]",
                         "write a case note; its text from standard input");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "note add takes options only; the text comes from standard input");
        if (args.has("referral") == args.has("person"))
            return fail(ErrorCode::InvalidInput, "note add needs --referral REF or --person REF", "referral");
        if (auto s = args.value("session"); s && !Uuid::parse(*s))
            return fail(ErrorCode::InvalidInput, "--session needs a session id (8-4-4-4-12)", "session");
        auto text = stdinText(ctx);
        if (!text)
            return std::unexpected(text.error());
        m_text = std::move(*text);
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        NoteInput in;
        if (auto ref = args.value("referral")) {
            auto id = referralFrom(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            in.referralId = *id;
        } else {
            auto id = personFrom(casebook, *args.value("person"));
            if (!id)
                return ctx.fail(id.error());
            in.personId = *id;
        }
        if (auto s = args.value("session"))
            in.sessionId = *Uuid::parse(*s);
        in.sensitive = args.has("sensitive");
        in.text = std::move(m_text);
        auto note = casebook.notes().add(std::move(in));
        if (!note)
            return ctx.fail(note.error());
        return ctx.done(noteJson(*note, casebook.user().displayName), "note " + note->id.toString() + " written");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"referral", OptionSpec::Value},
                                            {"person", OptionSpec::Value},
                                            {"session", OptionSpec::Value},
                                            {"sensitive", OptionSpec::Flag}};
    std::string m_text;
};

// ---- note edit ---------------------------------------------------------------------------

class NoteEditCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note edit"; }
    std::string help() const override
    {
        return helpEntry("note edit ID [--sensitive yes|no]",
                         "replace a note's text with standard input (its author or a coordinator);\n"
                         "with --sensitive alone and no input, only its sensitivity changes");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context& ctx, const ParsedArgs& args) override
    {
        if (auto st = needsOnePositional(args, "note edit", "one note id"); !st)
            return st;
        if (auto id = noteId(args.positionals.front()); !id)
            return std::unexpected(id.error());
        if (auto s = args.value("sensitive")) {
            auto yes = parseYesNo(*s, "sensitive");
            if (!yes)
                return std::unexpected(yes.error());
            m_sensitive = *yes;
        } else if (args.has("sensitive")) {
            m_sensitive = true;
        }
        auto text = stdinText(ctx);
        if (!text)
            return std::unexpected(text.error());
        m_text = std::move(*text);
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto current = casebook.notes().view(*noteId(args.positionals.front()));
        if (!current)
            return ctx.fail(current.error());
        Note edited = current->note;
        if (!text::trim(m_text).empty() || !m_sensitive)
            edited.text = m_text;
        if (m_sensitive)
            edited.sensitive = *m_sensitive;
        auto saved = casebook.notes().edit(edited);
        if (!saved)
            return ctx.fail(saved.error());
        return ctx.done(noteJson(*saved, current->authorName, casebook.user().displayName),
                        "note " + saved->id.toString() + " saved");
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"sensitive", OptionSpec::OptionalValue}};
    std::string m_text;
    std::optional<bool> m_sensitive;
};

// ---- note show ---------------------------------------------------------------------------

class NoteShowCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note show"; }
    std::string help() const override { return helpEntry("note show ID", "one note, with its author and times"); }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (auto st = needsOnePositional(args, "note show", "one note id"); !st)
            return st;
        if (auto id = noteId(args.positionals.front()); !id)
            return std::unexpected(id.error());
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto r = casebook.notes().view(*noteId(args.positionals.front()));
        if (!r)
            return ctx.fail(r.error());
        return ctx.done(noteJson(r->note, r->authorName, r->editorName),
                        noteHeading(r->note, r->authorName) + "\n\n" + r->note.text);
    }
};

// ---- note list ---------------------------------------------------------------------------

class NoteListCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note list"; }
    std::string help() const override
    {
        return helpEntry("note list --referral REF | --person REF [--limit N]",
                         "notes newest first (sensitive ones you may not read: without text)");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (!args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "note list takes options only");
        if (args.has("referral") == args.has("person"))
            return fail(ErrorCode::InvalidInput, "note list needs --referral REF or --person REF", "referral");
        if (auto l = args.value("limit")) {
            auto n = parseCount(*l, "limit");
            if (!n)
                return std::unexpected(n.error());
            if (*n < 1 || *n > 200)
                return fail(ErrorCode::InvalidInput, "--limit is 1 to 200", "limit");
            m_limit = static_cast<int>(*n);
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        NoteListQuery q;
        q.limit = m_limit;
        if (auto ref = args.value("referral")) {
            auto id = referralFrom(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            q.referralId = *id;
        } else {
            auto id = personFrom(casebook, *args.value("person"));
            if (!id)
                return ctx.fail(id.error());
            q.personId = *id;
        }
        auto page = casebook.notes().list(q);
        if (!page)
            return ctx.fail(page.error());
        Json list = Json::array();
        std::string text;
        for (const auto& r : page->rows) {
            list.push(noteJson(r.note, r.authorName, r.editorName, r.withheld));
            text += noteHeading(r.note, r.authorName) + "  " + r.note.id.toString() + "\n";
            text += r.withheld ? "  (sensitive: not shown)\n" : "  " + noteLead(r.note.text, 100) + "\n";
        }
        if (page->rows.empty())
            text = "no notes";
        return ctx.done(list, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {
        {"referral", OptionSpec::Value}, {"person", OptionSpec::Value}, {"limit", OptionSpec::Value}};
    int m_limit = 50;
};

// ---- note history ------------------------------------------------------------------------

class NoteHistoryCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note history"; }
    std::string help() const override
    {
        return helpEntry("note history ID", "every text a note has had, oldest first (coordinators)");
    }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (auto st = needsOnePositional(args, "note history", "one note id"); !st)
            return st;
        if (auto id = noteId(args.positionals.front()); !id)
            return std::unexpected(id.error());
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        auto versions = casebook.notes().history(*noteId(args.positionals.front()));
        if (!versions)
            return ctx.fail(versions.error());
        Json list = Json::array();
        std::string text;
        for (const auto& v : *versions) {
            Json o = Json::object();
            o.set("at", v.at);
            o.set("by", uuidJson(v.by));
            o.set("by_name", v.byName);
            o.set("text", v.text);
            list.push(std::move(o));
            text += v.at + "  " + v.byName + "\n" + v.text + "\n\n";
        }
        return ctx.done(list, text);
    }
};

// ---- note search -------------------------------------------------------------------------

class NoteSearchCommand : public CasebookCommand
{
public:
    std::string_view name() const override { return "note search"; }
    std::string help() const override
    {
        return helpEntry("note search QUERY [--person REF] [--limit N]",
                         "notes holding every word (\"a phrase\", word* for a prefix), newest\n"
                         "first, with a snippet; only the notes you may read");
    }
    std::span<const OptionSpec> options() const override { return kSpecs; }
    bool dashWordsArePositional() const override { return true; }

protected:
    Status prepare(Context&, const ParsedArgs& args) override
    {
        if (args.positionals.empty())
            return fail(ErrorCode::InvalidInput, "note search needs a query");
        if (auto l = args.value("limit")) {
            auto n = parseCount(*l, "limit");
            if (!n)
                return std::unexpected(n.error());
            if (*n < 1 || *n > 100)
                return fail(ErrorCode::InvalidInput, "--limit is 1 to 100", "limit");
            m_limit = static_cast<int>(*n);
        }
        return {};
    }
    int executeOn(Context& ctx, Casebook& casebook, const ParsedArgs& args) override
    {
        NoteSearchQuery q;
        for (const auto& word : args.positionals)
            q.text += (q.text.empty() ? "" : " ") + word;
        q.limit = m_limit;
        if (auto ref = args.value("person")) {
            auto id = personFrom(casebook, *ref);
            if (!id)
                return ctx.fail(id.error());
            q.personId = *id;
        }
        auto hits = casebook.notes().search(q);
        if (!hits)
            return ctx.fail(hits.error());
        Json list = Json::array();
        std::string text;
        for (const auto& h : hits->rows) {
            Json o = Json::object();
            o.set("id", h.note.id.toString());
            o.set("person_id", uuidJson(h.note.personId));
            o.set("referral_id", uuidJson(h.note.referralId));
            o.set("author", h.authorName);
            o.set("created_at", h.note.createdAt);
            o.set("edited_at", h.note.editedAt.empty() ? Json() : Json(h.note.editedAt));
            o.set("sensitive", h.note.sensitive);
            // The snippet as plain text, and as parts saying which words matched.
            std::string plain;
            std::string marked;
            Json parts = Json::array();
            for (const auto& p : splitSnippet(h.snippet)) {
                plain += p.text;
                marked += p.match ? "[" + p.text + "]" : p.text;
                Json part = Json::object();
                part.set("text", p.text);
                part.set("match", p.match);
                parts.push(std::move(part));
            }
            o.set("snippet", plain);
            o.set("snippet_parts", std::move(parts));
            list.push(std::move(o));
            text += noteHeading(h.note, h.authorName) + "  " + h.note.id.toString() + "\n  " + marked + "\n";
        }
        if (hits->rows.empty())
            text = "no notes found";
        return ctx.done(list, text);
    }

private:
    static constexpr OptionSpec kSpecs[] = {{"person", OptionSpec::Value}, {"limit", OptionSpec::Value}};
    int m_limit = 20;
};

} // namespace

void addNoteCommands(CommandList& list)
{
    list.push_back(std::make_unique<NoteAddCommand>());
    list.push_back(std::make_unique<NoteEditCommand>());
    list.push_back(std::make_unique<NoteShowCommand>());
    list.push_back(std::make_unique<NoteListCommand>());
    list.push_back(std::make_unique<NoteHistoryCommand>());
    list.push_back(std::make_unique<NoteSearchCommand>());
}

} // namespace waymark::cli
