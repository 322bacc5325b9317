#pragma once

#include <chrono>
#include <string>

namespace waymark {

class Date;

// Injected everywhere "now" or "today" matters, so tests can pin time.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual std::chrono::system_clock::time_point now() const = 0;
    // The calendar date of now() in the process's local time zone (UK schemes run on UK time).
    Date today() const;
};

class SystemClock final : public Clock
{
public:
    std::chrono::system_clock::time_point now() const override { return std::chrono::system_clock::now(); }
};

// A clock for tests and tools: stays where it is put.
class FixedClock final : public Clock
{
public:
    explicit FixedClock(std::chrono::system_clock::time_point t)
        : m_now(t)
    {}
    std::chrono::system_clock::time_point now() const override { return m_now; }
    void set(std::chrono::system_clock::time_point t) { m_now = t; }
    void advance(std::chrono::milliseconds d) { m_now += d; }

private:
    std::chrono::system_clock::time_point m_now;
};

// UTC instant as ISO 8601 with milliseconds: 2026-11-26T12:38:27.123Z
std::string formatUtcMillis(std::chrono::system_clock::time_point t);

} // namespace waymark
