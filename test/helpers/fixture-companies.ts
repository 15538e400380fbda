// Every company of the example files and of the golden cases, as parsed from YAML (before the schema),
// for tests that run something over all of them.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseSource } from "../../src/io/yaml-source.js";

const fixtures = join(import.meta.dirname, "..", "..", "fixtures");

function yamlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? yamlFiles(join(dir, e.name)) : e.name.endsWith(".yaml") ? [join(dir, e.name)] : []));
}

function load(file: string): unknown {
  const parsed = parseSource(readFileSync(file, "utf8"), file);
  if (!parsed.ok) throw new Error(`${file}: ${parsed.problems[0]?.message}`);
  return parsed.source.data;
}

export function fixtureCompanies(): unknown[] {
  return [
    ...yamlFiles(join(fixtures, "companies")).map(load),
    ...yamlFiles(join(fixtures, "cases")).flatMap((f) => ((load(f) as { cases: { company?: unknown }[] }).cases ?? []).flatMap((c) => (c.company ? [c.company] : []))),
  ];
}
