#pragma once

// One description of a record type, from which waymark-cli prints it both ways.
//
// A record type's output is a list of Field: its JSON member name, its label in the text
// view, and a getter returning the value as JSON. The text is made from the same value
// (a string as it is, true as "yes", a number, each element of an array on a line of its
// own, null or false or "" not shown) unless the field gives its own text. So
//
//   recordJson(fields, r)  -> the JSON object, every field with a key, in order
//   recordText(fields, r)  -> "Label: value" lines, every field with a label, empty ones left out
//   recordLine(fields, r)  -> the one-line listing: the `column` fields, tab separated
//
// and a list command prints recordLine per row as text or a JSON array of recordJson.

#include "app/cli/Json.h"
#include "core/calendar/Date.h"

#include <algorithm>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace waymark::cli {

template <class T> struct Field
{
    std::string_view key;   // JSON member; empty: text only
    std::string_view label; // label in the text view; empty: JSON only (or a column only)
    Json (*value)(const T&) = nullptr;
    // The text lines (one "Label: line" each); null: made from value().
    std::vector<std::string> (*text)(const T&) = nullptr;
    bool column = false; // shown in the one-line listing
};

// The text lines of a JSON value: a string as it is, true "yes", a number, one line per
// array element; nothing for null, false and "".
std::vector<std::string> textLines(const Json& value);

// A date as ISO text, or null when it is not set.
inline Json dateValue(const Date& d)
{
    return d.isNull() ? Json() : Json(d.toIso());
}

template <class T> std::vector<std::string> fieldLines(const Field<T>& f, const T& record)
{
    if (f.text)
        return f.text(record);
    return f.value ? textLines(f.value(record)) : std::vector<std::string>{};
}

template <class T> Json recordJson(std::span<const Field<T>> fields, const T& record)
{
    Json o = Json::object();
    for (const auto& f : fields)
        if (!f.key.empty() && f.value)
            o.set(f.key, f.value(record));
    return o;
}

template <class T> std::string recordText(std::span<const Field<T>> fields, const T& record)
{
    std::string out;
    for (const auto& f : fields) {
        if (f.label.empty())
            continue;
        for (const auto& line : fieldLines(f, record)) {
            if (line.empty())
                continue;
            out += f.label;
            out += ": ";
            out += line;
            out += '\n';
        }
    }
    return out;
}

template <class T> std::string recordLine(std::span<const Field<T>> fields, const T& record)
{
    std::string out;
    bool first = true;
    for (const auto& f : fields) {
        if (!f.column)
            continue;
        if (!first)
            out += '\t';
        first = false;
        std::string cell;
        for (const auto& line : fieldLines(f, record))
            cell += (cell.empty() ? "" : ",") + line;
        out += cell;
    }
    return out;
}

// The column fields of `rows` as an aligned table under a header of their labels.
template <class T> std::string recordTable(std::span<const Field<T>> fields, std::span<const T> rows)
{
    std::vector<std::vector<std::string>> cells(1);
    for (const auto& f : fields)
        if (f.column)
            cells.front().emplace_back(f.label);
    for (const auto& row : rows) {
        auto& line = cells.emplace_back();
        for (const auto& f : fields) {
            if (!f.column)
                continue;
            std::string cell;
            for (const auto& part : fieldLines(f, row))
                cell += (cell.empty() ? "" : ",") + part;
            line.push_back(std::move(cell));
        }
    }
    std::vector<std::size_t> widths(cells.front().size(), 0);
    for (const auto& line : cells)
        for (std::size_t i = 0; i < line.size(); ++i)
            widths[i] = std::max(widths[i], line[i].size());
    std::string out;
    for (const auto& line : cells) {
        std::string text;
        for (std::size_t i = 0; i < line.size(); ++i) {
            text += line[i];
            if (i + 1 < line.size())
                text.append(widths[i] - line[i].size() + 2, ' ');
        }
        out += text + '\n';
    }
    return out;
}

// A list as a JSON array of records and as text lines (recordLine each, newline-terminated).
template <class T> struct RecordList
{
    Json json = Json::array();
    std::string text;

    void add(std::span<const Field<T>> fields, const T& record)
    {
        json.push(recordJson(fields, record));
        text += recordLine(fields, record);
        text += '\n';
    }
};

} // namespace waymark::cli
