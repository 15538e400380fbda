// `--jobs` changes nothing but speed: byte-identical results, errors and summary, and rows read =
// rows written + rows rejected on a CSV with malformed rows mixed in.
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { COLUMNS, companyRows } from "../bench/generate.mjs";
import { buildContext } from "../src/batch/context.js";
import { workerRunner } from "../src/batch/pool.js";
import { runCli } from "./helpers/cli.js";

const dir = mkdtempSync(join(tmpdir(), "incentive-batch-jobs-"));
/** Five chunks of 250 and a part: with --jobs 2 the worker and the main thread each take some. */
const ROWS = 1300;

/** Synthetic companies with a malformed row every 97th: a bad amount, a short row, an unknown region, a bad date in turn. */
function mixedCsv(): { path: string; bad: number } {
  const lines = [COLUMNS.join(",")];
  const money = COLUMNS.indexOf("size.total_assets.average");
  const region = COLUMNS.indexOf("region");
  const date = COLUMNS.indexOf("vat.periods.0.from");
  let bad = 0;
  let i = 0;
  for (const cells of companyRows(ROWS, 7)()) {
    i += 1;
    const row = cells.map((c) => (/[",\r\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c));
    if (i % 97 === 0) {
      bad += 1;
      const kind = (i / 97) % 4;
      if (kind === 0) row[money] = "三千万";
      else if (kind === 1) row.splice(5);
      else if (kind === 2) row[region] = "henan/luoyang";
      else row[date] = "2018-13-01";
    }
    lines.push(row.join(","));
  }
  // A last record whose quote never closes: csv-parse cannot read it, and it is still counted.
  lines.push('"Z,未闭合的引号,hebei');
  bad += 1;
  const path = join(dir, "mixed.csv");
  writeFileSync(path, `${lines.join("\r\n")}\r\n`);
  return { path, bad };
}

describe("batch --jobs", () => {
  const { path, bad } = mixedCsv();
  const scenarios = ["--scenario", "fixtures/scenarios/vat-13-from-may.yaml", "--scenario", "fixtures/scenarios/small-low-profit-limit-300wan.yaml"];
  const run = async (jobs: string, format: string) => {
    const out = join(dir, `out-${jobs}-${format}`);
    const errors = join(dir, `errors-${jobs}-${format}.csv`);
    const summary = join(dir, `summary-${jobs}-${format}.json`);
    const r = await runCli(["batch", path, ...scenarios, "--out", out, "--errors", errors, "--summary", summary, "--jobs", jobs, "--format", format]);
    return { r, out: readFileSync(out), errors: readFileSync(errors), summary: readFileSync(summary) };
  };

  it("gives byte-identical output, errors and summary with 1, 2 and 3 jobs, and loses no row", async () => {
    const one = await run("1", "csv");
    const two = await run("2", "csv");
    const three = await run("3", "csv");
    expect(one.r.code).toBe(0);
    expect(two.r.code).toBe(0);
    expect(three.r.code).toBe(0);
    for (const other of [two, three]) {
      expect(other.out.equals(one.out)).toBe(true);
      expect(other.errors.equals(one.errors)).toBe(true);
      expect(other.summary.equals(one.summary)).toBe(true);
    }

    // Rows in = rows out + rows rejected.
    const total = ROWS + 1;
    const written = total - bad;
    expect(one.r.err).toContain(`${total} rows read, ${written} written, ${bad} rejected`);
    const outRows = one.out.toString("utf8").trimEnd().split("\r\n").length - 1;
    const rejectedRows = new Set(
      one.errors
        .toString("utf8")
        .trimEnd()
        .split("\r\n")
        .slice(1)
        .map((l) => l.split(",")[0]),
    );
    expect(outRows).toBe(written);
    expect(rejectedRows.size).toBe(bad);
    expect(outRows + rejectedRows.size).toBe(total);
    // Input order: the row numbers written and rejected interleave back into 1..total.
    const writtenRows = one.out
      .toString("utf8")
      .trimEnd()
      .split("\r\n")
      .slice(1)
      .map((l) => l.split(",")[0]);
    const all = [...writtenRows, ...rejectedRows].map(Number).sort((a, b) => a - b);
    expect(all).toEqual(Array.from({ length: total }, (_, k) => k + 1));
    expect(writtenRows.map(Number)).toEqual([...writtenRows.map(Number)].sort((a, b) => a - b));
    expect(JSON.parse(one.summary.toString("utf8")).rows).toEqual({ read: total, written, rejected: bad });
  }, 120_000);

  it("jsonl is byte-identical across jobs too", async () => {
    const one = await run("1", "jsonl");
    const two = await run("2", "jsonl");
    expect(two.out.equals(one.out)).toBe(true);
    expect(one.out.toString("utf8").trimEnd().split("\n")).toHaveLength(ROWS + 1 - bad);
  }, 120_000);
});

describe("batch worker runner", () => {
  it("stops with the error when the main thread's own chunk fails, instead of waiting for it", async () => {
    const settings = {
      file: "synthetic.csv",
      headers: COLUMNS,
      tablesDir: join(import.meta.dirname, "..", "tables"),
      scenarioFiles: [],
      sets: [],
      year: undefined,
      format: "csv" as const,
      long: false,
      tool: { name: "incentive", version: "test" },
    };
    const ctx = buildContext(settings);
    // The main thread's copy has lost its tables, so the chunk it takes itself throws; the worker's is whole.
    const broken = { ...ctx, baseline: { ...ctx.baseline, policies: new Map() } };
    const rows = [...companyRows(6, 3)()].map((cells, i) => ({ row: i + 1, line: i + 2, cells }));
    const runner = workerRunner(broken, 2, () => {});
    const run = async () => {
      try {
        for (let i = 0; i < rows.length; i += 2) await runner.submit(rows.slice(i, i + 2));
      } finally {
        await runner.finish();
      }
    };
    await expect(run()).rejects.toThrow(/general-law/);
  }, 60_000);
});
