// The progress bar: throttled, rows/s and ETA from the share of the file behind the written rows.
import { describe, expect, it } from "vitest";
import { terminalProgress } from "../src/batch/progress.js";

describe("batch progress bar", () => {
  it("shows share, rows, rows/s and ETA, at most every 200 ms, and clears itself", () => {
    let clock = 0;
    let bytes = 0;
    const written: string[] = [];
    const bar = terminalProgress((s) => written.push(s), 1000, () => bytes, () => clock);
    clock = 2000;
    bytes = 250;
    bar.update(5000);
    // 5,000 rows in 2 s = 2,500 rows/s; a quarter of the file in 2 s leaves 6 s.
    expect(written[0]).toBe(`\r${"█".repeat(6)}${"░".repeat(18)} 25%  5,000 rows  2,500 rows/s  ETA 0:06  `);
    clock = 2100;
    bar.update(5100);
    expect(written).toHaveLength(1);
    bar.done();
    expect(written[1]).toBe("\r\x1b[2K");
  });
});
