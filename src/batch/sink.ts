/** Where batch text goes: a file written with backpressure, or a function such as the CLI's stdout. */
import { createWriteStream, renameSync, rmSync, statSync, type WriteStream } from "node:fs";
import { once } from "node:events";
import { InputError } from "../errors/problems.js";

export interface Sink {
  write(text: string): Promise<void> | void;
  /** The text is whole: make it the file. */
  close(): Promise<void>;
  /** The run failed: leave nothing that looks like its result. */
  discard(): Promise<void>;
}

export function functionSink(write: (text: string) => void): Sink {
  return { write, close: async () => {}, discard: async () => {} };
}

/**
 * A file written as `FILE.partial` and renamed to FILE once whole, so a run that fails or is stopped
 * never leaves a FILE that looks like a finished result (a failure the command catches removes the
 * partial file; one it cannot, such as a kill, leaves it under its telling name). An earlier FILE
 * stays as it was until the new one is complete. A device or pipe (`/dev/stdout`) is written as it is.
 */
export async function fileSink(file: string): Promise<Sink> {
  const direct = isSpecial(file);
  const path = direct ? file : `${file}.partial`;
  const stream: WriteStream = createWriteStream(path);
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  await Promise.race([once(stream, "open"), once(stream, "error")]).catch(() => undefined);
  const fail = (error = failure) => new InputError([{ location: { file }, path: "", message: `cannot write the file (${(error as NodeJS.ErrnoException | undefined)?.code ?? "error"})` }]);
  if (failure) throw fail();
  return {
    async write(text) {
      if (failure) throw fail();
      if (!stream.write(text)) await once(stream, "drain");
    },
    async close() {
      if (failure) throw fail();
      stream.end();
      await once(stream, "finish");
      if (direct) return;
      try {
        renameSync(path, file);
      } catch (error) {
        throw fail(error as Error);
      }
    },
    async discard() {
      stream.destroy();
      await once(stream, "close").catch(() => undefined);
      if (!direct) rmSync(path, { force: true });
    },
  };
}

/** True for an existing path that is not a regular file: a device or a named pipe, which cannot be renamed onto. */
export function isSpecial(file: string): boolean {
  const stat = statSync(file, { throwIfNoEntry: false });
  return stat !== undefined && !stat.isFile();
}
