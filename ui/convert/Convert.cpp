#include "ui/convert/Convert.h"

#include <QDateTime>
#include <QLocale>
#include <QRegularExpression>

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
    case ErrorCode::NotACasebook:
        if (error.rule == "empty")
            return Messages::tr("This file is empty, so it is not a Waymark casebook. If copying it or creating it was "
                                "interrupted, copy or create it again.");
        if (error.rule == "directory")
            return Messages::tr("This is a folder, not a Waymark casebook. Choose the casebook file inside it.");
        if (error.rule == "not_a_file")
            return Messages::tr("This is not an ordinary file, so it is not a Waymark casebook.");
        if (error.rule == "plain_sqlite")
            return Messages::tr("This is an ordinary, unencrypted database, not a Waymark casebook.");
        return Messages::tr("This file is not a Waymark casebook. Choose the .waymark file your coordinator gave you.");
    case ErrorCode::KeyFileMissing:
        return Messages::tr("The casebook's key file (the .keys file with the same name) is missing from its folder. "
                            "Copy it there from where the casebook came from. Nothing has been changed.");
    case ErrorCode::KeyFileMismatch:
        if (error.rule == "rekeyed_since_backup") {
            // The core names the rekey's date (UTC, ISO) in its detail.
            const auto found = QRegularExpression(QStringLiteral("\\d{4}-\\d{2}-\\d{2}"))
                                   .match(QString::fromUtf8(error.detail.data(), qsizetype(error.detail.size())));
            const QDate day = found.hasMatch() ? QDate::fromString(found.captured(0), Qt::ISODate) : QDate();
            if (day.isValid())
                return Messages::tr("This backup is of this casebook, but from before a rekey on %1 replaced its key, "
                                    "so it cannot be restored over the casebook as it is now. Restore it into a new "
                                    "place with the backup's own key file (it opens with the passwords of then), or "
                                    "ask your coordinator. Nothing has been changed.")
                    .arg(QLocale().toString(day, QLocale::LongFormat));
            return Messages::tr("This backup is of this casebook, but from before a rekey replaced its key, so it "
                                "cannot be restored over the casebook as it is now. Restore it into a new place with "
                                "the backup's own key file (it opens with the passwords of then), or ask your "
                                "coordinator. Nothing has been changed.");
        }
        if (error.rule == "generation")
            return Messages::tr("The casebook and its key file are from different moments: one of them is an older "
                                "copy. Put back the pair that belongs together, or ask your coordinator. Nothing has "
                                "been changed.");
        return Messages::tr("The key file beside this file belongs to a different casebook, or this file is not a "
                            "Waymark casebook. Put the casebook's own .keys file beside it. Nothing has been changed.");
    case ErrorCode::TooNew:
        return Messages::tr(
            "This casebook was written by a newer version of Waymark. Install the newer version to open it; "
            "the file has not been changed.");
    case ErrorCode::PermissionDenied:
        if (error.rule == "authority")
            return Messages::tr("This casebook was changed outside Waymark: its authority key is not the one your key "
                                "slot holds, so nobody's role in it can be trusted and it does not open for work. Ask "
                                "your coordinator or auditor to check it (waymark-cli verify) and restore the last "
                                "good backup. Nothing has been changed.");
        if (error.rule == "roster")
            return Messages::tr("Your account in this casebook does not match its signed list of users: it was "
                                "changed outside Waymark. Ask your coordinator or auditor to check the casebook "
                                "(waymark-cli verify). Nothing has been changed.");
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
        if (error.rule == "disk_full")
            return Messages::tr("The disk is full. Free some space and try again; nothing was changed.");
        if (error.rule == "read_only")
            return Messages::tr("The casebook cannot be written: the file, its key file or its folder is read-only. "
                                "Waymark records every sign-in, so it needs to write there. Nothing was changed.");
        if (error.rule == "permission_denied")
            return Messages::tr("You do not have permission to use this casebook file. Nothing was changed.");
        return Messages::tr("The disk could not read or write the casebook. Nothing was changed.");
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

QString toLocalDisplay(const std::string& utc)
{
    const QDateTime t = QDateTime::fromString(toQString(utc), Qt::ISODate);
    return t.isValid() ? QLocale().toString(t.toLocalTime(), QLocale::ShortFormat) : toQString(utc);
}

} // namespace waymark::convert
