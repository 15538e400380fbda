/**
 * `incentive batch`: stream the CSV, run every row against the baseline and each scenario, write
 * results and rejected rows in input order, and close with the counts and a summary.
 * Rows read = rows written + rows rejected, always.
 */
import { realpathSync, writeFileSync } from "node:fs";
import { basename, dirname, join, resolve } from "node:path";
import { InputError, UsageError } from "../errors/problems.js";
import { outsideTables } from "../core/coverage.js";
import { renderBatchSummary } from "../render/batch-summary.js";
import { csvLines, formulaSafe } from "../render/csv-lines.js";
import type { Lang } from "../render/labels.js";
import { BASELINE, type BatchSettings, buildContext } from "./context.js";
import { detectEncoding, type Encoding, fileSize, openCsv } from "./input.js";
import { type ChunkRunner, inlineRunner, workerRunner } from "./pool.js";
import { type ChunkOutput, outputHeader, type RawRow } from "./process.js";
import { NO_PROGRESS, type Progress, terminalProgress } from "./progress.js";
import type { RowError } from "./row.js";
import { fileSink, functionSink, isSpecial, type Sink } from "./sink.js";
import { type BatchCounts, mergePart, type ScenarioTally, summaryJson } from "./summary.js";

/** The settings every thread runs with (less the header, read from the file) and what the main thread alone needs. */
export interface BatchRequest extends Omit<BatchSettings, "headers"> {
  readonly encoding: Encoding | undefined;
  readonly jobs: number;
  readonly strict: boolean;
  readonly out: string | undefined;
  readonly errors: string | undefined;
  readonly summary: string | undefined;
  /** The language of the summary on standard error. */
  readonly lang: Lang;
}

export interface BatchShell {
  out(text: string): void;
  err(text: string): void;
  /** Null when stderr is not a terminal: no progress bar. */
  readonly progress: { readonly now: () => number } | null;
}

/** Rows per chunk: large enough to amortise a message between threads, small enough to keep memory flat. */
export const CHUNK_ROWS = 250;

