#include "core/domain/PrintedLabels.h"

namespace waymark {

namespace {

// The same English words the GUI's source strings use (ui/widgets/CodeLabels, ui/pages).
constexpr CodeOption kStates[] = {
    {"received", "Received"},     {"screening", "Screening"},
    {"accepted", "Accepted"},     {"declined", "Declined"},
    {"signposted", "Signposted"}, {"withdrawn", "Withdrawn"},
    {"active", "Active"},         {"closure_requested", "Closure requested"},
    {"closed", "Closed"},         {"reopened", "Reopened"},
};

constexpr CodeOption kFlags[] = {
    {"looked_after", "Looked-after child"},
    {"child_protection_plan", "Child-protection plan"},
    {"child_in_need", "Child in need"},
    {"early_help", "Early Help"},
    {"care_leaver", "Care leaver"},
    {"send_aln", "SEND/ALN"},
    {"send_aln_plan", "SEND/ALN plan (EHCP/IDP)"},
    {"exploitation_concern", "Exploitation concern"},
    {"restricted", "Restricted record"},
};

constexpr CodeOption kTaskSources[] = {
    {"manual", "Task"},
    {"assessment_due", "Assessment due"},
    {"review_due", "Plan review due"},
    {"follow_up_3m", "Follow-up check due (3 months)"},
    {"follow_up_6m", "Follow-up check due (6 months)"},
    {"follow_up_12m", "Follow-up check due (12 months)"},
};

} // namespace

std::span<const CodeOption> referralStateLabels()
{
    return kStates;
}

std::span<const CodeOption> personFlagLabels()
{
    return kFlags;
}

std::span<const CodeOption> taskSourceLabels()
{
    return kTaskSources;
}

} // namespace waymark
