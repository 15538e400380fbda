/** A worker thread of `incentive batch --jobs N`: builds the context once, then processes chunks. */
import { parentPort, workerData } from "node:worker_threads";
import { type BatchSettings, buildContext } from "./context.js";
import { type ChunkOutput, processChunk, type RawRow } from "./process.js";

export interface ChunkRequest {
  readonly seq: number;
  readonly rows: readonly RawRow[];
}

export type WorkerReply = { readonly seq: number; readonly output: ChunkOutput } | { readonly seq: number; readonly failure: string };

const port = parentPort;
if (port) {
  const context = buildContext(workerData as BatchSettings);
  port.on("message", (request: ChunkRequest) => {
    let reply: WorkerReply;
    try {
      reply = { seq: request.seq, output: processChunk(request.rows, context) };
    } catch (error) {
      reply = { seq: request.seq, failure: error instanceof Error ? (error.stack ?? error.message) : String(error) };
    }
    port.postMessage(reply);
  });
}
