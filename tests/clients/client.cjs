// shebao from Node.js: better-sqlite3 12 loads dist/shebao.
//
//   node tests/clients/client.cjs NODE_MODULES_DIR dist/shebao CASES_DIR
//
// Runs every documented example block (CASES_DIR, written by tests/readme-examples.sh), each in a fresh connection, and
// compares the rows with what the documentation says; then the things that only a Node program does: named and
// positional parameters, BigInt integers, errors as SqliteError, a table-valued function with .all() and
// .iterate(), a transaction. better-sqlite3 bundles its own SQLite (3.53 in 12.9) compiled with
// SQLITE_DQS=0 (no double-quoted strings) and foreign keys on, so this also runs shebao on a current SQLite.
// Prints one line per failure and "N passed, M failed"; exits 1 on a failure.
"use strict";
const fs = require("fs");
const path = require("path");

const [nodeModules, extension, casesDir] = process.argv.slice(2);
const Database = require(path.resolve(nodeModules, "better-sqlite3"));
const failures = [];
let passed = 0;

function check(name, got, expected) {
  const g = JSON.stringify(got, (k, v) => (typeof v === "bigint" ? `${v}n` : v));
  const e = JSON.stringify(expected, (k, v) => (typeof v === "bigint" ? `${v}n` : v));
  if (g === e) passed++;
  else failures.push(`${name}:\n  expected ${e}\n  got      ${g}`);
}

function connect() {
  const db = new Database(":memory:");
  db.loadExtension(path.resolve(extension));
  db.defaultSafeIntegers(true); // integers as BigInt, REALs as numbers: printed as the shell prints them
  return db;
}

// A value as the sqlite3 shell prints it in list mode (NULL as empty).
function text(v) {
  if (v === null) return "";
  if (typeof v === "bigint") return v.toString();
  if (typeof v === "number") {
    const s = String(Number(v.toPrecision(15)));
    return /[.en]/.test(s) ? s : s + ".0";
  }
  if (Buffer.isBuffer(v)) return v.toString("utf8");
  return String(v);
}

// The statements of a documented example, split where SQLite itself sees a complete statement (as the shell does,
// with sqlite3_complete): at each ';' after which a scratch connection does not call the text "incomplete input".
const scratch = new Database(":memory:");
function complete(sql) {
  try {
    scratch.prepare(sql);
    return true;
  } catch (e) {
    return !/incomplete input/.test(e.message); // "no such table" and the like: complete, but not runnable here
  }
}
function statements(sql) {
  const out = [];
  let start = 0;
  for (let i = sql.indexOf(";"); i >= 0; i = sql.indexOf(";", i + 1)) {
    if (complete(sql.slice(start, i + 1))) {
      out.push(sql.slice(start, i + 1));
      start = i + 1;
    }
  }
  if (sql.slice(start).trim() !== "") out.push(sql.slice(start));
  return out;
}

function runCase(file) {
  const db = connect();
  const out = [];
  for (const sql of statements(fs.readFileSync(file, "utf8"))) {
    try {
      const stmt = db.prepare(sql);
      if (stmt.reader) for (const row of stmt.raw(true).iterate()) out.push(row.map(text).join("|"));
      else stmt.run();
    } catch (e) {
      if (e instanceof RangeError && /contains no statements/.test(e.message)) continue; // only comments
      out.push(`error: ${e.message}`);
    }
  }
  db.close();
  return out;
}

// ---- the documented examples -----------------------------------------------------------------------------------
const cases = fs.readdirSync(casesDir).filter((f) => f.endsWith(".sql")).sort();
if (cases.length === 0) failures.push(`no documented examples in ${casesDir}`);
for (const f of cases) {
  const file = path.join(casesDir, f);
  const expected = fs.readFileSync(file.replace(/\.sql$/, ".expected"), "utf8").split("\n");
  if (expected[expected.length - 1] === "") expected.pop();
  check(`documented example ${fs.readFileSync(file, "utf8").trim()}`, runCase(file), expected);
}

// ---- what a Node program does ----------------------------------------------------------------------------------
const db = connect();

// Positional and named parameters; a JS number binds as an integer (a relation code); null is NULL.
check("positional parameters", db.prepare("SELECT can_share(?, ?, ?, ?) AS ok").get("祖父", "2024-12-02", "苏州市", "成都市"), { ok: 1n });
check("named parameters", db.prepare("SELECT is_near_relative(@a, @b) AS near").get({ a: "20", b: "51" }), { near: 1n });
check("number parameter", db.prepare("SELECT relation_code(?) AS code").pluck().get(1), "01");
check("null parameter", db.prepare("SELECT region_code(?)").pluck().get(null), null);
check("without safe integers", db.prepare("SELECT is_near_relative('外婆') AS near").safeIntegers(false).get(), { near: 1 });

