/** Loaded, converted rate tables: what the calculation core reads. Built by `load.ts`. */
import type { IsoDate } from "../core/dates.js";
import type { Decimal } from "../core/money.js";
import type { SourceLocation } from "../errors/problems.js";
import type { AwardSpec } from "./award-schema.js";
import type { Bound, DocumentEntry, Kind, Unit } from "./schema.js";

/** A register entry, or the stand-in for a what-if override (`verified: hypothetical`). */
export type CitedDocument = Omit<DocumentEntry, "verified"> & { readonly verified: DocumentEntry["verified"] | "hypothetical" };

export interface Citation {
  readonly documentKey: string;
  readonly document: CitedDocument;
  readonly article: string;
  readonly quote: string;
}

export interface ValueEntry {
  readonly from: IsoDate;
  /** null when the entry ends the parameter (`value: null` in the table). */
  readonly value: Decimal | null;
  /** The value as the document writes it, with its unit: `75%`, `500万元`. */
  readonly written: string | null;
  readonly cite: Citation;
  readonly note?: string;
  /** Where the entry is written, for findings; absent for overrides. */
  readonly location?: SourceLocation;
}

export interface Parameter {
  readonly name: string;
  readonly unit: Unit;
  readonly description: { readonly zh: string; readonly en: string };
  readonly bound?: Bound;
  /** Last date someone confirmed the latest value still holds. */
  readonly reviewed?: string;
  readonly location?: SourceLocation;
  /** Ascending by `from`. */
  readonly entries: readonly ValueEntry[];
}

export interface Reading {
  readonly id: string;
  readonly text: { readonly zh: string; readonly en: string };
}

export interface PolicyTable {
  readonly id: string;
  readonly file: string;
  readonly title: { readonly zh: string; readonly en: string };
  readonly jurisdiction: string;
  readonly kind: Kind;
  readonly catalog: readonly string[];
  readonly readings: readonly Reading[];
  readonly parameters: ReadonlyMap<string, Parameter>;
  /** Cited sentences with no figure (a measure that deducts 按实际发生额): cited on every line. */
  readonly basis?: readonly Citation[];
  /** Award tables: the shape block that computes them (no code of their own). */
  readonly award?: AwardSpec;
}

export interface TableSet {
  readonly policies: ReadonlyMap<string, PolicyTable>;
  readonly documents: ReadonlyMap<string, DocumentEntry>;
  /** sha256 of every table file's path and bytes: the provenance stamp of a result. */
  readonly hash: string;
}