export async function runBatch(request: BatchRequest, shell: BatchShell): Promise<BatchCounts> {
  // Stats the input once: a folder or a missing file stops here, and the progress bar measures against it.
  const size = fileSize(request.file);
  distinctFiles(request);
  const encoding = request.encoding ?? detectEncoding(request.file);
  const input = await openCsv(request.file, encoding);
  const { file, tablesDir, scenarioFiles, sets, year, format, long, tool } = request;
  // What worker threads are sent: plain data, each field named, nothing the main thread alone needs.
  const settings: BatchSettings = { file, headers: input.header, tablesDir, scenarioFiles, sets, year, format, long, tool };
  // Unknown columns, scenario and table problems stop the run here, before any row is computed.
  const ctx = buildContext(settings);
  const outside = year === undefined ? undefined : outsideTables(ctx.coverage, year);
  if (outside !== undefined) throw new UsageError(`--year: ${outside}`);
  const out: Sink = request.out ? await fileSink(request.out) : functionSink(shell.out);
  const errors: Sink = request.errors ? await fileSink(request.errors) : functionSink(shell.err);
  const errorLines = request.errors ? errorsCsv : (e: readonly RowError[]) => errorsText(request.file, e);
  // File position at the end of each submitted chunk, so the bar shows what has been written, not read ahead.
  const chunkEnds: number[] = [];
  let deliveredBytes = 0;
  const progress: Progress = shell.progress ? terminalProgress(shell.err, size, () => deliveredBytes, shell.progress.now) : NO_PROGRESS;

  let read = 0;
  let written = 0;
  let rejected = 0;
  const tallies = new Map<string, ScenarioTally>();
  await out.write(outputHeader(ctx));
  if (request.errors) await errors.write(`\uFEFF${csvLines([["row", "line", "id", "column", "message"]])}`);
  const deliver = async (output: ChunkOutput): Promise<void> => {
    if (output.out) await out.write(output.out);
    if (output.errors.length > 0) await errors.write(errorLines(output.errors, output.rejectedIds));
    written += output.written;
    rejected += output.rejected;
    mergePart(tallies, output.summary);
    deliveredBytes = chunkEnds.shift() ?? deliveredBytes;
    progress.update(written + rejected);
  };
  const runner: ChunkRunner = request.jobs > 1 ? workerRunner(ctx, request.jobs, deliver) : inlineRunner(ctx, deliver);
  try {
    try {
      let chunk: RawRow[] = [];
      for await (const row of input.rows) {
        read += 1;
        chunk.push(row);
        if (chunk.length === CHUNK_ROWS) {
          chunkEnds.push(input.bytesRead());
          await runner.submit(chunk);
          chunk = [];
        }
      }
      if (chunk.length > 0) {
        chunkEnds.push(input.bytesRead());
        await runner.submit(chunk);
      }
    } finally {
      await runner.finish();
      progress.done();
    }
    if (read !== written + rejected) throw new Error(`row count invariant broken: ${read} read, ${written} written, ${rejected} rejected`);
    await out.close();
    await errors.close();
  } catch (error) {
    // A run that stops part-way leaves no output file that looks whole (see fileSink).
    await Promise.all([out.discard(), errors.discard()]);
    throw error;
  }

  const counts: BatchCounts = { read, written, rejected };
  const hashes: Record<string, string> = { [BASELINE]: ctx.baseline.hash, ...Object.fromEntries(ctx.scenarios.map((s) => [s.name, s.tables.hash])) };
  const summary = summaryJson(request.file, counts, request.tool, hashes, [BASELINE, ...ctx.scenarios.map((s) => s.name)], ctx.policies, tallies);
  if (request.summary) writeSummary(request.summary, `${JSON.stringify(summary, null, 2)}\n`);
  else shell.err(renderBatchSummary(summary, ctx.policyTitles, request.lang));
  shell.err(`${read} rows read, ${written} written, ${rejected} rejected\n`);
  if (request.strict && rejected > 0) {
    throw new InputError([{ location: { file: request.file }, path: "", message: `--strict: ${rejected} of ${read} rows rejected${request.errors ? ` (see ${request.errors})` : ""}` }]);
  }
  return counts;
}

/**
 * The input and the files written must be different files, or one would overwrite another (the
 * input replaced by the results, the errors renamed over the results). Devices (`/dev/null`) may repeat.
 */
function distinctFiles(request: BatchRequest): void {
  const named: [string, string | undefined][] = [
    ["the input", request.file],
    ["--out", request.out],
    ["--errors", request.errors],
    ["--summary", request.summary],
  ];
  const seen = new Map<string, string>();
  for (const [role, file] of named) {
    if (file === undefined || isSpecial(file)) continue;
    const where = realPath(file);
    const earlier = seen.get(where);
    if (earlier !== undefined) throw new UsageError(`${role} names the same file as ${earlier} (${file}): give each its own file`);
    seen.set(where, role);
  }
}

/** The file's real path, or for one not yet made, its folder's real path and its name. */
function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    try {
      return join(realpathSync(dirname(resolve(file))), basename(file));
    } catch {
      return resolve(file);
    }
  }
}

function writeSummary(file: string, text: string): void {
  try {
    writeFileSync(file, text);
  } catch (error) {
    throw new InputError([{ location: { file }, path: "", message: `cannot write the file (${(error as NodeJS.ErrnoException).code ?? "error"})` }]);
  }
}

function errorsCsv(errors: readonly RowError[], ids: Record<number, string>): string {
  return csvLines(errors.map((e) => [String(e.row), String(e.line), formulaSafe(ids[e.row] ?? ""), formulaSafe(e.column), formulaSafe(e.message)]));
}

function errorsText(file: string, errors: readonly RowError[]): string {
  return errors.map((e) => `${file}:${e.line} row ${e.row}${e.column ? ` ${e.column}` : ""}: ${e.message}\n`).join("");
}
