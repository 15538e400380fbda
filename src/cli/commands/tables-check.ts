/**
 * `incentive tables check [DIR] [--sources DIR]`: schema, code, endings, windows and, with
 * --sources, every quote against its source text. Text, JSON or GitHub annotations; exit 1 on errors
 * (and on warnings with --strict).
 */
import { existsSync, readFileSync } from "node:fs";
import { basename, dirname, join, relative } from "node:path";
import { Command } from "commander";
import { checkTables } from "../../checks/check-tables.js";
import { formatFinding, githubAnnotation } from "../../checks/findings.js";
import { FindingsError, UsageError } from "../../errors/problems.js";
import { loadTables } from "../../io/load-tables.js";
import { DEFAULT_TABLES, type Io } from "../context.js";
import { diffSubcommand } from "./tables-diff.js";

interface CheckCliOptions {
  sources?: string;
  format: string;
  reviewAge: string;
  today?: string;
  strict?: boolean;
}

/** `seeds/<file>` is looked up in the sources folder; `reference/<file>` beside it (../shared/reference). */
export function sourceReader(sourcesDir: string) {
  return (source: string): string | undefined => {
    const file = source.startsWith("seeds/") ? join(sourcesDir, basename(source)) : join(dirname(sourcesDir), source);
    return existsSync(file) ? readFileSync(file, "utf8") : undefined;
  };
}

export function checkSubcommand(io: Io): Command {
  return new Command("check")
    .description("validate the rate tables; with --sources, verify every quote and value against the source texts")
    .argument("[dir]", "tables folder", DEFAULT_TABLES)
    .option("--sources <dir>", "folder of source texts (this repository: ../shared/seeds; reference/ beside it)")
    .option("--format <format>", "text | json | github (workflow annotations)", "text")
    .option("--review-age <years>", "warn when a measure has stayed open, unreviewed, longer than this", "5")
    .option("--today <date>", "the date review ages are measured from (default: today)")
    .option("--strict", "warnings fail the check too")
    .action((dir: string, opts: CheckCliOptions) => {
      if (!["text", "json", "github"].includes(opts.format)) throw new UsageError(`--format: expected text, json or github, found "${opts.format}"`);
      const reviewAgeYears = Number(opts.reviewAge);
      if (!Number.isInteger(reviewAgeYears) || reviewAgeYears < 1) throw new UsageError(`--review-age: expected a whole number of years, found "${opts.reviewAge}"`);
      if (opts.sources !== undefined && !existsSync(opts.sources)) throw new UsageError(`--sources: folder ${opts.sources} not found`);
      const today = opts.today ?? new Date().toISOString().slice(0, 10);
      const report = checkTables({
        tablesDir: dir,
        load: () => loadTables(dir),
        ...(opts.sources === undefined ? {} : { sources: { read: sourceReader(opts.sources), label: opts.sources } }),
        today,
        reviewAgeYears,
      });
      const count = (s: string) => report.findings.filter((f) => f.severity === s).length;
      const errors = count("error") + (opts.strict ? count("warning") : 0);
      const summary = `${report.tables} tables, ${count("error")} error(s), ${count("warning")} warning(s), ${count("info")} note(s)${opts.sources ? `, ${report.quotesChecked} quotes checked against ${opts.sources}` : ""}`;
      if (opts.format === "json") {
        io.out(`${JSON.stringify({ ok: errors === 0, tables: report.tables, quotes_checked: report.quotesChecked, findings: report.findings }, null, 2)}\n`);
      } else if (opts.format === "github") {
        // Annotations attach to files by their path from the repository root, where the workflow runs.
        for (const f of report.findings) io.out(`${githubAnnotation({ ...f, location: { ...f.location, file: relative(process.cwd(), f.location.file) } })}\n`);
        io.out(`${summary}\n`);
      } else {
        for (const f of report.findings) (f.severity === "info" ? io.out : io.err)(`${formatFinding(f)}\n`);
      }
      if (errors > 0) throw new FindingsError(`tables check failed: ${summary}`);
      if (opts.format === "text") io.out(`ok: ${dir}: ${summary}\n`);
    });
}

export function tablesCommand(io: Io): Command {
  return new Command("tables").description("check and compare rate tables").addCommand(checkSubcommand(io)).addCommand(diffSubcommand(io));
}
