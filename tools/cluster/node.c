/*
** shebao-dqlite-node: one node of a dqlite cluster in which every SQLite connection has shebao.
**
**   shebao-dqlite-node [--latency-ms N] [--join ADDRESS[,ADDRESS...]] ID ADDRESS DIR
**   shebao-dqlite-node --version
**
** ID 1 with an empty DIR starts a new cluster. Any other ID joins, once, the cluster that one of the --join
** addresses belongs to, as a voter (DIR remembers that it has joined: a restarted node only starts). ADDRESS
** (HOST:PORT) is where the node listens for clients and for the other nodes. --latency-ms is the one-way
** network latency dqlite derives its heartbeat (1.5 x) and election (15 x) timeouts from; without it,
*dqlite's
** defaults (0.5 s and 3 s). The node prints one line "ready ..." on standard output once it serves, and on
** SIGTERM or SIGINT stops and exits 0.
**
** dqlite runs the SQL of its clients on SQLite connections it opens in this process, so shebao registered
** with sqlite3_auto_extension() before the node starts is in every one of them. The order matters:
** sqlite3_config() (the threading mode) works only before SQLite is initialised, and sqlite3_auto_extension()
** initialises it.
*/
#define _POSIX_C_SOURCE 200809L
#include <dqlite.h>
#include <sqlite3.h>
#include "shebao_public.h"
#include "wire.h"
#include <errno.h>
#include <pthread.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#define JOIN_TIMEOUT_S 30
#define JOIN_RETRY_MS 200
#define JOINED_MARKER "shebao-node-joined"

typedef struct Options {
  dqlite_node_id id;
  const char *zAddress, *zDir, *zJoin;
  unsigned latencyMs;
  int bVersion;
} Options;

static int usage(void) {
  fprintf(stderr, "usage: shebao-dqlite-node [--latency-ms N] [--join ADDRESS[,ADDRESS...]] ID ADDRESS DIR\n"
                  "       shebao-dqlite-node --version\n");
  return 2;
}

static int parse_args(int argc, char **argv, Options *o) {
  int i = 1;
  for (; i < argc && strncmp(argv[i], "--", 2) == 0; i++) {
    if (strcmp(argv[i], "--version") == 0) {
      o->bVersion = 1;
    } else if (strcmp(argv[i], "--latency-ms") == 0 && i + 1 < argc) {
      o->latencyMs = (unsigned)strtoul(argv[++i], 0, 10);
      if (o->latencyMs == 0) return -1;
    } else if (strcmp(argv[i], "--join") == 0 && i + 1 < argc) {
      o->zJoin = argv[++i];
    } else {
      return -1;
    }
  }
  if (o->bVersion) return i == argc ? 0 : -1;
  if (argc - i != 3) return -1;
  o->id = strtoull(argv[i], 0, 10);
  o->zAddress = argv[i + 1];
  o->zDir = argv[i + 2];
  return o->id == 0 ? -1 : 0;
}

/* ---- SQLite and shebao ------------------------------------------------------------------------------- */

/* Multi-thread mode (each connection used by one thread at a time: dqlite's own thread), then shebao in
** every connection opened from now on. */
static int configure_sqlite(void) {
  int rc = sqlite3_config(SQLITE_CONFIG_MULTITHREAD);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "shebao-dqlite-node: sqlite3_config: %s\n", sqlite3_errstr(rc));
    return -1;
  }
  rc = sqlite3_auto_extension((void (*)(void))sqlite3_shebao_init);
  if (rc != SQLITE_OK) {
    fprintf(stderr, "shebao-dqlite-node: sqlite3_auto_extension: %s\n", sqlite3_errstr(rc));
    return -1;
  }
  return 0;
}

