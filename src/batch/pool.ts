/**
 * Runs chunks of rows in order: on the main thread for one job; for N jobs, on N − 1 worker
 * threads and the main thread, which reads the CSV and takes a chunk itself whenever the workers
 * have enough queued (so N jobs keep N threads busy, not N + 1 on N cores). Chunks carry sequence
 * numbers; results wait in a reorder buffer until every earlier chunk is written, and no more than
 * a fixed number of chunks are in flight, so memory stays flat whatever the row count and however
 * uneven the threads.
 */
import { Worker } from "node:worker_threads";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import type { BatchContext, BatchSettings } from "./context.js";
import { type ChunkOutput, processChunk, type RawRow } from "./process.js";
import type { ChunkRequest, WorkerReply } from "./worker.js";

export interface ChunkRunner {
  /** Resolves once the chunk is accepted (there is room in flight); its output reaches `deliver` in order. */
  submit(rows: readonly RawRow[]): Promise<void>;
  /** Resolves when every submitted chunk has been delivered. */
  finish(): Promise<void>;
}

export type Deliver = (output: ChunkOutput) => Promise<void> | void;

export function inlineRunner(ctx: BatchContext, deliver: Deliver): ChunkRunner {
  return {
    async submit(rows) {
      await deliver(processChunk(rows, ctx));
    },
    async finish() {},
  };
}

/**
 * Rows make short-lived garbage. V8's default young generation (16 MB semi-spaces per thread) and
 * old-generation limit (sized from the machine's RAM) let it pile up: about 60 MB and 70 MB of
 * resident memory per worker, for no measurable speed. The main thread's old generation is bounded
 * the same way by bin/incentive's node flag; a worker's live data is near 20 MB.
 */
const WORKER_LIMITS = { maxYoungGenerationSizeMb: 8, maxOldGenerationSizeMb: 1024 };

/** The worker script: compiled JS next to this file, or the TypeScript source through tsx (tests, dev). */
function spawnWorker(settings: BatchSettings): Worker {
  const url = new URL(`./worker${import.meta.url.endsWith(".ts") ? ".ts" : ".js"}`, import.meta.url);
  if (url.pathname.endsWith(".js")) return new Worker(url, { workerData: settings, resourceLimits: WORKER_LIMITS });
  // The ESM build of tsx's API (require.resolve finds the CommonJS one beside it).
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve("tsx/esm/api").replace(/\.cjs$/, ".mjs")).href;
  const boot = `import(${JSON.stringify(tsx)}).then((m) => { m.register(); return import(${JSON.stringify(url.href)}); });`;
  return new Worker(boot, { eval: true, workerData: settings, resourceLimits: WORKER_LIMITS });
}

/** Resolves after the event loop has run the tasks waiting (setImmediate comes after I/O and messages). */
const nextTurn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Chunks queued on every worker before the main thread takes one itself. */
const WORKER_BACKLOG = 2;

export function workerRunner(ctx: BatchContext, jobs: number, deliver: Deliver): ChunkRunner {
  const maxInFlight = jobs * 3;
  const workers = Array.from({ length: Math.max(1, jobs - 1) }, () => spawnWorker(ctx.settings));
  const load = new Map<Worker, number>(workers.map((w) => [w, 0]));
  const ready = new Map<number, ChunkOutput>();
  let nextSeq = 0;
  let nextToWrite = 0;
  let failure: Error | undefined;
  let writing: Promise<void> = Promise.resolve();
  let wake: (() => void) | undefined;
  const signal = () => {
    const w = wake;
    wake = undefined;
    w?.();
  };
  const waitForChange = () => new Promise<void>((resolve) => (wake = resolve));

  const flush = async (): Promise<void> => {
    for (let output = ready.get(nextToWrite); output; output = ready.get(nextToWrite)) {
      ready.delete(nextToWrite);
      nextToWrite += 1;
      await deliver(output);
    }
  };
  const done = (seq: number, output: ChunkOutput) => {
    ready.set(seq, output);
    writing = writing.then(flush).catch((error: unknown) => {
      failure ??= error instanceof Error ? error : new Error(String(error));
    }).finally(signal);
  };
  for (const worker of workers) {
    worker.on("message", (reply: WorkerReply) => {
      load.set(worker, (load.get(worker) ?? 1) - 1);
      if ("failure" in reply) {
        failure ??= new Error(`batch worker failed: ${reply.failure}`);
        signal();
      } else done(reply.seq, reply.output);
    });
    worker.on("error", (error) => {
      failure ??= error;
      signal();
    });
    worker.on("exit", (code) => {
      if (code !== 0) failure ??= new Error(`batch worker exited with code ${code}`);
      signal();
    });
  }
  const check = () => {
    if (failure) throw failure;
  };
  const inFlight = () => nextSeq - nextToWrite;
  return {
    async submit(rows) {
      // Workers' replies arrive as event-loop tasks, but a CSV stream with rows buffered hands them
      // over through promises alone: without a turn of the loop here, the loads below are stale and
      // the main thread takes chunks that an idle worker should have (a worker idle 40% of a
      // 100k-row run, against 3% with this turn).
      await nextTurn();
      while (inFlight() >= maxInFlight) {
        check();
        await waitForChange();
      }
      check();
      let target = workers[0] as Worker;
      for (const w of workers) if ((load.get(w) ?? 0) < (load.get(target) ?? 0)) target = w;
      const seq = nextSeq;
      nextSeq += 1;
      if (jobs > workers.length && (load.get(target) ?? 0) >= WORKER_BACKLOG) {
        try {
          done(seq, processChunk(rows, ctx));
        } catch (error) {
          // Recorded, so finish() stops on it instead of waiting for a chunk that will never come.
          failure ??= error instanceof Error ? error : new Error(String(error));
          throw failure;
        }
        return;
      }
      load.set(target, (load.get(target) ?? 0) + 1);
      const request: ChunkRequest = { seq, rows };
      target.postMessage(request);
    },
    async finish() {
      try {
        while (inFlight() > 0) {
          check();
          await waitForChange();
        }
        await writing;
        check();
      } finally {
        await Promise.all(workers.map((w) => w.terminate()));
      }
    },
  };
}
