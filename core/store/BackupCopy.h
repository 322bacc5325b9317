#pragma once

// Copying a whole casebook database page by page through SQLCipher's online backup API
// (sqlite3_backup_*), between two connections keyed with the same raw key. Every page is
// decrypted from the source and encrypted again on its way into the destination, so no
// plaintext page is ever written; the destination keeps its own salt. Used by the Backups
// desk (core/Backups.h) both ways: the casebook into a new backup file, and a verified
// backup back into the casebook.

#include "core/Error.h"

#include <functional>

namespace waymark {

class Database;

// Copies every page of `from` into `to`. `to` must have no open transaction; its write lock
// is taken at the first step and held until the copy is committed as one transaction (a copy
// into a live WAL casebook is atomic: readers see the old or the new database). `from` may be
// inside a transaction of its own (its snapshot is what is copied). `progress` gets 0..100
// and returns false to cancel (the destination is then left as it was). `onLocked` runs once,
// after the destination's write lock is held and before anything is committed.
Status copyDatabase(Database& from, Database& to, const std::function<bool(int)>& progress = {},
                    const std::function<Status()>& onLocked = {});

} // namespace waymark
