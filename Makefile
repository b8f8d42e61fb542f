# shebao: Chinese social-insurance rules inside SQLite.
#
#   make          dist/shebao.so (.dylib/.dll by platform), the loadable extension
#   make static   dist/libshebao.a, built with -DSQLITE_CORE for applications that link SQLite themselves
#   make demo     builds, then runs a readable demonstration in the sqlite3 shell
#   make check    the quick loop while editing: builds, then the unit tests, the SQL golden files and the
#                 documented examples in Debian's shell (well under a minute)
#   make test     installs what the tests need (if missing), builds, runs every test: the suite, then the suite
#                 again with ASan+UBSan, the thread test with TSan, and a short run of each fuzzer
#   make sanitize the suite with ASan+UBSan (dist/asan/shebao.so, in-process and through the shell) and TSan
#   make valgrind the suite under valgrind (memcheck, leaks)
#   make fuzz     each libFuzzer target for FUZZ_SECONDS (default 60) seconds
#   make install  PREFIX=/usr/local DESTDIR=: $(PREFIX)/lib/shebao.so and libshebao.a,
#                 $(PREFIX)/include/shebao_public.h; then `.load /usr/local/lib/shebao` (make uninstall)
#   make bench    every function against the no-op floor and the pure-SQL equivalent (tests/bench/)
#   make clean    (keeps the npm packages of the tests in build/npm; make distclean removes them too)

VERSION := $(shell cat VERSION)

UNAME_S := $(shell uname -s)
ifeq ($(UNAME_S),Darwin)
  SUFFIX := dylib
  SHARED := -dynamiclib
else ifneq (,$(findstring MINGW,$(UNAME_S))$(findstring MSYS,$(UNAME_S))$(findstring CYGWIN,$(UNAME_S)))
  SUFFIX := dll
  SHARED := -shared
else
  SUFFIX := so
  # nodelete: SQLite unloads a library whose init failed, but a function registered by then that cannot be
  # deleted (while a statement runs: SELECT load_extension(...)) must keep its code.
  SHARED := -shared -Wl,-z,defs -Wl,-z,nodelete
endif

CC ?= cc
AR ?= ar
SQLITE3 ?= sqlite3
CFLAGS ?= -O2
# The project's own code always builds with every warning as an error, and with hidden symbols: the loadable
# exports sqlite3_shebao_init alone (SQLite loads every extension into one process, where another library's
# date_parse must never bind to ours). The static library's objects still link into applications.
PROJECT_CFLAGS := -std=c11 -Wall -Wextra -Werror -fPIC -fvisibility=hidden -Iext -Ibuild/gen \
  -DSHEBAO_VERSION='"$(VERSION)"'

