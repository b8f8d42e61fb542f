# shebao: Chinese social-insurance rules inside SQLite.
#
#   make          dist/shebao.so (.dylib/.dll by platform), the loadable extension
#   make static   dist/libshebao.a, built with -DSQLITE_CORE for applications that link SQLite themselves
#   make demo     builds, then runs a readable demonstration in the sqlite3 shell
#   make test     installs what the tests need (if missing), builds, runs every test
#   make bench    every function against the no-op floor and the pure-SQL equivalent (tests/bench/)
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
  SHARED := -shared -Wl,-z,defs
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

.PHONY: all static demo test deps unit sqltest bench clean
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
UNIT_BIN := build/tests/unit

$(UNIT_BIN): $(UNIT_SRC) tests/unit/*.h $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -o $@ $(UNIT_SRC) $(STATIC_LIB) -lcriterion -lsqlite3

test: deps all static $(UNIT_BIN) $(BENCH_BIN)
	@tests/run.sh

# ---- benchmarks (not timed tests: make test only runs a 1k-row smoke of the harness) --------------------------
BENCH_BIN := build/bench/bench
BENCH_SRC := tests/bench/bench.c tests/bench/noop.c

$(BENCH_BIN): $(BENCH_SRC) $(HDR) $(STATIC_LIB)
	@mkdir -p $(dir $@)
	@echo "  CCLD    $@"
	$(Q)$(CC) $(CFLAGS) $(PROJECT_CFLAGS) -DSQLITE_CORE -o $@ $(BENCH_SRC) $(STATIC_LIB) -lsqlite3

bench: deps static $(BENCH_BIN)
	@$(BENCH_BIN) $(BENCH_ARGS)

clean:
	rm -rf build dist
