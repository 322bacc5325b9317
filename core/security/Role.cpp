#include "core/security/Role.h"

namespace waymark {

namespace {
constexpr Role kRoles[] = {Role::Coordinator, Role::Caseworker, Role::Auditor};
constexpr Action kActions[] = {
    Action::PersonCreate,     Action::PersonUpdate,      Action::PersonView,        Action::PersonSearch,
    Action::UserList,         Action::UserManage,        Action::ChangeOwnPassword, Action::AuditVerify,
    Action::AuditRead,        Action::SettingsChange,    Action::DemoGenerate,      Action::StorageInfo,
    Action::Compact,          Action::ReferralCreate,    Action::ReferralUpdate,    Action::ReferralView,
    Action::ReferralDecide,   Action::ReferralAllocate,  Action::ReferralTake,      Action::EligibilityOverride,
    Action::ReferralImport,   Action::PersonMerge,       Action::BackupCreate,      Action::BackupRestore,
    Action::AssessmentRecord, Action::AssessmentView,    Action::TemplatePublish,   Action::PlanUpdate,
    Action::PlanView,         Action::ProviderManage,    Action::ProviderRefer,     Action::ConsentOverride,
    Action::SessionRecord,    Action::SessionView,       Action::CalendarExport,    Action::NoteWrite,
    Action::NoteView,         Action::NoteViewSensitive, Action::NoteHistory,       Action::TaskManage,
    Action::TaskView,         Action::CodeExtend,        Action::ClosureRequest,    Action::ClosureApprove,
    Action::OutcomeRecord,    Action::OutcomeView,       Action::ReportRun,         Action::AuditExport,
    Action::CasebookRekey,    Action::CaseSummary,       Action::PersonRestrict};
} // namespace

std::span<const Role> allRoles()
{
    return kRoles;
}

std::span<const Action> allActions()
{
    return kActions;
}

// The first permission matrix. A closed switch per role: a new Action that is not
// listed is refused for every role until someone decides.
bool roleAllows(Role role, Action action)
{
    switch (role) {
    case Role::Coordinator:
        return true;
    case Role::Caseworker:
        switch (action) {
        case Action::PersonCreate:
        case Action::PersonUpdate:
        case Action::PersonView:
        case Action::PersonSearch:
        case Action::ChangeOwnPassword:
        case Action::ReferralCreate:
        case Action::ReferralUpdate:
        case Action::ReferralView:
        case Action::ReferralDecide:
        case Action::ReferralTake:
        case Action::BackupCreate:
        case Action::AssessmentRecord:
        case Action::AssessmentView:
        case Action::PlanUpdate:
        case Action::PlanView:
        case Action::ProviderRefer:
        case Action::SessionRecord:
        case Action::SessionView:
        case Action::CalendarExport:
        case Action::NoteWrite:
        case Action::NoteView:
        case Action::TaskManage:
        case Action::TaskView:
        case Action::ClosureRequest:
        case Action::OutcomeRecord:
        case Action::OutcomeView:
        case Action::CaseSummary:
            return true;
        default:
            return false;
        }
    case Role::Auditor:
        switch (action) {
        case Action::PersonView:
        case Action::PersonSearch:
        case Action::UserList:
        case Action::ChangeOwnPassword:
        case Action::AuditVerify:
        case Action::AuditRead:
        case Action::AuditExport:
        case Action::StorageInfo:
        case Action::ReferralView:
        case Action::ReportRun:
            return true;
        default:
            return false;
        }
    }
    return false;
}

std::string_view roleName(Role role)
{
    switch (role) {
    case Role::Coordinator:
        return "coordinator";
    case Role::Caseworker:
        return "caseworker";
    case Role::Auditor:
        return "auditor";
    }
    return "caseworker";
}

Result<Role> roleFromName(std::string_view name)
{
    for (Role r : kRoles)
        if (roleName(r) == name)
            return r;
    return fail(ErrorCode::InvalidInput, "unknown role (expected coordinator, caseworker or auditor)", "role");
}

std::string_view actionName(Action action)
{
    switch (action) {
    case Action::PersonCreate:
        return "person.create";
    case Action::PersonUpdate:
        return "person.update";
    case Action::PersonView:
        return "person.view";
    case Action::PersonSearch:
        return "person.search";
    case Action::UserList:
        return "user.list";
    case Action::UserManage:
        return "user.manage";
    case Action::ChangeOwnPassword:
        return "user.change_own_password";
    case Action::AuditVerify:
        return "audit.verify";
    case Action::AuditRead:
        return "audit.read";
    case Action::AuditExport:
        return "audit.export";
    case Action::SettingsChange:
        return "settings.change";
    case Action::DemoGenerate:
        return "demo.generate";
    case Action::StorageInfo:
        return "casebook.storage";
    case Action::Compact:
        return "casebook.compact";
    case Action::CasebookRekey:
        return "casebook.rekey";
    case Action::ReferralCreate:
        return "referral.create";
    case Action::ReferralUpdate:
        return "referral.update";
    case Action::ReferralView:
        return "referral.view";
    case Action::ReferralDecide:
        return "referral.decide";
    case Action::ReferralAllocate:
        return "referral.allocate";
    case Action::ReferralTake:
        return "referral.take";
    case Action::EligibilityOverride:
        return "referral.eligibility_override";
    case Action::ReferralImport:
        return "referral.import";
    case Action::PersonMerge:
        return "person.merge";
    case Action::PersonRestrict:
        return "person.restrict";
    case Action::BackupCreate:
        return "backup.create";
    case Action::BackupRestore:
        return "backup.restore";
    case Action::AssessmentRecord:
        return "assessment.record";
    case Action::AssessmentView:
        return "assessment.view";
    case Action::TemplatePublish:
        return "template.publish";
    case Action::PlanUpdate:
        return "plan.update";
    case Action::PlanView:
        return "plan.view";
    case Action::ProviderManage:
        return "provider.manage";
    case Action::ProviderRefer:
        return "intervention.refer";
    case Action::ConsentOverride:
        return "intervention.consent_override";
    case Action::SessionRecord:
        return "session.record";
    case Action::SessionView:
        return "session.view";
    case Action::CalendarExport:
        return "calendar.export";
    case Action::NoteWrite:
        return "note.write";
    case Action::NoteView:
        return "note.view";
    case Action::NoteViewSensitive:
        return "note.view_sensitive";
    case Action::NoteHistory:
        return "note.history";
    case Action::TaskManage:
        return "task.manage";
    case Action::TaskView:
        return "task.view";
    case Action::CodeExtend:
        return "code.extend";
    case Action::ClosureRequest:
        return "closure.request";
    case Action::ClosureApprove:
        return "closure.approve";
    case Action::OutcomeRecord:
        return "outcome.record";
    case Action::OutcomeView:
        return "outcome.view";
    case Action::ReportRun:
        return "report.run";
    case Action::CaseSummary:
        return "case.summary";
    }
    return "unknown";
}

} // namespace waymark
