/**
 * Builds the coverage manifest: for every catalog id, the table implementing it or the reason it
 * is not implemented; and the problems that make the manifest dishonest (an id missing, listed both
 * ways, unknown, or a duplicate pointing at an id no table implements). Pure.
 */
import type { TableSet } from "../tables/model.js";
import type { CatalogIds, NotImplemented, Reason } from "./schema.js";

export interface CoverageRow {
  readonly id: string;
  readonly catalogFile: string;
  readonly jurisdiction: string;
  readonly computable: string;
  /** The implementing table's id, or undefined. */
  readonly table?: string;
  readonly reason?: Reason;
  readonly of?: string;
  readonly note?: string;
}

export interface Coverage {
  readonly rows: CoverageRow[];
  readonly problems: string[];
  /** Counts per catalog file: implemented, each reason. */
  readonly counts: Record<string, Record<string, number>>;
}

export const REFERENCE_PREFIX = "ref-";

export function buildCoverage(catalog: CatalogIds, tables: TableSet, notImplemented: NotImplemented): Coverage {
  const problems: string[] = [];
  const implementedBy = new Map<string, string>();
  for (const table of tables.policies.values()) {
    for (const id of table.catalog) {
      const other = implementedBy.get(id);
      if (other) problems.push(`${id}: implemented by two tables, ${other} and ${table.id}`);
      else implementedBy.set(id, table.id);
    }
  }
  const known = new Set<string>();
  const rows: CoverageRow[] = [];
  const counts: Record<string, Record<string, number>> = {};
  for (const [file, ids] of Object.entries(catalog)) {
    const fileCounts: Record<string, number> = {};
    counts[file] = fileCounts;
    for (const [id, meta] of Object.entries(ids)) {
      if (known.has(id)) problems.push(`${id}: listed twice in the catalog snapshot`);
      known.add(id);
      const table = implementedBy.get(id);
      const listed = notImplemented[id];
      const base = { id, catalogFile: file, jurisdiction: meta.jurisdiction, computable: meta.computable };
      if (table && listed) problems.push(`${id}: implemented by ${table} and also listed in not-implemented.yaml (${listed.reason})`);
      if (!table && !listed) problems.push(`${id}: neither implemented by a table nor listed in coverage/not-implemented.yaml`);
      if (table) {
        rows.push({ ...base, table });
        fileCounts.implemented = (fileCounts.implemented ?? 0) + 1;
      } else if (listed) {
        rows.push({ ...base, reason: listed.reason, note: listed.note, ...(listed.of === undefined ? {} : { of: listed.of }) });
        fileCounts[listed.reason] = (fileCounts[listed.reason] ?? 0) + 1;
      }
    }
  }
  // `ref-` ids name measures that only the reference timeline (after the seeds) states: no catalog id exists for them.
  for (const id of implementedBy.keys()) if (!known.has(id) && !id.startsWith(REFERENCE_PREFIX)) problems.push(`${id}: a table's catalog list names an id the catalog does not have (table ${implementedBy.get(id)})`);
  for (const [id, entry] of Object.entries(notImplemented)) {
    if (!known.has(id)) problems.push(`${id}: listed in not-implemented.yaml but not in the catalog`);
    if (entry.of !== undefined && !implementedBy.has(entry.of)) problems.push(`${id}: duplicate of ${entry.of}, which no table implements`);
  }
  return { rows, problems, counts };
}
