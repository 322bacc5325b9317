#include "BenchJson.h"

#include <cmath>
#include <cstdio>
#include <cstdlib>

namespace waymark::bench {

namespace {

void escape(std::string& out, const std::string& s)
{
    out += '"';
    for (char c : s) {
        switch (c) {
        case '"':
            out += "\\\"";
            break;
        case '\\':
            out += "\\\\";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\t':
            out += "\\t";
            break;
        default:
            if (static_cast<unsigned char>(c) < 0x20) {
                char buf[8];
                std::snprintf(buf, sizeof buf, "\\u%04x", c);
                out += buf;
            } else {
                out += c;
            }
        }
    }
    out += '"';
}

void write(std::string& out, const Json& v, int indent, int depth)
{
    const auto newline = [&](int d) {
        if (indent > 0) {
            out += '\n';
            out.append(static_cast<std::size_t>(indent * d), ' ');
        }
    };
    switch (v.kind()) {
    case Json::Kind::Null:
        out += "null";
        break;
    case Json::Kind::Bool:
        out += v.number() != 0 ? "true" : "false";
        break;
    case Json::Kind::Number: {
        const double n = v.number();
        char buf[32];
        if (!std::isfinite(n))
            std::snprintf(buf, sizeof buf, "null");
        else if (n == std::floor(n) && std::fabs(n) < 1e15)
            std::snprintf(buf, sizeof buf, "%.0f", n);
        else
            std::snprintf(buf, sizeof buf, "%.4f", n);
        out += buf;
        break;
    }
    case Json::Kind::String:
        escape(out, v.string());
        break;
    case Json::Kind::Array: {
        out += '[';
        bool first = true;
        for (const auto& item : v.items()) {
            if (!first)
                out += ',';
            first = false;
            newline(depth + 1);
            write(out, item, indent, depth + 1);
        }
        if (!v.items().empty())
            newline(depth);
        out += ']';
        break;
    }
    case Json::Kind::Object: {
        out += '{';
        bool first = true;
        for (const auto& [key, item] : v.members()) {
            if (!first)
                out += ',';
            first = false;
            newline(depth + 1);
            escape(out, key);
            out += indent > 0 ? ": " : ":";
            write(out, item, indent, depth + 1);
        }
        if (!v.members().empty())
            newline(depth);
        out += '}';
        break;
    }
    }
}

struct Parser
{
    const std::string& s;
    std::size_t i = 0;

    void ws()
    {
        while (i < s.size() && (s[i] == ' ' || s[i] == '\n' || s[i] == '\r' || s[i] == '\t'))
            ++i;
    }
    bool literal(const char* word)
    {
        const std::string w(word);
        if (s.compare(i, w.size(), w) != 0)
            return false;
        i += w.size();
        return true;
    }
    std::optional<std::string> str()
    {
        if (i >= s.size() || s[i] != '"')
            return std::nullopt;
        ++i;
        std::string out;
        while (i < s.size() && s[i] != '"') {
            char c = s[i++];
            if (c == '\\' && i < s.size()) {
                const char e = s[i++];
                switch (e) {
                case 'n':
                    c = '\n';
                    break;
                case 't':
                    c = '\t';
                    break;
                case 'u':
                    c = static_cast<char>(std::strtol(s.substr(i, 4).c_str(), nullptr, 16));
                    i += 4;
                    break;
                default:
                    c = e;
                }
            }
            out += c;
        }
        if (i >= s.size())
            return std::nullopt;
        ++i;
        return out;
    }
    std::optional<Json> value()
    {
        ws();
        if (i >= s.size())
            return std::nullopt;
        const char c = s[i];
        if (c == '{') {
            ++i;
            Json obj = Json::object();
            ws();
            if (i < s.size() && s[i] == '}') {
                ++i;
                return obj;
            }
            for (;;) {
                ws();
                auto key = str();
                ws();
                if (!key || i >= s.size() || s[i] != ':')
                    return std::nullopt;
                ++i;
                auto v = value();
                if (!v)
                    return std::nullopt;
                obj.set(*key, std::move(*v));
                ws();
                if (i < s.size() && s[i] == ',') {
                    ++i;
                    continue;
                }
                if (i < s.size() && s[i] == '}') {
                    ++i;
                    return obj;
                }
                return std::nullopt;
            }
        }
        if (c == '[') {
            ++i;
            Json arr = Json::array();
            ws();
            if (i < s.size() && s[i] == ']') {
                ++i;
                return arr;
            }
            for (;;) {
                auto v = value();
                if (!v)
                    return std::nullopt;
                arr.push(std::move(*v));
                ws();
                if (i < s.size() && s[i] == ',') {
                    ++i;
                    continue;
                }
                if (i < s.size() && s[i] == ']') {
                    ++i;
                    return arr;
                }
                return std::nullopt;
            }
        }
        if (c == '"') {
            auto v = str();
            return v ? std::optional<Json>(Json(*v)) : std::nullopt;
        }
        if (literal("true"))
            return Json(true);
        if (literal("false"))
            return Json(false);
        if (literal("null"))
            return Json();
        char* end = nullptr;
        const double n = std::strtod(s.c_str() + i, &end);
        if (end == s.c_str() + i)
            return std::nullopt;
        i = static_cast<std::size_t>(end - s.c_str());
        return Json(n);
    }
};

} // namespace

Json& Json::set(const std::string& key, Json v)
{
    for (auto& [k, item] : m_members)
        if (k == key) {
            item = std::move(v);
            return item;
        }
    m_members.emplace_back(key, std::move(v));
    return m_members.back().second;
}

const Json* Json::get(const std::string& key) const
{
    for (const auto& [k, item] : m_members)
        if (k == key)
            return &item;
    return nullptr;
}

std::string Json::dump(int indent) const
{
    std::string out;
    write(out, *this, indent, 0);
    return out;
}

std::optional<Json> Json::parse(const std::string& text)
{
    Parser p{text};
    auto v = p.value();
    p.ws();
    if (!v || p.i != text.size())
        return std::nullopt;
    return v;
}

} // namespace waymark::bench
