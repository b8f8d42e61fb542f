/*
** A minimal dqlite wire-protocol client (see wire.h): blocking sockets with timeouts, one request at a time.
*/
#define _DEFAULT_SOURCE /* getaddrinfo, SOCK_CLOEXEC */
#include "wire.h"
#include <errno.h>
#include <fcntl.h>
#include <netdb.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

#define PROTOCOL_VERSION 1
#define BODY_MAX 4096 /* the responses asked for are small */

enum { REQ_LEADER = 0, REQ_ADD = 12, REQ_ASSIGN = 13, REQ_TRANSFER = 17 };
enum { RES_FAILURE = 0, RES_NODE = 1, RES_EMPTY = 8 };

typedef struct Message {
  uint8_t type;
  size_t n; /* bytes used in body, a multiple of 8 once complete */
  uint8_t body[BODY_MAX];
} Message;

static int fail(char err[WIRE_ERR_MAX], const char *zFormat, ...) {
  va_list ap;
  va_start(ap, zFormat);
  vsnprintf(err, WIRE_ERR_MAX, zFormat, ap);
  va_end(ap);
  return -1;
}

/* ---- encoding ---------------------------------------------------------------------------------------- */

static void put_u64(Message *m, uint64_t v) {
  for (int i = 0; i < 8; i++)
    m->body[m->n++] = (uint8_t)(v >> (8 * i));
}

/* Text: its bytes, a NUL, zeros up to the next word. The caller keeps it short (addresses). */
static void put_text(Message *m, const char *z) {
  size_t len = strlen(z) + 1;
  memcpy(m->body + m->n, z, len);
  m->n += len;
  while (m->n % 8)
    m->body[m->n++] = 0;
}

static uint64_t get_u64(const uint8_t *p) {
  uint64_t v = 0;
  for (int i = 7; i >= 0; i--)
    v = (v << 8) | p[i];
  return v;
}

/* The text at body offset *pOff, copied into out (cut to nOut); *pOff moves past its padding. */
static int get_text(const Message *m, size_t *pOff, char *out, size_t nOut) {
  const uint8_t *start = m->body + *pOff;
  const uint8_t *nul = memchr(start, 0, m->n - *pOff);
  size_t len;
  if (nul == 0) return -1;
  len = (size_t)(nul - start);
  snprintf(out, nOut, "%.*s", (int)len, (const char *)start);
  *pOff += (len + 1 + 7) / 8 * 8;
  return 0;
}

/* ---- the socket ---------------------------------------------------------------------------------------- */

static int io_all(int fd, uint8_t *p, size_t n, int bWrite, char err[WIRE_ERR_MAX]) {
  while (n > 0) {
    ssize_t k = bWrite ? send(fd, p, n, MSG_NOSIGNAL) : recv(fd, p, n, 0);
    if (k < 0 && errno == EINTR) continue;
    if (k == 0) return fail(err, "connection closed by the node");
    if (k < 0) return fail(err, "%s: %s", bWrite ? "send" : "receive", strerror(errno));
    p += k;
    n -= (size_t)k;
  }
  return 0;
}

/* "host:port" or "[v6]:port" into its two parts. */
static int split_address(const char *address, char *host, size_t nHost, const char **pPort) {
  const char *colon = strrchr(address, ':');
  size_t len;
  if (colon == 0 || colon[1] == 0) return -1;
  len = (size_t)(colon - address);
  if (len >= 2 && address[0] == '[' && address[len - 1] == ']') {
    address++;
    len -= 2;
  }
  if (len == 0 || len >= nHost) return -1;
  memcpy(host, address, len);
  host[len] = 0;
  *pPort = colon + 1;
  return 0;
}

/* connect() on a non-blocking socket, waiting at most WIRE_TIMEOUT_MS. */
static int connect_bounded(int fd, const struct addrinfo *ai) {
  struct pollfd pfd = {.fd = fd, .events = POLLOUT};
  int soerr = 0;
  socklen_t len = sizeof(soerr);
  int flags = fcntl(fd, F_GETFL);
  fcntl(fd, F_SETFL, flags | O_NONBLOCK);
  if (connect(fd, ai->ai_addr, ai->ai_addrlen) != 0) {
    if (errno != EINPROGRESS) return -1;
    if (poll(&pfd, 1, WIRE_TIMEOUT_MS) != 1) {
      errno = ETIMEDOUT;
      return -1;
    }
    getsockopt(fd, SOL_SOCKET, SO_ERROR, &soerr, &len);
    if (soerr != 0) {
      errno = soerr;
      return -1;
    }
  }
  return fcntl(fd, F_SETFL, flags);
}

static void set_timeouts(int fd) {
  struct timeval tv = {.tv_sec = WIRE_TIMEOUT_MS / 1000, .tv_usec = (WIRE_TIMEOUT_MS % 1000) * 1000};
  setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof(tv));
  setsockopt(fd, SOL_SOCKET, SO_SNDTIMEO, &tv, sizeof(tv));
}

