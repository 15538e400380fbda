/**
 * `tables check` as a function: load (every schema problem at once), then the code, ending,
 * window and — with source texts — quote checks. Pure apart from `load`, which the caller passes.
 */
import { TableError } from "../errors/problems.js";
import type { TableSet } from "../tables/model.js";
import { type Finding, fromProblem } from "./findings.js";
import { checkSources, type SourceReader } from "./sources.js";
import { checkCode, checkEndings, checkWindows } from "./structure.js";

export interface CheckOptions {
  readonly tablesDir: string;
  readonly load: () => TableSet;
  readonly sources?: { readonly read: SourceReader; readonly label: string };
  /** The date review ages are measured from (the shell passes today's date). */
  readonly today: string;
  readonly reviewAgeYears: number;
}

export interface CheckReport {
  readonly findings: Finding[];
  readonly quotesChecked: number;
  readonly tables: number;
}

export function checkTables(options: CheckOptions): CheckReport {
  let tables: TableSet;
  try {
    tables = options.load();
  } catch (error) {
    if (error instanceof TableError) return { findings: error.problems.map((p) => fromProblem(p)), quotesChecked: 0, tables: 0 };
    throw error;
  }
  const findings = [...checkCode(tables, options.tablesDir), ...checkEndings(tables), ...checkDocuments(tables, options), ...checkWindows(tables, options.today, options.reviewAgeYears)];
  let quotesChecked = 0;
  if (options.sources) {
    const outcome = checkSources(tables, options.sources.read, options.sources.label, `${options.tablesDir}/documents.yaml`);
    findings.push(...outcome.findings);
    quotesChecked = outcome.checked;
  }
  return { findings: sortFindings(findings), quotesChecked, tables: tables.policies.size };
}

/** A citation names issuer, title, 文号 and issue date; where the document has no 文号 or date, its note must say so. */
function checkDocuments(tables: TableSet, options: CheckOptions): Finding[] {
  const findings: Finding[] = [];
  for (const [key, doc] of tables.documents) {
    const lacking = [doc.number === null ? "文号 (number)" : "", doc.issued === null ? "issue date" : ""].filter(Boolean);
    if (lacking.length > 0 && !doc.note) {
      findings.push({ severity: "error", code: "citation-incomplete", location: { file: `${options.tablesDir}/documents.yaml` }, path: key, message: `no ${lacking.join(" and ")}: give it, or say in \`note\` why the document has none` });
    }
  }
  return findings;
}

const ORDER = { error: 0, warning: 1, info: 2 } as const;

function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort(
    (a, b) => ORDER[a.severity] - ORDER[b.severity] || a.location.file.localeCompare(b.location.file) || (a.location.line ?? 0) - (b.location.line ?? 0) || a.code.localeCompare(b.code),
  );
}
