#pragma once

#include <expected>
#include <string>
#include <string_view>

namespace waymark {

// Why a core call failed. The UI and the CLI map each code to a translated message and,
// in the CLI, to an exit code. Detail text is English, for logs, and never carries
// personal data (no names, dates of birth or free text from records).
enum class ErrorCode
{
    InvalidInput,     // malformed argument (bad date, unknown option value)
    Validation,       // a record breaks a rule; `field` names the field
    WrongCredentials, // wrong user name or password (never tells which)
    Throttled,        // too many failed sign-ins
    Damaged,          // casebook or its key file is damaged: restore a backup
    NotACasebook,     // the file is not a Waymark casebook (empty, a folder, a device, text, plain SQLite); `rule` says
                      // which
    KeyFileMissing,   // the casebook's key file is not beside it
    KeyFileMismatch,  // the key file beside the casebook belongs to another casebook
    TooNew,           // written by a newer Waymark; refused untouched
    NotFound,
    AlreadyExists,
    PermissionDenied,
    Conflict,
    Busy,   // another program holds the casebook's write lock; try again shortly
    Io,     // the disk refused a read or write; nothing was changed. `rule`: "disk_full", "read_only",
            // "permission_denied" or "io"
    Engine, // SQLCipher missing or misbehaving
    Cancelled,
    Internal,
};

struct Error
{
    ErrorCode code = ErrorCode::Internal;
    std::string field;  // record field the error concerns, e.g. "date_of_birth"; may be empty
    std::string detail; // English, for logs and CLI output; no personal data
    std::string rule;   // validation: stable key of the broken rule ("required", "in_future", ...), for translation

    static Error make(ErrorCode code, std::string detail, std::string field = {})
    {
        return Error{code, std::move(field), std::move(detail), {}};
    }
};

// Stable machine name of a code, e.g. "wrong_credentials" (used in JSON output).
std::string_view errorCodeName(ErrorCode code);

// One line for logs and the CLI: "validation: postcode: not a UK postcode".
std::string describe(const Error& error);

// An Io error for a failed system call: `rule` and the start of `detail` say in plain words
// what happened ("the disk is full", "read-only", "permission denied"), then `what` was tried.
Error ioErrorFromErrno(int errnum, std::string_view what);

template <typename T> using Result = std::expected<T, Error>;
using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(ErrorCode code, std::string detail, std::string field = {})
{
    return std::unexpected(Error::make(code, std::move(detail), std::move(field)));
}

} // namespace waymark
