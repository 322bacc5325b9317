// The narrow view of the Casebook its desks get. Everything here forwards to the door's own
// plumbing (core/Casebook.cpp), so a desk audits, authorises and stamps changes exactly as
// the door does.

#include "core/DeskContext.h"

#include "core/security/Roster.h"
#include "core/security/Signing.h"

#include "core/Casebook.h"
#include "core/calendar/WorkingCalendar.h"
#include "core/security/Anchor.h"
#include "core/security/Keyring.h"
#include "core/security/SecureBytes.h"
#include "core/store/Database.h"
#include "core/store/MetaStore.h"
#include "core/store/Visibility.h"

#include <sodium.h>

namespace waymark {

Status DeskContext::authorise(Action action, std::string_view recordType, const Uuid& recordId)
{
    return m_door.authorise(action, recordType, recordId);
}

bool DeskContext::can(Action action) const
{
    return m_door.can(action);
}

Status DeskContext::audit(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                          std::string_view detail)
{
    return m_door.audit(operation, recordType, recordId, detail);
}

Status DeskContext::rotateAuthority(std::string_view why)
{
    return m_door.rotateAuthority(why);
}

Status DeskContext::auditConsultation(std::string_view operation, std::string_view recordType, const Uuid& recordId,
                                      std::string_view detail)
{
    return m_door.auditConsultation(operation, recordType, recordId, detail);
}

namespace {
constexpr std::string_view kRestrictedWrite =
    "this record is restricted: only the caseworker allocated to it and coordinators may change it";
}

Status DeskContext::mayRead(const Uuid& personId, std::string_view recordType, const Uuid& recordId)
{
    auto ok = visibility::visible(m_door.database(), personId);
    if (!ok)
        return std::unexpected(ok.error());
    if (*ok)
        return {};
    (void)m_door.audit("refused", recordType, recordId.isNull() ? personId : recordId, "restricted record");
    return fail(ErrorCode::NotFound, "no such record");
}

Status DeskContext::mayWrite(const Uuid& personId, std::string_view recordType, const Uuid& recordId)
{
    auto ok = visibility::visible(m_door.database(), personId);
    if (!ok)
        return std::unexpected(ok.error());
    if (*ok)
        return {};
    (void)m_door.audit("refused", recordType, recordId.isNull() ? personId : recordId, "restricted record");
    return fail(ErrorCode::PermissionDenied, std::string(kRestrictedWrite));
}

Status DeskContext::mayReadRecord(std::string_view table, const Uuid& recordId, std::string_view recordType)
{
    auto person = visibility::personOf(m_door.database(), table, recordId);
    if (!person)
        return std::unexpected(person.error());
    return *person ? mayRead(**person, recordType, recordId) : Status{};
}

Status DeskContext::mayWriteRecord(std::string_view table, const Uuid& recordId, std::string_view recordType)
{
    auto person = visibility::personOf(m_door.database(), table, recordId);
    if (!person)
        return std::unexpected(person.error());
    return *person ? mayWrite(**person, recordType, recordId) : Status{};
}

std::string DeskContext::nextHlc()
{
    return m_door.nextHlc();
}

Database& DeskContext::database()
{
    return m_door.database();
}

const Clock& DeskContext::clock() const
{
    return m_door.clock();
}

const UserInfo& DeskContext::user() const
{
    return m_door.user();
}

const AuditSigner* DeskContext::auditSigner() const
{
    return m_door.signingKey();
}

Result<CalendarSettings> DeskContext::calendarSettings()
{
    return m_door.calendarSettings();
}

const std::string& DeskContext::devicePrefix() const
{
    return m_devicePrefix;
}

std::filesystem::path KeySlots::keyFilePath() const
{
    return Casebook::keyFilePath(m_door.path());
}

Status KeySlots::setSlot(Keyring& keyring, std::string_view username, std::string_view password)
{
    if (!m_key)
        return fail(ErrorCode::Internal, "the casebook is locked");
    // The casebook's authority key is bound into the slot (its trust root: docs/threat-model.md).
    if (auto st = keyring.setSlot(username, password, *m_key, kdfParamsNamed(MetaStore(m_door.database()).get("kdf")),
                                  roster::authorityPublicKey(m_door.database()));
        !st)
        return st;
    return m_door.slotChanged(keyring, username); // the user's signing key follows the slot
}

const std::filesystem::path& CasebookKey::casebookPath() const
{
    return m_door.path();
}

std::filesystem::path CasebookKey::keyFilePath() const
{
    return Casebook::keyFilePath(m_door.path());
}

Result<std::unique_ptr<Database>> CasebookKey::open(const std::filesystem::path& path, bool create) const
{
    if (!m_key)
        return fail(ErrorCode::Internal, "the casebook is locked");
    return Database::open(path, *m_key, create);
}

bool CasebookKey::matches(const SecureBytes& key) const
{
    return m_key && key.size() == m_key->size() && sodium_memcmp(key.data(), m_key->data(), key.size()) == 0;
}

AnchorBook CasebookKey::anchors() const
{
    return m_door.anchors();
}

} // namespace waymark
