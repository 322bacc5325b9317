#pragma once

// The fixed words of the printable PDFs (ui/render) in the user's language, for the GUI: the
// case summary (CaseSummaryDialog) and a report's PDF export (the Reports page passes
// pdfLabels::report() in render::ReportPdfOptions::labels). The CLI prints the English defaults.

#include "core/domain/Plan.h"
#include "ui/render/CaseSummaryPdf.h"
#include "ui/render/ReportPdf.h"

#include <functional>
#include <string>
#include <vector>

namespace pdfLabels {

waymark::render::CaseSummaryLabels caseSummary();
waymark::render::ReportPdfLabels report();
// The case summary's codes in the user's words (render::CaseSummaryPdfOptions::translate): the
// labels the pages show (CodeLabels, PlanLabels), a casebook's own intervention type by its
// label as typed (`interventionTypes`: Plans::interventionTypes()); a code with no words here
// falls back to the CLI's English labels (ui/render/EnglishLabels.h).
std::function<QString(waymark::render::SummaryCode kind, const std::string& code)>
caseSummaryCodes(std::vector<waymark::CodeEntry> interventionTypes);

} // namespace pdfLabels
