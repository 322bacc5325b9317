#pragma once

// A small JSON value and writer for waymark-cli's --json output (RFC 8259).
// Objects keep insertion order so the output reads the way the code builds it.
// Strings are written as UTF-8; control characters are escaped and invalid UTF-8
// is replaced by U+FFFD, so the output is always valid JSON.

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace waymark::cli {

class Json
{
public:
    using Array = std::vector<Json>;
    using Object = std::vector<std::pair<std::string, Json>>;

    Json()
        : m_value(nullptr)
    {}
    Json(std::nullptr_t)
        : m_value(nullptr)
    {}
    Json(bool b)
        : m_value(b)
    {}
    Json(int i)
        : m_value(static_cast<std::int64_t>(i))
    {}
    Json(long i)
        : m_value(static_cast<std::int64_t>(i))
    {}
    Json(long long i)
        : m_value(static_cast<std::int64_t>(i))
    {}
    Json(unsigned long long i)
        : m_value(static_cast<std::int64_t>(i))
    {}
    Json(unsigned long i)
        : m_value(static_cast<std::int64_t>(i))
    {}
    Json(double d)
        : m_value(d)
    {}
    Json(const char* s)
        : m_value(std::string(s))
    {}
    Json(std::string s)
        : m_value(std::move(s))
    {}
    Json(std::string_view s)
        : m_value(std::string(s))
    {}
    Json(Array a)
        : m_value(std::move(a))
    {}
    Json(Object o)
        : m_value(std::move(o))
    {}

    static Json array() { return Json(Array{}); }
    static Json object() { return Json(Object{}); }

    // Object: appends (or replaces) a member. Array: appends an element. Returns *this.
    Json& set(std::string_view key, Json value);
    Json& push(Json value);

    bool isObject() const { return std::holds_alternative<Object>(m_value); }
    bool isArray() const { return std::holds_alternative<Array>(m_value); }
    bool isNull() const { return std::holds_alternative<std::nullptr_t>(m_value); }
    // The value when it is of that kind, else null.
    const std::string* asString() const { return std::get_if<std::string>(&m_value); }
    const bool* asBool() const { return std::get_if<bool>(&m_value); }
    const std::int64_t* asInteger() const { return std::get_if<std::int64_t>(&m_value); }
    const Array* asArray() const { return std::get_if<Array>(&m_value); }

    // Pretty-printed with `indent` spaces (0: one line), no trailing newline.
    std::string dump(int indent = 2) const;

private:
    void write(std::string& out, int indent, int depth) const;
    std::variant<std::nullptr_t, bool, std::int64_t, double, std::string, Array, Object> m_value;
};

// The JSON string literal for `text`, quotes included.
std::string jsonQuote(std::string_view text);

} // namespace waymark::cli
