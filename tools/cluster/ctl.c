/*
** shebao-dqlite-ctl: what the cluster test (and an operator) needs besides the dqlite shell.
**
**   shebao-dqlite-ctl leader ADDRESS[,ADDRESS...]         prints "ID ADDRESS" of the leader; exit 1 if none
**   shebao-dqlite-ctl transfer ID ADDRESS[,ADDRESS...]    makes node ID the leader
**   shebao-dqlite-ctl free-port                           prints a TCP port of 127.0.0.1 that is free now
**
** SQL sent to a dqlite cluster runs on its leader, whichever node the client connects to; moving leadership
** to each node in turn is how one asks every node's SQLite (and shebao) a question.
*/
#define _DEFAULT_SOURCE /* getsockname's socklen_t, htonl */
#include "wire.h"
#include <arpa/inet.h>
#include <netinet/in.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

static int usage(void) {
  fprintf(stderr, "usage: shebao-dqlite-ctl leader ADDRESS[,ADDRESS...]\n"
                  "       shebao-dqlite-ctl transfer ID ADDRESS[,ADDRESS...]\n"
                  "       shebao-dqlite-ctl free-port\n");
  return 2;
}

static int print_leader(const char *zAddresses) {
  char err[WIRE_ERR_MAX];
  WireNode leader;
  int fd = wire_connect_leader(zAddresses, &leader, err);
  if (fd < 0) {
    fprintf(stderr, "shebao-dqlite-ctl: no leader: %s\n", err);
    return 1;
  }
  wire_close(fd);
  printf("%llu %s\n", (unsigned long long)leader.id, leader.address);
  return 0;
}

static int transfer(const char *zId, const char *zAddresses) {
  char err[WIRE_ERR_MAX];
  WireNode leader;
  uint64_t id = strtoull(zId, 0, 10);
  int rc, fd;
  if (id == 0) return usage();
  fd = wire_connect_leader(zAddresses, &leader, err);
  if (fd < 0) {
    fprintf(stderr, "shebao-dqlite-ctl: no leader: %s\n", err);
    return 1;
  }
  rc = leader.id == id ? 0 : wire_transfer(fd, id, err);
  wire_close(fd);
  if (rc != 0) fprintf(stderr, "shebao-dqlite-ctl: transfer to node %llu: %s\n", (unsigned long long)id, err);
  return rc == 0 ? 0 : 1;
}

/* The kernel picks a port no socket holds; the node that is given it binds it a moment later (and says so if
** it has been taken meanwhile: the test then picks another). */
static int free_port(void) {
  struct sockaddr_in sa = {.sin_family = AF_INET, .sin_port = 0};
  socklen_t len = sizeof(sa);
  int fd = socket(AF_INET, SOCK_STREAM, 0);
  sa.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
  if (fd < 0 || bind(fd, (struct sockaddr *)&sa, sizeof(sa)) != 0 ||
      getsockname(fd, (struct sockaddr *)&sa, &len) != 0) {
    perror("shebao-dqlite-ctl: free-port");
    return 1;
  }
  printf("%u\n", (unsigned)ntohs(sa.sin_port));
  close(fd);
  return 0;
}

int main(int argc, char **argv) {
  if (argc == 3 && strcmp(argv[1], "leader") == 0) return print_leader(argv[2]);
  if (argc == 4 && strcmp(argv[1], "transfer") == 0) return transfer(argv[2], argv[3]);
  if (argc == 2 && strcmp(argv[1], "free-port") == 0) return free_port();
  return usage();
}
