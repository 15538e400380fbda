/**
 * Parses YAML or JSON text into plain data while keeping, for every path, the line and column it
 * came from, so that schema errors can point at the file. Rejects what a strict loader must:
 * duplicate keys, alias bombs, `__proto__`-style keys, tags, and numbers that would lose digits.
 */
import { isAlias, isMap, isScalar, isSeq, LineCounter, type Node, parseDocument } from "yaml";
import { Decimal } from "../core/money.js";
import type { Problem, SourceLocation } from "../errors/problems.js";

const FORBIDDEN_KEYS = new Set(["__proto__", "constructor", "prototype"]);

export interface ParsedSource {
  readonly data: unknown;
  readonly locate: (path: readonly (string | number)[]) => SourceLocation;
}

export type ParseOutcome = { ok: true; source: ParsedSource } | { ok: false; problems: Problem[] };

export function parseSource(text: string, file: string): ParseOutcome {
  const lineCounter = new LineCounter();
  const isJson = file.toLowerCase().endsWith(".json");
  const doc = parseDocument(text, {
    lineCounter,
    uniqueKeys: true,
    prettyErrors: false,
    schema: isJson ? "json" : "core",
    strict: true,
  });
  const at = (offset: number | undefined): SourceLocation => {
    if (offset === undefined) return { file };
    const { line, col } = lineCounter.linePos(offset);
    return { file, line, column: col };
  };
  if (doc.errors.length > 0) {
    return {
      ok: false,
      problems: doc.errors.map((e) => ({
        location: at(e.pos[0]),
        path: "",
        message: `malformed ${isJson ? "JSON" : "YAML"}: ${firstLine(e.message)}`,
      })),
    };
  }
  const problems: Problem[] = [];
  const positions = new Map<string, number>();
  const data = toPlain(doc.contents, [], positions, problems, at);
  if (problems.length > 0) return { ok: false, problems };
  const locate = (path: readonly (string | number)[]): SourceLocation => {
    for (let n = path.length; n >= 0; n--) {
      const offset = positions.get(pathKey(path.slice(0, n)));
      if (offset !== undefined) return at(offset);
    }
    return { file };
  };
  return { ok: true, source: { data, locate } };
}

function firstLine(message: string): string {
  return message.split("\n")[0] ?? message;
}

function pathKey(path: readonly (string | number)[]): string {
  return JSON.stringify(path);
}

function toPlain(
  node: unknown,
  path: (string | number)[],
  positions: Map<string, number>,
  problems: Problem[],
  at: (offset: number | undefined) => SourceLocation,
): unknown {
  if (node === null || node === undefined) return null;
  const n = node as Node;
  positions.set(pathKey(path), n.range?.[0] ?? 0);
  if (isAlias(n)) {
    problems.push({
      location: at(n.range?.[0]),
      path: path.join("."),
      message: "YAML aliases (*name) are not accepted in input files; write the value out",
    });
    return null;
  }
  if (n.tag && !n.tag.startsWith("tag:yaml.org,2002:")) {
    problems.push({ location: at(n.range?.[0]), path: path.join("."), message: `unsupported YAML tag ${n.tag}` });
    return null;
  }
  if (isMap(n)) {
    const out: Record<string, unknown> = Object.create(null);
    for (const pair of n.items) {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? keyNode.value : undefined;
      if (typeof key !== "string" && typeof key !== "number") {
        problems.push({
          location: at(keyNode?.range?.[0]),
          path: path.join("."),
          message: "expected a plain text key",
        });
        continue;
      }
      const name = String(key);
      if (FORBIDDEN_KEYS.has(name)) {
        problems.push({ location: at(keyNode?.range?.[0]), path: [...path, name].join("."), message: `the key "${name}" is not allowed` });
        continue;
      }
      out[name] = toPlain(pair.value, [...path, name], positions, problems, at);
      // the key's position, not the value's: errors point at the field name
      positions.set(pathKey([...path, name]), keyNode?.range?.[0] ?? 0);
    }
    return { ...out };
  }
  if (isSeq(n)) {
    return n.items.map((item, i) => toPlain(item, [...path, i], positions, problems, at));
  }
  if (isScalar(n)) {
    const value = n.value;
    if (typeof value === "number") return exactNumber(value, n.source);
    if (typeof value === "bigint") return String(value);
    return value;
  }
  return null;
}

/**
 * Keeps a number as a JS number only when that loses nothing; otherwise returns the source text,
 * which the amount parser reads exactly (`12345678901234567.89` would round as a double).
 */
function exactNumber(value: number, source: unknown): number | string {
  if (typeof source !== "string" || !/^-?\d+(\.\d+)?$/.test(source)) return value;
  return new Decimal(source).eq(new Decimal(String(value))) ? value : source;
}
