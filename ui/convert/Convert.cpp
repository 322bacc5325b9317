#include "ui/convert/Convert.h"

#include <QCoreApplication>

namespace waymark::convert {

namespace {
// Gives the messages below a translation context that lupdate can see.
struct Messages
{
    Q_DECLARE_TR_FUNCTIONS(waymark::convert)
};
} // namespace

QString errorMessage(const Error& error)
{
    switch (error.code) {
    case ErrorCode::WrongCredentials:
        return Messages::tr("Wrong user name or password.");
    case ErrorCode::Throttled:
        return Messages::tr("Too many failed attempts. Wait a few minutes and try again.");
    case ErrorCode::Damaged:
        return Messages::tr("This casebook is damaged and cannot be opened. Restore it from your most recent backup, "
                            "and keep the damaged file for your support team.");
    case ErrorCode::TooNew:
        return Messages::tr(
            "This casebook was written by a newer version of Waymark. Install the newer version to open it; "
            "the file has not been changed.");
    case ErrorCode::PermissionDenied:
        return Messages::tr("Your role does not allow this.");
    case ErrorCode::NotFound:
        if (error.field == "path")
            return Messages::tr("That folder or file does not exist.");
        return Messages::tr("The record was not found.");
    case ErrorCode::AlreadyExists:
        return Messages::tr("That already exists.");
    case ErrorCode::Conflict:
        return Messages::tr(
            "Someone else saved this record while you were editing it. Reopen it and make your change again.");
    case ErrorCode::Busy:
        return Messages::tr("The casebook is in use by another Waymark window or program. Try again in a moment.");
    case ErrorCode::Io:
        return Messages::tr("The disk refused to save. Nothing was changed. Check free space.");
    case ErrorCode::Engine:
        return Messages::tr("The encrypted database engine (SQLCipher) is missing or broken.");
    case ErrorCode::Cancelled:
        return Messages::tr("Cancelled.");
    case ErrorCode::Validation:
    case ErrorCode::InvalidInput:
        return Messages::tr("Please check %1: %2")
            .arg(toQString(error.field.empty() ? std::string("the input") : error.field), toQString(error.detail));
    case ErrorCode::Internal:
        break;
    }
    return Messages::tr("Something went wrong: %1").arg(toQString(error.detail));
}

} // namespace waymark::convert