# One folder per capability under ext/ (ARCHITECTURE.md has the map); the public header stays ext/shebao_public.h.
SRC := $(sort $(wildcard ext/*/*.c))
# The traditional -> simplified tables of ext/util/hanzi.c, made C from tools/hanzi's committed output at build
# time (a header every object depends on, as on any header).
HANZI_TSV := tools/hanzi/out/ts-characters.tsv tools/hanzi/out/ts-phrases.tsv
HANZI_GEN := build/gen/hanzi_tables.h
HDR := $(wildcard ext/*.h ext/*/*.h) $(HANZI_GEN)
POLICY_SQL := sql/schema.sql $(sort $(wildcard sql/default/*.sql))
GEN := build/gen/policy_default.c

LOADABLE := dist/shebao.$(SUFFIX)
STATIC_LIB := dist/libshebao.a
# The same objects with their internal names, for the tests and the benchmarks that call internal functions.
INTERNAL_LIB := build/static/libshebao-internal.a
STATIC_OBJ := $(patsubst ext/%.c,build/static/%.o,$(SRC)) build/static/policy_default.o

PREFIX ?= /usr/local
LIBDIR ?= $(PREFIX)/lib
INCLUDEDIR ?= $(PREFIX)/include
INSTALL ?= install

.PHONY: all static demo check test deps build-deps unit sqltest clients install uninstall bench clean distclean sanitize valgrind \
  fuzz fuzz-smoke reliability-build
all: $(LOADABLE)

# Set V=1 to see the commands.
Q := $(if $(V),,@)

$(GEN): $(POLICY_SQL) tools/embed-policy.sh
	@mkdir -p $(dir $@)
	@echo "  EMBED   $@"
	$(Q)SQLITE3=$(SQLITE3) tools/embed-policy.sh $@ $(POLICY_SQL)

$(HANZI_GEN): $(HANZI_TSV) tools/embed-hanzi.sh
	@mkdir -p $(dir $@)
	@echo "  EMBED   $@"
	$(Q)tools/embed-hanzi.sh $@ $(HANZI_TSV)

$(LOADABLE): $(SRC) $(HDR) $(GEN) VERSION
	@mkdir -p dist
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(SHARED) -o $@ $(SRC) $(GEN) $(LDFLAGS)

build/static/%.o: ext/%.c $(HDR) VERSION
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

build/static/policy_default.o: $(GEN) $(HDR)
	@mkdir -p build/static
	@echo "  CC      $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

static: $(STATIC_LIB)
# dist/libshebao.a holds one object whose only global symbol is sqlite3_shebao_init: the objects are linked
# together (ld -r) and their hidden symbols made local, so that an application's own date_parse or
# region_code cannot clash with shebao's. Where objcopy cannot do that (macOS), the object keeps them.
LOCALIZE := $(if $(filter Darwin,$(UNAME_S)),true,objcopy --localize-hidden)
$(STATIC_LIB): $(STATIC_OBJ)
	@mkdir -p dist
	@echo "  AR      $@"
	$(Q)rm -f $@ build/static/shebao.o
	$(Q)$(CC) -r -nostdlib -o build/static/shebao.o $(STATIC_OBJ)
	$(Q)$(LOCALIZE) build/static/shebao.o
	$(Q)$(AR) rcs $@ build/static/shebao.o

$(INTERNAL_LIB): $(STATIC_OBJ)
	@echo "  AR      $@"
	$(Q)rm -f $@
	$(Q)$(AR) rcs $@ $(STATIC_OBJ)

install: $(LOADABLE) $(STATIC_LIB)
	$(INSTALL) -d $(DESTDIR)$(LIBDIR) $(DESTDIR)$(INCLUDEDIR)
	$(INSTALL) -m 0755 $(LOADABLE) $(DESTDIR)$(LIBDIR)/shebao.$(SUFFIX)
	$(INSTALL) -m 0644 $(STATIC_LIB) $(DESTDIR)$(LIBDIR)/libshebao.a
	$(INSTALL) -m 0644 ext/shebao_public.h $(DESTDIR)$(INCLUDEDIR)/shebao_public.h
	@echo "installed; in the sqlite3 shell: .load $(LIBDIR)/shebao"

uninstall:
	rm -f $(DESTDIR)$(LIBDIR)/shebao.$(SUFFIX) $(DESTDIR)$(LIBDIR)/libshebao.a $(DESTDIR)$(INCLUDEDIR)/shebao_public.h

# What building needs (a C compiler, SQLite's headers and shell), and what the tests need besides.
build-deps:
	@tools/ensure-deps.sh build

deps:
	@tools/ensure-deps.sh test

demo: build-deps all
	@$(SQLITE3) -bail :memory: < fixtures/demo.sql
	@echo
	@echo "Bad input is an error naming the function, the value and the argument:"
	@echo "  sqlite3 :memory: \".load ./dist/shebao\" \"SELECT is_near_relative('火星人')\""
	@! $(SQLITE3) :memory: ".load ./dist/shebao" "SELECT is_near_relative('火星人')"

# ---- tests ---------------------------------------------------------------------------------------------------
UNIT_SRC := $(sort $(wildcard tests/unit/*.c))
COMMON_SRC := $(sort $(wildcard tests/common/*.c))
TEST_HDR := $(wildcard tests/unit/*.h tests/common/*.h)
UNIT_BIN := build/tests/unit
THREADS_BIN := build/tests/threads
# The tests read the call list (tests/calls.sql) and load the loadable by absolute path.
TEST_DEFS = -DSHEBAO_TEST_CALLS='"$(CURDIR)/tests/calls.sql"' -DSHEBAO_TEST_LOADABLE='"$(CURDIR)/$(1)"'
BENCH_BIN := build/bench/bench
BENCH_SRC := tests/bench/bench.c tests/bench/noop.c tests/common/crafted.c

$(UNIT_BIN): $(UNIT_SRC) $(COMMON_SRC) $(TEST_HDR) $(INTERNAL_LIB) $(LOADABLE)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(call TEST_DEFS,$(LOADABLE)) -DSQLITE_CORE -o $@ $(UNIT_SRC) $(COMMON_SRC) \
	  $(INTERNAL_LIB) -lcriterion -lsqlite3

$(THREADS_BIN): tests/threads/threads.c $(COMMON_SRC) $(TEST_HDR) $(INTERNAL_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(call TEST_DEFS,$(LOADABLE)) -DSQLITE_CORE -pthread -o $@ \
	  tests/threads/threads.c $(COMMON_SRC) $(INTERNAL_LIB) -lsqlite3

# ---- reliability: sanitizers, valgrind, fuzzing ---------------------------------------------------------------
# ASan+UBSan (gcc): the loadable for the shell, and the unit tests with the extension built in. UBSan stops at
# the first report; float-cast-overflow is not part of gcc's -fsanitize=undefined, so it is named.
SAN_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fsanitize=float-cast-overflow \
  -fno-sanitize-recover=all
ASAN_LOADABLE := dist/asan/shebao.$(SUFFIX)
ASAN_UNIT := build/asan/tests/unit
TSAN_THREADS := build/tsan/tests/threads

$(ASAN_LOADABLE): $(SRC) $(HDR) $(GEN) VERSION
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(SAN_CFLAGS) $(PROJECT_CFLAGS) $(SHARED) -o $@ $(SRC) $(GEN)

$(ASAN_UNIT): $(UNIT_SRC) $(COMMON_SRC) $(TEST_HDR) $(SRC) $(HDR) $(GEN) VERSION $(ASAN_LOADABLE)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(SAN_CFLAGS) $(PROJECT_CFLAGS) $(call TEST_DEFS,$(ASAN_LOADABLE)) -DSQLITE_CORE -o $@ \
	  $(UNIT_SRC) $(COMMON_SRC) $(SRC) $(GEN) -lcriterion -lsqlite3

# ThreadSanitizer (gcc): the thread test with the extension built in.
$(TSAN_THREADS): tests/threads/threads.c $(COMMON_SRC) $(TEST_HDR) $(SRC) $(HDR) $(GEN) VERSION
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) -O1 -g -fsanitize=thread $(PROJECT_CFLAGS) $(call TEST_DEFS,$(LOADABLE)) -DSQLITE_CORE -pthread \
	  -o $@ tests/threads/threads.c $(COMMON_SRC) $(SRC) $(GEN) -lsqlite3

# libFuzzer (clang 14): each target with the extension built in (-DSQLITE_CORE), ASan and UBSan.
FUZZ_CC ?= clang-14
FUZZ_CFLAGS := -O1 -g -fno-omit-frame-pointer -fsanitize=address,undefined -fno-sanitize-recover=all
FUZZ_TARGETS := $(patsubst tests/fuzz/fuzz_%.c,%,$(sort $(wildcard tests/fuzz/fuzz_*.c)))
FUZZ_BIN := $(addprefix build/fuzz/,$(FUZZ_TARGETS))
FUZZ_OBJ := $(patsubst ext/%.c,build/fuzz/obj/%.o,$(SRC)) build/fuzz/obj/policy_default.o
FUZZ_SECONDS ?= 60
.SECONDARY: $(FUZZ_OBJ)

build/fuzz/obj/%.o: ext/%.c $(HDR) VERSION
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

build/fuzz/obj/policy_default.o: $(GEN) $(HDR)
	@mkdir -p $(dir $@)
	@echo "  CC      $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer-no-link $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

build/fuzz/%: tests/fuzz/fuzz_%.c tests/fuzz/fuzz.h $(FUZZ_OBJ)
	@echo "  CCLD    $@"
	$(Q)$(FUZZ_CC) $(FUZZ_CFLAGS) -fsanitize=fuzzer $(PROJECT_CFLAGS) -DSQLITE_CORE -o $@ $< $(FUZZ_OBJ) -lsqlite3

# ---- clients and a current SQLite, for the tests (under build/, keyed by version, never committed) ----------
# The pinned npm packages and what each is for: tools/clients.env. Each is fetched once (tools/npm-install.sh);
# a second `make test` finds them built. What is built from them against this tree goes to build/current/.
include tools/clients.env
CLIENT_FLAGS := -std=c11 -Wall -Wextra -Werror -Iext
STATIC_CLIENT := build/tests/static_client
BSQL_DIR := build/npm/better-sqlite3-$(BETTER_SQLITE3_VERSION)
CURRENT_AMALGAMATION := $(BSQL_DIR)/node_modules/better-sqlite3/deps/sqlite3
STATIC_CLIENT_CURRENT := build/current/static_client
NSQL_DIR := build/npm/sqlite3-$(NODE_SQLITE3_VERSION)
CURRENT_SHELL := $(NSQL_DIR)/sqlite3
# The compile-time options of Debian's libsqlite3 that matter to shebao and its tests (load_extension is on
# unless SQLITE_OMIT_LOAD_EXTENSION; pragma_function_list needs nothing since 3.30).
CURRENT_SQLITE_FLAGS := -O1 -DSQLITE_THREADSAFE=1 -DSQLITE_ENABLE_MATH_FUNCTIONS -DSQLITE_ENABLE_DBSTAT_VTAB \
  -DSQLITE_ENABLE_STMTVTAB -DSQLITE_ENABLE_FTS5 -DSQLITE_ENABLE_RTREE -DSQLITE_ENABLE_COLUMN_METADATA \
  -DSQLITE_SECURE_DELETE -DSQLITE_USE_URI=1 -DSQLITE_LIKE_DOESNT_MATCH_BLOBS -DSQLITE_MAX_VARIABLE_NUMBER=250000

# A C program that links the static library and registers it with sqlite3_auto_extension (Debian's SQLite).
$(STATIC_CLIENT): tests/clients/static_client.c ext/shebao_public.h $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(CLIENT_FLAGS) -o $@ $< $(STATIC_LIB) -lsqlite3

$(BSQL_DIR)/.done:
	@tools/npm-install.sh install $(BSQL_DIR) better-sqlite3@$(BETTER_SQLITE3_VERSION)

# The same C program on the current SQLite: better-sqlite3's amalgamation.
$(BSQL_DIR)/sqlite3.o: $(BSQL_DIR)/.done
	@echo "  CC      $@ (SQLite $$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' $(CURRENT_AMALGAMATION)/sqlite3.h), once)"
	$(Q)$(CC) $(CURRENT_SQLITE_FLAGS) -c -o $@ $(CURRENT_AMALGAMATION)/sqlite3.c

$(STATIC_CLIENT_CURRENT): tests/clients/static_client.c ext/shebao_public.h $(STATIC_LIB) $(BSQL_DIR)/sqlite3.o
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(CLIENT_FLAGS) -I$(CURRENT_AMALGAMATION) -o $@ $< $(STATIC_LIB) $(BSQL_DIR)/sqlite3.o \
	  -lm -ldl -lpthread

# shebao compiled against the current headers with every warning an error, as a loadable and with -DSQLITE_CORE
# (tests/check-api-current.sh loads it into Debian's SQLite): the API guards of ext/core/shebao.h, both ways.
API_CHECK := build/current/api-check/shebao.$(SUFFIX)
$(API_CHECK): $(SRC) $(HDR) $(GEN) VERSION $(BSQL_DIR)/.done
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@ (against SQLite $$(sed -n 's/^#define SQLITE_VERSION  *"\(.*\)"/\1/p' $(CURRENT_AMALGAMATION)/sqlite3.h) headers)"
	$(Q)$(CC) -O0 $(PROJECT_CFLAGS) -I$(CURRENT_AMALGAMATION) -DSQLITE_CORE -fsyntax-only $(SRC) $(GEN)
	$(Q)$(CC) -O0 $(PROJECT_CFLAGS) -I$(CURRENT_AMALGAMATION) $(SHARED) -o $@ $(SRC) $(GEN)

# A current sqlite3 shell, from the sqlite-autoconf tarball inside the npm package sqlite3.
$(NSQL_DIR)/.done:
	@tools/npm-install.sh pack $(NSQL_DIR) sqlite3@$(NODE_SQLITE3_VERSION)

$(CURRENT_SHELL): $(NSQL_DIR)/.done
	@echo "  CCLD    $@ (the sqlite3 shell of sqlite3@$(NODE_SQLITE3_VERSION), once)"
	$(Q)rm -rf $(NSQL_DIR)/src && mkdir -p $(NSQL_DIR)/src
	$(Q)tar xzf $(NSQL_DIR)/package/deps/sqlite-autoconf-*.tar.gz -C $(NSQL_DIR)/src --strip-components=1
	$(Q)$(CC) $(CURRENT_SQLITE_FLAGS) -o $@ $(NSQL_DIR)/src/shell.c $(NSQL_DIR)/src/sqlite3.c -lm -ldl -lpthread

clients: $(STATIC_CLIENT) $(STATIC_CLIENT_CURRENT) $(CURRENT_SHELL) $(API_CHECK)

# The reliability builds (sanitizers, fuzz targets), two at a time.
RELIABILITY_BUILD := $(THREADS_BIN) $(ASAN_LOADABLE) $(ASAN_UNIT) $(TSAN_THREADS) $(FUZZ_BIN)
reliability-build: $(RELIABILITY_BUILD)

# The whole suite, one summary line: the plain suite (unit tests, golden files in Debian's and a current shell,
# the checks and clients, the thread test), then again with ASan+UBSan, the thread test with TSan, and a short
# run of each fuzzer. What the client tests need is built first; if it cannot be (no network, no Node), the
# tests still run and those that need it fail, saying what is missing.
test: deps all static $(UNIT_BIN) $(STATIC_CLIENT) $(BENCH_BIN)
	-@$(MAKE) --no-print-directory $(if $(V),,-s) -k -j2 clients
	@$(MAKE) --no-print-directory $(if $(V),,-s) -j2 reliability-build
	@tests/run.sh plain sanitize tsan fuzz

check: all static $(UNIT_BIN)
	@tests/run.sh check

sanitize: deps $(ASAN_LOADABLE) $(ASAN_UNIT) $(TSAN_THREADS)
	@tests/run.sh sanitize tsan

valgrind: deps all static $(UNIT_BIN) $(THREADS_BIN)
	@tests/run.sh valgrind

fuzz: deps $(FUZZ_BIN)
	@tools/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: deps $(FUZZ_BIN)
	@tests/run.sh fuzz

# clean keeps build/npm (the test packages, slow to install: better-sqlite3 compiles); distclean removes it too.
# ---- benchmarks (not timed tests: make test only runs a 1k-row smoke of the harness) --------------------------
$(BENCH_BIN): $(BENCH_SRC) $(HDR) $(INTERNAL_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -o $@ $(BENCH_SRC) $(INTERNAL_LIB) -lsqlite3

bench: deps static $(BENCH_BIN)
	@$(BENCH_BIN) $(BENCH_ARGS)

clean:
	rm -rf dist $(filter-out build/npm,$(wildcard build/*))

distclean: clean
	rm -rf build
include tools/cluster/cluster.mk
