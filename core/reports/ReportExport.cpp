#include "core/reports/ReportExport.h"

#include "core/io/Csv.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace waymark {

namespace {

// Half away from zero, as people round (31.25 -> 31.3), not printf's half-to-even.
std::string fixed(double v, int decimals)
{
    const double scale = std::pow(10.0, decimals);
    v = std::round(v * scale) / scale;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string csvLine(const std::vector<std::string>& fields, const std::string& lineEnd)
{
    std::string out;
    for (std::size_t i = 0; i < fields.size(); ++i) {
        if (i)
            out += ',';
        out += csv::quoteField(fields[i], ',');
    }
    out += lineEnd;
    return out;
}

std::string paramsText(const ReportParams& p)
{
    std::string out = "From " + p.from.toIso() + " to " + p.to.toIso();
    const auto& f = p.filters;
    for (const auto& [k, v] : {std::pair<const char*, const std::string*>{"worker", &f.worker},
                               {"source", &f.source},
                               {"route", &f.route},
                               {"provider", &f.provider},
                               {"age band", &f.ageBand}})
        if (!v->empty())
            out += "; " + std::string(k) + " " + *v;
    return out;
}

} // namespace

std::string formatCell(const ReportColumn& column, const ReportCell& cell, bool honourSuppression)
{
    if (honourSuppression && cell.suppressed)
        return std::string(kSuppressedMarker);
    if (column.kind == ColumnKind::Text)
        return cell.text;
    if (!cell.number)
        return {};
    const double v = *cell.number;
    switch (column.kind) {
    case ColumnKind::Count:
    case ColumnKind::Number:
        return fixed(std::round(v), 0);
    case ColumnKind::Percent:
    case ColumnKind::Rate:
    case ColumnKind::Days:
    case ColumnKind::Mean:
        return fixed(v, 1);
    case ColumnKind::Ratio:
        return fixed(v, 2);
    case ColumnKind::Text:
        break;
    }
    return {};
}

std::vector<std::string> formatRow(const Report& report, const ReportTable& table, const ReportRow& row, bool totals,
                                   std::string_view totalLabel)
{
    std::vector<std::string> fields;
    for (std::size_t c = 0; c < table.columns.size(); ++c) {
        const ReportCell cell = c < row.cells.size() ? row.cells[c] : ReportCell{};
        if (totals && c == 0 && table.columns[0].kind == ColumnKind::Text)
            fields.push_back(cell.text.empty() ? std::string(totalLabel) : cell.text);
        else
            fields.push_back(formatCell(table.columns[c], cell, report.suppressed));
    }
    return fields;
}

std::string tableToCsv(const Report& report, const ReportTable& table, const CsvOptions& options)
{
    std::string out = options.byteOrderMark ? "\xEF\xBB\xBF" : "";
    std::vector<std::string> header;
    for (const auto& c : table.columns)
        header.push_back(c.key);
    out += csvLine(header, options.lineEnd);
    for (const auto& row : table.rows)
        out += csvLine(formatRow(report, table, row, false), options.lineEnd);
    if (table.totals)
        out += csvLine(formatRow(report, table, *table.totals, true), options.lineEnd);
    return out;
}

std::string reportToCsv(const Report& report, const CsvOptions& options)
{
    std::string out = options.byteOrderMark ? "\xEF\xBB\xBF" : "";
    for (std::size_t i = 0; i < report.tables.size(); ++i) {
        if (i)
            out += options.lineEnd;
        out += csvLine({report.tables[i].name}, options.lineEnd);
        CsvOptions inner = options;
        inner.byteOrderMark = false;
        out += tableToCsv(report, report.tables[i], inner);
    }
    return out;
}

std::string reportToText(const Report& report)
{
    std::string out = report.title + "\n" + report.definition + "\n" + paramsText(report.params) + "\nGenerated " +
                      report.generatedAt + "\n";
    for (const auto& table : report.tables) {
        out += "\n" + table.title + "\n";
        std::vector<std::vector<std::string>> lines;
        std::vector<std::string> header;
        for (const auto& c : table.columns)
            header.push_back(c.title);
        lines.push_back(header);
        for (const auto& row : table.rows)
            lines.push_back(formatRow(report, table, row, false));
        if (table.totals)
            lines.push_back(formatRow(report, table, *table.totals, true));
        std::vector<std::size_t> widths(header.size(), 0);
        // Display width: count UTF-8 lead bytes, not bytes (labels carry en dashes).
        auto width = [](const std::string& s) {
            return static_cast<std::size_t>(std::count_if(
                s.begin(), s.end(), [](char ch) { return (static_cast<unsigned char>(ch) & 0xC0) != 0x80; }));
        };
        for (const auto& line : lines)
            for (std::size_t c = 0; c < line.size(); ++c)
                widths[c] = std::max(widths[c], width(line[c]));
        for (const auto& line : lines) {
            std::string text;
            for (std::size_t c = 0; c < line.size(); ++c) {
                const std::string pad(widths[c] - width(line[c]), ' ');
                const bool right = table.columns[c].kind != ColumnKind::Text;
                text += (c ? "  " : "") + (right ? pad + line[c] : line[c] + pad);
            }
            while (!text.empty() && text.back() == ' ')
                text.pop_back();
            out += text + "\n";
        }
    }
    return out;
}

} // namespace waymark
