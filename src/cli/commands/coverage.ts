/** `incentive policies --coverage`: every catalog id with the table implementing it, or the reason it is not implemented. */
import { join } from "node:path";
import { buildCoverage, type Coverage } from "../../coverage/manifest.js";
import { FindingsError } from "../../errors/problems.js";
import { loadCoverageFiles } from "../../io/load-coverage.js";
import type { TableSet } from "../../tables/model.js";
import { type Io, PACKAGE_ROOT } from "../context.js";

export const DEFAULT_COVERAGE = join(PACKAGE_ROOT, "coverage");

export function coverageOf(tables: TableSet, dir: string): Coverage {
  const { catalog, notImplemented } = loadCoverageFiles(dir);
  return buildCoverage(catalog, tables, notImplemented);
}

export function printCoverage(io: Io, coverage: Coverage, format: string): void {
  if (format === "json") {
    io.out(`${JSON.stringify({ rows: coverage.rows, counts: coverage.counts, problems: coverage.problems }, null, 2)}\n`);
  } else {
    let file = "";
    for (const row of coverage.rows) {
      if (row.catalogFile !== file) {
        file = row.catalogFile;
        io.out(`\n== ${file}\n`);
      }
      const where = row.table ? `→ ${row.table}` : `✗ ${row.reason}${row.of ? ` ${row.of}` : ""}: ${row.note ?? ""}`;
      io.out(`${row.id.padEnd(52)} ${where}\n`);
    }
    io.out("\ncounts (implemented / not implemented by reason):\n");
    for (const [name, counts] of Object.entries(coverage.counts)) {
      io.out(`  ${name.padEnd(14)} ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(", ")}\n`);
    }
    const pending = coverage.rows.filter((r) => r.reason === "pending").length;
    io.out(`not yet implemented (pending): ${pending}\n`);
  }
  for (const problem of coverage.problems) io.err(`coverage: ${problem}\n`);
  if (coverage.problems.length > 0) throw new FindingsError(`${coverage.problems.length} coverage problem(s)`);
}