// Errors are SqliteError with code SQLITE_ERROR and the message of the error policy; a Buffer is a blob.
for (const [sql, args, message] of [
  ["SELECT region_enabled(?, '2025-01-01')", ["吉林"], "region_enabled(): ambiguous region '吉林' (region): 吉林省 220000, 吉林市 220200"],
  ["SELECT relation_code(?)", [Buffer.from("外婆")], "relation_code(): term must be text, not a blob"],
  ["SELECT can_share('配偶', ?)", ["2021-02-31"], "can_share(): impossible date '2021-02-31' (on_date)"],
]) {
  try {
    db.prepare(sql).get(...args);
    check(`error from ${sql}`, "no error", message);
  } catch (e) {
    check(`error from ${sql}`, [e.name, e.code, e.message], ["SqliteError", "SQLITE_ERROR", message]);
  }
}

// A table-valued function: .all() with parameters, and .iterate() stopped early.
const explain = db.prepare("SELECT step, rule, outcome FROM explain_can_share(?, ?, ?, ?)").safeIntegers(false);
const rows = explain.all("祖父", "2025-03-01", "苏州市", "成都市");
check("explain_can_share .all()", [rows.length, rows[0], rows[8]], [9, { step: 1, rule: "relation", outcome: "grandparent" }, { step: 9, rule: "outcome", outcome: "yes" }]);
let first = null;
for (const row of explain.iterate("配偶", "2021-04-22", "成都市", "成都市")) {
  first = row;
  break;
}
check("explain_can_share .iterate() stopped early", first, { step: 1, rule: "relation", outcome: "spouse" });

// Inside a transaction, with a view (a policy function answers from the policy in effect: SQLite keeps none of
// its answers in a generated column) and a generated column of a deterministic function.
db.exec("CREATE TABLE member(relation TEXT, id TEXT, born TEXT AS (id_birth_date(id)))");
db.exec("CREATE VIEW member_near AS SELECT rowid AS n, relation, is_near_relative(relation) AS near, born FROM member");
const insert = db.prepare("INSERT INTO member(relation, id) VALUES (?, ?)");
db.transaction((rows) => rows.forEach((r) => insert.run(r[0], r[1])))([["外婆", "11010519491231002X"], ["岳母", null], ["继母", null]]);
check("view and generated column", db.prepare("SELECT relation, near, born FROM member_near ORDER BY n").raw(true).all(), [["外婆", 1n, "1949-12-31"], ["岳母", 0n, null], ["继母", null, null]]);

// Certification; an 18-digit identity number is beyond a JS number's exact range: bound as a BigInt it is an
// INTEGER with every digit; as a number it is another value, not a valid identity number.
check("next_cert_deadline, cert_status", db.prepare("SELECT next_cert_deadline(?) AS deadline, cert_status(?, ?) AS status").get("2024-03-15", "2024-03-15", "2025-03-10"), { deadline: "2025-03-31", status: "due" });
check("id_* with a BigInt", db.prepare("SELECT id_valid(?) AS valid, id_normalize(?) AS id").get(440524188001010014n, 440524188001010014n), { valid: 1n, id: "440524188001010014" });
check("id_valid with a lossy number", db.prepare("SELECT id_valid(?)").pluck().get(440524188001010014), 0n);

// A policy layer changed inside db.transaction(): seen within it, undone when the function throws.
db.prepare("SELECT shebao_create_layer('temp')").get();
// 广东 is known off on 2025-09-22 and unknown after: the what-if says it joined on 2025-10-01.
const enabled = db.prepare("SELECT region_enabled('广州市', '2025-10-15')").pluck();
let seen = null;
try {
  db.transaction(() => {
    db.prepare("INSERT INTO temp.shebao_policy_region_enablement VALUES ('440000', 'cross_province', '2025-10-01', NULL, 'exact', 'nhsa-2024-12-cross-province-pilot', 'what if')").run();
    seen = enabled.get();
    throw new Error("undo");
  })();
} catch (e) {
  if (e.message !== "undo") throw e;
}
check("layer: what-if seen, then rolled back", [seen, enabled.get()], [1n, null]);

const version = fs.readFileSync(path.join(__dirname, "..", "..", "VERSION"), "utf8").trim();
check("shebao_version()", db.prepare("SELECT shebao_version()").pluck().get(), version);
const sqliteVersion = db.prepare("SELECT sqlite_version()").pluck().get();

for (const f of failures) console.log(`FAIL ${f}`);
console.log(`node ${process.version}, better-sqlite3 ${require(path.resolve(nodeModules, "better-sqlite3/package.json")).version}, sqlite ${sqliteVersion}: ${cases.length} documented examples`);
console.log(`${passed} passed, ${failures.length} failed`);
process.exit(failures.length ? 1 : 0);
