#include "ui/render/EnglishLabels.h"

#include "core/domain/Codes.h"
#include "core/domain/PrintedLabels.h"
#include "core/reports/Report.h"

#include <span>
#include <string_view>

namespace waymark::render {

namespace {

QString qs(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

// The label of `code` in `codes`; empty when the table does not know it (the caller prints the
// code as it is).
QString labelIn(std::span<const CodeOption> codes, const std::string& code)
{
    return isKnownCode(codes, code) ? qs(codeLabel(codes, code)) : QString();
}

} // namespace

std::function<QString(SummaryCode, const std::string&)> englishSummaryCodes(std::vector<CodeEntry> interventionTypes)
{
    return [types = std::move(interventionTypes)](SummaryCode kind, const std::string& code) -> QString {
        switch (kind) {
        case SummaryCode::Flag:
            return labelIn(personFlagLabels(), code);
        case SummaryCode::State:
            return labelIn(referralStateLabels(), code);
        case SummaryCode::Route:
            return labelIn(referralRouteCodes(), code);
        case SummaryCode::Source:
            return labelIn(referralSourceCodes(), code);
        case SummaryCode::OffenceCategory:
            return labelIn(offenceCategoryCodes(), code);
        case SummaryCode::Domain:
            return {}; // the template's own label, which the summary carries
        case SummaryCode::InterventionType:
            // A casebook's own type by the label its coordinator gave it.
            for (const auto& t : types)
                if (t.code == code)
                    return qs(t.label);
            return labelIn(interventionTypeCodes(), code);
        case SummaryCode::InterventionStatus:
            return labelIn(interventionStatusCodes(), code);
        case SummaryCode::InterventionOutcome:
            return labelIn(interventionOutcomeCodes(), code);
        case SummaryCode::TaskTitle:
            return labelIn(taskSourceLabels(), code);
        }
        return {};
    };
}

std::function<QString(ReportWord, const std::string&, const std::string&)> englishReportWords()
{
    return [](ReportWord kind, const std::string& key, const std::string& english) -> QString {
        if (kind != ReportWord::FilterValue)
            return {};
        if (key == "source")
            return labelIn(referralSourceCodes(), english);
        if (key == "route")
            return labelIn(referralRouteCodes(), english);
        if (key == "age_band")
            for (const auto& [band, label] : reportAgeBands())
                if (band == english)
                    return qs(label);
        return {}; // a worker or a provider: the name or id as given
    };
}

} // namespace waymark::render
