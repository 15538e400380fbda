// One measured run in a fresh process: `incentive batch …` through the compiled CLI, or the I/O
// floor (`--floor FILE OUT`: the same reading, decoding, csv-parse and CSV writing, no calculation).
// Prints one JSON line: wall and CPU milliseconds, rows, peak resident memory (whole process, worker threads included).
import { resourceUsage } from "node:process";

const dist = new URL("../dist/", import.meta.url);
const args = process.argv.slice(2);
const started = performance.now();
let peakSampled = 0;
const sampler = setInterval(() => {
  peakSampled = Math.max(peakSampled, process.memoryUsage.rss());
}, 100);
let rows = 0;
let code = 0;
if (args[0] === "--floor") {
  const [, file, out] = args;
  const { openCsv, detectEncoding } = await import(new URL("batch/input.js", dist).href);
  const { fileSink } = await import(new URL("batch/sink.js", dist).href);
  const { csvLines } = await import(new URL("render/csv-lines.js", dist).href);
  const input = await openCsv(file, detectEncoding(file));
  const sink = await fileSink(out);
  await sink.write(csvLines([input.header]));
  let chunk = [];
  for await (const row of input.rows) {
    rows += 1;
    chunk.push(row.cells);
    if (chunk.length === 250) {
      await sink.write(csvLines(chunk));
      chunk = [];
    }
  }
  if (chunk.length > 0) await sink.write(csvLines(chunk));
  await sink.close();
} else {
  const { main } = await import(new URL("cli/main.js", dist).href);
  let err = "";
  code = await main(args, { out: (s) => process.stdout.write(s), err: (s) => (err += s) });
  rows = Number(/(\d+) rows read/.exec(err)?.[1] ?? 0);
  if (code !== 0) process.stderr.write(err);
}
clearInterval(sampler);
const ms = performance.now() - started;
const usage = resourceUsage();
const maxRss = Math.max(usage.maxRSS * 1024, peakSampled);
// CPU time of every thread: with other work on the machine, wall time understates what --jobs gains.
const cpuMs = Math.round((usage.userCPUTime + usage.systemCPUTime) / 1000);
console.log(JSON.stringify({ ms: Math.round(ms), cpuMs, rows, peakRssMB: Math.round(maxRss / 1048576), code }));
