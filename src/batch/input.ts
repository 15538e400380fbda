/**
 * Reads the batch CSV as a stream: UTF-8 (with or without BOM) or GB18030/GBK, which is what Excel
 * on a Chinese Windows saves. Without --encoding the first 64 KiB decide: valid UTF-8 is UTF-8,
 * anything else is read as GB18030 (a superset of GBK and GB2312).
 */
import { createReadStream, openSync, readSync, closeSync, statSync } from "node:fs";
import { Transform, type TransformCallback } from "node:stream";
import { parse } from "csv-parse";
import iconv from "iconv-lite";
import { InputError, UsageError } from "../errors/problems.js";
import type { RawRow } from "./process.js";

export const ENCODINGS = ["utf8", "gb18030"] as const;
export type Encoding = (typeof ENCODINGS)[number];

export function parseEncoding(value: string): Encoding {
  const v = value.toLowerCase().replace(/[-_]/g, "");
  if (v === "utf8") return "utf8";
  if (v === "gb18030" || v === "gbk" || v === "gb2312" || v === "cp936") return "gb18030";
  throw new UsageError(`--encoding: expected utf8, gb18030 or gbk, found "${value}"`);
}

const SAMPLE = 64 * 1024;

function openError(file: string, error: unknown): InputError {
  const code = (error as NodeJS.ErrnoException).code;
  return new InputError([{ location: { file }, path: "", message: code === "ENOENT" ? "file not found" : `cannot read the file (${code ?? "error"})` }]);
}

export function fileSize(file: string): number {
  let stat: ReturnType<typeof statSync>;
  try {
    stat = statSync(file);
  } catch (error) {
    throw openError(file, error);
  }
  if (stat.isDirectory()) throw new InputError([{ location: { file }, path: "", message: "a folder, not a CSV file" }]);
  return stat.size;
}

/** UTF-8 when the first bytes decode as UTF-8 (a character cut at the sample's end is fine). */
export function detectEncoding(file: string): Encoding {
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch (error) {
    throw openError(file, error);
  }
  try {
    const buffer = Buffer.alloc(SAMPLE);
    const n = readSync(fd, buffer, 0, SAMPLE, 0);
    try {
      new TextDecoder("utf-8", { fatal: true }).decode(buffer.subarray(0, n), { stream: true });
      return "utf8";
    } catch {
      return "gb18030";
    }
  } finally {
    closeSync(fd);
  }
}

/** Strict UTF-8: bytes that are not UTF-8 stop the run with the byte offset, never a replacement character. */
class StrictUtf8 extends Transform {
  private readonly decoder = new TextDecoder("utf-8", { fatal: true });
  private offset = 0;
  constructor(private readonly file: string) {
    super({ decodeStrings: true, readableObjectMode: false });
  }
  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.push(this.decoder.decode(chunk, { stream: true }));
      this.offset += chunk.length;
      done();
    } catch {
      done(this.notUtf8());
    }
  }
  override _flush(done: TransformCallback): void {
    try {
      this.push(this.decoder.decode());
      done();
    } catch {
      done(this.notUtf8());
    }
  }
  private notUtf8(): InputError {
    return new InputError([{ location: { file: this.file }, path: "", message: `not valid UTF-8 after byte ${this.offset}; if Excel saved it as GBK/GB18030, give --encoding gb18030` }]);
  }
}

export interface CsvInput {
  readonly header: readonly string[];
  /** Data rows in file order, numbered from 1, with the line each starts on. */
  readonly rows: AsyncIterable<RawRow>;
  /** Approximate file bytes behind the rows handed out so far, for the progress bar. */
  bytesRead(): number;
}

interface ParsedRecord {
  record: string[];
  info: { lines: number; records: number; empty_lines: number; bytes: number };
}

export async function openCsv(file: string, encoding: Encoding): Promise<CsvInput> {
  fileSize(file);
  const stream = createReadStream(file, { highWaterMark: 256 * 1024 });
  const decoded: Transform = encoding === "utf8" ? new StrictUtf8(file) : (iconv.decodeStream("gb18030") as unknown as Transform);
  stream.pipe(decoded);
  // The parser counts UTF-8 bytes of decoded text; GB18030 text is shorter in the file, so scale back.
  let decodedBytes = 0;
  let rawBytes = 0;
  if (encoding !== "utf8") {
    stream.on("data", (chunk: string | Buffer) => (rawBytes += chunk.length));
    decoded.on("data", (chunk: string | Buffer) => (decodedBytes += typeof chunk === "string" ? Buffer.byteLength(chunk) : chunk.length));
  }
  let consumed = 0;
  const parser = parse({ bom: true, relax_column_count: true, relax_quotes: true, skip_empty_lines: true, skip_records_with_error: true, info: true });
  const skips: { after: number; line: number; message: string }[] = [];
  parser.on("skip", (error: Error & { records?: number; lines?: number }) => {
    skips.push({ after: error.records ?? 0, line: error.lines ?? 0, message: `malformed CSV: ${error.message}` });
  });
  stream.on("error", (error) => decoded.destroy(openError(file, error)));
  decoded.on("error", (error) => parser.destroy(error));
  decoded.pipe(parser);
  const iterator = parser[Symbol.asyncIterator]() as AsyncIterator<ParsedRecord>;
  const first = await iterator.next();
  if (first.done) throw new InputError([{ location: { file }, path: "", message: "empty file: expected a header row of column names" }]);
  const header = first.value.record;
  async function* rows(): AsyncGenerator<RawRow> {
    let row = 0;
    let previousEnd = first.value.info.lines;
    let previousEmpty = first.value.info.empty_lines;
    const flushSkips = function* (before: number): Generator<RawRow> {
      while (skips.length > 0 && (skips[0]?.after ?? 0) < before) {
        const skip = skips.shift();
        if (!skip) break;
        row += 1;
        yield { row, line: skip.line, parseError: skip.message };
      }
    };
    for (;;) {
      const next = await iterator.next();
      if (next.done) break;
      const { record, info } = next.value;
      yield* flushSkips(info.records);
      row += 1;
      const line = previousEnd + 1 + (info.empty_lines - previousEmpty);
      previousEnd = info.lines;
      previousEmpty = info.empty_lines;
      consumed = info.bytes;
      yield { row, line, lastLine: info.lines, cells: record };
    }
    yield* flushSkips(Number.POSITIVE_INFINITY);
  }
  const bytesRead = () => (encoding === "utf8" || decodedBytes === 0 ? consumed : Math.round((consumed * rawBytes) / decodedBytes));
  return { header, rows: rows(), bytesRead };
}
