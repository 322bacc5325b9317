#pragma once

// The platform seam for process-wide protections. Everything OS-specific about the running
// process lives here, so the rest of core stays portable (a Windows build follows).

#include <string>

namespace waymark::platform {

// No core file and, on Linux, not dumpable (no core, no ptrace attach by the same user, /proc
// files of the process owned by root): a process that may hold a typed password or an unlocked
// casebook's key must never write its memory anywhere. Called first thing in main() of both
// programs, before any password is read, and again before every unlock. Idempotent.
void hardenProcess();

// Whether hardenProcess() is in force (core limit 0 and, on Linux, not dumpable).
bool processIsHardened();

// This process's id, whether a process with the given id is running on this machine, and
// this machine's name: for temporary files that must not be cleared while their writer lives.
long processId();
bool processRunning(long pid);
std::string hostName();

} // namespace waymark::platform
