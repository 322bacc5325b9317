# Finds SQLCipher (>= 4.5) through pkg-config and checks the engine's own version.
# Defines the imported target SQLCipher::SQLCipher. Plain SQLite is never linked.
find_package(PkgConfig REQUIRED)
pkg_check_modules(SQLCIPHER_PC QUIET IMPORTED_TARGET sqlcipher)
if(NOT SQLCIPHER_PC_FOUND)
    message(FATAL_ERROR "SQLCipher development files not found. On Debian 12 run scripts/install-deps.sh "
                        "(libsqlcipher-dev from bookworm-backports).")
endif()

if(NOT DEFINED SQLCIPHER_VERSION_CHECKED)
    set(_probe "${CMAKE_BINARY_DIR}/sqlcipher_version_probe.c")
    file(WRITE "${_probe}" [=[
#include <sqlite3.h>
#include <stdio.h>
int main(void) {
    sqlite3* db = 0;
    sqlite3_stmt* st = 0;
    if (sqlite3_open(":memory:", &db) != SQLITE_OK) return 1;
    if (sqlite3_prepare_v2(db, "PRAGMA cipher_version", -1, &st, 0) != SQLITE_OK) return 1;
    if (sqlite3_step(st) != SQLITE_ROW) return 1;
    printf("%s", (const char*)sqlite3_column_text(st, 0));
    sqlite3_finalize(st);
    sqlite3_close(db);
    return 0;
}
]=])
    try_run(_run_result _compile_result "${CMAKE_BINARY_DIR}/sqlcipher_probe" "${_probe}"
        CMAKE_FLAGS "-DINCLUDE_DIRECTORIES=${SQLCIPHER_PC_INCLUDE_DIRS}"
        COMPILE_DEFINITIONS -DSQLITE_HAS_CODEC
        LINK_LIBRARIES ${SQLCIPHER_PC_LINK_LIBRARIES}
        RUN_OUTPUT_VARIABLE _cipher_version)
    if(NOT _compile_result OR NOT _run_result EQUAL 0 OR _cipher_version STREQUAL "")
        message(FATAL_ERROR "The sqlcipher library does not answer PRAGMA cipher_version: it is not SQLCipher.")
    endif()
    string(REGEX MATCH "^[0-9]+\\.[0-9]+(\\.[0-9]+)?" _cipher_number "${_cipher_version}")
    if(_cipher_number VERSION_LESS 4.5)
        message(FATAL_ERROR "SQLCipher ${_cipher_version} is too old; Waymark needs 4.5 or newer.")
    endif()
    message(STATUS "SQLCipher ${_cipher_version} (SQLite ${SQLCIPHER_PC_VERSION})")
    set(SQLCIPHER_VERSION_CHECKED "${_cipher_number}" CACHE INTERNAL "")
endif()

if(NOT TARGET SQLCipher::SQLCipher)
    add_library(SQLCipher::SQLCipher INTERFACE IMPORTED)
    target_link_libraries(SQLCipher::SQLCipher INTERFACE PkgConfig::SQLCIPHER_PC)
    target_compile_definitions(SQLCipher::SQLCipher INTERFACE SQLITE_HAS_CODEC)
endif()
set(SQLCipher_FOUND TRUE)
