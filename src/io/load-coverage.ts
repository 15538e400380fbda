/** Reads coverage/catalog-ids.yaml and coverage/not-implemented.yaml, strictly, every problem at once. */
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { type CatalogIds, catalogIdsSchema, type NotImplemented, notImplementedSchema } from "../coverage/schema.js";
import { InputError, type Problem } from "../errors/problems.js";
import { validate } from "./validate.js";
import { parseSource } from "./yaml-source.js";

export const CATALOG_IDS_FILE = "catalog-ids.yaml";
export const NOT_IMPLEMENTED_FILE = "not-implemented.yaml";

function load<T>(file: string, schema: Parameters<typeof validate>[0], problems: Problem[]): T | undefined {
  let text: string;
  try {
    text = readFileSync(file, "utf8");
  } catch {
    problems.push({ location: { file }, path: "", message: "file not found" });
    return undefined;
  }
  const parsed = parseSource(text, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const validated = validate(schema, parsed.source);
  if (!validated.ok) {
    problems.push(...validated.problems);
    return undefined;
  }
  return validated.data as T;
}

export function loadCoverageFiles(dir: string): { catalog: CatalogIds; notImplemented: NotImplemented } {
  const problems: Problem[] = [];
  const catalog = load<CatalogIds>(join(dir, CATALOG_IDS_FILE), catalogIdsSchema, problems);
  const notImplemented = load<NotImplemented>(join(dir, NOT_IMPLEMENTED_FILE), notImplementedSchema, problems);
  if (problems.length > 0 || !catalog || !notImplemented) throw new InputError(problems);
  return { catalog, notImplemented };
}
