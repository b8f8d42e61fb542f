# shebao on a dqlite cluster (docs/cluster.md). Included by the top Makefile; nothing here is needed by `make`
# or `make test`.
#
#   make test-cluster     installs what it needs (tools/ensure-deps.sh cluster: libdqlite-dev, the dqlite
#                         shell), builds the node program and starts a 3-node cluster on 127.0.0.1
#                         (tests/cluster/run.sh); ends with "N passed, M failed"
#   make cluster-node     build/cluster/shebao-dqlite-node and build/cluster/shebao-dqlite-ctl only
#
# The node program links dist/libshebao.a (make static) and Debian's libdqlite. A second node program, built
# from a copy of the tree whose VERSION says "<version>+skew", is the other version of the version-skew test.

CLUSTER_DIR := build/cluster
CLUSTER_NODE := $(CLUSTER_DIR)/shebao-dqlite-node
CLUSTER_CTL := $(CLUSTER_DIR)/shebao-dqlite-ctl
CLUSTER_SKEW_SRC := $(CLUSTER_DIR)/skew-src
CLUSTER_SKEW_NODE := $(CLUSTER_DIR)/skew/shebao-dqlite-node
CLUSTER_CFLAGS := -std=c11 -Wall -Wextra -Werror -Iext -Itools/cluster
CLUSTER_NODE_SRC := tools/cluster/node.c tools/cluster/wire.c
CLUSTER_NODE_DEPS := $(CLUSTER_NODE_SRC) tools/cluster/wire.h ext/shebao_public.h

.PHONY: test-cluster cluster-node cluster-skew-lib

$(CLUSTER_NODE): $(CLUSTER_NODE_DEPS) dist/libshebao.a
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(CLUSTER_CFLAGS) -o $@ $(CLUSTER_NODE_SRC) dist/libshebao.a -ldqlite -lsqlite3 -lpthread

$(CLUSTER_CTL): tools/cluster/ctl.c tools/cluster/wire.c tools/cluster/wire.h
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(CLUSTER_CFLAGS) -o $@ tools/cluster/ctl.c tools/cluster/wire.c

# The skew library: `make static` in a copy of the tree with another VERSION (refreshed on every run; make
# there rebuilds only what changed).
cluster-skew-lib:
	@tools/cluster/build-skew.sh $(CLUSTER_SKEW_SRC)

$(CLUSTER_SKEW_NODE): $(CLUSTER_NODE_DEPS) cluster-skew-lib
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(CLUSTER_CFLAGS) -o $@ $(CLUSTER_NODE_SRC) $(CLUSTER_SKEW_SRC)/dist/libshebao.a -ldqlite \
	  -lsqlite3 -lpthread

cluster-node: $(CLUSTER_NODE) $(CLUSTER_CTL)

# Packages first (the node program needs dqlite.h), then the builds, then the cluster.
test-cluster:
	@tools/ensure-deps.sh cluster
	@$(MAKE) --no-print-directory $(if $(V),,-s) all static
	@$(MAKE) --no-print-directory $(if $(V),,-s) $(CLUSTER_NODE) $(CLUSTER_CTL) $(CLUSTER_SKEW_NODE)
	@tests/cluster/run.sh
