/*
** The few requests of the dqlite wire protocol (version 1) that managing a cluster needs and that libdqlite
** 1.11 has no C function for: who leads, add a node, give it a role, hand leadership over. The node program
** joins its cluster with them; the control tool moves leadership. SQL goes through the dqlite shell.
**
** A message is an 8-byte header (body length in 8-byte words, little-endian uint32; type; schema; two
** unused bytes) and a body of 8-byte words: integers as little-endian uint64, text NUL-terminated and padded
** to a word. A client opens with the protocol version as one uint64.
**
** Every call is bounded: connecting and each request give up after WIRE_TIMEOUT_MS.
*/
#ifndef SHEBAO_CLUSTER_WIRE_H
#define SHEBAO_CLUSTER_WIRE_H

#include <stddef.h>
#include <stdint.h>

#define WIRE_TIMEOUT_MS 10000
#define WIRE_ERR_MAX 256
#define WIRE_ADDRESS_MAX 256

/* dqlite node roles */
#define WIRE_ROLE_VOTER 0
#define WIRE_ROLE_STANDBY 1
#define WIRE_ROLE_SPARE 2

typedef struct WireNode {
  uint64_t id; /* 0: no leader known */
  char address[WIRE_ADDRESS_MAX];
} WireNode;

/* A connection to one node, after the handshake; -1 with err set when it cannot be made. */
int wire_connect(const char *address, char err[WIRE_ERR_MAX]);
void wire_close(int fd);

/* Each returns 0, or -1 with err set (the node's failure message, or what went wrong on the socket). */
int wire_leader(int fd, WireNode *leader, char err[WIRE_ERR_MAX]);
int wire_add(int fd, uint64_t id, const char *address, char err[WIRE_ERR_MAX]);
int wire_assign(int fd, uint64_t id, uint64_t role, char err[WIRE_ERR_MAX]);
int wire_transfer(int fd, uint64_t id, char err[WIRE_ERR_MAX]);

/* A connection to the leader, asking each address of a comma-separated list who leads; -1 with err set when
** none knows a leader that answers. */
int wire_connect_leader(const char *addresses, WireNode *leader, char err[WIRE_ERR_MAX]);

#endif