/* shebao's version, read the way a client would, from a connection that has shebao only because of the
** auto-extension: proves the registration before the node serves anything. */
static int shebao_version(char *zOut, size_t nOut) {
  sqlite3 *db = 0;
  sqlite3_stmt *stmt = 0;
  int ok = sqlite3_open(":memory:", &db) == SQLITE_OK &&
           sqlite3_prepare_v2(db, "SELECT shebao_version()", -1, &stmt, 0) == SQLITE_OK &&
           sqlite3_step(stmt) == SQLITE_ROW;
  if (ok) {
    snprintf(zOut, nOut, "%s", (const char *)sqlite3_column_text(stmt, 0));
  } else {
    fprintf(stderr, "shebao-dqlite-node: shebao is not in a new connection: %s\n", sqlite3_errmsg(db));
  }
  sqlite3_finalize(stmt);
  sqlite3_close(db);
  return ok ? 0 : -1;
}

static int print_versions(void) {
  char zShebao[64];
  if (shebao_version(zShebao, sizeof(zShebao)) != 0) return 1;
  int v = dqlite_version_number();
  printf("shebao %s\nSQLite %s\ndqlite %d.%d.%d\n", zShebao, sqlite3_libversion(), v / 10000, v / 100 % 100,
         v % 100);
  return 0;
}

/* ---- joining ---------------------------------------------------------------------------------------- */

static void marker_path(const char *zDir, char *zOut, size_t nOut) {
  snprintf(zOut, nOut, "%s/%s", zDir, JOINED_MARKER);
}

static int joined_before(const char *zDir) {
  char zPath[4096];
  marker_path(zDir, zPath, sizeof(zPath));
  return access(zPath, F_OK) == 0;
}

static int remember_joined(const char *zDir) {
  char zPath[4096];
  FILE *f;
  marker_path(zDir, zPath, sizeof(zPath));
  f = fopen(zPath, "w");
  if (f == 0 || fclose(f) != 0) {
    fprintf(stderr, "shebao-dqlite-node: cannot write %s: %s\n", zPath, strerror(errno));
    return -1;
  }
  return 0;
}

/* One attempt: the leader adds this node (a spare) and makes it a voter. When an earlier attempt added it
** already, adding fails and making it a voter is what is left to do; err says why both failed. */
static int join_once(const Options *o, char err[WIRE_ERR_MAX]) {
  WireNode leader;
  char addErr[WIRE_ERR_MAX] = "", assignErr[WIRE_ERR_MAX];
  int rc, fd = wire_connect_leader(o->zJoin, &leader, err);
  if (fd < 0) return -1;
  wire_add(fd, o->id, o->zAddress, addErr);
  rc = wire_assign(fd, o->id, WIRE_ROLE_VOTER, assignErr);
  wire_close(fd);
  if (rc != 0)
    snprintf(err, WIRE_ERR_MAX, "add: %.100s; assign: %.100s", addErr[0] ? addErr : "ok", assignErr);
  return rc;
}

/* Waits up to ms milliseconds for one of the signals of set: 1 if one came (it is consumed). */
static int signalled_within(const sigset_t *set, long ms) {
  struct timespec ts = {.tv_sec = ms / 1000, .tv_nsec = (ms % 1000) * 1000000L};
  return sigtimedwait(set, 0, &ts) > 0;
}

/* Joins within JOIN_TIMEOUT_S, retrying while the cluster elects a leader or catches this node up; a stop
** signal ends the attempts. */
static int join_cluster(const Options *o, const sigset_t *stop) {
  char err[WIRE_ERR_MAX] = "";
  time_t deadline = time(0) + JOIN_TIMEOUT_S;
  if (o->zJoin == 0) {
    fprintf(stderr, "shebao-dqlite-node: node %llu has not joined a cluster yet: give --join ADDRESS\n",
            (unsigned long long)o->id);
    return -1;
  }
  while (join_once(o, err) != 0) {
    if (time(0) >= deadline) {
      fprintf(stderr, "shebao-dqlite-node: could not join %s within %d s: %s\n", o->zJoin, JOIN_TIMEOUT_S,
              err);
      return -1;
    }
    if (signalled_within(stop, JOIN_RETRY_MS)) return -1;
  }
  return remember_joined(o->zDir);
}

