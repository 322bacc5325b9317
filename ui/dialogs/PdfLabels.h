#pragma once

// The fixed words of the printable PDFs (ui/render) in the user's language, for the GUI: the
// case summary (CaseSummaryDialog) and a report's PDF export (the Reports page passes
// pdfLabels::report() in render::ReportPdfOptions::labels). The CLI prints the English defaults.

#include "ui/render/CaseSummaryPdf.h"
#include "ui/render/ReportPdf.h"

namespace pdfLabels {

waymark::render::CaseSummaryLabels caseSummary();
waymark::render::ReportPdfLabels report();

} // namespace pdfLabels
