"""shebao from Python: the standard library's sqlite3 module loads dist/shebao.

    /usr/bin/python3 tests/clients/client.py dist/shebao CASES_DIR

Runs every documented example block (CASES_DIR, written by tests/readme-examples.sh), each in a fresh
connection, and compares the rows with what the documentation says; then the things that only a Python program
does: parameters of each Python type, errors as exceptions, a table-valued function read through a cursor, a generated column.
Needs a Python whose sqlite3 module can load extensions (Debian's /usr/bin/python3 can; pyenv's builds
cannot). Prints one line per failure and "N passed, M failed"; exits 1 on a failure.
"""

import glob
import os
import sqlite3
import sys

EXTENSION, CASES = sys.argv[1], sys.argv[2]
failures = []
passed = 0


def check(name, got, expected):
    global passed
    if got == expected:
        passed += 1
    else:
        failures.append(f"{name}:\n  expected {expected!r}\n  got      {got!r}")


def connect():
    # isolation_level=None: statements run as the shell runs them (autocommit, explicit BEGIN allowed), not in
    # the transactions Python's module opens by itself before INSERT, UPDATE and DELETE.
    db = sqlite3.connect(":memory:", isolation_level=None)
    db.enable_load_extension(True)
    db.load_extension(EXTENSION)
    db.enable_load_extension(False)
    return db


def text(value):
    """A value as the sqlite3 shell prints it in list mode (NULL as empty)."""
    if value is None:
        return ""
    if isinstance(value, float):
        s = "%.15g" % value
        return s if any(c in s for c in ".en") else s + ".0"
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return str(value)


def statements(sql):
    """The statements of a documented example, split where SQLite itself sees a complete statement (as the shell
    does): at each ';' that ends one, not at a ';' inside a string, a comment or a trigger's body."""
    start = 0
    for i, c in enumerate(sql):
        if c == ";" and sqlite3.complete_statement(sql[start : i + 1]):
            yield sql[start : i + 1]
            start = i + 1
    if sql[start:].strip():
        yield sql[start:]


def run_case(path):
    db = connect()
    out = []
    for stmt in statements(open(path, encoding="utf-8").read()):
        try:
            for row in db.execute(stmt):
                out.append("|".join(text(v) for v in row))
        except sqlite3.Error as e:
            out.append(f"error: {e}")
    db.close()
    return out


# ---- the documented examples -------------------------------------------------------------------------------
cases = sorted(glob.glob(os.path.join(CASES, "*.sql")))
if not cases:
    failures.append(f"no documented examples in {CASES}")
for path in cases:
    expected = open(path[:-4] + ".expected", encoding="utf-8").read().splitlines()
    check("documented example " + open(path, encoding="utf-8").read().strip(), run_case(path), expected)

# ---- what a Python program does --------------------------------------------------------------------------------
db = connect()
one = lambda sql, *args: db.execute(sql, args).fetchone()

# Parameters of every type: str, int (a relation code as an integer), None (NULL in, NULL out).
check("str parameters", one("SELECT can_share(?, ?, ?, ?)", "祖父", "2024-12-02", "苏州市", "成都市"), (1,))
check("int parameter", one("SELECT relation_code(?), relation_name(?)", 1, 64), ("01", "外祖母"))
check("None parameter", one("SELECT is_near_relative(?), region_code(?)", None, None), (None, None))
check("named parameters", db.execute("SELECT is_near_relative(:a, :b)", {"a": "20", "b": "51"}).fetchone(), (1,))

# Errors are sqlite3.OperationalError with the message of the error policy, for str and bytes alike.
for sql, args, message in [
    ("SELECT is_near_relative(?)", ("火星人",), "is_near_relative(): unknown relation '火星人' (relation): no code, name or term of shebao_relations or shebao_relation_terms"),
    ("SELECT relation_code(?)", (b"\xe5\xa4\x96",), "relation_code(): term must be text, not a blob"),
    ("SELECT can_share('配偶', ?)", ("2021-02-31",), "can_share(): impossible date '2021-02-31' (on_date)"),
]:
    try:
        db.execute(sql, args).fetchall()
        check(f"error from {sql}", "no error", message)
    except sqlite3.OperationalError as e:
        check(f"error from {sql}", str(e), message)

# A table-valued function through a cursor, with parameters.
rows = db.execute(
    "SELECT step, rule, outcome FROM explain_can_share(?, ?, ?, ?)", ("祖父", "2025-03-01", "苏州市", "成都市")
).fetchall()
check("explain_can_share rows", (len(rows), rows[0], rows[-1]), (9, (1, "relation", "grandparent"), (9, "outcome", "yes")))

# Policy functions in a view (they answer from the policy in effect, so SQLite keeps none of their answers in a
# generated column or an index), a deterministic one in an expression index, with executemany.
db.execute("CREATE TABLE member(relation TEXT, id TEXT)")
db.execute("CREATE VIEW member_near AS SELECT rowid AS n, relation, is_near_relative(relation) AS near, "
           "relation_code(relation) AS code FROM member")
db.execute("CREATE INDEX member_born ON member(id_birth_date(id))")
db.executemany("INSERT INTO member(relation, id) VALUES (?, ?)",
               [("外婆", "11010519491231002X"), ("岳母", None), ("继母", None), ("brother", None)])
check("view", db.execute("SELECT relation, near FROM member_near ORDER BY n").fetchall(),
      [("外婆", 1), ("岳母", 0), ("继母", None), ("brother", 1)])
check("view by code", one("SELECT relation FROM member_near WHERE code = '64'"), ("外婆",))
check("expression index", one("SELECT relation FROM member WHERE id_birth_date(id) = '1949-12-31'"), ("外婆",))

# Certification and identity numbers with parameters; an 18-digit number as a Python int.
check("next_cert_deadline, cert_status", one("SELECT next_cert_deadline(?), cert_status(?, ?)", "2024-03-15", "2024-03-15", "2025-03-10"),
      ("2025-03-31", "due"))
check("id_* with an int", one("SELECT id_valid(?), id_sex(?), id_age(?, '2024-01-01')", *[440524188001010014] * 3), (1, "M", 144))

# A policy layer through Python's default transaction handling (the module opens a transaction before an
# INSERT): the change is seen by the next statement, and rollback() undoes it.
txn = sqlite3.connect(":memory:")
txn.enable_load_extension(True)
txn.load_extension(EXTENSION)
txn.execute("SELECT shebao_create_layer('temp')").fetchone()
txn.execute(
    "INSERT INTO temp.shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', 'what if')"
)
check("layer: what-if seen in the transaction", (txn.in_transaction, txn.execute("SELECT region_enabled('广州市', '2025-10-15')").fetchone()), (True, (1,)))
txn.rollback()
check("layer: undone by rollback()", txn.execute("SELECT region_enabled('广州市', '2025-10-15')").fetchone(), (None,))
txn.close()

# Loading was switched off again after the load: this program cannot load anything else.
try:
    db.execute("SELECT load_extension('./nothing')").fetchall()
    check("load_extension() after enable_load_extension(False)", "loaded", "not authorized")
except sqlite3.OperationalError as e:
    check("load_extension() after enable_load_extension(False)", str(e), "not authorized")

version = open(os.path.join(os.path.dirname(__file__), "..", "..", "VERSION")).read().strip()
check("shebao_version()", one("SELECT shebao_version()"), (version,))

for f in failures:
    print("FAIL", f)
print(f"python {sys.version.split()[0]}, sqlite {sqlite3.sqlite_version}: {len(cases)} documented examples")
print(f"{passed} passed, {len(failures)} failed")
sys.exit(1 if failures else 0)