/* ---- the node --------------------------------------------------------------------------------------- */

static int node_failed(dqlite_node *node, const char *zWhat) {
  fprintf(stderr, "shebao-dqlite-node: %s: %s\n", zWhat, dqlite_node_errmsg(node));
  return -1;
}

/* The data directory, created if missing (its parent must exist). */
static int ensure_dir(const char *zDir) {
  if (mkdir(zDir, 0755) != 0 && errno != EEXIST) {
    fprintf(stderr, "shebao-dqlite-node: cannot create %s: %s\n", zDir, strerror(errno));
    return -1;
  }
  if (access(zDir, W_OK) != 0) {
    fprintf(stderr, "shebao-dqlite-node: %s: %s\n", zDir, strerror(errno));
    return -1;
  }
  return 0;
}

/* dqlite_node_create() of libdqlite 1.11 keeps no message when it fails: say what it was given. */
static dqlite_node *create_node(const Options *o) {
  dqlite_node *node = 0;
  int rc = dqlite_node_create(o->id, o->zAddress, o->zDir, &node);
  if (rc != 0) {
    fprintf(stderr, "shebao-dqlite-node: dqlite_node_create failed (%s) for node %llu at %s in %s\n",
            rc == DQLITE_NOMEM ? "out of memory" : "bad address or data directory", (unsigned long long)o->id,
            o->zAddress, o->zDir);
    return 0;
  }
  return node;
}

/* A started node in *pNode, or -1. */
static int start_node(const Options *o, dqlite_node **pNode) {
  dqlite_node *node = ensure_dir(o->zDir) == 0 ? create_node(o) : 0;
  int rc = -1;
  if (node == 0)
    return -1;
  else if (dqlite_node_set_bind_address(node, o->zAddress) != 0)
    fprintf(stderr,
            "shebao-dqlite-node: cannot listen on %s (the port is taken, or it is not HOST:PORT of this "
            "machine)\n",
            o->zAddress);
  else if (o->latencyMs && dqlite_node_set_network_latency_ms(node, o->latencyMs) != 0)
    node_failed(node, "network latency");
  else if (dqlite_node_start(node) != 0)
    node_failed(node, "dqlite_node_start");
  else
    rc = 0;
  if (rc == 0)
    *pNode = node;
  else
    dqlite_node_destroy(node);
  return rc;
}

/* Serves until SIGTERM or SIGINT (blocked in every thread, taken here). */
static int serve(const Options *o, const sigset_t *stop) {
  dqlite_node *node = 0;
  char zVersion[64] = "";
  int rc = shebao_version(zVersion, sizeof(zVersion));
  if (rc == 0) rc = start_node(o, &node);
  if (rc == 0 && o->id != 1 && !joined_before(o->zDir)) rc = join_cluster(o, stop);
  if (rc == 0) {
    printf("ready node %llu at %s (shebao %s, SQLite %s)\n", (unsigned long long)o->id, o->zAddress, zVersion,
           sqlite3_libversion());
    fflush(stdout);
    while (sigwaitinfo(stop, 0) < 0 && errno == EINTR) {
    }
  }
  if (node) {
    dqlite_node_stop(node);
    dqlite_node_destroy(node);
  }
  return rc == 0 ? 0 : 1;
}

int main(int argc, char **argv) {
  Options o = {0};
  sigset_t stop;
  if (parse_args(argc, argv, &o) != 0) return usage();
  if (configure_sqlite() != 0) return 1;
  if (o.bVersion) return print_versions();
  signal(SIGPIPE, SIG_IGN);
  sigemptyset(&stop);
  sigaddset(&stop, SIGTERM);
  sigaddset(&stop, SIGINT);
  pthread_sigmask(SIG_BLOCK, &stop, 0); /* before dqlite's thread starts: it inherits the mask */
  return serve(&o, &stop);
}
