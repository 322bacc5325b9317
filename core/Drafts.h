#pragma once

// casebook.drafts(): unsaved forms kept inside the encrypted casebook, so nothing typed is
// lost when the casebook locks with an edit that cannot be saved yet (incomplete or
// invalid). One draft per user, form and record; only the signed-in user's own drafts are
// ever read or removed. Core does not look inside a draft: the editor that wrote it
// serialises and restores its own form. Drafts are local working copies: they are not
// records, have no change-log rows and never sync.

#include "core/Error.h"
#include "core/Uuid.h"
#include "core/security/Role.h"

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace waymark {

class DeskContext;

struct Draft
{
    std::string form;    // which editor wrote it: "person", later "referral", ...
    Uuid recordId;       // the record being edited; null for a new record
    std::string title;   // what to call it when offering it back (e.g. the name typed)
    std::string payload; // the form as its editor serialised it (opaque to core)
    // Fields that did not validate when the draft was kept ("postcode", ...): field
    // names only, never values.
    std::vector<std::string> invalidFields;
    Action needs = Action::PersonUpdate; // what saving the finished form needs
    std::string savedAt;                 // UTC, set by save()
};

// The largest serialised form a draft may hold.
inline constexpr std::size_t kMaxDraftBytes = 4 * 1024 * 1024;

class Drafts
{
public:
    // Made by the Casebook, which alone can make a DeskContext (core/DeskContext.h).
    explicit Drafts(DeskContext& context)
        : m_context(context)
    {}

    // Keeps (or replaces) the signed-in user's draft of draft.form / draft.recordId.
    // Needs the role to allow draft.needs; audited as "draft.saved" with the invalid
    // field names as detail (never a value).
    Status save(Draft draft);
    // The signed-in user's drafts, newest first, without their payload (nothing audited:
    // nothing of a record is read). Drafts the user's role no longer allows, and drafts of a
    // restricted record kept from the user (core/store/Visibility.h), are left out.
    Result<std::vector<Draft>> list();
    // One draft with its payload, or nullopt. Audited as "draft.opened" when there is one.
    // NotFound (audited "refused") for a draft of a restricted record kept from the user.
    Result<std::optional<Draft>> load(std::string_view form, const Uuid& recordId);
    // Removes the draft (restored, saved, or declined). Audited as "draft.discarded" when
    // there was one.
    Status discard(std::string_view form, const Uuid& recordId);

private:
    DeskContext& m_context;
};

} // namespace waymark
