/**
 * Reads `tables/` (documents register + one YAML file per policy), validates every file and
 * reports every problem at once. Converts values from the document's unit once, here.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { Decimal } from "../core/money.js";
import type { Problem } from "../errors/problems.js";
import { TableError } from "../errors/problems.js";
import type { Citation, Parameter, PolicyTable, TableSet, ValueEntry } from "../tables/model.js";
import { awardParamRefs } from "../tables/award-schema.js";
import { type DocumentEntry, documentsFileSchema, tableSchema } from "../tables/schema.js";
import { toCoreValue, writtenWithUnit } from "../tables/units.js";
import { closest } from "./suggest.js";
import { validate } from "./validate.js";
import { parseSource } from "./yaml-source.js";

export const DOCUMENTS_FILE = "documents.yaml";

export function listTableFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const name of readdirSync(d).sort()) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else if (name.endsWith(".yaml") && !(d === dir && name === DOCUMENTS_FILE)) out.push(full);
    }
  };
  walk(dir);
  return out;
}

export function loadTables(dir: string): TableSet {
  const problems: Problem[] = [];
  const hash = createHash("sha256");
  const documentsPath = join(dir, DOCUMENTS_FILE);
  const documents = new Map<string, DocumentEntry>();
  let documentsText: string;
  try {
    documentsText = readFileSync(documentsPath, "utf8");
  } catch {
    throw new TableError([{ location: { file: documentsPath }, path: "", message: "the register of source documents is missing" }]);
  }
  hash.update(`${DOCUMENTS_FILE}\0${documentsText}\0`);
  const parsedDocuments = parseSource(documentsText, documentsPath);
  if (!parsedDocuments.ok) problems.push(...parsedDocuments.problems);
  else {
    const validated = validate(documentsFileSchema, parsedDocuments.source);
    if (!validated.ok) problems.push(...validated.problems);
    else for (const [key, entry] of Object.entries(validated.data)) documents.set(key, entry);
  }

  const policies = new Map<string, PolicyTable>();
  for (const file of listTableFiles(dir)) {
    const text = readFileSync(file, "utf8");
    hash.update(`${relative(dir, file).split(sep).join("/")}\0${text}\0`);
    const table = loadTableFile(file, text, documents, problems);
    if (!table) continue;
    const existing = policies.get(table.id);
    if (existing) {
      problems.push({ location: { file, line: 1 }, path: "id", message: `policy id "${table.id}" is already used by ${existing.file}` });
      continue;
    }
    policies.set(table.id, table);
  }
  if (problems.length > 0) throw new TableError(problems);
  return { policies, documents, hash: hash.digest("hex") };
}

function loadTableFile(file: string, text: string, documents: ReadonlyMap<string, DocumentEntry>, problems: Problem[]): PolicyTable | undefined {
  const parsed = parseSource(text, file);
  if (!parsed.ok) {
    problems.push(...parsed.problems);
    return undefined;
  }
  const validated = validate(tableSchema, parsed.source);
  if (!validated.ok) {
    problems.push(...validated.problems);
    return undefined;
  }
  const raw = validated.data;
  const { locate } = parsed.source;
  const before = problems.length;
  const expectedPath = `${raw.jurisdiction}/${raw.id}.yaml`;
  if (!file.split(sep).join("/").endsWith(expectedPath)) {
    problems.push({ location: locate(["id"]), path: "id", message: `expected the file to be tables/${expectedPath}, found ${file}` });
  }
  const parameters = new Map<string, Parameter>();
  for (const [name, p] of Object.entries(raw.parameters)) {
    const entries: ValueEntry[] = [];
    let previous = "";
    for (const [from, v] of Object.entries(p.values)) {
      const path = ["parameters", name, "values", from];
      if (from <= previous) {
        problems.push({ location: locate(path), path: path.join("."), message: `dates must ascend: ${from} comes after ${previous}` });
      }
      previous = from;
      const document = documents.get(v.cite.document);
      if (!document) {
        const suggestion = closest(v.cite.document, documents.keys());
        problems.push({
          location: locate([...path, "cite", "document"]),
          path: [...path, "cite", "document"].join("."),
          message: `unknown document "${v.cite.document}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; add it to tables/${DOCUMENTS_FILE}`,
        });
        continue;
      }
      if (entries.length === 0 && v.value === null) {
        problems.push({ location: locate(path), path: path.join("."), message: "the first value cannot be null: null only ends a parameter" });
      }
      const cite: Citation = { documentKey: v.cite.document, document, article: v.cite.article, quote: v.quote };
      const writtenText = v.value === null ? null : String(v.value);
      entries.push({
        from,
        value: writtenText === null ? null : toCoreValue(new Decimal(writtenText), p.unit),
        written: writtenText === null ? null : writtenWithUnit(writtenText, p.unit),
        cite,
        location: locate(path),
        ...(v.note === undefined ? {} : { note: v.note }),
      });
    }
    parameters.set(name, {
      name,
      unit: p.unit,
      description: p.description,
      ...(p.bound === undefined ? {} : { bound: p.bound }),
      ...(p.reviewed === undefined ? {} : { reviewed: p.reviewed }),
      location: locate(["parameters", name]),
      entries,
    });
  }
  const basis: Citation[] = [];
  (raw.basis ?? []).forEach((b, i) => {
    const document = documents.get(b.cite.document);
    if (document) basis.push({ documentKey: b.cite.document, document, article: b.cite.article, quote: b.quote });
    else {
      const suggestion = closest(b.cite.document, documents.keys());
      problems.push({
        location: locate(["basis", i, "cite", "document"]),
        path: `basis.${i}.cite.document`,
        message: `unknown document "${b.cite.document}"${suggestion ? ` (did you mean "${suggestion}"?)` : ""}; add it to tables/${DOCUMENTS_FILE}`,
      });
    }
  });
  if (raw.award) {
    for (const ref of awardParamRefs(raw.award)) {
      if (!parameters.has(ref.name)) {
        const suggestion = closest(ref.name, parameters.keys());
        problems.push({
          location: locate(ref.path),
          path: ref.path.join("."),
          message: `the award refers to parameter "${ref.name}", which the table does not define${suggestion ? ` (did you mean "${suggestion}"?)` : ""}`,
        });
      }
    }
    raw.award.rules.forEach((rule, i) => {
      if (rule.cite && !documents.has(rule.cite.document)) {
        problems.push({ location: locate(["award", "rules", i, "cite", "document"]), path: `award.rules.${i}.cite.document`, message: `unknown document "${rule.cite.document}"` });
      }
      if (rule.reading !== undefined && !raw.readings.some((r) => r.id === rule.reading)) {
        problems.push({ location: locate(["award", "rules", i, "reading"]), path: `award.rules.${i}.reading`, message: `no reading "${rule.reading}" in this table's readings` });
      }
    });
  }
  if (problems.length > before) return undefined;
  return {
    id: raw.id,
    file,
    title: raw.title,
    jurisdiction: raw.jurisdiction,
    kind: raw.kind,
    catalog: raw.catalog,
    readings: raw.readings,
    parameters,
    ...(raw.basis === undefined ? {} : { basis }),
    ...(raw.award === undefined ? {} : { award: raw.award }),
  };
}
