/**
 * `incentive test [PATH…]`: runs golden cases (default fixtures/cases) against the tables and
 * prints a readable expected/actual diff for each mismatch, or JUnit XML. Exit 1 on any mismatch.
 */
import { join, relative } from "node:path";
import { Command } from "commander";
import { type Mismatch, runCase } from "../../cases/run.js";
import { FindingsError, UsageError } from "../../errors/problems.js";
import { findCaseFiles, type LoadedCase, loadCases } from "../../io/load-cases.js";
import { loadTables } from "../../io/load-tables.js";
import { renderJunit } from "../../render/junit.js";
import { DEFAULT_TABLES, type Io, PACKAGE_ROOT, toolInfo } from "../context.js";
import { collect } from "../what-if.js";

export const DEFAULT_CASES = join(PACKAGE_ROOT, "fixtures", "cases");

interface TestOptions {
  tables: string;
  policy: string[];
  grep?: string;
  reporter: string;
}

export function describeMismatch(m: Mismatch): string {
  const lines = [`${m.what}`, `  expected: ${m.expected}`, `  actual:   ${m.actual}`];
  if (m.detail) lines.push(`  (${m.detail})`);
  return lines.join("\n");
}

export function testCommand(io: Io): Command {
  return new Command("test")
    .description("run the golden cases (expected amounts, statuses, reasons) against the tables")
    .argument("[paths...]", "case files or folders", [DEFAULT_CASES])
    .option("--policy <id>", "only cases about this policy, or expecting an item of it (repeatable)", collect, [])
    .option("--grep <text>", "only cases whose name contains this text")
    .option("--reporter <name>", "text | junit", "text")
    .option("--tables <dir>", "rate tables folder", DEFAULT_TABLES)
    .action((paths: string[], opts: TestOptions) => {
      if (opts.reporter !== "text" && opts.reporter !== "junit") throw new UsageError(`--reporter: expected text or junit, found "${opts.reporter}"`);
      const tables = loadTables(opts.tables);
      const tool = toolInfo();
      const selected = loadCases(findCaseFiles(paths)).filter((c) => matches(c, opts));
      if (selected.length === 0) throw new UsageError("no golden cases match the paths and filters given");
      const runs = selected.map((c) => ({ c, failures: runCase(c.golden, c.company, tables, tool).failures }));
      const failed = runs.filter((r) => r.failures.length > 0);
      const shown = (file: string) => relative(process.cwd(), file) || file;
      if (opts.reporter === "junit") {
        io.out(renderJunit(runs.map(({ c, failures }) => ({ file: shown(c.file), name: c.golden.name, line: c.line, failures: failures.map(describeMismatch) }))));
      } else {
        for (const { c, failures } of failed) {
          io.err(`✗ ${shown(c.file)}:${c.line} ${c.golden.name}\n`);
          for (const m of failures) io.err(`${describeMismatch(m).replace(/^/gm, "    ")}\n`);
        }
        const files = new Set(runs.map((r) => r.c.file)).size;
        io.out(`${runs.length} cases in ${files} files: ${runs.length - failed.length} passed, ${failed.length} failed\n`);
      }
      if (failed.length > 0) throw new FindingsError(`${failed.length} golden case(s) failed`);
    });
}

function matches(c: LoadedCase, opts: TestOptions): boolean {
  if (opts.policy.length > 0 && !opts.policy.some((p) => c.policy === p || p in c.golden.expect)) return false;
  return opts.grep === undefined || c.golden.name.includes(opts.grep);
}
