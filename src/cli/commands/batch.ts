/** `incentive batch CSV`: every row of a CSV against the baseline tables and what-if scenarios. */
import { availableParallelism } from "node:os";
import { Command } from "commander";
import { UsageError } from "../../errors/problems.js";
import type { OutputFormat } from "../../batch/context.js";
import { type Encoding, parseEncoding } from "../../batch/input.js";
import { runBatch } from "../../batch/run.js";
import { DEFAULT_TABLES, type Io, toolInfo } from "../context.js";
import { parseLang, parseYear } from "../options.js";
import type { Lang } from "../../render/labels.js";
import { collect } from "../what-if.js";

interface BatchOptions {
  scenario: string[];
  set: string[];
  out?: string;
  errors?: string;
  summary?: string;
  format: OutputFormat;
  long?: boolean;
  jobs: number;
  encoding?: Encoding;
  year?: number;
  strict?: boolean;
  tables: string;
  progress: boolean;
  lang: Lang;
}

function parseBatchFormat(value: string): OutputFormat {
  if (value === "csv" || value === "jsonl") return value;
  throw new UsageError(`--format: expected csv or jsonl, found "${value}"`);
}

function parseJobs(value: string): number {
  if (!/^[1-9]\d{0,2}$/.test(value)) throw new UsageError(`--jobs: expected a whole number of worker threads such as 2, found "${value}"`);
  return Number(value);
}

export function batchCommand(io: Io): Command {
  return new Command("batch")
    .description("the calculation over every row of a CSV, with what-if scenarios side by side, streaming")
    .argument("<csv>", "companies, one per row; columns are the company schema's dotted paths (see docs/batch.md)")
    .option("--scenario <file>", "what-if scenario file, compared with the baseline (repeatable)", collect, [])
    .option("--set <policy.param=value[@date]>", "what-if value; all --set values together form the scenario \"set\" (repeatable)", collect, [])
    .option("--out <file>", "results (default: standard output)")
    .option("--errors <file>", "rejected rows as CSV: row, line, id, column, message (default: standard error)")
    .option("--summary <file>", "summary as JSON (default: as a table on standard error)")
    .option("--lang <lang>", "zh | en: the language of the summary table", parseLang, "zh")
    .option("--format <format>", "csv | jsonl", parseBatchFormat, "csv")
    .option("--long", "one row per company × policy × scenario instead of one row per company")
    .option("--jobs <n>", "worker threads (1: compute on the main thread)", parseJobs, Math.min(availableParallelism(), 2))
    .option("--encoding <encoding>", "utf8 | gb18030 | gbk (default: detected)", parseEncoding)
    .option("--year <year>", "tax year for every row (default: each row's tax_year)", parseYear)
    .option("--strict", "exit 65 when any row is rejected (the other rows are still written)")
    .option("--tables <dir>", "rate tables folder", DEFAULT_TABLES)
    .option("--no-progress", "no progress bar, even on a terminal")
    .action(async (file: string, opts: BatchOptions) => {
      await runBatch(
        {
          file,
          encoding: opts.encoding,
          tablesDir: opts.tables,
          scenarioFiles: opts.scenario,
          sets: opts.set,
          year: opts.year,
          format: opts.format,
          long: opts.long === true,
          jobs: opts.jobs,
          strict: opts.strict === true,
          out: opts.out,
          errors: opts.errors,
          summary: opts.summary,
          lang: opts.lang,
          tool: toolInfo(),
        },
        {
          out: (s) => io.out(s),
          err: (s) => io.err(s),
          progress: opts.progress && process.stderr.isTTY === true ? { now: () => performance.now() } : null,
        },
      );
    });
}
