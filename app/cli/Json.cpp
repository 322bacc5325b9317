#include "app/cli/Json.h"

#include "core/Text.h"

#include <cmath>
#include <cstdio>

namespace waymark::cli {

namespace {

void newline(std::string& out, int indent, int depth)
{
    if (indent <= 0)
        return;
    out += '\n';
    out.append(static_cast<std::size_t>(indent * depth), ' ');
}

} // namespace

std::string jsonQuote(std::string_view text)
{
    return text::jsonQuote(text);
}

Json& Json::set(std::string_view key, Json value)
{
    if (!isObject())
        m_value = Object{};
    auto& object = std::get<Object>(m_value);
    for (auto& [k, v] : object) {
        if (k == key) {
            v = std::move(value);
            return *this;
        }
    }
    object.emplace_back(std::string(key), std::move(value));
    return *this;
}

Json& Json::push(Json value)
{
    if (!isArray())
        m_value = Array{};
    std::get<Array>(m_value).push_back(std::move(value));
    return *this;
}

std::string Json::dump(int indent) const
{
    std::string out;
    write(out, indent, 0);
    return out;
}

void Json::write(std::string& out, int indent, int depth) const
{
    if (std::holds_alternative<std::nullptr_t>(m_value)) {
        out += "null";
    } else if (const bool* b = std::get_if<bool>(&m_value)) {
        out += *b ? "true" : "false";
    } else if (const std::int64_t* i = std::get_if<std::int64_t>(&m_value)) {
        out += std::to_string(*i);
    } else if (const double* d = std::get_if<double>(&m_value)) {
        if (!std::isfinite(*d)) {
            out += "null"; // JSON has no NaN or infinity
        } else {
            char buf[32];
            std::snprintf(buf, sizeof buf, "%.17g", *d);
            out += buf;
        }
    } else if (const std::string* s = std::get_if<std::string>(&m_value)) {
        out += jsonQuote(*s);
    } else if (const Array* a = std::get_if<Array>(&m_value)) {
        if (a->empty()) {
            out += "[]";
            return;
        }
        out += '[';
        for (std::size_t k = 0; k < a->size(); ++k) {
            if (k > 0)
                out += ',';
            newline(out, indent, depth + 1);
            (*a)[k].write(out, indent, depth + 1);
        }
        newline(out, indent, depth);
        out += ']';
    } else if (const Object* o = std::get_if<Object>(&m_value)) {
        if (o->empty()) {
            out += "{}";
            return;
        }
        out += '{';
        for (std::size_t k = 0; k < o->size(); ++k) {
            if (k > 0)
                out += ',';
            newline(out, indent, depth + 1);
            out += jsonQuote((*o)[k].first);
            out += indent > 0 ? ": " : ":";
            (*o)[k].second.write(out, indent, depth + 1);
        }
        newline(out, indent, depth);
        out += '}';
    }
}

} // namespace waymark::cli
