#include "core/Error.h"

#include <cerrno>
#include <cstring>

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
    case ErrorCode::NotACasebook:
        return "not_a_casebook";
    case ErrorCode::KeyFileMissing:
        return "key_file_missing";
    case ErrorCode::KeyFileMismatch:
        return "key_file_mismatch";
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

Error ioErrorFromErrno(int errnum, std::string_view what)
{
    std::string rule = "io";
    std::string phrase;
    switch (errnum) {
    case ENOSPC:
    case EDQUOT:
        rule = "disk_full";
        phrase = "the disk is full";
        break;
    case EROFS:
        rule = "read_only";
        phrase = "the disk is read-only";
        break;
    case EACCES:
    case EPERM:
        rule = "permission_denied";
        phrase = "permission denied";
        break;
    default:
        phrase = std::strerror(errnum);
        break;
    }
    Error e = Error::make(ErrorCode::Io, phrase + " (" + std::string(what) + ")");
    e.rule = std::move(rule);
    return e;
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
