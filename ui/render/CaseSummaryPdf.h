#pragma once

// The one-page case summary for a panel meeting (core/CaseSummaries.h) as an A4 PDF: who the
// young person is, the current referral, the latest assessment's ratings and change, the
// interventions, attendance and open tasks, and at the foot who it was prepared for, by whom
// and when. A code prints in the words of the caller's `translate` (the CLI: English labels from
// core's code tables, ui/render/EnglishLabels.h), as it is stored when that has none.

#include "core/CaseSummaries.h"
#include "core/Error.h"

#include <QString>

#include <functional>
#include <string>

namespace waymark::render {

// The fixed words. English defaults (the CLI); the GUI passes tr() strings.
struct CaseSummaryLabels
{
    QString title = QStringLiteral("Case summary for panel");
    QString confidential = QStringLiteral("OFFICIAL-SENSITIVE: prepared for %1 only. Do not copy or pass on.");
    QString person = QStringLiteral("Young person");
    QString name = QStringLiteral("Name");
    QString caseReference = QStringLiteral("Case reference");
    QString dateOfBirth = QStringLiteral("Date of birth");
    QString estimated = QStringLiteral("(estimated)");
    QString age = QStringLiteral("Age");
    QString flags = QStringLiteral("Flags");
    QString none = QStringLiteral("None");
    QString referral = QStringLiteral("Current referral");
    QString reference = QStringLiteral("Reference");
    QString state = QStringLiteral("State");
    QString route = QStringLiteral("Route");
    QString source = QStringLiteral("Source");
    QString offence = QStringLiteral("Offence category");
    QString received = QStringLiteral("Received");
    QString offenceDate = QStringLiteral("Offence date");
    QString decided = QStringLiteral("Decided");
    QString firstContact = QStringLiteral("First contact");
    QString worker = QStringLiteral("Caseworker");
    QString unallocated = QStringLiteral("Unallocated");
    QString noReferral = QStringLiteral("No referral.");
    QString assessment = QStringLiteral("Latest assessment");
    QString assessedOn = QStringLiteral("Assessed on %1");
    QString comparedWith = QStringLiteral("Assessed on %1, compared with %2");
    QString notAssessed = QStringLiteral("Not assessed yet.");
    QString domain = QStringLiteral("Domain");
    QString previous = QStringLiteral("Before");
    QString current = QStringLiteral("Now");
    QString change = QStringLiteral("Change");
    QString totalChange = QStringLiteral("Total change %1 (negative: less concern)");
    QString interventions = QStringLiteral("Plan interventions");
    QString type = QStringLiteral("Intervention");
    QString provider = QStringLiteral("Provider");
    QString scheme = QStringLiteral("The scheme");
    QString status = QStringLiteral("Status");
    QString dates = QStringLiteral("Planned");
    QString noInterventions = QStringLiteral("No interventions planned.");
    QString sessions = QStringLiteral("Sessions");
    QString attendance = QStringLiteral("Attended %1, did not attend %2, other %3");
    QString tasks = QStringLiteral("Open tasks");
    QString due = QStringLiteral("due %1");
    QString overdue = QStringLiteral("overdue since %1");
    QString noTasks = QStringLiteral("No open tasks.");
    QString prepared = QStringLiteral("Prepared for %1 by %2 at %3");
    QString page = QStringLiteral("Page %1 of %2");
};

// Which code a case summary prints, for CaseSummaryPdfOptions::translate: one code can mean
// different things in different tables ("other" is a source, a route and an offence category).
enum class SummaryCode
{
    Flag,                // a person's flag by its JSON name ("looked_after")
    State,               // the referral's state (stateName(): "closure_requested")
    Route,               // referralRouteCodes()
    Source,              // referralSourceCodes()
    OffenceCategory,     // offenceCategoryCodes()
    Domain,              // an assessment template's domain
    InterventionType,    // interventionTypeCodes() or a casebook's own
    InterventionStatus,  // interventionStatusCodes()
    InterventionOutcome, // interventionOutcomeCodes()
    TaskTitle,           // an open task's title: a clock task's is its source ("assessment_due")
};

struct CaseSummaryPdfOptions
{
    CaseSummaryLabels labels;
    // A code in the reader's words: the CLI passes English labels (ui/render/EnglishLabels.h).
    // An empty answer, or no function, prints it as it is (a domain: the template's label; a
    // task's own title always as typed, since only the source codes have words).
    std::function<QString(SummaryCode kind, const std::string& code)> translate;
};

// The PDF's bytes; an Io error when Qt could not write it.
Result<std::string> renderCaseSummaryPdf(const CaseSummary& summary, const CaseSummaryPdfOptions& options = {});

} // namespace waymark::render
