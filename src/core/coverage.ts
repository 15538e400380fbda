/**
 * The first tax year a set of tables can price. Every calculation reads the general-law table's
 * standard rate and loss carry-forward years (the income-tax baseline), so a year before their first
 * values — the 企业所得税法, in force from 2008 — has nothing to price against. That is a fact about
 * the input, and the command says so before calculating, rather than a dated lookup failing inside
 * the calculation as if it were a bug.
 */
import { LookupError } from "../errors/problems.js";
import { GENERAL_LAW_TABLE } from "../policies/registry.js";
import type { TableSet } from "../tables/model.js";
import { WATERFALL_GENERAL_READS } from "./income-tax.js";

export interface Coverage {
  readonly firstYear: number;
  /** The parameter and date that set it: `general-law.cit_standard_rate from 2008-01-01`. */
  readonly because: string;
}

export function coverageOf(tables: TableSet): Coverage {
  const general = tables.policies.get(GENERAL_LAW_TABLE);
  if (!general) throw new LookupError(`the tables have no "${GENERAL_LAW_TABLE}" table with the standard rates`);
  let coverage: Coverage = { firstYear: Number.NEGATIVE_INFINITY, because: "" };
  for (const name of WATERFALL_GENERAL_READS) {
    const from = general.parameters.get(name)?.entries[0]?.from;
    if (from === undefined) throw new LookupError(`${GENERAL_LAW_TABLE} has no values for "${name}"`);
    const year = Number(from.slice(0, 4));
    if (year > coverage.firstYear) coverage = { firstYear: year, because: `${GENERAL_LAW_TABLE}.${name} from ${from}` };
  }
  return coverage;
}

/** Why the tables cannot price `year`, or undefined when they can. */
export function outsideTables(coverage: Coverage, year: number): string | undefined {
  if (year >= coverage.firstYear) return undefined;
  return `no tables for tax year ${year}: they begin with ${coverage.firstYear} (${coverage.because})`;
}
