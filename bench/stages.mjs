// Where a batch row's time goes: each stage timed on its own over the same generated rows, in one
// process, best of --passes passes (the first passes warm the JIT and the memos; the best one is
// the least disturbed by other work on the machine). Needs dist/ (npm run build).
//   node bench/stages.mjs [--rows N] [--passes N]
// Stages: building and checking the company from the row's cells (companyFromRow), the calculation
// of the baseline (calculateAmounts), the calculation with two scenarios on top, and the whole
// chunk as the batch runs it (processChunk: all of that plus the output text and the summary).
// Last, the decimal.js work alone: the very operations a first pass over the rows performs (each
// amount cell read, each call the build and calculation make), recorded and then replayed with
// nothing around them. decimal.js is the project's money type, so that is a floor under any
// implementation of the same measures.
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";
import { COLUMNS, companyRows } from "./generate.mjs";

const root = fileURLToPath(new URL("..", import.meta.url));
const argv = process.argv.slice(2);
const option = (name, fallback) => {
  const i = argv.indexOf(name);
  return i >= 0 && argv[i + 1] !== undefined ? Number(argv[i + 1]) : fallback;
};
const count = option("--rows", 20_000);
const passes = option("--passes", 5);
if (!existsSync(join(root, "dist/batch/process.js"))) {
  console.error("bench: dist/ is missing; run `npm run build`");
  process.exit(2);
}
const dist = (file) => import(new URL(`../dist/${file}`, import.meta.url).href);
const { buildContext } = await dist("batch/context.js");
const { companyFromRow } = await dist("batch/row.js");
const { processChunk } = await dist("batch/process.js");
const { calculateAmounts } = await dist("core/calculate.js");
const { taxYearPeriod } = await dist("core/dates.js");
const { Decimal } = await dist("core/money.js");

const rows = [...companyRows(count)()];
const settings = (scenarioFiles) => ({ file: "bench.csv", headers: COLUMNS, tablesDir: join(root, "tables"), scenarioFiles, sets: [], year: undefined, format: "csv", long: false, tool: { name: "bench", version: "0" } });
const baseline = buildContext(settings([]));
const scenarioFiles = ["fixtures/scenarios/vat-13-from-may.yaml", "fixtures/scenarios/small-low-profit-limit-300wan.yaml"].map((f) => join(root, f));
const withScenarios = buildContext(settings(scenarioFiles));

/** Best µs per row of `run` over the passes; `run` returns a number so the work cannot be dropped. */
function best(label, run) {
  let fastest = Number.POSITIVE_INFINITY;
  let check = 0;
  for (let p = 0; p < passes; p++) {
    const started = performance.now();
    check += run();
    fastest = Math.min(fastest, performance.now() - started);
  }
  console.log(`${label.padEnd(44)} ${((fastest / count) * 1000).toFixed(1).padStart(7)} µs/row  (check ${check})`);
}

console.log(`${count} generated rows, best of ${passes} passes, node ${process.version}`);
let companies = [];
best("companyFromRow (cells → checked company)", () => {
  companies = rows.map((cells, i) => companyFromRow(cells, baseline.plan, i + 1, i + 2));
  return companies.filter((c) => c.ok).length;
});
const checked = companies.filter((c) => c.ok).map((c) => c.company);
const options = { period: taxYearPeriod(2018), tool: { name: "bench", version: "0" } };
best("calculateAmounts, baseline", () => checked.reduce((n, company) => n + calculateAmounts(company, baseline.baseline, options).items.length, 0));
best("calculateAmounts, baseline + 2 scenarios", () =>
  checked.reduce((n, company) => {
    const base = calculateAmounts(company, withScenarios.baseline, options);
    return n + base.items.length + withScenarios.scenarios.reduce((m, s) => m + calculateAmounts(company, s.tables, options, base).items.length, 0);
  }, 0),
);
const raw = rows.map((cells, i) => ({ row: i + 1, line: i + 2, cells }));
const chunked = (ctx) => () => {
  let bytes = 0;
  for (let i = 0; i < raw.length; i += 250) bytes += processChunk(raw.slice(i, i + 250), ctx).out.length;
  return bytes;
};
best("processChunk, baseline (all but reading)", chunked(baseline));
best("processChunk, baseline + 2 scenarios", chunked(withScenarios));

/**
 * Runs `run` with every decimal.js method recording its outermost calls (an inner call, as `lt`
 * calling `cmp`, is part of its caller's cost) as [method, receiver, arguments], and the text of
 * each amount the build checks (`sd`, once per amount read from a cell), to construct it again.
 * Decimals the calculation constructs itself (`new Decimal(days)`) are not seen: the figure is a floor.
 */
function recordDecimal(run) {
  const prototype = Decimal.prototype;
  const toFixed = prototype.toFixed;
  const originals = new Map();
  const calls = [];
  const amounts = [];
  let depth = 0;
  for (const name of Object.getOwnPropertyNames(prototype)) {
    const method = prototype[name];
    if (typeof method !== "function" || name === "constructor") continue;
    originals.set(name, method);
    prototype[name] = function (...args) {
      if (depth === 0) {
        calls.push(method, this, args);
        if (name === "sd" || name === "precision") amounts.push(toFixed.call(this));
      }
      depth += 1;
      try {
        return method.apply(this, args);
      } finally {
        depth -= 1;
      }
    };
  }
  try {
    run();
  } finally {
    for (const [name, method] of originals) prototype[name] = method;
  }
  return { calls, amounts };
}

/** A first pass over the rows on tables loaded afresh (no memo has seen them), recorded. */
function firstPass(ctx, scenariosToo) {
  return recordDecimal(() => {
    for (const [i, cells] of rows.entries()) {
      const built = companyFromRow(cells, ctx.plan, i + 1, i + 2);
      if (!built.ok) continue;
      const base = calculateAmounts(built.company, ctx.baseline, options);
      if (scenariosToo) for (const s of ctx.scenarios) calculateAmounts(built.company, s.tables, options, base);
    }
  });
}

// The module's `withScenarios` context has run the rows already: each replay records on tables loaded anew.
for (const scenariosToo of [false, true]) {
  const { calls, amounts } = firstPass(buildContext(settings(scenariosToo ? scenarioFiles : [])), scenariosToo);
  const label = scenariosToo ? "decimal.js alone, baseline + 2 scenarios" : "decimal.js alone, baseline";
  best(`${label} (${(calls.length / 3 / count).toFixed(0)} calls, ${(amounts.length / count).toFixed(0)} amounts a row)`, () => {
    let made = 0;
    for (const text of amounts) if (new Decimal(text).d) made += 1;
    for (let i = 0; i < calls.length; i += 3) if (calls[i].apply(calls[i + 1], calls[i + 2]) !== undefined) made += 1;
    return made;
  });
  if (scenariosToo) continue;
  // What the replay's own loop costs, the same calls to a function that does nothing: not decimal.js.
  const nothing = function () {
    return this;
  };
  best("  of which the replay's loop", () => {
    let made = 0;
    for (const text of amounts) if (text.length > 0) made += 1;
    for (let i = 0; i < calls.length; i += 3) if (nothing.apply(calls[i + 1], calls[i + 2]) !== undefined) made += 1;
    return made;
  });
}