static int open_socket(const char *address, char err[WIRE_ERR_MAX]) {
  char host[WIRE_ADDRESS_MAX];
  const char *port;
  struct addrinfo hints = {.ai_socktype = SOCK_STREAM}, *ai = 0;
  int fd, rc;
  if (split_address(address, host, sizeof(host), &port) != 0)
    return fail(err, "bad address '%s' (expected HOST:PORT)", address);
  if ((rc = getaddrinfo(host, port, &hints, &ai)) != 0) return fail(err, "%s: %s", address, gai_strerror(rc));
  fd = socket(ai->ai_family, SOCK_STREAM | SOCK_CLOEXEC, 0);
  if (fd < 0 || connect_bounded(fd, ai) != 0) {
    fail(err, "connect to %s: %s", address, strerror(errno));
    if (fd >= 0) close(fd);
    fd = -1;
  }
  freeaddrinfo(ai);
  return fd;
}

int wire_connect(const char *address, char err[WIRE_ERR_MAX]) {
  Message hello = {.n = 0};
  int fd = open_socket(address, err);
  if (fd < 0) return -1;
  set_timeouts(fd);
  put_u64(&hello, PROTOCOL_VERSION);
  if (io_all(fd, hello.body, hello.n, 1, err) != 0) {
    close(fd);
    return -1;
  }
  return fd;
}

void wire_close(int fd) {
  if (fd >= 0) close(fd);
}

/* ---- requests ---------------------------------------------------------------------------------------- */

/* Sends m as a request of its type, then reads the response into m. */
static int call(int fd, Message *m, char err[WIRE_ERR_MAX]) {
  uint8_t header[8] = {0};
  uint32_t words = (uint32_t)(m->n / 8);
  for (int i = 0; i < 4; i++)
    header[i] = (uint8_t)(words >> (8 * i));
  header[4] = m->type;
  if (io_all(fd, header, 8, 1, err) != 0 || io_all(fd, m->body, m->n, 1, err) != 0) return -1;
  if (io_all(fd, header, 8, 0, err) != 0) return -1;
  words =
      (uint32_t)header[0] | (uint32_t)header[1] << 8 | (uint32_t)header[2] << 16 | (uint32_t)header[3] << 24;
  if ((size_t)words * 8 > BODY_MAX) return fail(err, "response of %u words is too long", words);
  m->type = header[4];
  m->n = (size_t)words * 8;
  return io_all(fd, m->body, m->n, 0, err);
}

/* A failure response's message in err; any other unexpected type named. */
static int unexpected(const Message *m, char err[WIRE_ERR_MAX]) {
  size_t off = 8;
  char zMsg[WIRE_ERR_MAX];
  if (m->type == RES_FAILURE && m->n >= 8 && get_text(m, &off, zMsg, sizeof(zMsg)) == 0)
    return fail(err, "%s (code %llu)", zMsg, (unsigned long long)get_u64(m->body));
  return fail(err, "unexpected response type %u", m->type);
}

/* A request whose success is an empty response. */
static int call_empty(int fd, Message *m, char err[WIRE_ERR_MAX]) {
  if (call(fd, m, err) != 0) return -1;
  return m->type == RES_EMPTY ? 0 : unexpected(m, err);
}

int wire_leader(int fd, WireNode *leader, char err[WIRE_ERR_MAX]) {
  Message m;
  size_t off = 8;
  m.type = REQ_LEADER;
  m.n = 0;
  put_u64(&m, 0);
  if (call(fd, &m, err) != 0) return -1;
  if (m.type != RES_NODE || m.n < 16) return unexpected(&m, err);
  leader->id = get_u64(m.body);
  if (get_text(&m, &off, leader->address, sizeof(leader->address)) != 0)
    return fail(err, "bad node response");
  return 0;
}

int wire_add(int fd, uint64_t id, const char *address, char err[WIRE_ERR_MAX]) {
  Message m;
  if (strlen(address) >= WIRE_ADDRESS_MAX) return fail(err, "address too long");
  m.type = REQ_ADD;
  m.n = 0;
  put_u64(&m, id);
  put_text(&m, address);
  return call_empty(fd, &m, err);
}

int wire_assign(int fd, uint64_t id, uint64_t role, char err[WIRE_ERR_MAX]) {
  Message m;
  m.type = REQ_ASSIGN;
  m.n = 0;
  put_u64(&m, id);
  put_u64(&m, role);
  return call_empty(fd, &m, err);
}

int wire_transfer(int fd, uint64_t id, char err[WIRE_ERR_MAX]) {
  Message m;
  m.type = REQ_TRANSFER;
  m.n = 0;
  put_u64(&m, id);
  return call_empty(fd, &m, err);
}

/* Asks the node at address who leads; 0 with *leader set (id 0 when it knows none). */
static int ask_leader(const char *address, WireNode *leader, char err[WIRE_ERR_MAX]) {
  int fd = wire_connect(address, err);
  int rc = fd < 0 ? -1 : wire_leader(fd, leader, err);
  wire_close(fd);
  return rc;
}

int wire_connect_leader(const char *addresses, WireNode *leader, char err[WIRE_ERR_MAX]) {
  char zOne[WIRE_ADDRESS_MAX];
  const char *p = addresses;
  fail(err, "no address given");
  while (*p) {
    size_t len = strcspn(p, ",");
    snprintf(zOne, sizeof(zOne), "%.*s", (int)len, p);
    p += len + (p[len] == ',');
    if (ask_leader(zOne, leader, err) != 0) continue;
    if (leader->id == 0) {
      fail(err, "%s knows no leader", zOne);
      continue;
    }
    int fd = wire_connect(leader->address, err);
    if (fd >= 0) return fd;
  }
  return -1;
}
