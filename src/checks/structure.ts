/**
 * Checks of a loaded table set against the code: every table has an implementation, every
 * parameter a policy declares is in its table and every table parameter is read by some policy;
 * `null` endings; measures that have ended (history) or have stayed open past the review age.
 */
import { addYears } from "date-fns/addYears";
import { formatISO } from "date-fns/formatISO";
import { parseISO } from "date-fns/parseISO";
import { WATERFALL_GENERAL_READS } from "../core/income-tax.js";
import { GENERAL_LAW_TABLE, IMPLEMENTATIONS } from "../policies/registry.js";
import { awardParamRefs } from "../tables/award-schema.js";
import type { PolicyTable, TableSet } from "../tables/model.js";
import type { Finding } from "./findings.js";

const at = (table: PolicyTable, path: readonly string[] = []) => {
  const name = path[1];
  const parameter = name === undefined ? undefined : table.parameters.get(name);
  return parameter?.location ?? { file: table.file, line: 1 };
};

export function checkCode(tables: TableSet, tablesDir: string): Finding[] {
  const findings: Finding[] = [];
  const generalReads = new Set<string>(WATERFALL_GENERAL_READS);
  for (const table of tables.policies.values()) {
    if (table.kind === "reference") continue;
    const policy = IMPLEMENTATIONS.get(table.id);
    // An award table is implemented by its shape (src/policies/awards/), which reads the parameters its award block names.
    if (table.award) {
      if (policy) findings.push({ severity: "error", code: "award-and-code", location: at(table), path: "award", message: `policy "${table.id}" has both an award shape and code: keep one` });
      findings.push(...declaredVersusTable(table, awardParamRefs(table.award).map((r) => r.name)));
      continue;
    }
    if (table.parameters.size === 0 && (table.basis ?? []).length === 0) {
      findings.push({ severity: "error", code: "nothing-cited", location: at(table), path: "parameters", message: `policy "${table.id}" has no parameters and no basis: its lines would cite nothing` });
    }
    if (!policy) {
      findings.push({ severity: "error", code: "no-code", location: at(table), path: "id", message: `no code implements policy "${table.id}" (src/policies/registry.ts) and it has no award shape` });
      continue;
    }
    for (const name of policy.readsGeneral ?? []) generalReads.add(name);
    findings.push(...declaredVersusTable(table, policy.reads));
  }
  for (const id of IMPLEMENTATIONS.keys()) {
    if (!tables.policies.has(id)) findings.push({ severity: "error", code: "no-table", location: { file: tablesDir }, path: id, message: `code for "${id}" has no table` });
  }
  const general = tables.policies.get(GENERAL_LAW_TABLE);
  if (!general) findings.push({ severity: "error", code: "no-table", location: { file: tablesDir }, path: GENERAL_LAW_TABLE, message: "the general-law table is missing" });
  else findings.push(...declaredVersusTable(general, [...generalReads]));
  return findings;
}

function declaredVersusTable(table: PolicyTable, reads: readonly string[]): Finding[] {
  const findings: Finding[] = [];
  const declared = new Set(reads);
  for (const name of table.parameters.keys()) {
    if (!declared.has(name)) {
      findings.push({
        severity: "error",
        code: "unused-parameter",
        location: at(table, ["parameters", name]),
        path: `parameters.${name}`,
        message: `no policy reads parameter "${name}": remove it, or declare and use it in the code`,
      });
    }
  }
  for (const name of declared) {
    if (!table.parameters.has(name)) {
      findings.push({ severity: "error", code: "missing-parameter", location: at(table), path: `parameters.${name}`, message: `the code reads parameter "${name}", which the table does not define` });
    }
  }
  return findings;
}

/** `null` may only end a parameter that has a value; two endings in a row say nothing. */
export function checkEndings(tables: TableSet): Finding[] {
  const findings: Finding[] = [];
  for (const table of tables.policies.values()) {
    for (const parameter of table.parameters.values()) {
      parameter.entries.forEach((entry, i) => {
        if (i > 0 && entry.value === null && parameter.entries[i - 1]?.value === null) {
          findings.push({
            severity: "error",
            code: "double-ending",
            location: entry.location ?? at(table),
            path: `parameters.${parameter.name}.values.${entry.from}`,
            message: `the parameter already ended on ${parameter.entries[i - 1]?.from}; a second null ends nothing`,
          });
        }
      });
    }
  }
  return findings;
}

/**
 * Ended measures are fine (history) and reported as such. A parameter still open whose last value
 * (or last `reviewed` date) is older than `reviewAgeYears` before `today` is a warning: someone
 * should confirm that no later notice changed it.
 */
export function checkWindows(tables: TableSet, today: string, reviewAgeYears: number): Finding[] {
  const findings: Finding[] = [];
  const cutoff = formatISO(addYears(parseISO(today), -reviewAgeYears), { representation: "date" });
  for (const table of tables.policies.values()) {
    // A parameter has ended when its last entry is `null`, or when the document its last value
    // cites has a validity window that closed before today.
    const lasts = [...table.parameters.values()].map((p) => {
      const last = p.entries[p.entries.length - 1];
      const windowEnd = last?.cite.document.valid?.to ?? null;
      const endedOn = last?.value === null ? `no value from ${last.from}` : windowEnd !== null && windowEnd < today ? `its document's window closed on ${windowEnd}` : undefined;
      return { p, last, endedOn };
    });
    // A figure-less table (basis only) ends with its basis documents' windows.
    if (lasts.length === 0 && table.basis && table.basis.length > 0) {
      const ends = table.basis.map((b) => b.document.valid?.to ?? null);
      if (ends.every((to) => to !== null && to < today)) {
        findings.push({ severity: "info", code: "ended", location: at(table), path: "", message: `${table.id} has ended (its basis documents' windows closed by ${ends.sort().at(-1)}); kept as history` });
      }
      continue;
    }
    if (lasts.length > 0 && lasts.every(({ endedOn }) => endedOn !== undefined)) {
      const ended = [...new Set(lasts.map(({ endedOn }) => endedOn ?? ""))].join("; ");
      findings.push({ severity: "info", code: "ended", location: at(table), path: "", message: `${table.id} has ended (${ended}); kept as history` });
      continue;
    }
    for (const { p, last, endedOn } of lasts) {
      if (!last || endedOn !== undefined) continue;
      const since = p.reviewed !== undefined && p.reviewed > last.from ? p.reviewed : last.from;
      if (since < cutoff) {
        findings.push({
          severity: "warning",
          code: "review-due",
          location: p.location ?? at(table),
          path: `parameters.${p.name}`,
          message: `open since ${since}, more than ${reviewAgeYears} years before ${today}: confirm no later notice changed it, then record \`reviewed: ${today}\``,
        });
      }
    }
  }
  return findings;
}
