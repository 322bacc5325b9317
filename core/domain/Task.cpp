#include "core/domain/Task.h"

#include "core/Text.h"
#include "core/domain/TextRules.h"

#include <algorithm>

namespace waymark {

namespace {

constexpr std::string_view kSources[] = {"manual",       "assessment_due", "review_due",
                                         "follow_up_3m", "follow_up_6m",   "follow_up_12m"};

Error invalid(std::string detail, std::string field, std::string rule)
{
    Error e = Error::make(ErrorCode::Validation, std::move(detail), std::move(field));
    e.rule = std::move(rule);
    return e;
}

} // namespace

std::span<const std::string_view> taskSourceCodes()
{
    return kSources;
}

void normaliseTask(Task& task)
{
    task.title = text::trim(task.title);
}

Status validateTask(const Task& task)
{
    if (task.personId.isNull())
        return std::unexpected(invalid("a task needs a person", "person", "required"));
    if (task.title.empty())
        return std::unexpected(invalid("is required", "title", "required"));
    const FieldRule rule{"title", kMaxTaskTitle, TextShape::SingleLine};
    if (auto problem = textProblem(task.title, rule))
        return std::unexpected(invalid(textProblemDetail(*problem, rule), "title", std::string(*problem)));
    if (task.due.isNull())
        return std::unexpected(invalid("is required", "due", "required"));
    if (std::find(std::begin(kSources), std::end(kSources), task.source) == std::end(kSources))
        return std::unexpected(invalid("is not a task source", "source", "unknown_code"));
    return {};
}

} // namespace waymark
