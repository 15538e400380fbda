/**
 * Runs a zod schema over parsed YAML/JSON and turns every issue into a Problem with file:line:col,
 * the field path, what was expected and what was found. Unknown keys get a "did you mean".
 */
import type { z } from "zod";
import type { Problem } from "../errors/problems.js";
import { closest } from "./suggest.js";
import type { ParsedSource } from "./yaml-source.js";

export type Validated<T> = { ok: true; data: T } | { ok: false; problems: Problem[] };

export function validate<S extends z.ZodType>(schema: S, source: ParsedSource): Validated<z.output<S>> {
  const result = schema.safeParse(source.data);
  if (result.success) return { ok: true, data: result.data };
  const problems: Problem[] = [];
  for (const issue of result.error.issues) {
    const path = issue.path.filter((p): p is string | number => typeof p !== "symbol");
    if (issue.code === "unrecognized_keys") {
      const allowed = allowedKeys(schema, path);
      for (const key of issue.keys) {
        const suggestion = closest(key, allowed);
        problems.push({
          location: source.locate([...path, key]),
          path: [...path, key].join("."),
          message: `unknown key "${key}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; expected one of: ${allowed.join(", ")}`,
        });
      }
      continue;
    }
    if (issue.code === "invalid_key") {
      const key = path[path.length - 1];
      const expected = issue.issues[0]?.message.replace(/^Invalid input: /, "") ?? "a valid key";
      problems.push({ location: source.locate(path), path: path.join("."), message: `the key: ${expected}, found ${JSON.stringify(String(key))}` });
      continue;
    }
    const found = valueAt(source.data, path);
    problems.push({
      location: source.locate(path),
      path: path.join("."),
      message: describeIssue(issue, found),
    });
  }
  return { ok: false, problems };
}

function describeIssue(issue: z.core.$ZodIssue, found: unknown): string {
  const foundText = describeValue(found);
  switch (issue.code) {
    case "invalid_type":
      return found === undefined ? `required: expected ${issue.expected}` : `expected ${issue.expected}, found ${foundText}`;
    case "invalid_value": {
      const suggestion = typeof found === "string" ? closest(found, issue.values.map(String)) : undefined;
      return `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(", ")}, found ${foundText}${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`;
    }
    case "invalid_union":
      return `expected ${unionExpectation(issue)}, found ${foundText}`;
    default:
      return `${issue.message.replace(/^Invalid input: /, "")}, found ${foundText}`;
  }
}

function unionExpectation(issue: z.core.$ZodIssueInvalidUnion): string {
  const messages = issue.errors.flat().map((e) => e.message.replace(/^Invalid input: /, ""));
  return [...new Set(messages)].join(" or ");
}

export function describeValue(value: unknown): string {
  if (value === undefined) return "nothing";
  if (value === null) return "null";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return datesOf(value as Record<string, unknown>) ?? "a mapping";
  return String(value);
}

/** A span's dates, the figures a `from ≤ to` check is about: `from "2021-03-15" and to "2019-12-31"`. */
function datesOf(span: Record<string, unknown>): string | undefined {
  const { from, to } = span;
  return typeof from === "string" && typeof to === "string" ? `from ${JSON.stringify(from)} and to ${JSON.stringify(to)}` : undefined;
}

function valueAt(data: unknown, path: readonly (string | number)[]): unknown {
  let current: unknown = data;
  for (const key of path) {
    if (current === null || typeof current !== "object") return undefined;
    current = (current as Record<string | number, unknown>)[key];
  }
  return current;
}

interface ZodInternals {
  _zod: { def: { type: string; shape?: Record<string, unknown>; innerType?: unknown; element?: unknown; valueType?: unknown; options?: unknown[]; in?: unknown; out?: unknown } };
}

/** The keys the schema accepts at `path`, found by walking the schema's definition. */
function allowedKeys(schema: unknown, path: readonly (string | number)[]): string[] {
  const objects = resolve(schema as ZodInternals, path);
  return [...new Set(objects.flatMap((o) => Object.keys(o._zod.def.shape ?? {})))];
}

function resolve(schema: ZodInternals, path: readonly (string | number)[]): ZodInternals[] {
  const def = schema._zod.def;
  switch (def.type) {
    case "optional":
    case "nullable":
    case "default":
    case "prefault":
    case "readonly":
      return resolve(def.innerType as ZodInternals, path);
    case "pipe":
      return resolve(def.in as ZodInternals, path);
    case "union":
      return (def.options as ZodInternals[]).flatMap((o) => resolve(o, path));
  }
  if (path.length === 0) return def.type === "object" ? [schema] : [];
  const [head, ...rest] = path;
  switch (def.type) {
    case "object": {
      const child = def.shape?.[String(head)];
      return child ? resolve(child as ZodInternals, rest) : [];
    }
    case "array":
      return resolve(def.element as ZodInternals, rest);
    case "record":
      return resolve(def.valueType as ZodInternals, rest);
    default:
      return [];
  }
}
