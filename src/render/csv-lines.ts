/**
 * CSV as this tool writes it (`calc --format csv`, the batch's output and errors file, the
 * benchmark's I/O floor): RFC 4180, CRLF after each record; a cell is quoted when it holds a comma,
 * a quote, CR or LF, and its quotes are doubled.
 * Not csv-stringify: with `record_delimiter: "\r\n"` (6.9) it leaves a cell's own CR or LF bare,
 * which splits the row for readers that end records at LF (Python's csv, Excel), and its per-cell
 * option handling cost ~90 µs on a ~360-cell wide batch row with two scenarios against ~20 µs here.
 * Tests check that csv-parse reads back the same cells and that, without line breaks, the bytes
 * are csv-stringify's (what the batch wrote before).
 */
const NEEDS_QUOTES = /[",\r\n]/;
const FORMULA_START = /^[=+\-@\t\r]/;

export function csvQuote(cell: string): string {
  return NEEDS_QUOTES.test(cell) ? `"${cell.replaceAll('"', '""')}"` : cell;
}

export function csvLines(records: readonly (readonly string[])[]): string {
  let text = "";
  for (const record of records) text += `${record.map(csvQuote).join(",")}\r\n`;
  return text;
}

/** Excel runs a cell starting with = + - @ tab or CR as a formula: such text gets an apostrophe. */
export function formulaSafe(text: string): string {
  return FORMULA_START.test(text) ? `'${text}` : text;
}
