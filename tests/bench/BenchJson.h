#pragma once

// A very small JSON value for the benchmark's results file: written by the benchmark and read
// back by --compare. Objects keep their keys in insertion order so the file diffs well.

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace waymark::bench {

class Json
{
public:
    enum class Kind
    {
        Null,
        Bool,
        Number,
        String,
        Array,
        Object,
    };

    Json() = default;
    Json(std::nullptr_t) {}
    Json(bool b)
        : m_kind(Kind::Bool)
        , m_number(b ? 1 : 0)
    {}
    Json(double n)
        : m_kind(Kind::Number)
        , m_number(n)
    {}
    Json(int n)
        : Json(static_cast<double>(n))
    {}
    Json(std::int64_t n)
        : Json(static_cast<double>(n))
    {}
    Json(std::string s)
        : m_kind(Kind::String)
        , m_string(std::move(s))
    {}
    Json(const char* s)
        : Json(std::string(s))
    {}
    static Json array() { return Json(Kind::Array); }
    static Json object() { return Json(Kind::Object); }

    Kind kind() const { return m_kind; }
    bool isNull() const { return m_kind == Kind::Null; }
    double number() const { return m_number; }
    const std::string& string() const { return m_string; }
    const std::vector<Json>& items() const { return m_items; }
    const std::vector<std::pair<std::string, Json>>& members() const { return m_members; }

    Json& push(Json v)
    {
        m_items.push_back(std::move(v));
        return m_items.back();
    }
    Json& set(const std::string& key, Json v);
    const Json* get(const std::string& key) const;

    std::string dump(int indent = 0) const;
    static std::optional<Json> parse(const std::string& text);

private:
    explicit Json(Kind k)
        : m_kind(k)
    {}
    Kind m_kind = Kind::Null;
    double m_number = 0;
    std::string m_string;
    std::vector<Json> m_items;
    std::vector<std::pair<std::string, Json>> m_members;
};

} // namespace waymark::bench
