/**
 * What-if overrides of table values (scenarios, `--set`, golden cases). Pure: takes a TableSet and
 * returns a new one. A value set from date D holds from D for as long as the measure lasts: it
 * replaces every table value from D up to the next override, and keeps the table's `null` endings,
 * so "the cap were 300万" changes the cap without reviving an expired measure. An override dated
 * on an ending replaces the ending, which is how a scenario extends a measure.
 */
import { createHash } from "node:crypto";
import type { IsoDate } from "../core/dates.js";
import { type Decimal, parseAmount } from "../core/money.js";
import { closest } from "../io/suggest.js";
import { Decimal as D } from "../core/money.js";
import type { CitedDocument, Parameter, PolicyTable, TableSet, ValueEntry } from "./model.js";
import type { Unit } from "./schema.js";
import { isMoneyUnit, toCoreValue, writtenWithUnit } from "./units.js";

export interface OverrideValue {
  /** Undefined: from the parameter's first date. */
  readonly from?: IsoDate;
  /** As written by the user: in the parameter's unit (`13`), or with a unit (`13%`, `300万`); null ends the measure. */
  readonly value: string | null;
  readonly note?: string;
}

export interface ParameterOverride {
  readonly policy: string;
  readonly parameter: string;
  readonly values: readonly OverrideValue[];
}

export interface Overrides {
  /** The scenario's name, shown on every line that uses an overridden value. */
  readonly name: string;
  /** Where the overrides come from: a scenario file, `--set`, a case file. */
  readonly source: string;
  readonly parameters: readonly ParameterOverride[];
  /** Policy ids switched off. */
  readonly disable: readonly string[];
}

/** Why an override cannot apply; the caller attaches a location. */
export class OverrideError extends Error {}

export function applyOverrides(tables: TableSet, overrides: Overrides): TableSet {
  const policies = new Map(tables.policies);
  const document: CitedDocument = {
    issuer: "what-if",
    title: overrides.name,
    number: null,
    issued: null,
    source: overrides.source,
    verified: "hypothetical",
  };
  for (const id of overrides.disable) {
    if (!policies.has(id)) throw new OverrideError(unknownPolicy(id, policies.keys()));
    policies.delete(id);
  }
  for (const override of overrides.parameters) {
    const table = policies.get(override.policy);
    if (!table && overrides.disable.includes(override.policy)) {
      throw new OverrideError(`policy ${override.policy} is switched off by this scenario (disable), so it takes no values: keep one or the other`);
    }
    if (!table) throw new OverrideError(unknownPolicy(override.policy, policies.keys()));
    const parameter = table.parameters.get(override.parameter);
    if (!parameter) {
      const known = [...table.parameters.keys()];
      const guess = closest(override.parameter, known);
      throw new OverrideError(`policy ${override.policy} has no parameter "${override.parameter}"${guess ? ` (did you mean "${guess}"?)` : ""}; it has: ${known.join(", ")}`);
    }
    const parameters = new Map(table.parameters);
    parameters.set(parameter.name, overrideParameter(parameter, override.values, document, overrides.name));
    policies.set(table.id, { ...table, parameters } satisfies PolicyTable);
  }
  // What the overrides change, not where they were read from: the same scenario file moved or
  // given by another path yields the same hash, so a result can be matched with it later.
  const { name, parameters, disable } = overrides;
  const hash = createHash("sha256").update(tables.hash).update(JSON.stringify({ name, parameters, disable })).digest("hex");
  return { policies, documents: tables.documents, hash };
}

function unknownPolicy(id: string, known: Iterable<string>): string {
  const guess = closest(id, known);
  return `no policy "${id}" in the tables${guess ? ` (did you mean "${guess}"?)` : ""}; see \`incentive policies\``;
}

function overrideParameter(parameter: Parameter, values: readonly OverrideValue[], document: CitedDocument, name: string): Parameter {
  const first = parameter.entries[0]?.from ?? "1900-01-01";
  const dated = values.map((v) => ({ ...v, from: v.from ?? first })).sort((a, b) => (a.from < b.from ? -1 : a.from > b.from ? 1 : 0));
  const entries: ValueEntry[] = [];
  const make = (v: OverrideValue & { from: IsoDate }, from: IsoDate): ValueEntry => {
    const parsed = v.value === null ? null : parseOverrideValue(v.value, parameter.unit);
    return {
      from,
      value: parsed?.core ?? null,
      written: parsed?.written ?? null,
      cite: { documentKey: `what-if:${name}`, document, article: parameter.name, quote: `${parameter.name} = ${v.value ?? "null"}${v.from === from ? "" : ` (from ${v.from})`}` },
      ...(v.note === undefined ? {} : { note: v.note }),
    };
  };
  let t = 0;
  let o = 0;
  let current: (OverrideValue & { from: IsoDate }) | undefined;
  const table = parameter.entries;
  while (t < table.length || o < dated.length) {
    const entry = table[t];
    const next = dated[o];
    if (next && (!entry || next.from <= entry.from)) {
      current = next;
      o += 1;
      entries.push(make(next, next.from));
      if (entry?.from === next.from) t += 1; // the override replaces the table's entry of that date
      continue;
    }
    t += 1;
    if (!entry) continue;
    if (!current || entry.value === null) entries.push(entry);
    // A table value under an override is replaced; after an ending, a re-enactment takes the override too.
    else if (entries[entries.length - 1]?.value === null) entries.push(make(current, entry.from));
  }
  return { ...parameter, entries };
}

/** `13` or `13%` for a % parameter; `300`, `300万`, `300万元`, `3000000元` or `3亿` for a money one. */
export function parseOverrideValue(text: string, unit: Unit): { core: Decimal; written: string } {
  const trimmed = text.trim();
  if (isMoneyUnit(unit) && /[元万亿]$/.test(trimmed)) {
    const yuan = parseAmount(trimmed);
    if (yuan === undefined) throw new OverrideError(`"${text}" is not an amount`);
    return { core: yuan, written: trimmed };
  }
  const plain = trimmed.endsWith(unit) ? trimmed.slice(0, -unit.length) : trimmed;
  if (!/^-?\d+(\.\d+)?$/.test(plain)) throw new OverrideError(`"${text}" is not a number in ${unit}`);
  return { core: toCoreValue(new D(plain), unit), written: writtenWithUnit(plain, unit) };
}
