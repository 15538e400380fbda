/** Where batch text goes: a file written with backpressure, or a function such as the CLI's stdout. */
import { createWriteStream, type WriteStream } from "node:fs";
import { once } from "node:events";
import { InputError } from "../errors/problems.js";

export interface Sink {
  write(text: string): Promise<void> | void;
  close(): Promise<void>;
}

export function functionSink(write: (text: string) => void): Sink {
  return { write, close: async () => {} };
}

export async function fileSink(file: string): Promise<Sink> {
  const stream: WriteStream = createWriteStream(file);
  let failure: Error | undefined;
  stream.on("error", (error) => {
    failure = error;
  });
  await Promise.race([once(stream, "open"), once(stream, "error")]).catch(() => undefined);
  const fail = () => new InputError([{ location: { file }, path: "", message: `cannot write the file (${(failure as NodeJS.ErrnoException | undefined)?.code ?? "error"})` }]);
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
    },
  };
}
