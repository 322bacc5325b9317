#pragma once

#include "core/Error.h"

#include <span>
#include <string_view>

namespace waymark {

enum class Role
{
    Coordinator, // runs the scheme: everything, including users
    Caseworker,  // works cases: people records
    Auditor,     // data-protection officer / auditor: reads records and the audit log, changes nothing
};

// Everything a signed-in user can ask the Casebook door to do.
enum class Action
{
    PersonCreate,
    PersonUpdate,
    PersonView,
    PersonSearch,
    UserList,
    UserManage, // add, remove, reset another's password
    ChangeOwnPassword,
    AuditVerify,
    AuditRead,   // list the audit trail (itself audited)
    AuditExport, // export audit rows to a file: a disclosure (coordinators, auditors)
    SettingsChange,
    DemoGenerate,
    StorageInfo, // bytes and rows per table and index (coordinators, auditors)
    Compact,     // rebuild the file to give free space back (coordinators)
    // Referrals (core/Referrals.h)
    ReferralCreate,      // intake (caseworkers, coordinators)
    ReferralUpdate,      // edit a referral's recorded facts, record first contact
    ReferralView,        // open, list, My work (auditors read too)
    ReferralDecide,      // screening and decisions, reopen
    ReferralAllocate,    // allocate / re-allocate to a worker (coordinators)
    ReferralTake,        // take an unallocated referral (caseworkers, if the casebook allows)
    EligibilityOverride, // override a failed eligibility result with a reason (coordinators)
    ReferralImport,      // import a referral list from a CSV file (coordinators)
    PersonMerge,         // combine two records of one person (coordinators)
    PersonRestrict,      // restrict a record to its allocated caseworker(s) and coordinators, or lift it
    // Backups (core/Backups.h)
    BackupCreate,  // make, list and verify backups (coordinators, caseworkers)
    BackupRestore, // replace the casebook with a backup (coordinators)
    // Casework delivery. Auditors see none of it: case detail is for the people doing the work.
    AssessmentRecord,  // record or reassess (caseworkers, coordinators)
    AssessmentView,    // read assessments and their templates
    TemplatePublish,   // publish a new version of an assessment template (coordinators)
    PlanUpdate,        // goals and interventions of a plan (caseworkers, coordinators)
    PlanView,          // read plans, interventions and the providers list
    ProviderManage,    // add and update partner organisations (coordinators)
    ProviderRefer,     // refer a young person to a provider (needs consent to share)
    ConsentOverride,   // refer without recorded consent, with a reason (coordinators)
    SessionRecord,     // add or update sessions and attendance (caseworkers, coordinators)
    SessionView,       // read sessions
    CalendarExport,    // export upcoming sessions as iCalendar (caseworkers, coordinators)
    NoteWrite,         // write or edit case notes (caseworkers, coordinators)
    NoteView,          // read case notes that are not sensitive (authors always read their own)
    NoteViewSensitive, // read other people's sensitive notes (coordinators)
    NoteHistory,       // read a note's earlier text (coordinators)
    TaskManage,        // add, reassign and complete tasks (caseworkers, coordinators)
    TaskView,          // read tasks
    CodeExtend,        // add entries to an extendable code table, e.g. intervention types (coordinators)
    // Closure and outcomes (core/Outcomes.h). Case detail again: not for auditors.
    ClosureRequest, // request a referral's closure with its completion status (caseworkers, coordinators)
    ClosureApprove, // approve a closure or send it back with a comment (coordinators)
    OutcomeRecord,  // record outcome snapshots and follow-up after closure (caseworkers, coordinators)
    OutcomeView,    // read closures, snapshots and follow-up
    ReportRun,      // run and export reports: aggregates only, no case detail (coordinators, auditors)
    CasebookRekey,  // a new database key, every remaining slot sealed to it (coordinators)
    CaseSummary,    // print a person's one-page case summary for a panel: a disclosure (caseworkers, coordinators)
};

std::span<const Role> allRoles();
std::span<const Action> allActions();
bool roleAllows(Role role, Action action);

std::string_view roleName(Role role); // "coordinator", "caseworker", "auditor"
Result<Role> roleFromName(std::string_view name);
std::string_view actionName(Action action); // "person.create", ...

} // namespace waymark
