/**
 * A fast path for the batch's rows: a zod schema compiled once into plain functions that build, for
 * the shapes a CSV row usually has, exactly the value zod's parse would build (same keys in the same
 * order, the same Decimals). Where it is not sure — a value zod might reject, a schema feature it
 * does not know (defaults, enum-keyed records, unknown checks) — it answers UNSURE and the caller
 * runs zod, which also words every error. So it can change the speed, never the result:
 * test/fast-parse.test.ts compares the two over every example company and random rows.
 */
import { amountReaderOf } from "./amount.js";

export const UNSURE: unique symbol = Symbol("unsure");
export type FastParse = (value: unknown) => unknown;

/** The parts of zod's internal definitions read here (zod 4's `_zod.def`). */
interface Schema {
  readonly _zod: { readonly def: Def };
}
interface Def {
  readonly type: string;
  readonly checks?: readonly { readonly _zod: { readonly def: CheckDef } }[];
  readonly shape?: Readonly<Record<string, Schema>>;
  readonly catchall?: Schema;
  readonly innerType?: Schema;
  readonly element?: Schema;
  readonly items?: readonly Schema[];
  readonly rest?: Schema | null;
  readonly options?: readonly Schema[];
  readonly in?: Schema;
  readonly out?: Schema;
  readonly transform?: unknown;
  readonly entries?: Readonly<Record<string, unknown>>;
  readonly keyType?: Schema & { readonly _zod: { readonly values?: unknown } };
  readonly valueType?: Schema;
  readonly mode?: string;
  readonly values?: readonly unknown[];
}
interface CheckDef {
  readonly check: string;
  readonly format?: string;
  readonly pattern?: RegExp;
  readonly minimum?: number;
  readonly maximum?: number;
  readonly value?: number;
  readonly inclusive?: boolean;
  readonly fn?: (value: unknown) => unknown;
}

interface Compiled {
  readonly parse: FastParse;
  /** True only when zod would certainly reject the value: lets a union skip an option. */
  readonly rejects: (value: unknown) => boolean;
  /** What zod does with an absent key: leaves it out (`.optional()`), rejects it, or something not known here. */
  readonly absent: "omit" | "reject" | "unsure";
}

const never = (): boolean => false;
const always = (): boolean => true;
const UNKNOWN: Compiled = { parse: () => UNSURE, rejects: never, absent: "unsure" };

export function compileFastParse(schema: unknown): FastParse {
  return compile(schema as Schema).parse;
}

function compile(schema: Schema): Compiled {
  const def = schema._zod.def;
  const check = checker(def.checks ?? []);
  if (!check) return UNKNOWN;
  switch (def.type) {
    case "string":
      return leaf((v) => typeof v === "string", check);
    case "number":
      return leaf((v) => typeof v === "number" && Number.isFinite(v), check);
    case "boolean":
      return leaf((v) => typeof v === "boolean", check);
    case "enum": {
      const values = new Set(Object.values(def.entries ?? {}));
      return leaf((v) => values.has(v), check);
    }
    case "literal": {
      const values = new Set(def.values ?? []);
      return leaf((v) => values.has(v), check);
    }
    case "optional": {
      if (def.checks?.length) return UNKNOWN;
      const inner = compile(def.innerType as Schema);
      return { parse: (v) => (v === undefined ? undefined : inner.parse(v)), rejects: (v) => v !== undefined && inner.rejects(v), absent: "omit" };
    }
    case "pipe":
      return def.checks?.length ? UNKNOWN : pipe(def);
    case "object":
      return object(def, check);
    case "array":
      return array(def, check);
    case "tuple":
      return tuple(def, check);
    case "union":
      return union(def, check);
    case "record":
      return record(def, check);
    default:
      return UNKNOWN;
  }
}

/** The checks zod runs after a value's type, as one test; undefined when one is of a kind not known here. */
function checker(checks: readonly { readonly _zod: { readonly def: CheckDef } }[]): ((value: unknown) => boolean) | undefined {
  const tests: ((value: unknown) => boolean)[] = [];
  for (const { _zod } of checks) {
    const c = _zod.def;
    const { minimum = 0, maximum = 0, value: bound = 0, pattern, fn } = c;
    if (c.check === "min_length") tests.push((v) => (v as { length: number }).length >= minimum);
    else if (c.check === "max_length") tests.push((v) => (v as { length: number }).length <= maximum);
    else if (c.check === "greater_than") tests.push(c.inclusive ? (v) => (v as number) >= bound : (v) => (v as number) > bound);
    else if (c.check === "less_than") tests.push(c.inclusive ? (v) => (v as number) <= bound : (v) => (v as number) < bound);
    else if (c.check === "number_format" && c.format === "safeint") tests.push((v) => Number.isSafeInteger(v));
    else if (c.check === "string_format" && c.format === "regex" && pattern) {
      tests.push((v) => {
        pattern.lastIndex = 0;
        return pattern.test(v as string);
      });
    } else if (c.check === "custom" && fn) tests.push((v) => fn(v) === true);
    else return undefined;
  }
  // Most leaves have no checks: no loop per value for them.
  return tests.length === 0 ? always : (value) => tests.every((test) => test(value));
}

