#pragma once

// The only place that converts between core types (std::string, waymark::Date, Error)
// and Qt types (QString, QDate). Everything else in ui/ and app/ calls these.

#include "core/Error.h"
#include "core/calendar/Date.h"
#include "core/security/SecureBytes.h"

#include <QDate>
#include <QString>

#include <string>
#include <string_view>

namespace waymark::convert {

inline QString toQString(std::string_view s)
{
    return QString::fromUtf8(s.data(), static_cast<qsizetype>(s.size()));
}

inline std::string toStd(const QString& s)
{
    const QByteArray utf8 = s.toUtf8();
    return std::string(utf8.constData(), static_cast<std::size_t>(utf8.size()));
}

inline QDate toQDate(const Date& d)
{
    return d.isNull() ? QDate() : QDate(d.year(), d.month(), d.day());
}

inline Date toDate(const QDate& d)
{
    if (!d.isValid())
        return Date{};
    return Date::fromYmd(d.year(), d.month(), d.day()).value_or(Date{});
}

// A password (or other secret) as UTF-8 for core, overwritten when it goes out of scope.
class SecretUtf8
{
public:
    explicit SecretUtf8(const QString& text)
    {
        QByteArray utf8 = text.toUtf8();
        m_value.assign(utf8.constData(), static_cast<std::size_t>(utf8.size()));
        wipeMemory(utf8.data(), static_cast<std::size_t>(utf8.size())); // the temporary copy too
    }
    ~SecretUtf8() { wipeString(m_value); }
    SecretUtf8(const SecretUtf8&) = delete;
    SecretUtf8& operator=(const SecretUtf8&) = delete;
    const std::string& value() const { return m_value; }

private:
    std::string m_value;
};

// dd/mm/yyyy for display; empty for no date.
inline QString toDisplay(const Date& d)
{
    return toQString(d.toDisplay());
}

// A stored UTC time ("2026-03-02T14:03:00Z") as local date and time in the user's short
// format; the text as stored when it does not parse.
QString toLocalDisplay(const std::string& utc);

// A translated, user-facing sentence for a core error (the English detail stays in logs).
QString errorMessage(const Error& error);

} // namespace waymark::convert
