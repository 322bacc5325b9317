#include "ui/convert/Convert.h"

#include <QCoreApplication>

namespace waymark::convert {

QString errorMessage(const Error& error)
{
    const char* ctx = "waymark::convert";
    switch (error.code) {
    case ErrorCode::WrongCredentials:
        return QCoreApplication::translate(ctx, "Wrong user name or password.");
    case ErrorCode::Throttled:
        return QCoreApplication::translate(ctx, "Too many failed attempts. Wait a few minutes and try again.");
    case ErrorCode::Damaged:
        return QCoreApplication::translate(
            ctx, "This casebook is damaged and cannot be opened. Restore it from your most recent backup, "
                 "and keep the damaged file for your support team.");
    case ErrorCode::TooNew:
        return QCoreApplication::translate(
            ctx, "This casebook was written by a newer version of Waymark. Install the newer version to open it; "
                 "the file has not been changed.");
    case ErrorCode::PermissionDenied:
        return QCoreApplication::translate(ctx, "Your role does not allow this.");
    case ErrorCode::NotFound:
        return QCoreApplication::translate(ctx, "The record was not found.");
    case ErrorCode::AlreadyExists:
        return QCoreApplication::translate(ctx, "That already exists.");
    case ErrorCode::Conflict:
        return QCoreApplication::translate(
            ctx, "Someone else saved this record while you were editing it. Reopen it and make your change again.");
    case ErrorCode::Io:
        return QCoreApplication::translate(ctx, "The disk refused to save. Nothing was changed. Check free space.");
    case ErrorCode::Engine:
        return QCoreApplication::translate(ctx, "The encrypted database engine (SQLCipher) is missing or broken.");
    case ErrorCode::Cancelled:
        return QCoreApplication::translate(ctx, "Cancelled.");
    case ErrorCode::Validation:
    case ErrorCode::InvalidInput:
        return QCoreApplication::translate(ctx, "Please check %1: %2")
            .arg(toQString(error.field.empty() ? std::string("the input") : error.field), toQString(error.detail));
    case ErrorCode::Internal:
        break;
    }
    return QCoreApplication::translate(ctx, "Something went wrong: %1").arg(toQString(error.detail));
}

} // namespace waymark::convert