/** A value taken as it is: its type decides (and a wrong type is a certain rejection), then its checks. */
function leaf(typeOk: (value: unknown) => boolean, check: (value: unknown) => boolean): Compiled {
  return { parse: (v) => (typeOk(v) && check(v) ? v : UNSURE), rejects: (v) => !typeOk(v), absent: "reject" };
}

/** Only the amount schemas' pipe (number or text → Decimal), through the same reader as their transform. */
function pipe(def: Def): Compiled {
  const read = amountReaderOf(def.out?._zod.def.transform);
  if (!read || def.out?._zod.def.type !== "transform" || (def.out._zod.def.checks ?? []).length > 0) return UNKNOWN;
  const typeOk = (v: unknown): v is number | string => typeof v === "string" || (typeof v === "number" && Number.isFinite(v));
  return { parse: (v) => (typeOk(v) ? (read(v) ?? UNSURE) : UNSURE), rejects: (v) => typeof v !== "string" && typeof v !== "number", absent: "reject" };
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

/**
 * A strict object: every key known, every required key present. The result has the schema's key
 * order, as zod builds it; an absent optional key stays absent.
 */
function object(def: Def, check: (value: unknown) => boolean): Compiled {
  if (def.catchall?._zod.def.type !== "never") return UNKNOWN;
  const fields = Object.entries(def.shape ?? {}).map(([key, schema]) => ({ key, field: compile(schema) }));
  const known = new Set(fields.map((f) => f.key));
  // A for-in loop, not Object.keys: no array per object checked. An inherited key counts as unknown (zod decides).
  const unknownKey = (v: Record<string, unknown>) => {
    for (const k in v) if (!known.has(k)) return true;
    return false;
  };
  return {
    parse(v) {
      if (!isRecord(v) || unknownKey(v)) return UNSURE;
      const out: Record<string, unknown> = {};
      for (const { key, field } of fields) {
        if (!(key in v)) {
          if (field.absent === "omit") continue;
          return UNSURE;
        }
        const parsed = field.parse(v[key]);
        if (parsed === UNSURE) return UNSURE;
        out[key] = parsed;
      }
      return check(out) ? out : UNSURE;
    },
    rejects: (v) => !isRecord(v) || unknownKey(v) || fields.some(({ key, field }) => (key in v ? field.rejects(v[key]) : field.absent === "reject")),
    absent: "reject",
  };
}

function array(def: Def, check: (value: unknown) => boolean): Compiled {
  const element = compile(def.element as Schema);
  return sequence(() => element, () => true, check);
}

/** A fixed-length tuple (no rest element, every position filled). */
function tuple(def: Def, check: (value: unknown) => boolean): Compiled {
  if (def.rest) return UNKNOWN;
  const items = (def.items ?? []).map(compile);
  return sequence((i) => items[i], (length) => length === items.length, check);
}

/** A list or tuple: each element through the schema of its position, into a new array. */
function sequence(at: (index: number) => Compiled | undefined, lengthOk: (length: number) => boolean, check: (value: unknown) => boolean): Compiled {
  return {
    parse(v) {
      if (!Array.isArray(v) || !lengthOk(v.length) || !check(v)) return UNSURE;
      const out: unknown[] = [];
      for (let i = 0; i < v.length; i++) {
        const parsed = at(i)?.parse(v[i]) ?? UNSURE;
        if (parsed === UNSURE) return UNSURE;
        out.push(parsed);
      }
      return out;
    },
    rejects: (v) => !Array.isArray(v),
    absent: "reject",
  };
}

/**
 * A record with keys checked by a pattern (`figures.main_revenue`: {"2018": 12亿}). One whose keys
 * are an enum or literals is exhaustive in zod, and a loose one passes bad keys on: both left to zod.
 * Keys keep the input's order, as zod's do.
 */
function record(def: Def, check: (value: unknown) => boolean): Compiled {
  if (!def.keyType || def.keyType._zod.values !== undefined || (def.mode !== undefined && def.mode !== "strict") || !def.valueType) return UNKNOWN;
  const key = compile(def.keyType);
  const value = compile(def.valueType);
  return {
    parse(v) {
      if (!isRecord(v) || !hasPlainPrototype(v) || Object.getOwnPropertySymbols(v).length > 0) return UNSURE;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(v)) {
        if (k === "__proto__" || key.parse(k) !== k) return UNSURE;
        const parsed = value.parse(v[k]);
        if (parsed === UNSURE) return UNSURE;
        out[k] = parsed;
      }
      return check(out) ? out : UNSURE;
    },
    rejects: (v) => !isRecord(v),
    absent: "reject",
  };
}

function hasPlainPrototype(value: object): boolean {
  const prototype = Object.getPrototypeOf(value);
  return prototype === Object.prototype || prototype === null;
}

/**
 * zod takes the first option that accepts the value. Here an option is taken only when every one
 * before it certainly rejects the value; a discriminated union's other options do, by their literal.
 */
function union(def: Def, check: (value: unknown) => boolean): Compiled {
  const options = (def.options ?? []).map(compile);
  return {
    parse(v) {
      for (const option of options) {
        const parsed = option.parse(v);
        if (parsed !== UNSURE) return check(parsed) ? parsed : UNSURE;
        if (!option.rejects(v)) return UNSURE;
      }
      return UNSURE;
    },
    rejects: (v) => options.every((o) => o.rejects(v)),
    absent: options.every((o) => o.absent === "reject") ? "reject" : "unsure",
  };
}
