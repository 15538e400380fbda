/**
 * Validity windows. A document's window (tables/documents.yaml `valid`) binds every award table
 * whose values cite it: an event outside the window, or a year that does not overlap it, gets
 * `not-in-force` with the window in the reason. An unstated window is open from the issue date and
 * is shown on the line as a reading.
 */
import type { IsoDate, Period } from "../../core/dates.js";
import type { Text } from "../../core/result.js";
import type { DocumentEntry } from "../../tables/schema.js";
import type { PolicyTable, TableSet } from "../../tables/model.js";

export interface Window {
  readonly documentKey: string;
  readonly title: string;
  readonly from: IsoDate;
  readonly to: IsoDate | null;
  readonly stated: boolean;
}

export function windowsOf(table: PolicyTable, documents: TableSet["documents"]): Window[] {
  const keys = new Set<string>();
  for (const parameter of table.parameters.values()) for (const entry of parameter.entries) keys.add(entry.cite.documentKey);
  const out: Window[] = [];
  for (const key of keys) {
    const doc: DocumentEntry | undefined = documents.get(key);
    if (doc?.valid) out.push({ documentKey: key, title: doc.title, ...doc.valid });
  }
  return out;
}

export function dateInWindows(date: IsoDate, windows: readonly Window[]): boolean {
  return windows.every((w) => w.from <= date && (w.to === null || date <= w.to));
}

export function periodOverlapsWindows(period: Period, windows: readonly Window[]): boolean {
  return windows.every((w) => w.from <= period.to && (w.to === null || period.from <= w.to));
}

export function describeWindows(windows: readonly Window[]): Text {
  const zh = windows.map((w) => `《${w.title}》有效期 ${w.from} 至 ${w.to ?? "（未规定终止日）"}`).join("；");
  const en = windows.map((w) => `《${w.title}》 in force ${w.from} to ${w.to ?? "(no end stated)"}`).join("; ");
  return { zh, en };
}

/** The note an unstated window puts on every line it governs. */
export function unstatedWindowNotes(windows: readonly Window[]): Text[] {
  return windows
    .filter((w) => !w.stated)
    .map((w) => ({
      zh: `《${w.title}》未规定有效期：按自发布之日（${w.from}）起有效、无终止日处理。`,
      en: `《${w.title}》 states no validity window: read as in force from its issue date (${w.from}) with no end.`,
    }));
}

/** The last day of the year that the windows still cover: where yearly parameters are read. */
export function readDateForYear(yearEnd: IsoDate, windows: readonly Window[]): IsoDate {
  let date = yearEnd;
  for (const w of windows) if (w.to !== null && w.to < date) date = w.to;
  return date;
}
