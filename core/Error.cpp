#include "core/Error.h"

namespace waymark {

std::string_view errorCodeName(ErrorCode code)
{
    switch (code) {
    case ErrorCode::InvalidInput:
        return "invalid_input";
    case ErrorCode::Validation:
        return "validation";
    case ErrorCode::WrongCredentials:
        return "wrong_credentials";
    case ErrorCode::Throttled:
        return "throttled";
    case ErrorCode::Damaged:
        return "damaged";
    case ErrorCode::TooNew:
        return "too_new";
    case ErrorCode::NotFound:
        return "not_found";
    case ErrorCode::AlreadyExists:
        return "already_exists";
    case ErrorCode::PermissionDenied:
        return "permission_denied";
    case ErrorCode::Conflict:
        return "conflict";
    case ErrorCode::Busy:
        return "busy";
    case ErrorCode::Io:
        return "io";
    case ErrorCode::Engine:
        return "engine";
    case ErrorCode::Cancelled:
        return "cancelled";
    case ErrorCode::Internal:
        return "internal";
    }
    return "internal";
}

std::string describe(const Error& error)
{
    std::string out(errorCodeName(error.code));
    if (!error.field.empty()) {
        out += ": ";
        out += error.field;
    }
    if (!error.detail.empty()) {
        out += ": ";
        out += error.detail;
    }
    return out;
}

} // namespace waymark
