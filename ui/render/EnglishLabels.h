#pragma once

// The words of the PDFs in English for a reader with no GUI: what waymark-cli passes to the
// renderers' hooks (ReportPdfOptions::words, CaseSummaryPdfOptions::translate), as the GUI
// passes its translated ones. Every label comes from core: the code tables of
// core/domain/Codes.h (codeLabel), core/domain/PrintedLabels.h for states, flags and task
// sources, the report's age bands, and a casebook's own intervention types as its coordinator
// named them. A code no table knows prints as it is stored.

#include "core/domain/Plan.h"
#include "ui/render/CaseSummaryPdf.h"
#include "ui/render/ReportPdf.h"

#include <QString>

#include <functional>
#include <string>
#include <vector>

namespace waymark::render {

// For CaseSummaryPdfOptions::translate. `interventionTypes`: the casebook's types
// (Plans::interventionTypes(): the built-in ones and its own); empty: the built-in table only.
std::function<QString(SummaryCode kind, const std::string& code)>
englishSummaryCodes(std::vector<CodeEntry> interventionTypes = {});

// For ReportPdfOptions::words: a source, route or age band filter by its label ("Police",
// "15–17"); everything core writes in English already is left as it is.
std::function<QString(ReportWord kind, const std::string& key, const std::string& english)> englishReportWords();

} // namespace waymark::render
