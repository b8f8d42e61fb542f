/*
** shebao: the public header, for applications that link shebao statically (dist/libshebao.a, installed
** as $(PREFIX)/lib/libshebao.a) into a program that links SQLite itself. The loadable extension
** (shebao.so) needs no header: `.load shebao` or sqlite3_load_extension() finds sqlite3_shebao_init.
**
**   #include <sqlite3.h>
**   #include <shebao_public.h>
**
**   sqlite3_auto_extension((void (*)(void))sqlite3_shebao_init);   // every connection opened from now on
**   sqlite3_open(":memory:", &db);                                   // ... has shebao's functions and tables
**
**   cc app.c -lshebao -lsqlite3        (or with the amalgamation: cc app.c sqlite3.c -lshebao -lm)
**
** Or register one connection only: sqlite3_shebao_init(db, &zErrMsg, 0) (zErrMsg is sqlite3_malloc'd).
*/
#ifndef SHEBAO_PUBLIC_H
#define SHEBAO_PUBLIC_H

#include <sqlite3.h>

#ifdef __cplusplus
extern "C" {
#endif

/* Registers shebao's functions and tables on db. Returns SQLITE_OK, or an error code with *pzErrMsg (if
** pzErrMsg is not NULL) set to a message from sqlite3_malloc. pApi is ignored when linked statically. */
int sqlite3_shebao_init(sqlite3 *db, char **pzErrMsg, const sqlite3_api_routines *pApi);

#ifdef __cplusplus
}
#endif

#endif /* SHEBAO_PUBLIC_H */
