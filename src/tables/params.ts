/**
 * Dated parameter lookup for one policy. Asking for a value on a date where the table has none is
 * a LookupError naming the policy, parameter and date, never `undefined` becoming zero.
 * The reader remembers every entry it served, so each line item cites exactly what it used (not in
 * an amounts-only calculation, which shows no citations).
 */
import type { IsoDate } from "../core/dates.js";
import { type Decimal, detailOn } from "../core/money.js";
import { LookupError } from "../errors/problems.js";
import type { Bound } from "./schema.js";
import type { Parameter, PolicyTable, ValueEntry } from "./model.js";

/** An entry that carries a value (not one that ends its parameter). */
type Valued = ValueEntry & { readonly value: Decimal };

const NOTHING_SERVED: ReadonlyMap<string, { name: string; entry: ValueEntry }> = new Map();

export class ParamReader {
  /** Made on the first entry served: an amounts-only calculation serves none, on a dozen readers a row. */
  private used: Map<string, { name: string; entry: ValueEntry }> | undefined;
  private readonly allowed: ReadonlySet<string> | undefined;

  /** `allowed`: the parameters the policy declares it reads; reading any other is a bug. */
  constructor(
    readonly table: PolicyTable,
    allowed?: ReadonlySet<string>,
  ) {
    this.allowed = allowed;
  }

  parameter(name: string): Parameter {
    if (this.allowed && !this.allowed.has(name)) {
      throw new LookupError(`a policy reads parameter "${name}" of ${this.table.id} without declaring it (reads/readsGeneral)`);
    }
    const parameter = this.table.parameters.get(name);
    if (!parameter) {
      throw new LookupError(`policy ${this.table.id} asks for parameter "${name}", which ${this.table.file} does not define`);
    }
    return parameter;
  }

  /** The entry in force on `date`, whether it carries a value or ends the parameter; undefined before the first. */
  entryAt(name: string, date: IsoDate): ValueEntry | undefined {
    let found: ValueEntry | undefined;
    for (const entry of this.parameter(name).entries) {
      if (entry.from <= date) found = entry;
      else break;
    }
    return found;
  }

  /** True when the parameter has a value (not ended, not yet begun) on `date`. */
  inForce(name: string, date: IsoDate): boolean {
    const entry = this.entryAt(name, date);
    return entry !== undefined && entry.value !== null;
  }

  /** The value on `date`, or a LookupError: call `inForce` first where absence is a legal outcome. */
  at(name: string, date: IsoDate): Decimal {
    return this.valueEntry(name, date).value;
  }

  /** The entry whose value `at` serves (recorded for the line's citations), or a LookupError. */
  private valueEntry(name: string, date: IsoDate): Valued {
    const entry = this.entryAt(name, date);
    if (!entry || entry.value === null) {
      const first = this.parameter(name).entries[0]?.from ?? "?";
      const why = entry ? `it ended on ${entry.from}` : `its first value is dated ${first}`;
      throw new LookupError(`policy ${this.table.id}: parameter "${name}" has no value on ${date} (${why})`);
    }
    this.record(name, entry);
    return entry as Valued;
  }

  /** Cites the entry in force on `date` even when it ends the parameter: a not-in-force line names the document that ended it. */
  citeEnding(name: string, date: IsoDate): void {
    const entry = this.entryAt(name, date);
    if (entry && entry.value === null) this.record(name, entry);
  }

  /** The record of served entries, made on the first. */
  private usedMap(): Map<string, { name: string; entry: ValueEntry }> {
    this.used ??= new Map();
    return this.used;
  }

  /** An amounts-only calculation shows no citations, so it keeps no record to build them from. */
  private record(name: string, entry: ValueEntry): void {
    if (detailOn()) this.usedMap().set(`${name}@${entry.from}`, { name, entry });
  }

  /** The written form of the value served for `name` on `date` (`75%`), for formulas. */
  written(name: string, date: IsoDate): string {
    return this.valueEntry(name, date).written ?? "?";
  }

  /** Every date at which the parameter changes: where a period must be split. */
  changeDates(name: string): IsoDate[] {
    return this.parameter(name).entries.map((e) => e.from);
  }

  /** Compares a figure with a threshold parameter using the bound the table states (含, 超过, …). */
  satisfies(name: string, date: IsoDate, figure: Decimal): boolean {
    const bound: Bound | undefined = this.parameter(name).bound;
    const limit = this.at(name, date);
    switch (bound) {
      case "at-most":
        return figure.lte(limit);
      case "below":
        return figure.lt(limit);
      case "at-least":
        return figure.gte(limit);
      case "above":
        return figure.gt(limit);
      case undefined:
        throw new LookupError(`policy ${this.table.id}: parameter "${name}" is used as a threshold but states no bound`);
    }
  }

  /** What the reader has served, to hand to another reader of the same table (a reused outcome). */
  served(): ReadonlyMap<string, { name: string; entry: ValueEntry }> {
    return this.used === undefined || this.used.size === 0 ? NOTHING_SERVED : new Map(this.used);
  }

  /** Takes on what another reader of the same table served, as if this one had served it. */
  serve(served: ReadonlyMap<string, { name: string; entry: ValueEntry }>): void {
    if (served.size === 0) return;
    const used = this.usedMap();
    for (const [key, use] of served) used.set(key, use);
  }

  /** Entries served so far with their parameter, as `policy.parameter`: what a result depends on. */
  usedParameters(): { parameter: string; entry: ValueEntry }[] {
    return [...(this.used?.values() ?? [])].map((u) => ({ parameter: `${this.table.id}.${u.name}`, entry: u.entry }));
  }
}
