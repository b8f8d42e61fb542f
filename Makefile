# shebao: Chinese social-insurance rules inside SQLite.
#
#   make          dist/shebao.so (.dylib/.dll by platform), the loadable extension
#   make static   dist/libshebao.a, built with -DSQLITE_CORE for applications that link SQLite themselves
#   make demo     builds, then runs a readable demonstration in the sqlite3 shell
#   make test     installs what the tests need (if missing), builds, runs every test: the suite, then the suite
#                 again with ASan+UBSan, the thread test with TSan, and a short run of each fuzzer
#   make sanitize the suite with ASan+UBSan (dist/asan/shebao.so, in-process and through the shell) and TSan
#   make valgrind the suite under valgrind (memcheck, leaks)
#   make fuzz     each libFuzzer target for FUZZ_SECONDS (default 60) seconds
#   make clean

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
# The project's own code always builds with every warning as an error.
PROJECT_CFLAGS := -std=c11 -Wall -Wextra -Werror -fPIC -Iext -Ibuild/gen -DSHEBAO_VERSION='"$(VERSION)"'

SRC := $(sort $(wildcard ext/*.c))
HDR := $(wildcard ext/*.h)
POLICY_SQL := sql/schema.sql $(sort $(wildcard sql/default/*.sql))
GEN := build/gen/policy_default.c

LOADABLE := dist/shebao.$(SUFFIX)
STATIC_LIB := dist/libshebao.a
STATIC_OBJ := $(patsubst ext/%.c,build/static/%.o,$(SRC)) build/static/policy_default.o

.PHONY: all static demo test deps unit sqltest sanitize valgrind fuzz fuzz-smoke clean
all: $(LOADABLE)

# Set V=1 to see the commands.
Q := $(if $(V),,@)

$(GEN): $(POLICY_SQL) tools/embed-policy.sh
	@mkdir -p $(dir $@)
	@echo "  EMBED   $@"
	$(Q)SQLITE3=$(SQLITE3) tools/embed-policy.sh $@ $(POLICY_SQL)

$(LOADABLE): $(SRC) $(HDR) $(GEN) VERSION
	@mkdir -p dist
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(SHARED) -o $@ $(SRC) $(GEN) $(LDFLAGS)

build/static/%.o: ext/%.c $(HDR) VERSION
	@mkdir -p build/static
	@echo "  CC      $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

build/static/policy_default.o: $(GEN) $(HDR)
	@mkdir -p build/static
	@echo "  CC      $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -c -o $@ $<

static: $(STATIC_LIB)
$(STATIC_LIB): $(STATIC_OBJ)
	@mkdir -p dist
	@echo "  AR      $@"
	$(Q)rm -f $@
	$(Q)$(AR) rcs $@ $(STATIC_OBJ)

deps:
	@tools/ensure-deps.sh

demo: deps all
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

$(UNIT_BIN): $(UNIT_SRC) $(COMMON_SRC) $(TEST_HDR) $(STATIC_LIB) $(LOADABLE)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(call TEST_DEFS,$(LOADABLE)) -DSQLITE_CORE -o $@ $(UNIT_SRC) $(COMMON_SRC) \
	  $(STATIC_LIB) -lcriterion -lsqlite3

$(THREADS_BIN): tests/threads/threads.c $(COMMON_SRC) $(TEST_HDR) $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) $(call TEST_DEFS,$(LOADABLE)) -DSQLITE_CORE -pthread -o $@ \
	  tests/threads/threads.c $(COMMON_SRC) $(STATIC_LIB) -lsqlite3

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

# The whole suite: plain, then with the sanitizers, then a short run of each fuzzer; one summary line.
test: deps all static $(UNIT_BIN) $(THREADS_BIN) $(ASAN_LOADABLE) $(ASAN_UNIT) $(TSAN_THREADS) $(FUZZ_BIN)
	@tests/run.sh plain sanitize tsan fuzz

sanitize: deps $(ASAN_LOADABLE) $(ASAN_UNIT) $(TSAN_THREADS)
	@tests/run.sh sanitize tsan

valgrind: deps all static $(UNIT_BIN) $(THREADS_BIN)
	@tests/run.sh valgrind

fuzz: deps $(FUZZ_BIN)
	@tools/fuzz.sh $(FUZZ_SECONDS) $(FUZZ_TARGETS)

fuzz-smoke: deps $(FUZZ_BIN)
	@tests/run.sh fuzz

clean:
	rm -rf build dist
