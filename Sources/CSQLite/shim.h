#ifndef CSQLITE_SHIM_H
#define CSQLITE_SHIM_H
#include <sqlite3.h>

/* SQLITE_TRANSIENT is a macro casting -1 to a function pointer, which Swift
 * cannot import. Binding with it makes SQLite copy the bytes, so Swift's
 * buffers only have to live for the duration of the bind call. */
static inline int csqlite_bind_text(sqlite3_stmt *stmt, int index, const char *text, int length) {
    return sqlite3_bind_text(stmt, index, text, length, SQLITE_TRANSIENT);
}

static inline int csqlite_bind_blob(sqlite3_stmt *stmt, int index, const void *bytes, int length) {
    return sqlite3_bind_blob(stmt, index, bytes, length, SQLITE_TRANSIENT);
}

/* Process-wide settings, before SQLite's first use (later they are refused
 * with SQLITE_MISUSE and the defaults stay). Memory statistics off: with
 * them every allocation takes one global mutex, which all connections and
 * threads contend for (Debian builds SQLite without lookaside, so a query
 * allocates a lot). */
static inline int csqlite_configure_process(void) {
    return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
